/**
 * @fileoverview The checks every XML part passes before it is parsed (by the light reader
 * `parseLite` and by xmldom's `parseXml` alike): the amount of work it holds, counted in
 * elements and paragraphs rather than bytes, and the characters XML forbids. Both run in one
 * linear scan of the text with no allocation proportional to it, so a part that would take
 * minutes or gigabytes to parse (a 30 KB zip holding millions of empty paragraphs) is refused in
 * milliseconds, and text that no conforming parser accepts (ESC, NUL, U+FFFE, lone surrogates,
 * raw or as character references) never reaches the terminal, a report or a written part.
 * Layer: ooxml (pure).
 */
import { OoxmlError } from "./errors";

/**
 * Most elements (start tags) one XML part may hold. A 300 000-字 report's document.xml holds
 * about 130 000 (6 000 paragraphs of ~22 elements: pPr, runs, rPr, fonts, sizes; the corpus's
 * largest real document has 20 000). Measured on this machine: `format` of a document of
 * 326 000 tiny elements peaks at 511 MB (xmldom keeps ~1.3 KB per element), 760 000 elements
 * cost `check` 35 s and 1.2 GB; so the limit is twice a long report, not more, and keeps a
 * refused or accepted document under 500 MB.
 */
export const MAX_ELEMENTS_PER_PART = 250_000;

/**
 * Most paragraphs (`w:p` start tags, any prefix) one XML part may hold: a 300 000-字 report has
 * 6 000–10 000.
 */
export const MAX_PARAGRAPHS_PER_PART = 50_000;

/** Limits of {@link guardXmlText}, for tests. */
export interface XmlGuardLimits {
  maxElements: number;
  maxParagraphs: number;
}

const DEFAULT_GUARD: XmlGuardLimits = {
  maxElements: MAX_ELEMENTS_PER_PART,
  maxParagraphs: MAX_PARAGRAPHS_PER_PART,
};

/**
 * Characters outside XML 1.0's `Char` production that can occur in a JavaScript string: C0
 * controls other than TAB, LF and CR; U+FFFE and U+FFFF; a high surrogate not followed by a low
 * one; a low surrogate not preceded by a high one (matched with the character before it, as
 * lookbehind is ES2018 syntax and this module runs in the pane's ES2017 webviews). Linear: each
 * alternative looks at most one code unit ahead.
 */
const FORBIDDEN_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A character reference (`&#13;`, `&#x1b;`); the digits are bounded, so each match is O(1). */
const CHAR_REF = /&#(x[0-9A-Fa-f]{1,8}|[0-9]{1,10});/g;

/** True when code point `cp` is an XML 1.0 `Char` (TAB, LF, CR, U+0020–D7FF, U+E000–FFFD, U+10000–10FFFF). */
export function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** The refusal of a part holding more than `limit` elements or paragraphs. */
export function tooMuch(
  partName: string,
  what: "elements" | "paragraphs",
  limit: number
): OoxmlError {
  return new OoxmlError(
    "tooLarge",
    {
      id: what === "paragraphs" ? "errors.ooxml.tooManyParagraphs" : "errors.ooxml.tooManyElements",
      data: { part: partName, limit },
    },
    `${partName}: more than ${limit} ${what}`
  );
}

/** The refusal of a part holding a character XML forbids. */
function forbidden(partName: string, cp: number, how: string): OoxmlError {
  return new OoxmlError(
    "badXml",
    { id: "errors.ooxml.forbiddenCharacter", data: { part: partName } },
    `${partName}: forbidden character U+${cp.toString(16).toUpperCase().padStart(4, "0")} (${how})`
  );
}

/**
 * Checks an XML part's text before it is parsed.
 *
 * Work: one pass of `indexOf("<")` over the text counting start tags (a `<` followed by neither
 * `/`, `?` nor `!`) and, among them, paragraphs (a qualified name `p` or `…:p`), stopping as soon
 * as a limit is passed; one regular-expression test for forbidden raw characters and one scan of
 * the character references — each linear in the text, memory constant.
 *
 * @param text the part's text (as decoded)
 * @param partName for messages, e.g. "/word/document.xml"
 * @param limits overrides (tests)
 * @throws OoxmlError "tooLarge" (more than {@link MAX_ELEMENTS_PER_PART} elements or
 *   {@link MAX_PARAGRAPHS_PER_PART} paragraphs), "badXml" (a character XML 1.0 forbids, raw or
 *   as a character reference)
 */
export function guardXmlText(
  text: string,
  partName: string,
  limits: XmlGuardLimits = DEFAULT_GUARD
): void {
  guardXmlChars(text, partName);
  let elements = 0;
  let paragraphs = 0;
  const n = text.length;
  for (let lt = text.indexOf("<"); lt >= 0; lt = text.indexOf("<", lt + 1)) {
    const c = text.charCodeAt(lt + 1);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 33 /* ! */) continue;
    if (++elements > limits.maxElements) throw tooMuch(partName, "elements", limits.maxElements);
    // a paragraph: "<p" or "<prefix:p" followed by whitespace, ">" or "/"
    let q = lt + 1;
    while (q < n && q - lt < 40) {
      const d = text.charCodeAt(q);
      if (d === 32 || d === 9 || d === 10 || d === 13 || d === 62 || d === 47) break;
      q++;
    }
    if (
      text.charCodeAt(q - 1) === 112 /* p */ &&
      (q - 1 === lt + 1 || text.charCodeAt(q - 2) === 58) /* : */ &&
      ++paragraphs > limits.maxParagraphs
    ) {
      throw tooMuch(partName, "paragraphs", limits.maxParagraphs);
    }
  }
}

/**
 * The character half of {@link guardXmlText}, for a parser that counts elements and paragraphs
 * itself while it reads (the light reader does, stopping at the same limits).
 * @throws OoxmlError "badXml" (a character XML 1.0 forbids, raw or as a character reference)
 */
export function guardXmlChars(text: string, partName: string): void {
  const raw = FORBIDDEN_CHAR.exec(text);
  if (raw) {
    const at = raw.index + raw[0].length - 1; // the forbidden unit ends the match
    throw forbidden(partName, text.charCodeAt(at), "raw");
  }
  if (text.indexOf("&#") >= 0) {
    CHAR_REF.lastIndex = 0;
    for (let m = CHAR_REF.exec(text); m !== null; m = CHAR_REF.exec(text)) {
      const e = m[1] ?? "";
      const cp = e[0] === "x" ? parseInt(e.slice(1), 16) : parseInt(e, 10);
      if (!isXmlChar(cp)) throw forbidden(partName, cp, `reference ${m[0]}`);
    }
  }
}
