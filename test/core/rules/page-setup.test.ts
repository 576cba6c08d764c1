import { pageSetup } from "../../../src/core/rules/page-setup";
import type { Section } from "../../../src/core/model";
import { reportDoc, reportSpecs, ruleTester } from "../helpers";

const specs = reportSpecs();
const last = specs.length - 1;
const sec = (
  w: number | null,
  h: number | null,
  orientation: "portrait" | "landscape" = "portrait",
  lastParagraphIndex = last
): Section => ({
  pageWidth: w,
  pageHeight: h,
  orientation,
  lastParagraphIndex,
});
const withSections = (...sections: Section[]) => reportDoc(specs, { sections });
const FIX = [{ op: "setPage", width: 11906, height: 16838, orientation: "portrait" }];

ruleTester(pageSetup, {
  valid: [
    { name: "A4 portrait", doc: specs },
    { name: "within ±20 twips", doc: withSections(sec(11926, 16818)) },
    {
      name: "two A4 sections",
      doc: withSections(sec(11906, 16838, "portrait", 5), sec(11906, 16838)),
    },
  ],
  invalid: [
    {
      name: "Letter",
      doc: withSections(sec(12240, 15840)),
      errors: [
        {
          messageId: "wrongSize",
          section: 0,
          severity: "error",
          data: {
            section: 1,
            width: 215.9,
            height: 279.4,
            requiredWidth: 210,
            requiredHeight: 297,
            paper: "A4",
          },
          fix: FIX as never,
        },
      ],
    },
    {
      name: "21 twips off",
      doc: withSections(sec(11927, 16838)),
      errors: [{ messageId: "wrongSize", section: 0 }],
    },
    {
      name: "A4 landscape (attribute and sizes)",
      doc: withSections(sec(16838, 11906, "landscape")),
      errors: [{ messageId: "wrongOrientation", section: 0, fix: FIX as never }],
    },
    {
      name: "A4 sizes swapped without the attribute",
      doc: withSections(sec(16838, 11906, "portrait")),
      errors: [{ messageId: "wrongOrientation", section: 0 }],
    },
    {
      name: "no page size",
      doc: withSections(sec(null, null)),
      errors: [{ messageId: "unknownSize", section: 0, severity: "warning", fix: FIX as never }],
    },
    {
      name: "second section only",
      doc: withSections(sec(11906, 16838, "portrait", 5), sec(16838, 11906, "landscape")),
      errors: [{ messageId: "wrongOrientation", section: 1, data: { section: 2 } }],
    },
  ],
});
