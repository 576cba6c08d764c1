/**
 * @fileoverview Fixtures of the `fix`, `ignore` and `export-images` CLI tests: the sample report
 * with half-width punctuation injected (a text fix of the punctuation rule), compliant or
 * unstyled (format fixes too).
 */
import { PROFILE_2023 } from "../../src/core/profile";
import { buildDocx } from "../fixtures/draft-docx";
import { compliantDraft, unstyledDraft, type DraftFixture } from "../fixtures/drafts";

/** The first body block containing "，" gets "," instead (a half-width comma between Chinese characters). */
function withHalfWidthComma(d: DraftFixture): DraftFixture {
  let done = false;
  const blocks = d.spec.blocks.map((b) => {
    const text = (b as { text?: string }).text;
    if (
      done ||
      typeof text !== "string" ||
      !/[\u4e00-\u9fff]，[\u4e00-\u9fff]/.test(text) ||
      text.length < 60
    )
      return b;
    done = true;
    return { ...b, text: text.replace(/([\u4e00-\u9fff])，([\u4e00-\u9fff])/, "$1,$2") };
  });
  if (!done) throw new Error("withHalfWidthComma: no paragraph to change");
  return { ...d, spec: { ...d.spec, blocks } };
}

/** Compliant formatting, one half-width comma: the only fix is a text fix. */
export function commaDocx(): Uint8Array {
  return buildDocx(withHalfWidthComma(compliantDraft(PROFILE_2023)).spec);
}

/** Unstyled (format fixes) plus one half-width comma (a text fix). */
export function unstyledCommaDocx(): Uint8Array {
  return buildDocx(withHalfWidthComma(unstyledDraft(PROFILE_2023)).spec);
}
