import { asRole, para } from "../../fixtures/model-builders";
import { refOf } from "../../../src/core/model";
import { unitLine } from "../../../src/core/rules/unit-line";
import { lintWith, P, reportDoc, reportSpecs, ruleTester, withPara } from "../helpers";

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
            target: refOf(doc.paragraphs[P.unitLine]!),
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
              target: refOf(noDash.paragraphs[P.unitLine]!),
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

/** Issue 8: the unit line names the unit's full legal name. */
describe("unit-line: a full legal name (notFullName)", () => {
  const table: [string, boolean][] = [
    ["——某某财产保险股份有限公司某市分公司", true],
    ["——某某保险股份有限公司某市中心支公司", true],
    ["——某某安全技术研究院", true],
    ["——某省安全生产协会", true],
    ["——某某安全科技有限公司（盖章）", true],
    ["——某市应急管理局", true],
    ["——【申报单位全称】", true],
    ["——平安产险", false],
    ["——某某保险", false],
    ["——某市分公司安责险项目组", false],
  ];
  it.each(table)("%s → full name %p", (text, ok) => {
    const r = lintWith(unitLine, line(text));
    const f = r.findings.filter((x) => x.messageId === "notFullName");
    expect(f).toHaveLength(ok ? 0 : 1);
    if (!ok) {
      expect(f[0]!.severity).toBe("warning");
      expect(f[0]!.message).toContain(text.slice(2));
      expect(f[0]!.message).toMatch(/单位全称一般以/);
    }
  });
});
