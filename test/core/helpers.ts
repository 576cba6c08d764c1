/**
 * Test helpers for the rule, engine, checklist and plan tests: a complete, compliant 2023 case
 * report built with the model builders and knobs to move each count to a chosen value, plus a
 * one-rule lint runner. Every count below is Word's 字数 (R34): one per CJK character.
 */
import {
  asRole,
  buildDocument,
  para,
  type BuildOptions,
  type ParaSpec,
} from "../fixtures/model-builders";
import { classify } from "../../src/core/classify";
import { lint, type LintOptions, type LintResult } from "../../src/core/engine";
import type { Edit } from "../../src/core/findings";
import type { Picture, ReportDocument } from "../../src/core/model";
import { PROFILE_2023 } from "../../src/core/profile";
import type { Rule } from "../../src/core/rule";
import type { ClassifiedDocument } from "../../src/core/roles";

const FILLER = "企业开展隐患排查治理提升安全管理水平保险机构组织专家深入现场服务";

/** `n` CJK characters (n 字) without first-person words or sentence marks. */
export function zh(n: number): string {
  let s = "";
  while (s.length < n) s += FILLER;
  return s.slice(0, n);
}

/** Section sizes in 字 (headings included for the parts of 正文; the intro heading excluded). */
export interface ReportSizes {
  intro?: number;
  background?: number;
  practice?: number;
  effect?: number;
}

/** 字 of the heading lines used below. */
export const H1_WORDS = 6; // "一、实施背景"
export const H2_WORDS = 11; // "（一）建立隐患排查机制"

/**
 * A 实施效果 text of `n` 字 with three figures (R8) when n ≥ 16: "隐患120处，整改率98%，节约35万元。"
 * (16 字) followed by `zh(n - 16)`; plain `zh(n)` when shorter.
 */
export function effectText(n: number): string {
  const figures = "隐患120处，整改率98%，节约35万元。";
  return n >= 16 ? figures + zh(n - 16) : zh(n);
}

/** A body paragraph of `n` 字 in the compliant body format. */
export function body(n: number, extra: Partial<ParaSpec> = {}): ParaSpec {
  return para(zh(n), { ...asRole("body"), ...extra });
}

/** A picture of `pixelWidth` px shown `inches` wide in paragraph `paragraphIndex`. */
export function picture(
  paragraphIndex: number,
  pixelWidth: number | null = 2400,
  inches = 6
): Omit<Picture, "index"> {
  return {
    paragraphIndex,
    inline: true,
    cx: Math.round(inches * 914400),
    cy: Math.round(inches * 0.75 * 914400),
    pixelWidth,
    pixelHeight: pixelWidth === null ? null : Math.round(pixelWidth * 0.75),
    part: "/word/media/image1.jpeg",
    contentType: "image/jpeg",
    name: "图片 1",
    description: "现场检查",
  };
}

/**
 * The paragraph specs of a compliant report: title (13 字), unit line, 单位简介 heading and text,
 * 一、实施背景, 二、主要做法 with （一）（二） sub-headings and two picture paragraphs, 三、实施效果.
 * Defaults: intro 350, background 500, practice 2100, effect 400 → 正文 3000, share 70 %.
 */
export function reportSpecs(sizes: ReportSizes = {}): ParaSpec[] {
  const { intro = 350, background = 500, practice = 2100, effect = 400 } = sizes;
  const practiceText = practice - H1_WORDS - 2 * H2_WORDS;
  const half = Math.floor(practiceText / 2);
  return [
    para("安责险事故预防服务创新实践", asRole("title")),
    // A Chinese IME writes w:hint="eastAsia" on runs with “” — …, so “——” takes the Chinese font.
    para("——某某保险股份有限公司某分公司", {
      ...asRole("unitLine"),
      format: { ...asRole("unitLine").format, hint: "eastAsia" },
    }),
    para("单位简介", asRole("unitIntroHeading")),
    para(zh(intro), asRole("unitIntro")),
    para("一、实施背景", asRole("heading1")),
    body(background - H1_WORDS),
    para("二、主要做法", asRole("heading1")),
    para("（一）建立隐患排查机制", asRole("heading2")),
    body(half),
    para("", asRole("body")), // picture paragraph (index 9)
    para("（二）开展专项培训活动", asRole("heading2")),
    body(practiceText - half),
    para("", asRole("body")), // picture paragraph (index 12)
    para("三、实施效果", asRole("heading1")),
    para(effectText(effect - H1_WORDS), asRole("body")),
  ];
}

