/**
 * @fileoverview Reads the open document into the ReportDocument model in ONE batch:
 * `body.paragraphs` (text, style, styleBuiltIn, alignment, isListItem, tableNestingLevel, and
 * uniqueLocalId on WordApi 1.6) plus `body.getOoxml()` (East Asian fonts, exact line rule,
 * styles, numbering, sectPr — what the API cannot read, officejs-facts §1, §2, §6). The OOXML is
 * parsed by `src/ooxml/parse` and its paragraphs are aligned with Word's by order and verified by
 * text. Layer: word.
 */
import type { Capabilities } from "../core/gateway";
import { GatewayError } from "../core/gateway";
import { textHash, type ReportDocument } from "../core/model";
import { parseFlatOpc } from "../ooxml/parse";
import { toGatewayError } from "./errors";
import { itemAt } from "../core/item-at";

/** Paragraph properties loaded on every host we support (WordApi 1.3). */
export const PARAGRAPH_LOAD_13 =
  "items/text,items/style,items/styleBuiltIn,items/alignment,items/isListItem,items/tableNestingLevel";

/**
 * The load paths for `body.paragraphs` on this host: the WordApi 1.3 list, plus
 * `items/uniqueLocalId` only with WordApi 1.6 (loading it on an older host fails the whole batch,
 * officejs-facts §6 fact 1).
 */
export function paragraphLoadPaths(caps: Capabilities): string {
  return caps.wordApi16 ? `${PARAGRAPH_LOAD_13},items/uniqueLocalId` : PARAGRAPH_LOAD_13;
}

/**
 * A paragraph text normalised for comparison between Word's `Paragraph.text` and our OOXML
 * reader: line/page breaks and stray paragraph marks removed. Both give a manual line break as
 * "\v" and a page break as "\f" (ooxml/parse), but hosts differ on what else `Paragraph.text`
 * carries (a "\r" or "\n" at a paragraph's end): compare with this, count from the raw text.
 */
export function normalizeText(text: string): string {
  return text.replace(/[\v\f\r\n]/g, "");
}

/** True when a Word paragraph text still has the hash a ParagraphRef recorded (raw or normalised). */
export function hashMatches(wordText: string, hash: string): boolean {
  return textHash(wordText) === hash || textHash(normalizeText(wordText)) === hash;
}

/** What readDocument keeps of one Word paragraph. */
export interface WordParagraph {
  text: string;
  /** Word's id as read; null without a Microsoft 365 subscription (office-js#4258). */
  uniqueLocalId?: string | null;
}

/**
 * Which of a batch's `uniqueLocalId` values can identify a paragraph: a non-empty string that no
 * other paragraph of the batch has. Word gives null without a Microsoft 365 subscription
 * (typings; office-js#4258 — Office 2024 LTSC reports WordApi 1.6 yet gives null), and on Mac an
 * id moves to the new paragraph after insertParagraph (#5784), so a null, empty or repeated id is
 * dropped and the paragraph is found by index + text hash instead (edit, select, ignore).
 * @returns per paragraph, its id or undefined
 */
export function usableIds(ids: readonly (string | null | undefined)[]): (string | undefined)[] {
  const seen = new Map<string, number>();
  for (const id of ids)
    if (typeof id === "string" && id !== "") seen.set(id, (seen.get(id) ?? 0) + 1);
  return ids.map((id) => (typeof id === "string" && seen.get(id) === 1 ? id : undefined));
}

/**
 * Aligns the model's paragraphs with Word's (by order, verified by normalised text) and copies
 * Word's uniqueLocalId onto matched paragraphs. When the counts or texts differ (tracked changes
 * on the web, office-js#1267; platform OOXML differences, office-js#3640), a greedy in-order
 * match with a small look-ahead pairs what it can; unmatched paragraphs get no id.
 * @returns the number of model paragraphs matched to a Word paragraph
 */
export function alignParagraphs(doc: ReportDocument, word: WordParagraph[]): number {
  const model = doc.paragraphs;
  const ids = usableIds(word.map((w) => w.uniqueLocalId));
  const same = (i: number, j: number): boolean =>
    normalizeText(itemAt(model, i).text) === normalizeText(itemAt(word, j).text);
  let matched = 0;
  let i = 0;
  let j = 0;
  const LOOK = 8;
  while (i < model.length && j < word.length) {
    if (same(i, j)) {
      const id = ids[j];
      if (id !== undefined) itemAt(model, i).id = id;
      matched++;
      i++;
      j++;
      continue;
    }
    let advanced = false;
    for (let k = 1; k <= LOOK && !advanced; k++) {
      if (j + k < word.length && same(i, j + k)) {
        j += k;
        advanced = true;
      } else if (i + k < model.length && same(i + k, j)) {
        i += k;
        advanced = true;
      }
    }
    if (!advanced) {
      i++;
      j++;
    }
  }
  return matched;
}

/**
 * Reads the whole document: queues the paragraph load and `body.getOoxml()`, then ONE
 * `context.sync()`.
 * Round trips: 1 whatever the size (budget ≤ 2). Requires: WordApi 1.3; uses uniqueLocalId
 * with WordApi 1.6.
 * @param context a Word request context (no Word.run inside, anchor-codebases §6.6)
 * @param caps the host's capabilities (decides the load paths)
 * @returns the model with resolved formatting; `paragraphs[i].id` = Word's uniqueLocalId on 1.6
 * @throws GatewayError "readFailed" when the batch (paragraphs or getOoxml) fails;
 *   "ooxmlUnreadable" when the OOXML cannot be parsed
 */
export async function readDocument(
  context: Word.RequestContext,
  caps: Capabilities
): Promise<ReportDocument> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(paragraphLoadPaths(caps));
  const ooxml = context.document.body.getOoxml();
  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "readFailed", { context: "errors.gateway.step.readDocument" });
  }
  let doc: ReportDocument;
  try {
    doc = parseFlatOpc(ooxml.value);
  } catch (e) {
    const g = toGatewayError(e, "ooxmlUnreadable");
    throw g.code === "ooxmlUnreadable"
      ? g
      : new GatewayError("ooxmlUnreadable", g.message, { debugInfo: g.debugInfo, cause: e });
  }
  alignParagraphs(
    doc,
    paragraphs.items.map((p) =>
      caps.wordApi16 ? { text: p.text, uniqueLocalId: p.uniqueLocalId } : { text: p.text }
    )
  );
  return doc;
}

/**
 * True when the body has no text, no tables and no pictures.
 * Round trips: 1. Requires: WordApi 1.3 (`body.tables`).
 */
export async function isEmpty(context: Word.RequestContext): Promise<boolean> {
  const probe = queueEmptyProbe(context);
  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "readFailed");
  }
  return probe();
}

/**
 * Queues the loads of an emptiness check (body text, tables, inline pictures) without syncing;
 * the returned function answers after the caller's sync.
 */
export function queueEmptyProbe(context: Word.RequestContext): () => boolean {
  const body = context.document.body;
  body.load("text");
  const tables = body.tables.load("$none");
  const pictures = body.inlinePictures.load("$none");
  return () =>
    body.text.replace(/[\s\u3000]/g, "") === "" &&
    tables.items.length === 0 &&
    pictures.items.length === 0;
}
