/**
 * @fileoverview 一键排版 on what Word does well (issue 7), under the host profile in force
 * (`WORD_HOST`; `npm run test:hosts` runs every profile): a pasted draft with a camera photo is
 * formatted from the live checklist's read — the write run reads the paragraph batch only, the
 * verifying read only the paragraphs written; the photo is never read again nor sent back; our
 * styles are inserted once; the writes are a few packages, not one per paragraph. Sync counts
 * and bytes are asserted (the bench prints the full-size figures: `format-bytes`).
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import { classify } from "../../src/core/classify";
import { planFormatting } from "../../src/core/plan";
import { PROFILE_2023 } from "../../src/core/profile";
import { CHUNK_BYTES } from "../../src/word/liveRead";
import { createWordGateway } from "../../src/word/gateway";
import { documentXmlBytes, formatBenchDocx } from "../../scripts/bench-format";
import { setup } from "./helpers";

describe("一键排版 bytes and syncs (host profile in force)", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  it("reads ≤ 2 × document.xml and never the photo, writes < document.xml in ≤ 1 package per run, bounded syncs; the result verified", async () => {
    const docx = formatBenchDocx(300, 1);
    const xmlBytes = documentXmlBytes(docx);
    d = setup({ docx }); // no host/sets: the WORD_HOST profile applies
    const gateway = createWordGateway({ profile: PROFILE_2023 });
    const classified = classify(await gateway.readDocument(), PROFILE_2023);
    expect(classified.doc.pictures).toHaveLength(1); // ≈ 2.9 MB of JPEG: 3.9 MB as base64
    d.resetStats();
    const edits = planFormatting(classified, PROFILE_2023);
    const roles = edits.filter((e) => e.op === "setRole").length;
    expect(roles).toBeGreaterThan(290);
    const result = await gateway.applyEdits(edits);
    const after = await gateway.readDocument();
    expect(result).toMatchObject({ verified: true, textUnchanged: true, unverified: [] });
    expect(result.applied).toBe(roles);
    expect(planFormatting(classify(after, PROFILE_2023), PROFILE_2023)).toHaveLength(0);
    // reads: write-run batch + verifying properties + written OOXML + the re-check's batch
    // (so the photo was not read: it alone is many times document.xml)
    expect(d.stats.bytesRead).toBeLessThan(2 * xmlBytes);
    expect(d.stats.ooxml.bodyCalls).toBe(0);
    // writes: the styles once, then one package per run of rewritten paragraphs
    expect(d.stats.bytesWritten).toBeLessThan(xmlBytes);
    expect(d.stats.ooxml.inserts).toBeLessThanOrEqual(1 + 2 + Math.ceil(xmlBytes / CHUNK_BYTES));
    // syncs: write run 2, verifying read 1 + parts, re-check 1 — whatever the paragraph count
    expect(d.stats.syncCount).toBeLessThanOrEqual(4 + Math.ceil(xmlBytes / CHUNK_BYTES));
  });
});
