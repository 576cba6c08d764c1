/**
 * The generated report the benches read: the sample's front matter, then 主要做法 parts repeated
 * until the text reaches a target 字数, then 实施效果; photos (one picture paragraph each) from
 * the 21st paragraph on, one every 10 paragraphs. Used by `scripts/bench.ts` and
 * `scripts/bench-live.ts`.
 */
import { countWords } from "../src/core/count";
import { PROFILE_2023 } from "../src/core/profile";
import { EMU_PER_CM, makePng, type DraftParagraph } from "../test/fixtures/draft-docx";
import { SAMPLE } from "../test/fixtures/sample-content";

/**
 * A report of at least `target` 字 with one picture paragraph per entry of `photos` (PNG or JPEG
 * bytes), each shown 14 cm wide at 3:2.
 * @returns the paragraphs and their 字数 (pictures excluded)
 */
export function generateReport(
  target: number,
  photos: Uint8Array[]
): { paragraphs: DraftParagraph[]; words: number } {
  const ps: DraftParagraph[] = [];
  let words = 0;
  const add = (text: string, pStyle: string): void => {
    ps.push({ text, pStyle });
    words += countWords(text);
  };
  const r = PROFILE_2023.roles;
  add(SAMPLE.title, r.title.styleId);
  add("——" + SAMPLE.unitFullName, r.unitLine.styleId);
  add(SAMPLE.unitIntroHeading, r.unitIntroHeading.styleId);
  for (const t of SAMPLE.unitIntro) add(t, r.unitIntro.styleId);
  add(SAMPLE.background.heading, r.heading1.styleId);
  for (const t of SAMPLE.background.paragraphs) add(t, r.body.styleId);
  add(SAMPLE.practice.heading, r.heading1.styleId);
  const effectWords = SAMPLE.effect.paragraphs.reduce((n, t) => n + countWords(t), 0);
  while (words + effectWords < target) {
    for (const part of SAMPLE.practice.parts) {
      add(part.heading, r.heading2.styleId);
      for (const t of part.paragraphs) add(t, r.body.styleId);
      for (const sub of part.parts ?? []) {
        add(sub.heading, r.heading3.styleId);
        for (const t of sub.paragraphs) add(t, r.body.styleId);
      }
      if (words + effectWords >= target) break;
    }
  }
  photos.forEach((png, i) => {
    ps.splice(Math.min(ps.length, 20 + i * 10), 0, {
      pictures: [{ png, cx: 14 * EMU_PER_CM, cy: Math.round((14 * EMU_PER_CM * 2) / 3) }],
    });
  });
  add(SAMPLE.effect.heading, r.heading1.styleId);
  for (const t of SAMPLE.effect.paragraphs) add(t, r.body.styleId);
  return { paragraphs: ps, words };
}

/**
 * A photo-like PNG: 1800 × 1200 px at 300 dpi (≈ 327 dpi at 14 cm, passes R22) of pseudo-random
 * noise, so it does not compress to nothing — about 6 MB, like the camera photos writers insert.
 * The same `seed` gives the same bytes. Used by `scripts/bench.ts` and `scripts/bench-cli.ts`.
 */
export function noisePhoto(seed: number): Uint8Array {
  let x = seed * 2654435761;
  const rnd = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) & 0x7f;
  };
  return makePng(1800, 1200, () => [60 + rnd(), 80 + rnd(), 90 + rnd()], 300);
}
