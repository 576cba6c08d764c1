/**
 * @fileoverview Builders of filled-in 申报书 for the form tests: the template's paragraphs
 * (`formParagraphs`, so the layout is exactly what `formDocx` writes) with chosen values, ticked
 * categories and an 其他 explanation, alone or after the compliant report of `helpers.ts`; and a
 * filler that writes values into a parsed template document (model level).
 */
import { buildDocument, para, type ParaSpec } from "../fixtures/model-builders";
import { locateForm } from "../../src/core/form";
import type { ReportDocument } from "../../src/core/model";
import { PROFILE_2023, type FormFieldKey, type Profile } from "../../src/core/profile";
import { formParagraphs } from "../../src/ooxml/form";
import { picture, P, reportSpecs, zh } from "./helpers";

/** Values by field; an array is several paragraphs in the value cell. */
export type FormFill = Partial<Record<FormFieldKey, string | string[]>>;

/** A complete, valid form for the report of `reportSpecs()` (same 题目 and unit name). */
export const VALID_FILL: FormFill = {
  caseName: "安责险事故预防服务创新实践",
  applicant: "某某保险股份有限公司某分公司",
  recommender: "某省保险行业协会",
  submissionDate: "2023年10月20日",
  period: "2023年3月—2023年10月",
  summary: zh(600),
  mainCreators: "张三、李四",
  participants: "王五、赵六",
  recommendOpinion: "经审核，同意推荐。",
  contactPerson: "刘七",
  department: "风险管理部",
  position: "经理",
  officePhone: "010-12345678",
  mobile: "13800000000",
  email: "liuqi@example.cn",
};

/** Options of {@link formSpecs}. */
export interface FormOptions {
  /** Categories whose box is ticked (☑); default ["组织实施管理类"]. */
  ticked?: string[];
  /** Text after "其他，请具体说明：". */
  other?: string;
  profile?: Profile;
}

/**
 * The form's paragraph specs with `fill` written into the value cells (`fill` overrides
 * {@link VALID_FILL} key by key; pass "" to empty a field). Table paragraphs have tableDepth 1.
 */
export function formSpecs(fill: FormFill = {}, options: FormOptions = {}): ParaSpec[] {
  const profile = options.profile ?? PROFILE_2023;
  const f = profile.form;
  const values: FormFill = { ...VALID_FILL, ...fill };
  const ticked = options.ticked ?? [f.categories[0]];
  const out: ParaSpec[] = [];
  const written = new Set<FormFieldKey>();
  for (const p of formParagraphs(profile)) {
    const inTable = p.part === "label" || p.part === "value";
    const spec = (text: string): ParaSpec => para(text, { tableDepth: inTable ? 1 : 0 });
    if (p.part === "value" && p.key === "category") {
      const name = f.categories.find((c) => p.text.includes(c)) ?? "";
      let text = ticked.includes(name) ? f.boxTicked + p.text.slice(1) : p.text;
      if (name === f.otherCategory && options.other !== undefined) text += options.other;
      out.push(spec(text));
      continue;
    }
    if (p.part === "value" && p.key !== undefined && values[p.key] !== undefined) {
      if (written.has(p.key)) continue;
      written.add(p.key);
      const v = values[p.key]!;
      for (const t of Array.isArray(v) ? v : [v]) out.push(spec(t));
      continue;
    }
    out.push(spec(p.text));
  }
  return out;
}

/** A document holding only the form. */
export function formDoc(fill: FormFill = {}, options: FormOptions = {}): ReportDocument {
  return buildDocument(formSpecs(fill, options), { tableCount: 1 });
}

/** The compliant report of `reportSpecs()`, an empty paragraph, then the form: R32 applies. */
export function reportWithForm(fill: FormFill = {}, options: FormOptions = {}): ReportDocument {
  return buildDocument([...reportSpecs(), para(""), ...formSpecs(fill, options)], {
    pictures: [picture(P.pic1), picture(P.pic2)],
    tableCount: 1,
  });
}

/**
 * Writes `fill` into the value cells of a document holding the empty template (e.g. parsed from
 * `formDocx`): each field's first value paragraph gets the text as one run with the cell's
 * formatting. Arrays are joined with "\v" (a line break in the cell). Throws when the document
 * has no form.
 */
export function fillTemplate(
  doc: ReportDocument,
  fill: FormFill,
  profile = PROFILE_2023
): ReportDocument {
  const form = locateForm(doc, profile);
  if (form === null) throw new Error("fillTemplate: no form in the document");
  const paragraphs = doc.paragraphs.map((p) => ({ ...p, runs: [...p.runs] }));
  for (const [key, value] of Object.entries(fill) as [FormFieldKey, string | string[]][]) {
    const field = form.fields[key];
    if (!field || field.parts.length === 0) throw new Error(`fillTemplate: no cell for ${key}`);
    const p = paragraphs[field.parts[0]!.paragraph.index]!;
    const text = Array.isArray(value) ? value.join("\v") : value;
    const format = p.runs[0]?.format ?? doc.paragraphs[field.labelIndex]!.runs[0]!.format;
    p.text = text;
    p.runs = [{ text, start: 0, format: { ...format, bold: false } }];
  }
  return { ...doc, paragraphs };
}
