import { buildDocument, para } from "../../fixtures/model-builders";
import { locateForm } from "../../../src/core/form";
import { formCategory } from "../../../src/core/rules/form-category";
import { formDoc, formSpecs } from "../form-helpers";
import { reportDoc, ruleTester } from "../helpers";

const cat = locateForm(formDoc())!.fields.category!;
const FIRST = cat.parts[0]!.paragraph.index; // ☐组织实施管理类
const OTHER = cat.parts[4]!.paragraph.index; // ☐其他，请具体说明：

/** The form with the category cell replaced by one paragraph `text`. */
function oneLine(text: string) {
  const specs = formSpecs();
  const at = specs.findIndex((s) => s.text.endsWith("组织实施管理类"));
  specs.splice(at, 5, para(text, { tableDepth: 1 }));
  return buildDocument(specs, { tableCount: 1 });
}

ruleTester(formCategory, {
  valid: [
    { name: "one ticked ☑", doc: formDoc({}, { ticked: ["工具技术产品类"] }) },
    {
      name: "其他 ticked with an explanation",
      doc: formDoc({}, { ticked: ["其他"], other: "综合推进类" }),
    },
    {
      name: "one line as in the notice, √ as tick",
      doc: oneLine(
        "□组织实施管理类 √工具技术产品类 □政策制度标准类 □专项攻关提升类 □其他，请具体说明："
      ),
    },
    {
      name: "☒ from a Word check box control",
      doc: oneLine(
        "☐组织实施管理类☒工具技术产品类☐政策制度标准类☐专项攻关提升类☐其他，请具体说明："
      ),
    },
    {
      name: "Wingdings 2 symbols (w:sym F0A3 / F052)",
      doc: oneLine("\uf0a3组织实施管理类 \uf052专项攻关提升类"),
    },
    { name: "no boxes, one category named", doc: oneLine("专项攻关提升类") },
    { name: "no form", doc: reportDoc() },
  ],
  invalid: [
    {
      name: "none ticked",
      doc: formDoc({}, { ticked: [] }),
      errors: [{ messageId: "noneTicked", paragraph: FIRST, span: [0, 8], data: { box: "☑" } }],
    },
    {
      name: "two ticked",
      doc: formDoc({}, { ticked: ["组织实施管理类", "专项攻关提升类"] }),
      errors: [
        {
          span: [0, 8],
          messageId: "multipleTicked",
          paragraph: FIRST,
          data: { count: 2, names: "组织实施管理类、专项攻关提升类" },
        },
      ],
    },
    {
      name: "其他 ticked, blanks only",
      doc: formDoc({}, { ticked: ["其他"], other: "________" }),
      errors: [{ messageId: "otherUnexplained", paragraph: OTHER }],
    },
    {
      name: "其他 ticked without explanation (one-line layout)",
      doc: oneLine(
        "□组织实施管理类 □工具技术产品类 □政策制度标准类 □专项攻关提升类 ☑其他，请具体说明："
      ),
      errors: [{ messageId: "otherUnexplained", paragraph: FIRST }],
    },
    {
      name: "an explanation but 其他 not ticked",
      doc: formDoc({}, { ticked: ["组织实施管理类"], other: "综合推进类" }),
      errors: [
        {
          messageId: "explanationUnticked",
          paragraph: OTHER,
          span: [10, 15],
          severity: "warning",
          data: { text: "综合推进类" },
        },
      ],
    },
  ],
});
