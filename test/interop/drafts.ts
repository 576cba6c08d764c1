/**
 * @fileoverview Two drafts the interop tests build with `buildDocx`, next to the committed
 * fixtures (test/fixtures/*.docx): what a writer gets when pasting the report into a new Word
 * document (Calibri / 等线 direct formatting, multiple line spacing, mixed emphasis runs, a
 * heading sharing its paragraph with body text, a table, a picture, US Letter landscape), and a
 * document without any styles part (as some WPS exports) in the wrong fonts. Test-only.
 */
import type { Profile } from "../../src/core/profile";
import {
  type DraftBlock,
  type DraftFont,
  type DraftParagraph,
  type DraftSpec,
  EMU_PER_CM,
} from "../fixtures/draft-docx";
import { photoPng } from "../fixtures/drafts";
import { SAMPLE } from "../fixtures/sample-content";

/** Word's default direct formatting when pasting into a new Chinese document: 等线 / Calibri 五号. */
const PASTED: DraftFont = { eastAsia: "等线", ascii: "Calibri", sz: 21 };
const PASTED_BOLD: DraftFont = { ...PASTED, bold: true };
/** "Multiple 1.5" line spacing (`line=360 auto`) with 8 pt after, Word's pasted defaults. */
const MULTIPLE_15 = { line: 360, lineRule: "auto" as const, before: 0, after: 160 };

function pasted(text: string, font: DraftFont = PASTED): DraftParagraph {
  return { text, font, spacing: MULTIPLE_15 };
}

/**
 * `pasted`: the report pasted into a new document. Headings typed bold in 等线; one body
 * paragraph in several runs (red emphasis, italic, a Latin run, a tab, double spaces); the
 * first level-2 heading shares its paragraph with its first sentence of body text; a 2 × 3
 * table of figures (left alone by formatting); one photo; US Letter landscape
 * (15840 × 12240 twips).
 */
export function pastedDraft(): DraftSpec {
  const s = SAMPLE;
  const practice = s.practice.parts[0]!;
  const blocks: DraftBlock[] = [
    { ...pasted(s.title, { ...PASTED_BOLD, sz: 32 }), jc: "center" },
    { ...pasted(`——${s.unitFullName}`), jc: "center" },
    pasted(s.unitIntroHeading, PASTED_BOLD),
    ...s.unitIntro.map((t) => pasted(t)),
    pasted(s.background.heading, PASTED_BOLD),
    {
      spacing: MULTIPLE_15,
      runs: [
        { text: "2021年，", font: PASTED },
        { text: "全市工贸行业事故七成以上发生在小微企业", font: { ...PASTED, color: "C00000" } },
        { text: "，", font: PASTED },
        { text: "PDCA", font: { ...PASTED, italic: true } },
        { text: "循环\t与  “隐患闭环”管理由此提出。", font: PASTED },
      ],
    },
    ...s.background.paragraphs.map((t) => pasted(t)),
    pasted(s.practice.heading, PASTED_BOLD),
    ...s.practice.paragraphs.map((t) => pasted(t)),
    {
      spacing: MULTIPLE_15,
      runs: [
        { text: `${practice.heading}。`, font: PASTED_BOLD },
        { text: practice.paragraphs[0]!, font: PASTED },
      ],
    },
    ...practice.paragraphs.slice(1).map((t) => pasted(t)),
    {
      type: "table",
      rows: [
        [[pasted("指标")], [pasted("2021年")], [pasted("2022年")]],
        [[pasted("隐患整改率")], [pasted("76%")], [pasted("95%")]],
      ],
    },
    {
      jc: "center",
      pictures: [
        {
          png: photoPng(0),
          cx: 14 * EMU_PER_CM,
          cy: Math.round((14 * EMU_PER_CM * 2) / 3),
          description: s.photoCaptions[0],
        },
      ],
    },
    { ...pasted(s.photoCaptions[0]), jc: "center" },
    pasted(s.effect.heading, PASTED_BOLD),
    ...s.effect.paragraphs.map((t) => pasted(t)),
    pasted(s.attachmentHeading, PASTED_BOLD),
    ...s.attachments.map((t) => pasted(t)),
  ];
  return {
    blocks,
    styles: { kind: "plain" },
    page: { width: 15840, height: 12240, orientation: "landscape" },
    title: s.title,
  };
}

/**
 * `no-styles`: no styles part at all; every paragraph in 仿宋_GB2312 三号 (16 pt) with exact
 * 28 pt spacing, centred — the wrong font, size, spacing and alignment for every role — on A4.
 * Formatting must create the styles part and its relationship.
 */
export function noStylesDraft(profile: Profile): DraftSpec {
  const s = SAMPLE;
  const wrong: DraftFont = { eastAsia: "仿宋_GB2312", ascii: "Arial", sz: 32 };
  const p = (text: string): DraftParagraph => ({
    text,
    font: wrong,
    jc: "center",
    spacing: { line: 560, lineRule: "exact" },
  });
  const blocks: DraftParagraph[] = [
    p(s.title),
    p(`${profile.unitLineDash}${s.unitFullName}`),
    p(s.unitIntroHeading),
    ...s.unitIntro.map(p),
    p(s.background.heading),
    ...s.background.paragraphs.map(p),
    p(s.practice.heading),
    ...s.practice.paragraphs.map(p),
  ];
  for (const part of s.practice.parts) {
    blocks.push(p(part.heading), ...part.paragraphs.map(p));
    for (const sub of part.parts ?? []) blocks.push(p(sub.heading), ...sub.paragraphs.map(p));
  }
  blocks.push(p(s.effect.heading), ...s.effect.paragraphs.map(p));
  blocks.push(p(s.attachmentHeading), ...s.attachments.map(p));
  return {
    blocks,
    styles: { kind: "none" },
    page: { width: profile.page.width, height: profile.page.height },
    title: s.title,
  };
}
