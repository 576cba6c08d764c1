/**
 * @fileoverview Requirement coverage, traced: for every requirement R1–R34 of
 * shared/spec/requirements.md, where the product handles it — rule ids, template parts, styled
 * roles, checklist counts, hand-checked items, modules and profile fields — or a written reason
 * why not yet. Rule ids, styled roles, counts and hand items are DERIVED (from the rule
 * registry's `meta.requirementIds`, the profile's `RoleStyle.requirementIds`, the checklist's
 * count items and `HAND_ITEMS`), never typed here; only what has no registry of its own (the
 * clause, the kinds the spec claims, template parts, modules, profile fields, reasons) is data.
 * `scripts/gen-requirements.ts` renders it to docs/requirements.md; test/core/coverage.test.ts
 * fails when a requirement has no home, a rule names an unknown requirement, a claimed kind has
 * no home, or the document is stale. Not product code: the product serves the requirements; this
 * traces where (pure: no I/O here, gen-requirements.ts writes the file).
 */
import { buildDocument } from "../test/fixtures/model-builders";
import { buildCounts, buildTallies, HAND_ITEMS } from "../src/core/checklist";
import { classify } from "../src/core/classify";
import { isRequirementId } from "../src/core/engine";
import { PROFILE_2023, type FormattedRole, type Profile } from "../src/core/profile";
import type { Rule } from "../src/core/rule";
import { allRules } from "../src/core/rules";

/**
 * Where a requirement lives (requirements.md kinds): template T, one-click formatting F, live
 * count C, automatic check K, hand-checked checklist item H, submission-package help P.
 */
export type HomeKind = "template" | "format" | "count" | "check" | "hand" | "package";

/** The typed part of a requirement's entry (what has no registry to derive it from). */
export interface RequirementSource {
  id: string;
  /** Short statement of the requirement (English; the spec's wording shortened). */
  requirement: string;
  /** Clause of the notice, e.g. "附件二 三(一)". */
  clause: string;
  /** The kinds requirements.md claims for it. */
  kinds: HomeKind[];
  /** Parts of the templates: a report role of `templateParagraphs` (src/ooxml/template.ts) or "form" (src/ooxml/form.ts). */
  templateParts?: string[];
  /** Source modules (paths from the repository root) that implement it besides rules. */
  modules?: string[];
  /** Profile fields that hold its numbers, fonts or words, e.g. "bounds.title". */
  profileFields?: string[];
  /** A written reason why a claimed kind (or the whole requirement) is not built yet. */
  notYet?: string;
}

/** A requirement's homes: the typed source plus what is derived from the registries. */
export interface RequirementHome extends RequirementSource {
  /** Ids of registered rules whose meta.requirementIds include this id (registry order). */
  rules: string[];
  /** Profile roles whose style serves it (one-click formatting, R14–R19 …). */
  formatRoles: FormattedRole[];
  /** Checklist count or tally ids that show it. */
  counts: string[];
  /** Hand-checked checklist items (`HAND_ITEMS` ids). */
  handItems: string[];
}

