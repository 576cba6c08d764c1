/**
 * @fileoverview `npm run accuracy`: how the classifier reads the labelled set of
 * test/fixtures/labelled (issue 8). Prints, per draft, `accuracy draft=NAME roles=R/N
 * headings=H/M` and under it every misread paragraph (number, label, role read, text), then the
 * total. Measures; asserts nothing (test/core/accuracy.test.ts holds the floor).
 */
import { labelledDrafts } from "../test/fixtures/labelled/drafts";
import { accuracyLine, measureDraft } from "../test/fixtures/labelled/measure";

let right = 0;
let total = 0;
for (const d of labelledDrafts()) {
  const a = measureDraft(d);
  right += a.roles[0];
  total += a.roles[1];
  console.log(accuracyLine(a));
  for (const m of a.misread) {
    const text = m.text.replace(/[\t\v\n]/g, " ");
    console.log(
      `  ¶${m.paragraph} expected=${m.expected} got=${m.got} ${text.length > 40 ? text.slice(0, 40) + "…" : text}`
    );
  }
}
console.log(`accuracy total roles=${right}/${total} (${((100 * right) / total).toFixed(1)} %)`);
