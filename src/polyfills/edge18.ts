/**
 * @fileoverview Polyfills for the EdgeHTML 18 webview that Office 2019 (volume licensed) uses on
 * Windows 10 ≥ 1903. webpack runs this module first in the task pane entry (webpack.config.js);
 * the syntax is lowered to ES2017 by the build (ts-loader target + esbuild-loader over
 * node_modules), this file supplies the built-ins that the bundle uses and EdgeHTML 18 lacks.
 * Each one is installed only when missing, so WebView2 / Chromium / Safari run their own.
 *
 * Measured on the production bundle (names searched in dist/*.js, guarded uses left out):
 * - ES: Object.fromEntries (Griffel), Array.prototype.flat/flatMap, String.prototype.matchAll,
 *   trimStart/trimEnd (src/core, src/ooxml), globalThis (src/word) — core-js modules.
 * - Web: TextDecoder (image-size and src/ooxml/package.ts construct one at load time, so without
 *   it the pane is blank; utf-8, utf-16le, utf-16be), WeakRef (keyborg / tabster focus tracking),
 *   Event.prototype.composedPath (tabster), DOMRect constructor (tabster), Node.isConnected
 *   (Fluent hooks). ResizeObserver (Fluent positioning and overflow) is not here: the pane's
 *   entry loads @juggle/resize-observer in its own chunk where it is missing
 *   (src/taskpane/resizeObserver.ts), since Safari 12 lacks it and nothing else.
 *
 * This file is its own entry (`polyfills` in webpack.config.js), NOT part of the pane's bundle:
 * src/taskpane/polyfill-loader.js, a parser-blocking ES5 script of taskpane.html, tests the
 * built-ins below and `document.write`s a script tag for this bundle only where one is missing,
 * so it runs before the pane's deferred scripts there and is never fetched by WebView2, Chromium
 * or Safari (≈ 10 KB gzipped less on their first load, issue 9). A built-in added here must be
 * tested there too (test/build/polyfill-loader.test.ts fails otherwise).
 * IE 11 is not a target: taskpane.html shows a message there before this bundle loads.
 * Layer: bootstrap (no app imports).
 */
import "core-js/modules/es.object.from-entries.js";
import "core-js/modules/es.array.flat.js";
import "core-js/modules/es.array.flat-map.js";
import "core-js/modules/es.array.unscopables.flat.js";
import "core-js/modules/es.array.unscopables.flat-map.js";
import "core-js/modules/es.string.match-all.js";
import "core-js/modules/es.string.trim-start.js";
import "core-js/modules/es.string.trim-end.js";
import "core-js/modules/es.global-this.js";
import { itemAt } from "../core/item-at";

const REPLACEMENT = 0xfffd;

/** Appends UTF-16 code units for a code point. */
function pushCodePoint(units: number[], cp: number): void {
  if (cp > 0xffff) {
    cp -= 0x10000;
    units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
  } else {
    units.push(cp);
  }
}

/** Builds a string from code units in slices (apply() has an argument-count limit). */
function unitsToString(units: number[]): string {
  let out = "";
  for (let i = 0; i < units.length; i += 8192) {
    out += String.fromCharCode.apply(null, units.slice(i, i + 8192));
  }
  return out;
}

/** WHATWG UTF-8 decode: maximal subparts of ill-formed sequences become U+FFFD (or throw if fatal). */
function decodeUtf8(bytes: Uint8Array, fatal: boolean): number[] {
  const units: number[] = [];
  const n = bytes.length;
  const bad = (): void => {
    if (fatal) throw new TypeError("The encoded data was not valid for encoding utf-8");
    units.push(REPLACEMENT);
  };
  let i = 0;
  while (i < n) {
    const b = itemAt(bytes, i);
    if (b < 0x80) {
      units.push(b);
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
      need = 2;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
      need = 3;
      cp = b & 0x07;
    } else {
      bad();
      i++;
      continue;
    }
    let j = i + 1;
    let seen = 0;
    while (seen < need && j < n) {
      const c = itemAt(bytes, j);
      if (c < lower || c > upper) break;
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
      seen++;
      j++;
    }
    if (seen < need) bad();
    else pushCodePoint(units, cp);
    i = j; // an offending byte is not consumed: it starts the next sequence
  }
  return units;
}

/** UTF-16 decode; unpaired surrogates and an odd last byte become U+FFFD (or throw if fatal). */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, fatal: boolean): number[] {
  const units: number[] = [];
  const bad = (): void => {
    if (fatal) throw new TypeError("The encoded data was not valid for encoding utf-16");
    units.push(REPLACEMENT);
  };
  const n = bytes.length - (bytes.length % 2);
  const at = (k: number): number =>
    littleEndian
      ? itemAt(bytes, k) | (itemAt(bytes, k + 1) << 8)
      : (itemAt(bytes, k) << 8) | itemAt(bytes, k + 1);
  for (let k = 0; k < n; k += 2) {
    const u = at(k);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = k + 2 < n ? at(k + 2) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        units.push(u, next);
        k += 2;
      } else if (next !== -1 || n === bytes.length) {
        bad();
      } // else: a lead surrogate then an odd last byte is one error, reported below
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      bad();
    } else {
      units.push(u);
    }
  }
  if (n !== bytes.length) bad();
  return units;
}

