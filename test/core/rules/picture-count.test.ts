import { asRole, para } from "../../fixtures/model-builders";
import { pictureCount } from "../../../src/core/rules/picture-count";
import { P, picture, reportDoc, reportSpecs, ruleTester } from "../helpers";

const specs = reportSpecs();
const withAttachment = [
  ...specs,
  para("附件", asRole("attachmentHeading")),
  para("", asRole("attachment")),
];

ruleTester(pictureCount, {
  valid: [
    { name: "two pictures", doc: specs },
    {
      name: "three pictures",
      doc: reportDoc(specs, { pictures: [picture(P.pic1), picture(P.pic2), picture(P.pic2)] }),
    },
  ],
  invalid: [
    {
      name: "one picture",
      doc: reportDoc(specs, { pictures: [picture(P.pic1)] }),
      errors: [{ messageId: "tooFew", data: { count: 1, min: 2 }, fix: null }],
    },
    {
      name: "none",
      doc: reportDoc(specs, { pictures: [] }),
      errors: [{ messageId: "tooFew", data: { count: 0 } }],
    },
    {
      name: "the second picture is in 附件 (not counted)",
      doc: reportDoc(withAttachment, {
        pictures: [picture(P.pic1), picture(withAttachment.length - 1)],
      }),
      errors: [{ messageId: "tooFew", data: { count: 1 } }],
    },
  ],
});
