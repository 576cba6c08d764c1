/**
 * @fileoverview The zh-CN sample documents of `npm run demo` (`?doc=empty|template|messy|long`),
 * also served by the e2e test so the demo and the test look at the same documents:
 * - `empty`: a new blank document (one empty paragraph).
 * - `template`: what 插入模板 / `case-report new` writes — every part a 【…】 placeholder.
 * - `messy`: a draft pasted into a new document (no styles, theme fonts, automatic numbering, a
 *   low-dpi photo, US Letter page) that also says “我们” and uses half-width commas and a
 *   half-width parenthesis in Chinese text: findings of several kinds (formatting, text fixes,
 *   wording, pictures, page).
 * - `long`: the same kind of unformatted draft grown to about 100 000 字 (主要做法 repeated), for
 *   the pane's long-check states.
 * Test-only builders (test/fixtures), never shipped.
 */
import { PROFILE_2023, type Profile } from "../../src/core/profile";
import { buildDocx, type DraftBlock } from "../fixtures/draft-docx";
import { templateDocx } from "../../src/ooxml/template";
import { unstyledDraft } from "../fixtures/drafts";

/** Names accepted by `?doc=` in the demo. */
export const SAMPLE_NAMES = ["empty", "template", "messy", "long"] as const;
export type SampleName = (typeof SAMPLE_NAMES)[number];

function textOf(b: DraftBlock): string | undefined {
  return "type" in b && b.type === "table" ? undefined : (b as { text?: string }).text;
}

/** The unstyled draft with the messy edits: first person once, half-width marks in three paragraphs. */
function messyBlocks(profile: Profile): { spec: ReturnType<typeof unstyledDraft>["spec"] } {
  const { spec } = unstyledDraft(profile);
  let firstPerson = 0;
  let commas = 0;
  const blocks = spec.blocks.map((b) => {
    const text = textOf(b);
    if (!text) return b;
    if (firstPerson === 0 && /^在实际工作中，某市分公司发现/.test(text)) {
      firstPerson++;
      return {
        ...b,
        text: text.replace(/^在实际工作中，某市分公司发现/, "在实际工作中，我们发现"),
      };
    }
    if (commas < 3 && text.length > 60 && text.includes("，")) {
      commas++;
      return { ...b, text: text.replace("，", ",") };
    }
    return b;
  });
  return { spec: { ...spec, blocks } };
}

/** The messy draft as a .docx. */
export function messyDocx(profile: Profile = PROFILE_2023): Uint8Array {
  return buildDocx(messyBlocks(profile).spec);
}

/** An unformatted draft of about `target` 字: the messy draft's 主要做法 body repeated. */
export function longDocx(target = 100_000, profile: Profile = PROFILE_2023): Uint8Array {
  const { spec } = messyBlocks(profile);
  const blocks = spec.blocks;
  // Repeat the plain body paragraphs of the middle of the draft (no headings, no pictures).
  const bodies = blocks.filter((b) => {
    const t = textOf(b);
    return t !== undefined && t.length > 80 && !("numbering" in b && b.numbering);
  });
  const perRound = bodies.reduce((n, b) => n + (textOf(b)?.length ?? 0), 0);
  const rounds = Math.max(1, Math.ceil(target / Math.max(1, perRound)));
  const effectAt = blocks.findIndex((b) => textOf(b)?.startsWith("实施效果"));
  const at = effectAt > 0 ? effectAt : Math.floor(blocks.length * 0.8);
  const grown: DraftBlock[] = [];
  for (let i = 0; i < rounds; i++) grown.push(...bodies.map((b) => ({ ...b })));
  return buildDocx({ ...spec, blocks: [...blocks.slice(0, at), ...grown, ...blocks.slice(at)] });
}

/** A new blank document. */
export function emptyDocx(): Uint8Array {
  return buildDocx({ blocks: [{ text: "" }] });
}

/** Every sample by name (the long one is built only when asked: it takes a moment). */
export function sampleDocx(name: SampleName, profile: Profile = PROFILE_2023): Uint8Array {
  switch (name) {
    case "empty":
      return emptyDocx();
    case "template":
      return templateDocx(profile);
    case "messy":
      return messyDocx(profile);
    case "long":
      return longDocx(100_000, profile);
  }
}
