/**
 * @fileoverview What a user may type for an option that takes ids — `ignore --rule`, `--hand`,
 * `role --role`: the id (`first-person`, `heading1`) or the name the CLI's own output shows for it
 * (第三人称, 一级标题), in the CLI's language or in Chinese. One place for that decision and for the
 * list a refusal prints ("first-person（第三人称）、…"). Layer: cli.
 */

/** One value an option accepts: its id and the names shown for it. */
export interface NamedId {
  id: string;
  /** Names shown for it (duplicates and blanks are harmless). */
  names: readonly string[];
}

const fold = (s: string): string => s.trim().normalize("NFKC").toLowerCase();

/**
 * The id `value` means: an id as typed, or a name of one (compared trimmed, NFKC-normalised and
 * case-insensitively, so full-width letters and “Title” case match too).
 * @returns the id, or null when `value` is neither an id nor a name of one
 */
export function resolveId(value: string, known: readonly NamedId[]): string | null {
  const v = fold(value);
  if (v === "") return null;
  const byId = known.find((k) => fold(k.id) === v);
  if (byId) return byId.id;
  return known.find((k) => k.names.some((n) => fold(n) === v))?.id ?? null;
}

/**
 * The accepted values for a refusal's message: each id with its first name, "id（name）", joined
 * by `sep` (the locale's list separator).
 */
export function idList(known: readonly NamedId[], sep: string): string {
  return known
    .map((k) => {
      const name = k.names.find((n) => n.trim() !== "" && n !== k.id);
      return name === undefined ? k.id : `${k.id}（${name}）`;
    })
    .join(sep);
}