/** The requirements R1–R34, in order (typed part only). */
export const REQUIREMENT_SOURCES: readonly RequirementSource[] = [
  {
    id: "R1",
    requirement: "Parts in order: 题目 → ——单位全称 → 单位简介 → 正文 → 附件",
    clause: "附件二 三",
    kinds: ["template", "check"],
    templateParts: [
      "title",
      "unitLine",
      "unitIntroHeading",
      "unitIntro",
      "heading1",
      "body",
      "attachmentHeading",
      "attachment",
    ],
    modules: ["src/core/classify.ts"],
  },
  {
    id: "R2",
    requirement: "题目 ≤ 20 字, one sentence",
    clause: "附件二 三(一)",
    kinds: ["count", "check"],
    profileFields: ["bounds.title"],
  },
  {
    id: "R3",
    requirement: "题目 without the unit's name or a participant's name",
    clause: "附件二 三(一)",
    kinds: ["check"],
  },
  {
    id: "R4",
    requirement: "Under the title: “——” + the unit's full name",
    clause: "附件二 三(一) 示例",
    kinds: ["template", "check"],
    templateParts: ["unitLine"],
    profileFields: ["unitLineDash"],
  },
  {
    id: "R5",
    requirement:
      "单位简介 300–400 字 covering industry, region, ownership, founding, business, scale, results, standing, honours",
    clause: "附件二 三(二)",
    kinds: ["count", "check", "hand"],
    templateParts: ["unitIntroHeading", "unitIntro"],
    profileFields: ["bounds.unitIntro", "sectionKeywords.unitIntro"],
  },
  {
    id: "R6",
    requirement: "正文 ≥ 3000 字 in three parts: 实施背景 / 主要做法 / 实施效果",
    clause: "附件二 三(三), 四(二)2",
    kinds: ["count", "check"],
    templateParts: ["heading1"],
    profileFields: ["bounds.body", "sectionKeywords"],
  },
  {
    id: "R7",
    requirement: "主要做法 ≥ 2000 字 and ≥ 70 % of 正文",
    clause: "附件二 三(三)2",
    kinds: ["count", "check"],
    profileFields: ["bounds.practice", "bounds.practiceShare"],
  },
  {
    id: "R8",
    requirement: "实施效果 quantitative and qualitative, with parameters and indicator data",
    clause: "附件二 三(三)3",
    kinds: ["check", "hand"],
    profileFields: ["effectData"],
  },
  {
    id: "R9",
    requirement: "附件: certificates, patents, letters (optional)",
    clause: "附件二 三(四)",
    kinds: ["template", "hand"],
    templateParts: ["attachmentHeading", "attachment"],
  },
  {
    id: "R10",
    requirement: "Third person; no 我们 / 我单位 / 我司 …",
    clause: "附件二 四(二)",
    kinds: ["check"],
    profileFields: ["firstPersonWords"],
  },
  {
    id: "R11",
    requirement: "Heading levels ≤ 3, numbered 一、 / （一） / 1.",
    clause: "附件二 四(三)",
    kinds: ["check", "format"],
    templateParts: ["heading1", "heading2", "heading3"],
    modules: ["src/core/numbering.ts"],
    profileFields: ["headingLevels"],
  },
  {
    id: "R12",
    requirement: "Necessary examples, data and charts; not too many figures and tables",
    clause: "附件二 四(三)",
    kinds: ["hand", "count"],
    profileFields: ["figureTableMax"],
  },
  {
    id: "R13",
    requirement: "Page A4 portrait",
    clause: "附件二 四(四)",
    kinds: ["format", "check"],
    modules: ["src/core/plan.ts"],
    profileFields: ["page"],
  },
  {
    id: "R14",
    requirement: "题目 黑体 小二, centred",
    clause: "附件二 四(四)",
    kinds: ["format", "check"],
    profileFields: ["roles.title"],
  },
  {
    id: "R15",
    requirement: "单位全称 line 楷体_GB2312 小三, centred",
    clause: "附件二 四(四)",
    kinds: ["format", "check"],
    profileFields: ["roles.unitLine", "fontLookAlikes", "fontAliases"],
  },
  {
    id: "R16",
    requirement: "单位简介 楷体_GB2312 小四, exactly 22 pt",
    clause: "附件二 四(四)",
    kinds: ["format", "check"],
    profileFields: ["roles.unitIntro"],
  },
  {
    id: "R17",
    requirement: "Level-1 headings 黑体 小三",
    clause: "附件二 四(四)",
    kinds: ["format", "check"],
    profileFields: ["roles.heading1"],
  },
  {
    id: "R18",
    requirement: "Level-2 and level-3 headings 楷体_GB2312 小三 bold",
    clause: "附件二 四(四)",
    kinds: ["format", "check"],
    profileFields: ["roles.heading2", "roles.heading3"],
  },
  {
    id: "R19",
    requirement: "正文 宋体 小三, exactly 26 pt; the East Asian font set",
    clause: "附件二 四(四)",
    kinds: ["format", "check"],
    profileFields: ["roles.body"],
  },
  {
    id: "R20",
    requirement: "Standard punctuation (标点规范), factual and clear wording",
    clause: "附件二 四(一)",
    kinds: ["check", "hand"],
  },
  {
    id: "R21",
    requirement: "≥ 2 photos of work scenes",
    clause: "附件二 五(一)",
    kinds: ["count", "check"],
    profileFields: ["pictures.minCount"],
  },
  {
    id: "R22",
    requirement: "Photos ≥ 300 dpi (effective resolution)",
    clause: "附件二 五(二)",
    kinds: ["check"],
    profileFields: ["pictures.minDpi"],
  },
  {
    id: "R23",
    requirement:
      "Each photo, and each chart given as an image, also as a file named by its description",
    clause: "附件二 五(一)(三)",
    kinds: ["package"],
    modules: [
      "src/ooxml/picture-files.ts",
      "src/ooxml/submission.ts",
      "src/cli/export-images.ts",
      "src/cli/submission.ts",
      "src/word/exportPictures.ts",
      "src/taskpane/lib/toJpeg.ts",
      "src/taskpane/components/ExportSection.tsx",
    ],
  },
  {
    id: "R24",
    requirement: "Protect secrets and privacy",
    clause: "附件二 二(二)",
    kinds: ["check", "hand"],
  },
  {
    id: "R25",
    requirement: "Word (.docx) and PDF versions, stamped paper copy",
    clause: "通知 四(二)3",
    kinds: ["hand", "package"],
    modules: [
      "src/ooxml/submission.ts",
      "src/cli/submission.ts",
      "src/cli/soffice.ts",
      "src/word/files.ts",
    ],
  },
  {
    id: "R26",
    requirement: "Content principles: 真实性, 合规性, 先进性, 可推广性, 实效性",
    clause: "附件二 二",
    kinds: ["hand"],
  },
  {
    id: "R27",
    requirement: "申报书 fields filled (案例名称 … contact row)",
    clause: "附件一",
    kinds: ["template", "check"],
    templateParts: ["form"],
    modules: ["src/core/form.ts"],
    profileFields: ["form"],
  },
  {
    id: "R28",
    requirement: "案例实施周期 “XXXX年XX月—XXXX年XX月”, start before end",
    clause: "附件一 注1",
    kinds: ["check"],
  },
  {
    id: "R29",
    requirement: "案例简介 ≤ 800 字",
    clause: "附件一 注2",
    kinds: ["count", "check"],
    profileFields: ["bounds.formSummary"],
    notYet:
      "The 案例简介 count is shown in the form rule's finding, not as a live checklist count yet.",
  },
  {
    id: "R30",
    requirement: "主要创造人 ≤ 2, 参与创造人 ≤ 4",
    clause: "附件一 注4",
    kinds: ["check"],
  },
  {
    id: "R31",
    requirement: "Exactly one 案例类别; 其他 needs its explanation",
    clause: "附件一",
    kinds: ["check"],
  },
  {
    id: "R32",
    requirement: "案例名称 = 题目; 申报单位全称 = unit line",
    clause: "(consistency)",
    kinds: ["check"],
  },
  {
    id: "R33",
    requirement: "报送时间 on or before the deadline",
    clause: "通知 四(二)3, 七",
    kinds: ["check"],
    profileFields: ["deadline"],
  },
  {
    id: "R34",
    requirement: "字 counted as Word's 字数",
    clause: "(counting rule)",
    kinds: ["count"],
    modules: ["src/core/count.ts"],
  },
];

