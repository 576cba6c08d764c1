import { asRole, para } from "../../../src/core/builders";
import { refOf } from "../../../src/core/model";
import { unitLine } from "../../../src/core/rules/unit-line";
import { P, reportDoc, reportSpecs, ruleTester, withPara } from "../helpers";

const specs = reportSpecs();
const NAME = "某某保险股份有限公司某分公司";
const line = (text: string) =>
  reportDoc(withPara(specs, P.unitLine, para(text, asRole("unitLine"))));

/** A wrong-dash case: the dash `found` is replaced by "——". */
function wrongDash(name: string, found: string, lead = "") {
  const doc = line(`${lead}${found}${NAME}`);
  const span: [number, number] = [lead.length, lead.length + found.length];
  return {
    name,
    doc,
    errors: [
      {
        messageId: "wrongDash",
        paragraph: P.unitLine,
        span,
        data: { found, dash: "——" },
        fix: [
          {
            op: "replaceText" as const,
            target: refOf(doc.paragraphs[P.unitLine]),
            span,
            text: "——",
          },
        ],
      },
    ],
  };
}

const noDash = line(NAME);

ruleTester(unitLine, {
  valid: [
    { name: "——全称", doc: specs },
    { name: "leading full-width spaces before ——", doc: line(`\u3000\u3000——${NAME}`) },
  ],
  invalid: [
    wrongDash("one em dash —", "—"),
    wrongDash("three em dashes", "———"),
    wrongDash("ASCII --", "--"),
    wrongDash("full-width hyphens －－", "－－"),
    wrongDash("horizontal bars ―― (U+2015)", "――"),
    wrongDash("box drawing ─", "─"),
    wrongDash("hyphen-minus -", "-"),
    wrongDash("en dashes –– after spaces", "––", "  "),
    wrongDash("two-em dash ⸺ (U+2E3A)", "⸺"),
    {
      name: "no dash: the dash is inserted",
      doc: noDash,
      errors: [
        {
          messageId: "missingDash",
          paragraph: P.unitLine,
          fix: [
            {
              op: "replaceText",
              target: refOf(noDash.paragraphs[P.unitLine]),
              span: [0, 0],
              text: "——",
            },
          ],
        },
      ],
    },
    {
      name: "dash without a name",
      doc: line("——"),
      errors: [{ messageId: "missingName", paragraph: P.unitLine, fix: null }],
    },
    {
      name: "no unit line: reported at the title",
      doc: specs.filter((_, i) => i !== P.unitLine),
      errors: [{ messageId: "missing", paragraph: P.title, fix: null, data: { dash: "——" } }],
    },
  ],
});
