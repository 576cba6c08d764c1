/**
 * @fileoverview What jsdom lacks and the code under test needs at module load: TextDecoder and
 * TextEncoder (src/ooxml, imported by the fake gateway for the real 申报书 template's paragraphs).
 * Import it before anything from src/ooxml.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

const g = globalThis as Record<string, unknown>;
if (typeof g.TextDecoder === "undefined") g.TextDecoder = NodeTextDecoder;
if (typeof g.TextEncoder === "undefined") g.TextEncoder = NodeTextEncoder;
