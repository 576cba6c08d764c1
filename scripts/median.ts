/**
 * The median of the bench scripts' timings: the middle value of `xs` sorted (the upper middle
 * for an even count), NaN for no values. `xs` is not changed.
 */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
