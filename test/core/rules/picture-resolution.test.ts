import { effectiveDpi, pictureResolution } from "../../../src/core/rules/picture-resolution";
import { P, lintWith, picture, reportDoc, reportSpecs, ruleTester } from "../helpers";

const specs = reportSpecs();
const pics = (...p: ReturnType<typeof picture>[]) => reportDoc(specs, { pictures: p });

ruleTester(pictureResolution, {
  valid: [
    { name: "2400 px over 6 in = 400 dpi", doc: specs },
    {
      name: "1800 px over 6 in = exactly 300 dpi",
      doc: pics(picture(P.pic1, 1800), picture(P.pic2, 1800)),
    },
  ],
  invalid: [
    {
      name: "1794 px over 6 in = 299 dpi",
      doc: pics(picture(P.pic1, 2400), picture(P.pic2, 1794)),
      errors: [
        {
          messageId: "lowDpi",
          paragraph: P.pic2,
          severity: "warning",
          data: {
            picture: 2,
            dpi: 299,
            min: 300,
            pixelWidth: 1794,
            widthCm: 15.2,
            name: "现场检查",
          },
          fix: null,
        },
      ],
    },
    {
      // Word's default compression: 220 ppi.
      name: "220 dpi after Word's default compression",
      doc: pics(picture(P.pic1, 1320), picture(P.pic2, 2400)),
      errors: [{ messageId: "lowDpi", paragraph: P.pic1, data: { dpi: 220 } }],
    },
    {
      // r:link, or an r:embed whose part is missing: nothing in the document to show
      name: "picture not stored in the document",
      doc: pics({ ...picture(P.pic1, null), part: null, contentType: null }, picture(P.pic2)),
      errors: [
        { messageId: "notEmbedded", paragraph: P.pic1, severity: "warning", data: { picture: 1 } },
      ],
    },
    {
      name: "pixel size unknown",
      doc: pics(picture(P.pic1, null), picture(P.pic2)),
      errors: [
        { messageId: "notCheckable", paragraph: P.pic1, severity: "info", data: { picture: 1 } },
      ],
    },
  ],
});

describe("effectiveDpi", () => {
  it.each([
    [2400, 6, 400],
    [3000, 16 / 2.54, 476],
    [0, 6, null],
    [null, 6, null],
    [2400, 0, null],
  ])("%s px over %s in → %s", (px, inches, dpi) => {
    expect(effectiveDpi({ ...picture(0, px, inches), index: 0 })).toBe(dpi);
  });
  it("message explains Word's 220 ppi compression", () => {
    const doc = pics(picture(P.pic1, 1320), picture(P.pic2, 2400));
    const f = lintWith(pictureResolution, doc).findings[0]!;
    expect(f.message).toContain("220 ppi");
    expect(f.message).toContain("不压缩文件中的图像");
  });
});
