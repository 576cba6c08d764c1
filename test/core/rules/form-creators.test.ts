import { locateForm, splitNames } from "../../../src/core/form";
import { formCreators } from "../../../src/core/rules/form-creators";
import { formDoc } from "../form-helpers";
import { reportDoc, ruleTester } from "../helpers";

const fields = locateForm(formDoc())!.fields;
const MAIN = fields.mainCreators!.parts[0]!.paragraph.index;
const PART = fields.participants!.parts[0]!.paragraph.index;

describe("splitNames", () => {
  it.each([
    ["张三、李四", ["张三", "李四"]],
    ["张三，李四,王五；赵六;钱七", ["张三", "李四", "王五", "赵六", "钱七"]],
    ["张三 李四", ["张三", "李四"]],
    ["张三\u3000\u3000欧阳修", ["张三", "欧阳修"]],
    ["张  三", ["张三"]],
    ["张 三、李 四", ["张三", "李四"]],
    ["张三（项目经理）、李四(高级工程师)", ["张三", "李四"]],
    ["张三、李四等", ["张三", "李四"]],
    ["____", []],
    ["", []],
  ])("%j → %j", (text, names) => expect(splitNames(text)).toEqual(names));
});

ruleTester(formCreators, {
  valid: [
    {
      name: "2 main, 4 participants",
      doc: formDoc({ mainCreators: "张三、李四", participants: "王五、赵六、钱七、孙八" }),
    },
    {
      name: "padded two-character names are one name each",
      doc: formDoc({ mainCreators: "张  三、李  四" }),
    },
    {
      name: "one main, none participating",
      doc: formDoc({ mainCreators: "张三", participants: "" }),
    },
    { name: "no form", doc: reportDoc() },
  ],
  invalid: [
    {
      name: "3 main creators",
      doc: formDoc({ mainCreators: "张三、李四、周九" }),
      errors: [
        {
          messageId: "tooManyMain",
          span: [0, 8],
          paragraph: MAIN,
          data: { count: 3, max: 2, names: "张三、李四、周九" },
        },
      ],
    },
    {
      name: "5 participants separated by spaces",
      doc: formDoc({ participants: "王五 赵六 钱七 孙八 吴十" }),
      errors: [
        {
          messageId: "tooManyParticipants",
          paragraph: PART,
          span: [0, 14],
          data: { count: 5, max: 4 },
        },
      ],
    },
    {
      name: "participants over two paragraphs",
      doc: formDoc({ participants: ["王五、赵六、钱七", "孙八、吴十"] }),
      errors: [
        { messageId: "tooManyParticipants", paragraph: PART, span: [0, 8], data: { count: 5 } },
      ],
    },
    {
      name: "a name in both lists",
      doc: formDoc({ mainCreators: "张三、李四", participants: "李四、王五" }),
      errors: [
        {
          messageId: "listedTwice",
          span: [0, 5],
          paragraph: PART,
          severity: "warning",
          data: { name: "李四" },
        },
      ],
    },
  ],
});
