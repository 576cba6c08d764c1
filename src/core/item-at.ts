/**
 * `items[index]` (an array, typed array or string) where the caller's invariant puts `index` in range (an index taken from a
 * parallel array, a length checked just before). With `noUncheckedIndexedAccess` an index read
 * is `T | undefined`; this says the invariant once and fails loudly if it is ever broken, where
 * a `!` would let `undefined` travel on.
 *
 * @throws RangeError when `index` is not an index of `items` (a bug, never bad input).
 */
export function itemAt<T>(items: ArrayLike<T>, index: number): T {
  if (index < 0 || index >= items.length || !Number.isInteger(index)) {
    throw new RangeError(`index ${index} outside 0..${items.length - 1}`);
  }
  return items[index] as T;
}