/** An empty document's checklist counts and tallies, to read their requirement ids. */
function countRequirementIds(profile: Profile): { id: string; requirementIds: string[] }[] {
  const c = classify(buildDocument([]), profile);
  return [...buildCounts(c, profile), ...buildTallies(c, profile)];
}

/**
 * The coverage table: `REQUIREMENT_SOURCES` joined with what the registries say (rules in
 * registry order, profile roles, checklist counts and tallies, hand items). Pure; never throws.
 */
export function requirementCoverage(
  profile: Profile = PROFILE_2023,
  rules: readonly Rule[] = allRules
): RequirementHome[] {
  const counts = countRequirementIds(profile);
  return REQUIREMENT_SOURCES.map((src) => ({
    ...src,
    rules: rules.filter((r) => r.meta.requirementIds.includes(src.id)).map((r) => r.meta.id),
    formatRoles: (Object.keys(profile.roles) as FormattedRole[]).filter((role) =>
      profile.roles[role].requirementIds.includes(src.id)
    ),
    counts: counts.filter((c) => c.requirementIds.includes(src.id)).map((c) => c.id),
    handItems: HAND_ITEMS.filter((h) => h.requirementIds.includes(src.id)).map((h) => h.id),
  }));
}

/**
 * Problems of a coverage table (empty when all is well): a requirement id missing, repeated or
 * not R1–R34; a requirement without any home and without a `notYet` reason; a claimed kind
 * without its home (template → templateParts, format → formatRoles or the page/plan module,
 * count → counts or a module, check → rules, hand → handItems, package → a module); a rule
 * naming a requirement id outside R1–R34.
 */
