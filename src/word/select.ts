/**
 * @fileoverview Selects a finding's place in the document: the paragraph (by uniqueLocalId on
 * WordApi 1.6, else by index verified by the text hash) or the words of a span inside it, found
 * by `paragraph.search(exact substring)` and the occurrence that starts at the span's offset
 * (officejs-facts §8 "robust navigation"; what is searched: `./searchSpan`). Layer: word.
 */
import { GatewayError, type Capabilities } from "../core/gateway";
import type { Target } from "../core/findings";
import { toGatewayError } from "./errors";
import { hashMatches } from "./readDocument";
import { planSpan, queueSpan } from "./searchSpan";
import type { ErrorMessageId, MessageRef } from "../core/messages";

const STALE_MESSAGE: readonly MessageRef<ErrorMessageId>[] = [{ id: "errors.gateway.stale" }];

/**
 * Selects the target.
 * Sync 1 resolves the paragraph — `document.getParagraphByUniqueLocalId(id)` with its text on
 * WordApi 1.6 when the target has an id, else `body.paragraphs` texts — and checks the text
 * hash. For a span, sync 2 searches its words (`./searchSpan`: tabs and manual line breaks as
 * `^t`/`^l`, at most MAX_NEEDLE characters a search, a longer span as its first piece expanded
 * to its last, `getFirstOrNullObject` — a miss is no exception) and the last sync selects them.
 * When they cannot be found (Word's search misses them, or they hold a page break or other
 * character search cannot find at an end), the paragraph is selected and the call rejects with
 * "targetNotFound" saying so ("errors.gateway.spanNotFound": the writer is taken to the
 * paragraph and told to look there).
 * Round trips: 2 for a paragraph, 3 for a span (1 for `{kind:"document"}`: the start of the
 * body). Requires: WordApi 1.3; uniqueLocalId with 1.6.
 * @throws GatewayError "targetNotFound" when the paragraph is gone or its text changed (stale),
 *   the span's words were not found (the paragraph is then selected), or the target kind has
 *   no place (section); "readFailed"/"unknown" from Office errors
 */
export async function select(
  context: Word.RequestContext,
  caps: Capabilities,
  target: Target
): Promise<void> {
  if (target.kind === "document") {
    context.document.body.getRange("Start").select();
    try {
      await context.sync();
    } catch (e) {
      throw toGatewayError(e, "unknown");
    }
    return;
  }
  if (target.kind === "section") {
    throw new GatewayError("targetNotFound", [{ id: "errors.gateway.pageTarget" }]);
  }
  const ref = target.paragraph;
  let paragraph: Word.Paragraph;
  let text: string;
  try {
    if (caps.wordApi16 && typeof ref.id === "string" && ref.id !== "") {
      paragraph = context.document.getParagraphByUniqueLocalId(ref.id);
      paragraph.load("text");
      await context.sync();
      text = paragraph.text;
    } else {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const found = paragraphs.items[ref.index];
      if (found === undefined) throw new GatewayError("targetNotFound", STALE_MESSAGE);
      paragraph = found;
      text = paragraph.text;
    }
  } catch (e) {
    if (e instanceof GatewayError) throw e;
    if ((e as { code?: string }).code === "ItemNotFound") {
      throw new GatewayError("targetNotFound", STALE_MESSAGE, {
        officeCode: "ItemNotFound",
        cause: e,
      });
    }
    throw toGatewayError(e, "readFailed");
  }
  if (!hashMatches(text, ref.textHash)) throw new GatewayError("targetNotFound", STALE_MESSAGE);

  const span = target.kind === "paragraph" ? target.span : undefined;
  let missed = false;
  if (span === undefined || span[1] <= span[0] || span[1] > text.length) {
    paragraph.select();
  } else {
    const plan = planSpan(text, span);
    const located = typeof plan === "string" ? null : queueSpan(paragraph, plan);
    if (located) {
      try {
        await context.sync();
      } catch (e) {
        throw toGatewayError(e, "targetNotFound", { context: "errors.gateway.step.locate" });
      }
    }
    const range = located?.()?.range ?? null;
    if (range) range.select();
    else {
      missed = true;
      paragraph.select();
    }
  }
  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "targetNotFound", { context: "errors.gateway.step.locate" });
  }
  if (missed) {
    throw new GatewayError("targetNotFound", [
      { id: "errors.gateway.spanNotFound", data: { paragraph: ref.index + 1 } },
    ]);
  }
}
