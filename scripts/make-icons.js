#!/usr/bin/env node
/**
 * @fileoverview Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png): a page in Office
 * blue with a folded corner and text lines, and a check-mark badge. Pure Node (zlib only), no
 * image libraries: every pixel is the coverage of 4×4 subsamples against a few shapes, so edges
 * are anti-aliased at every size. Run `node scripts/make-icons.js` and commit the PNGs.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const OUT_DIR = path.join(__dirname, "..", "assets");

/** Colours (RGBA 0–255). Office/Word blue and a lighter tint for the fold. */
const BLUE = [43, 87, 154, 255]; // #2B579A
const FOLD = [160, 190, 232, 255];
const WHITE = [255, 255, 255, 255];
const GREEN = [16, 124, 16, 255]; // #107C10, Office success green

/** CRC-32 of a buffer (PNG chunk checksums). */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Encodes RGBA pixels (Uint8Array, width*height*4) as a PNG (colour type 6, 8 bits). */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/* Shapes in a 0..1 unit square (x right, y down). Each returns true when the point is inside. */

/** The page: a rectangle with the top-right corner cut off (the fold). */
function inPage(x, y) {
  const l = 0.16,
    r = 0.74,
    t = 0.06,
    b = 0.94,
    fold = 0.2;
  if (x < l || x > r || y < t || y > b) return false;
  return x - (r - fold) <= y - t; // below the diagonal of the cut corner
}
/** The folded corner triangle. */
function inFold(x, y) {
  const r = 0.74,
    t = 0.06,
    fold = 0.2;
  return x >= r - fold && x <= r && y >= t && y <= t + fold && x - (r - fold) >= y - t;
}
/** Text lines on the page (skipped at 16 px, where they would blur into the page). */
function inLines(x, y, size) {
  if (size < 32) return false;
  const lines = [
    [0.26, 0.5, 0.3],
    [0.26, 0.64, 0.42],
    [0.26, 0.64, 0.54],
    [0.26, 0.44, 0.66],
  ];
  const h = 0.035;
  return lines.some(([x0, x1, yc]) => x >= x0 && x <= x1 && Math.abs(y - yc) <= h);
}
const BADGE = { cx: 0.7, cy: 0.72, r: 0.26 };
function inBadgeRing(x, y) {
  return Math.hypot(x - BADGE.cx, y - BADGE.cy) <= BADGE.r;
}
function inBadge(x, y) {
  return Math.hypot(x - BADGE.cx, y - BADGE.cy) <= BADGE.r - 0.045;
}
/** Distance from (x, y) to the segment a–b. */
function segDist(x, y, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}
/** The check mark: two thick strokes inside the badge. */
function inCheck(x, y, size) {
  const w = size <= 16 ? 0.055 : 0.042;
  const a = [0.585, 0.725],
    m = [0.665, 0.8],
    b = [0.815, 0.64];
  return segDist(x, y, a[0], a[1], m[0], m[1]) <= w || segDist(x, y, m[0], m[1], b[0], b[1]) <= w;
}

/** The colour of one subsample, painter's order (later shapes on top); null = transparent. */
function sample(x, y, size) {
  let c = null;
  if (inPage(x, y)) c = BLUE;
  if (inFold(x, y)) c = FOLD;
  if (c === BLUE && inLines(x, y, size)) c = WHITE;
  if (inBadgeRing(x, y)) c = WHITE;
  if (inBadge(x, y)) c = GREEN;
  if (inBadge(x, y) && inCheck(x, y, size)) c = WHITE;
  return c;
}

/** Renders one icon: 4×4 supersampling, premultiplied averaging, straight alpha out. */
function render(size) {
  const ss = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = sample((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 255;
        }
      }
      const o = (py * size + px) * 4;
      const n = ss * ss;
      if (a > 0) {
        rgba[o] = Math.round((r * 255) / a);
        rgba[o + 1] = Math.round((g * 255) / a);
        rgba[o + 2] = Math.round((b * 255) / a);
      }
      rgba[o + 3] = Math.round(a / n);
    }
  }
  return encodePng(size, size, rgba);
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUT_DIR, `icon-${size}.png`);
    const png = render(size);
    fs.writeFileSync(file, png);
    console.log(`${path.relative(process.cwd(), file)}  ${size}×${size}  ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, crc32, SIZES };