export function coverageProblems(
  homes: readonly RequirementHome[],
  rules: readonly Rule[] = allRules
): string[] {
  const problems: string[] = [];
  const ids = homes.map((h) => h.id);
  for (let n = 1; n <= 34; n++) {
    const id = `R${n}`;
    const k = ids.filter((x) => x === id).length;
    if (k !== 1) problems.push(`${id} appears ${k} times`);
  }
  for (const h of homes) {
    if (!isRequirementId(h.id)) problems.push(`${h.id} is not R1–R34`);
    const homed =
      h.rules.length > 0 ||
      (h.templateParts ?? []).length > 0 ||
      h.handItems.length > 0 ||
      h.formatRoles.length > 0 ||
      h.counts.length > 0 ||
      (h.modules ?? []).length > 0;
    if (!homed && !h.notYet) problems.push(`${h.id} has no home and no notYet reason`);
    for (const kind of h.kinds) {
      const ok =
        kind === "template"
          ? (h.templateParts ?? []).length > 0
          : kind === "format"
            ? h.formatRoles.length > 0 || (h.modules ?? []).length > 0
            : kind === "count"
              ? h.counts.length > 0 || (h.modules ?? []).length > 0
              : kind === "check"
                ? h.rules.length > 0
                : kind === "hand"
                  ? h.handItems.length > 0
                  : (h.modules ?? []).length > 0; // package: the modules that build it
      if (!ok && !h.notYet)
        problems.push(`${h.id}: kind "${kind}" has no home and no notYet reason`);
    }
  }
  for (const r of rules) {
    for (const req of r.meta.requirementIds) {
      if (!isRequirementId(req)) problems.push(`rule ${r.meta.id} names unknown ${req}`);
    }
  }
  return problems;
}

const KIND_LETTER: Record<HomeKind, string> = {
  template: "T",
  format: "F",
  count: "C",
  check: "K",
  hand: "H",
  package: "P",
};

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * docs/requirements.md as text: a header saying it is generated, then one table row per
 * requirement with its clause, kinds (T F C K H P) and homes — rule ids linked to their source
 * files (paths relative to docs/), template parts, styled roles, checklist counts, hand items
 * (with their zh-CN label from `handLabel`), modules, profile fields and the notYet reason.
 */
export function renderRequirementsMarkdown(
  homes: readonly RequirementHome[],
  handLabel: (id: string) => string
): string {
  const lines = [
    "<!-- Generated by scripts/gen-requirements.ts from scripts/requirements-coverage.ts; do not edit. -->",
    "",
    "# Requirements and where they are handled",
    "",
    "Every requirement of `shared/spec/requirements.md` (the 2023 notice, 中国企联业字〔2023〕17号)",
    "with the places that handle it. Rule ids come from the rule registry",
    "(`meta.requirementIds`), styled roles from the profile, counts from the checklist and hand",
    "items from `HAND_ITEMS`, so this table cannot claim a rule that does not exist.",
    "Regenerate with `npx tsx scripts/gen-requirements.ts`; `test/core/coverage.test.ts` fails",
    "when this file is stale.",
    "",
    "Kinds: **T** template · **F** one-click formatting · **C** live count · **K** automatic",
    "check · **H** checked by hand (checklist item) · **P** submission-package help.",
    "",
    "| id | requirement | clause | kind | handled by |",
    "|---|---|---|---|---|",
  ];
  for (const h of homes) {
    const parts: string[] = [];
    if (h.rules.length > 0) {
      parts.push("rules: " + h.rules.map((r) => `[${r}](../src/core/rules/${r}.ts)`).join(", "));
    }
    if ((h.templateParts ?? []).length > 0) {
      const report = (h.templateParts ?? []).filter((p) => p !== "form");
      const t: string[] = [];
      if (report.length > 0) t.push(`${report.join(", ")} ([template](../src/ooxml/template.ts))`);
      if ((h.templateParts ?? []).includes("form")) t.push("申报书 ([form](../src/ooxml/form.ts))");
      parts.push(`template: ${t.join("; ")}`);
    }
    if (h.formatRoles.length > 0) parts.push(`styles: ${h.formatRoles.join(", ")}`);
    if (h.counts.length > 0) parts.push(`checklist counts: ${h.counts.join(", ")}`);
    if (h.handItems.length > 0) {
      parts.push(`by hand: ${h.handItems.map((i) => `${i} (“${handLabel(i)}”)`).join("; ")}`);
    }
    if ((h.modules ?? []).length > 0) {
      parts.push(`code: ${(h.modules ?? []).map((m) => `[${m}](../${m})`).join(", ")}`);
    }
    if ((h.profileFields ?? []).length > 0) {
      parts.push(`profile: ${(h.profileFields ?? []).map((f) => `\`${f}\``).join(", ")}`);
    }
    if (h.notYet) parts.push(`**not yet:** ${h.notYet}`);
    const kinds = h.kinds.map((k) => KIND_LETTER[k]).join(" ");
    lines.push(
      `| ${h.id} | ${cell(h.requirement)} | ${cell(h.clause)} | ${kinds} | ${cell(parts.join("<br>"))} |`
    );
  }
  return `${lines.join("\n")}\n`;
}
