/**
 * @fileoverview Selects a finding's place in the document: the paragraph (by uniqueLocalId on
 * WordApi 1.6, else by index verified by the text hash) or the words of a span inside it, found
 * by `paragraph.search(exact substring)` and the occurrence that starts at the span's offset
 * (officejs-facts §8 "robust navigation"). Layer: word.
 */
import { GatewayError, type Capabilities } from "../core/gateway";
import type { Target } from "../core/findings";
import { toGatewayError } from "./errors";
import { hashMatches } from "./readDocument";
import { planSpan, queueOccurrence } from "./applyEdits";
import type { ErrorMessageId, MessageRef } from "../core/messages";

/**
 * Longest text searched at once: Word rejects more than 255 characters (office-js#168) and Word
 * for Mac rejected strings below 255 (#320; the double's mac profile fails above 128). 100 keeps
 * every search under both; a longer span is its first 100 characters expanded to its last 100.
 */
export const MAX_SEARCH = 100;

const STALE_MESSAGE: readonly MessageRef<ErrorMessageId>[] = [{ id: "errors.gateway.stale" }];

/**
 * Selects the target.
 * Sync 1 resolves the paragraph — `document.getParagraphByUniqueLocalId(id)` with its text on
 * WordApi 1.6 when the target has an id, else `body.paragraphs` texts — and checks the text
 * hash. Sync 2 queues the selection: the whole paragraph, or the span's words: a span up to
 * {@link MAX_SEARCH} characters is searched whole; a longer one is selected as its first
 * {@link MAX_SEARCH} characters expanded to the occurrence of its last {@link MAX_SEARCH}
 * characters (`expandTo`, the workaround of office-js#168), falling back to the paragraph when
 * the pieces cannot be located.
 * Round trips: 2 (1 for `{kind:"document"}`: the start of the body). Requires: WordApi 1.3;
 * uniqueLocalId with 1.6.
 * @throws GatewayError "targetNotFound" when the paragraph is gone or its text changed (stale),
 *   or the target kind has no place (section); "readFailed"/"unknown" from Office errors
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
  if (span === undefined || span[1] <= span[0] || span[1] > text.length) {
    paragraph.select();
  } else if (span[1] - span[0] <= MAX_SEARCH) {
    const plan = planSpan(text, span);
    if (typeof plan === "string") paragraph.select();
    else queueOccurrence(paragraph, plan.needle, plan.k).select();
  } else {
    const head = planSpan(text, [span[0], span[0] + MAX_SEARCH]);
    const tail = planSpan(text, [span[1] - MAX_SEARCH, span[1]]);
    if (typeof head === "string" || typeof tail === "string") paragraph.select();
    else {
      const first = queueOccurrence(paragraph, head.needle, head.k);
      first.expandTo(queueOccurrence(paragraph, tail.needle, tail.k)).select();
    }
  }
  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "targetNotFound", { context: "errors.gateway.step.locate" });
  }
}