/** Index of paragraphs in `reportSpecs`. */
export const P = {
  title: 0,
  unitLine: 1,
  introHeading: 2,
  intro: 3,
  background: 4,
  backgroundText: 5,
  practice: 6,
  h2a: 7,
  practiceText: 8,
  pic1: 9,
  h2b: 10,
  practiceText2: 11,
  pic2: 12,
  effect: 13,
  effectText: 14,
} as const;

/** Builds a document from specs with the two default pictures (400 dpi) unless overridden. */
export function reportDoc(
  specs: ParaSpec[] = reportSpecs(),
  options: BuildOptions = {}
): ReportDocument {
  return buildDocument(specs, { pictures: [picture(P.pic1), picture(P.pic2)], ...options });
}

/** Classifies a document (or specs) with the 2023 profile. */
export function classified(doc: ReportDocument | ParaSpec[] = reportDoc()): ClassifiedDocument {
  return classify(Array.isArray(doc) ? reportDoc(doc) : doc, PROFILE_2023);
}

/** Lints with only `rule` (plus options). */
export function lintWith(
  rule: Rule,
  doc: ReportDocument | ParaSpec[] = reportDoc(),
  options: LintOptions = {}
): LintResult {
  return lint(classified(doc), PROFILE_2023, { ...options, rules: [rule] });
}

/** Replaces paragraph `i` of `specs` (copy) by `spec`. */
export function withPara(specs: ParaSpec[], i: number, spec: ParaSpec): ParaSpec[] {
  const out = [...specs];
  out[i] = spec;
  return out;
}

/** What a test expects of one finding; unset fields are not checked. `fix: null` = no fix. */
export interface Expected {
  messageId: string;
  /** Paragraph of a paragraph or picture target; omitted = document or section target. */
  paragraph?: number;
  span?: [number, number];
  section?: number;
  severity?: "error" | "warning" | "info";
  data?: Record<string, string | number>;
  fix?: Edit[] | null;
}

/** One invalid case: the document and the findings it must give, in order. */
export interface InvalidCase {
  name: string;
  doc: ReportDocument | ParaSpec[];
  errors: Expected[];
}

/**
 * ESLint-style RuleTester: every valid document gives no finding of `rule`; every invalid one
 * gives exactly the expected findings, in order, with the expected target, severity, data and fix.
 */
export function ruleTester(
  rule: Rule,
  cases: { valid: { name: string; doc: ReportDocument | ParaSpec[] }[]; invalid: InvalidCase[] }
): void {
  describe(rule.meta.id, () => {
    it.each(cases.valid.map((v) => [v.name, v.doc] as const))("valid: %s", (_name, doc) => {
      const r = lintWith(rule, doc);
      expect(r.crashed).toEqual([]);
      expect(r.findings.map((f) => f.message)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_name, c) => {
      const r = lintWith(rule, c.doc);
      expect(r.crashed).toEqual([]);
      expect(r.findings.map((f) => f.messageId)).toEqual(c.errors.map((e) => e.messageId));
      r.findings.forEach((f, i) => {
        const e = c.errors[i]!;
        if (e.paragraph === undefined && e.section === undefined) {
          expect(f.target.kind).toBe("document");
        }
        if (e.paragraph !== undefined) {
          expect(f.target.kind === "paragraph" || f.target.kind === "picture").toBe(true);
          if (f.target.kind === "paragraph" || f.target.kind === "picture") {
            expect(f.target.paragraph.index).toBe(e.paragraph);
          }
        }
        if (e.section !== undefined)
          expect(f.target).toEqual({ kind: "section", section: e.section });
        if (e.span !== undefined) expect(f.target).toMatchObject({ span: e.span });
        else if (f.target.kind === "paragraph") expect(f.target.span).toBeUndefined();
        if (e.severity !== undefined) expect(f.severity).toBe(e.severity);
        if (e.data !== undefined) expect(f.data).toMatchObject(e.data);
        if (e.fix === null) expect(f.fix).toBeUndefined();
        else if (e.fix !== undefined) expect(f.fix).toEqual(e.fix);
        expect(f.message).not.toMatch(/\{[A-Za-z_]+\}/);
      });
    });
  });
}