/**
 * A TextDecoder for utf-8, utf-16le and utf-16be (all this app and its libraries ask for). It
 * refuses `{ stream: true }` so that callers which probe for streaming (fflate) use their own path.
 */
export class TextDecoderPolyfill {
  readonly encoding: "utf-8" | "utf-16le" | "utf-16be";
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;

  constructor(label = "utf-8", options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
    const l = String(label).trim().toLowerCase();
    if (l === "utf-8" || l === "utf8" || l === "unicode-1-1-utf-8") this.encoding = "utf-8";
    else if (l === "utf-16le" || l === "utf-16") this.encoding = "utf-16le";
    else if (l === "utf-16be") this.encoding = "utf-16be";
    else throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
    this.fatal = Boolean(options.fatal);
    this.ignoreBOM = Boolean(options.ignoreBOM);
  }

  decode(input?: ArrayBuffer | ArrayBufferView, options: { stream?: boolean } = {}): string {
    if (options.stream) throw new TypeError("TextDecoder polyfill: streaming is not supported");
    let bytes: Uint8Array;
    if (input === undefined) bytes = new Uint8Array(0);
    else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
    else if (ArrayBuffer.isView(input))
      bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    else throw new TypeError("TextDecoder.decode: input must be an ArrayBuffer or a view of one");
    let units: number[];
    if (this.encoding === "utf-8") {
      if (!this.ignoreBOM && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        bytes = bytes.subarray(3);
      }
      units = decodeUtf8(bytes, this.fatal);
    } else {
      const le = this.encoding === "utf-16le";
      if (!this.ignoreBOM && bytes.length >= 2) {
        if (
          (le && bytes[0] === 0xff && bytes[1] === 0xfe) ||
          (!le && bytes[0] === 0xfe && bytes[1] === 0xff)
        ) {
          bytes = bytes.subarray(2);
        }
      }
      units = decodeUtf16(bytes, le, this.fatal);
    }
    return unitsToString(units);
  }
}

/**
 * A WeakRef stand-in that holds its target strongly: keyborg and tabster only `deref()` what they
 * stored, so the pane works; the cost is that those few focus-tracking objects are never collected.
 */
export class StrongRefPolyfill<T extends object> {
  private readonly target: T;
  constructor(target: T) {
    if (target === null || (typeof target !== "object" && typeof target !== "function")) {
      throw new TypeError("WeakRef: target must be an object");
    }
    this.target = target;
  }
  deref(): T | undefined {
    return this.target;
  }
}

/** A DOMRect for engines whose DOMRect cannot be constructed (EdgeHTML has only ClientRect). */
export class DOMRectPolyfill {
  x: number;
  y: number;
  width: number;
  height: number;
  constructor(x = 0, y = 0, width = 0, height = 0) {
    this.x = Number(x);
    this.y = Number(y);
    this.width = Number(width);
    this.height = Number(height);
  }
  get left(): number {
    return Math.min(this.x, this.x + this.width);
  }
  get right(): number {
    return Math.max(this.x, this.x + this.width);
  }
  get top(): number {
    return Math.min(this.y, this.y + this.height);
  }
  get bottom(): number {
    return Math.max(this.y, this.y + this.height);
  }
  toJSON(): Record<string, number> {
    const { x, y, width, height, top, right, bottom, left } = this;
    return { x, y, width, height, top, right, bottom, left };
  }
}

function canConstructDOMRect(w: Window & typeof globalThis): boolean {
  try {
    new w.DOMRect(0, 0, 0, 0);
    return true;
  } catch {
    return false;
  }
}

/** Installs the missing web built-ins on a window. Exported for tests; run once below. */
export function installEdge18Polyfills(w: Window & typeof globalThis): void {
  const g = w as unknown as Record<string, unknown>;
  if (typeof g.TextDecoder !== "function") g.TextDecoder = TextDecoderPolyfill;
  if (typeof g.WeakRef !== "function") g.WeakRef = StrongRefPolyfill;
  if (typeof g.DOMRect !== "function" || !canConstructDOMRect(w)) g.DOMRect = DOMRectPolyfill;

  const eventProto = w.Event && w.Event.prototype;
  if (eventProto && typeof eventProto.composedPath !== "function") {
    // No shadow DOM in EdgeHTML: the path is the target's ancestors, then the window.
    eventProto.composedPath = function composedPath(this: Event): EventTarget[] {
      const path: EventTarget[] = [];
      let node = this.target as Node | null;
      if (!node) return path;
      if (typeof node.nodeType !== "number") return [node];
      while (node) {
        path.push(node);
        if (node.nodeType === 9) {
          const view = (node as Document).defaultView;
          if (view) path.push(view);
          break;
        }
        node = node.parentNode;
      }
      return path;
    };
  }

  const nodeProto = w.Node && w.Node.prototype;
  if (nodeProto && !("isConnected" in nodeProto)) {
    Object.defineProperty(nodeProto, "isConnected", {
      configurable: true,
      enumerable: true,
      get(this: Node): boolean {
        const doc = this.nodeType === 9 ? (this as unknown as Document) : this.ownerDocument;
        return Boolean(doc && doc.contains(this));
      },
    });
  }
}

if (typeof window !== "undefined") installEdge18Polyfills(window);
