/**
 * @fileoverview The rule engine: runs the registered rules over a classified document,
 * validates every report against the rule's declarations (markdownlint's `onError` checks,
 * ESLint's enforced `meta.fixable`), renders messages, gives findings stable ids, turns a
 * crashing rule into a "rule-crashed" finding, applies ignores and sorts. Layer: core (pure).
 */
import type { Edit, Finding, Severity, Target } from "./findings";
import { textHash, type ParagraphRef, type ReportDocument } from "./model";
import type { Profile } from "./profile";
import type { ClassifiedDocument } from "./roles";
import {
  RuleReportError,
  ruleMessageKey,
  type ReportDescriptor,
  type Rule,
  type RuleContext,
} from "./rule";
import { allRules } from "./rules";
import {
  DEFAULT_LOCALE,
  format,
  loadedLocales,
  lookup,
  placeholders,
  type Locale,
} from "./messages";

/** Id of the pseudo-rule whose findings stand for rules that threw inside `check`. */
export const RULE_CRASHED_ID = "rule-crashed";

/** Options of `lint`. */
export interface LintOptions {
  /** Locale of the rendered messages; default zh-CN. */
  locale?: Locale;
  /** Rule ids not to run. Unknown ids are ignored. */
  disabled?: string[];
  /**
   * Finding ids the writer chose to ignore: moved from `findings` to `ignored`. Paragraph ids are
   * content-based (`findingId`), so an ignore survives paragraphs inserted above and lapses when
   * its paragraph's text changes.
   */
  ignoredFindingIds?: string[];
  /** The rules to run, in report order; default `allRules`. */
  rules?: readonly Rule[];
  /** Creator names from the 申报书 (R3), passed to the rules as `RuleContext.creatorNames`. */
  creatorNames?: readonly string[];
  /**
   * Ids of rules that do not apply to this document: unlike `disabled`, they stay in `ruleIds`
   * (the checklist shows them 不适用), but their `check` is not run, so they report nothing.
   * `analyze` passes the report rules of a stand-alone 申报书 here (`isFormOnly`).
   */
  notApplicable?: readonly string[];
}

/** Result of `lint`. */
export interface LintResult {
  /** Findings not ignored, sorted by paragraph (document and section targets first), then span. */
  findings: Finding[];
  /** Findings whose id was in `ignoredFindingIds`, same order. */
  ignored: Finding[];
  /** Ids of rules that threw inside `check` (each also has one "rule-crashed" finding). */
  crashed: string[];
  /** Ids of the rules that ran or were `notApplicable` (not disabled), in registry order. */
  ruleIds: string[];
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** True for "R1" … "R34", the requirement ids of requirements.md. */
export function isRequirementId(id: string): boolean {
  const m = /^R([1-9][0-9]?)$/.exec(id);
  return m !== null && Number(m[1]) <= 34;
}

/**
 * The id part of a target: "doc", "h1a2b3c4d", "h1a2b3c4d:3-5", "pic0", "s1". A paragraph target
 * is named by its paragraph's text hash (`textHash`, FNV-1a), not by its index: an ignore then
 * follows its paragraph when paragraphs are inserted or deleted above it, and lapses — never
 * lands on another finding — when the paragraph's own text changes.
 */
function targetKey(target: Target): string {
  switch (target.kind) {
    case "document":
      return "doc";
    case "paragraph":
      return target.span
        ? `h${target.paragraph.textHash}:${target.span[0]}-${target.span[1]}`
        : `h${target.paragraph.textHash}`;
    case "picture":
      return `pic${target.picture}`;
    case "section":
      return `s${target.section}`;
  }
}

/**
 * The stable id of a finding: `<ruleId>/<messageId>@<target>`, e.g.
 * "first-person/firstPerson@h1a2b3c4d:3-5" (paragraph targets: `h` + the paragraph's 8-hex-digit
 * `textHash`, then the span; see `targetKey`), "picture-resolution/lowDpi@pic0",
 * "page-setup/…@s0", "…@doc". The engine appends "#2", "#3" … when one rule reports the same
 * message twice at the same target — also at the same span of two paragraphs with the same
 * text, numbered in the order the rule reports them. Ids saved before content-based ids (`@p12:3-5`) match nothing any more: those
 * ignores lapse rather than hide another finding.
 */
export function findingId(ruleId: string, messageId: string, target: Target): string {
  return `${ruleId}/${messageId}@${targetKey(target)}`;
}

/** Sort key: [paragraph (-1 for document and section targets), span start, span end]. */
function sortKey(target: Target): [number, number, number] {
  switch (target.kind) {
    case "document":
    case "section":
      return [-1, -1, -1];
    case "picture":
      return [target.paragraph.index, -1, -1];
    case "paragraph":
      return [target.paragraph.index, target.span?.[0] ?? -1, target.span?.[1] ?? -1];
  }
}

/** Validates a paragraph reference against the document; returns the paragraph text. */
function checkRef(
  fail: (m: string) => never,
  doc: ReportDocument,
  ref: ParagraphRef,
  what: string
) {
  if (!ref || !Number.isInteger(ref.index)) fail(`${what}: paragraph index is not an integer`);
  const p = doc.paragraphs[ref.index];
  if (p === undefined) {
    fail(`${what}: paragraph index ${ref.index} out of range 0..${doc.paragraphs.length - 1}`);
  }
  if (ref.textHash !== textHash(p.text)) {
    fail(`${what}: textHash ${ref.textHash} does not match paragraph ${ref.index}`);
  }
  if (ref.id !== undefined && p.id !== undefined && ref.id !== p.id) {
    fail(`${what}: id ${ref.id} does not match paragraph ${ref.index} (${p.id})`);
  }
  return p.text;
}

function checkSpan(fail: (m: string) => never, span: unknown, length: number, what: string) {
  if (
    !Array.isArray(span) ||
    span.length !== 2 ||
    !Number.isInteger(span[0]) ||
    !Number.isInteger(span[1]) ||
    span[0] < 0 ||
    span[0] > span[1] ||
    span[1] > length
  ) {
    fail(`${what}: span ${JSON.stringify(span)} is not inside the paragraph text (0..${length})`);
  }
}

function checkTarget(fail: (m: string) => never, doc: ReportDocument, target: Target): void {
  switch (target?.kind) {
    case "document":
      return;
    case "paragraph": {
      const text = checkRef(fail, doc, target.paragraph, "target");
      if (target.span !== undefined) checkSpan(fail, target.span, text.length, "target");
      return;
    }
    case "picture": {
      const picture = Number.isInteger(target.picture) ? doc.pictures[target.picture] : undefined;
      if (!picture) {
        fail(`target: picture ${target.picture} out of range 0..${doc.pictures.length - 1}`);
      }
      checkRef(fail, doc, target.paragraph, "target");
      if (picture.paragraphIndex !== target.paragraph.index) {
        fail(`target: picture ${target.picture} is not in paragraph ${target.paragraph.index}`);
      }
      return;
    }
    case "section":
      if (!Number.isInteger(target.section) || !doc.sections[target.section]) {
        fail(`target: section ${target.section} out of range 0..${doc.sections.length - 1}`);
      }
      return;
    default:
      fail(`target: unknown kind ${JSON.stringify((target as { kind?: unknown })?.kind)}`);
  }
}

function checkEdit(
  fail: (m: string) => never,
  rule: Rule,
  profile: Profile,
  doc: ReportDocument,
  edit: Edit,
  i: number
): void {
  const what = `fix[${i}]`;
  switch (edit?.op) {
    case "setRole": {
      const text = checkRef(fail, doc, edit.target, what);
      if (!Object.prototype.hasOwnProperty.call(profile.roles, edit.role)) {
        fail(`${what}: role "${edit.role}" has no style in profile ${profile.id}`);
      }
      if (
        edit.headingEnd !== undefined &&
        (!Number.isInteger(edit.headingEnd) ||
          edit.headingEnd <= 0 ||
          edit.headingEnd > text.length)
      ) {
        fail(
          `${what}: headingEnd ${edit.headingEnd} is not inside the paragraph (1..${text.length})`
        );
      }
      return;
    }
    case "setPage":
      if (!(edit.width > 0) || !(edit.height > 0))
        fail(`${what}: page size must be positive twips`);
      if (edit.orientation !== "portrait" && edit.orientation !== "landscape") {
        fail(`${what}: orientation must be "portrait" or "landscape"`);
      }
      return;
    case "replaceText": {
      if (rule.meta.fixable !== "text") {
        fail(
          `${what}: replaceText needs meta.fixable "text" (rule declares "${rule.meta.fixable}")`
        );
      }
      const text = checkRef(fail, doc, edit.target, what);
      checkSpan(fail, edit.span, text.length, what);
      if (typeof edit.text !== "string") fail(`${what}: replaceText.text must be a string`);
      return;
    }
    default:
      fail(`${what}: unknown op ${JSON.stringify((edit as { op?: unknown })?.op)}`);
  }
}

/**
 * Validates one report of `rule` and turns it into a Finding (id not yet de-duplicated).
 * Throws RuleReportError naming the rule when: the messageId is not declared or lacks a string
 * in a loaded locale (zh-CN; en-US where loaded: `loadedLocales`); a placeholder of either string has no value in `data`; a data value is not a
 * string or finite number; the severity or a requirement id is invalid; the target is out of
 * range, stale (textHash) or its span is outside the text; a fix comes from a rule without
 * `fixable`, a replaceText from a rule that is not `fixable: "text"`, or an edit is malformed.
 */
export function validateReport(
  rule: Rule,
  d: ReportDescriptor,
  classified: ClassifiedDocument,
  profile: Profile,
  locale: Locale = DEFAULT_LOCALE
): Finding {
  const id = rule.meta.id;
  const fail = (m: string): never => {
    throw new RuleReportError(id, m);
  };
  if (!d || typeof d !== "object") fail("report() needs a descriptor object");
  if (!rule.meta.messageIds.includes(d.messageId)) {
    fail(`messageId "${d.messageId}" is not declared in meta.messageIds`);
  }
  const key = ruleMessageKey(id, d.messageId);
  const data = d.data ?? {};
  for (const [k, v] of Object.entries(data)) {
    if (typeof v !== "string" && !(typeof v === "number" && Number.isFinite(v))) {
      fail(`data.${k} must be a string or a finite number`);
    }
  }
  for (const loc of loadedLocales()) {
    const template = lookup(key, loc);
    if (template === undefined) fail(`message "${key}" has no ${loc} string`);
    for (const name of placeholders(template as string)) {
      if (!Object.prototype.hasOwnProperty.call(data, name)) {
        fail(`message "${key}" (${loc}) needs data.${name}`);
      }
    }
  }
  const severity = d.severity ?? rule.meta.defaultSeverity;
  if (!SEVERITIES.includes(severity)) fail(`severity "${String(severity)}" is not valid`);
  const requirementIds = d.requirementIds ?? rule.meta.requirementIds;
  for (const r of requirementIds)
    if (!isRequirementId(r)) fail(`requirement id "${r}" is not R1–R34`);
  checkTarget(fail, classified.doc, d.target);
  if (d.fix !== undefined) {
    if (!rule.meta.fixable) fail("reported a fix but meta.fixable is not declared");
    if (!Array.isArray(d.fix) || d.fix.length === 0) fail("fix must be a non-empty array of edits");
    d.fix.forEach((e, i) => checkEdit(fail, rule, profile, classified.doc, e, i));
  }
  const finding: Finding = {
    id: findingId(id, d.messageId, d.target),
    ruleId: id,
    requirementIds: [...requirementIds],
    severity,
    messageId: d.messageId,
    message: format(lookup(key, locale) as string, data),
    data: { ...data },
    target: d.target,
  };
  if (d.fix !== undefined) finding.fix = d.fix.map((e) => ({ ...e }));
  return finding;
}

function crashFinding(rule: Rule, error: unknown, locale: Locale): Finding {
  const data = {
    rule: rule.meta.id,
    error: error instanceof Error ? error.message : String(error),
  };
  return {
    id: `${RULE_CRASHED_ID}/crashed@${rule.meta.id}`,
    ruleId: RULE_CRASHED_ID,
    requirementIds: [...rule.meta.requirementIds],
    severity: "error",
    messageId: "crashed",
    message: format(lookup(ruleMessageKey(RULE_CRASHED_ID, "crashed"), locale) ?? "", data),
    data,
    target: { kind: "document" },
  };
}

/**
 * Runs the rules over `classified` with `profile` and returns the findings.
 *
 * Each rule's findings keep the registry order; an exception inside a rule's `check` discards
 * that rule's findings and becomes one "rule-crashed" finding (severity error, data `{rule,
 * error}`), so one broken rule never breaks the scan. A RuleReportError (an invalid report)
 * is not caught: it is a bug in the rule and escapes `lint`. Throws Error on duplicate rule ids.
 * Serves every requirement a rule enforces (R1–R34).
 */
export function lint(
  classified: ClassifiedDocument,
  profile: Profile,
  options: LintOptions = {}
): LintResult {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const disabled = new Set(options.disabled ?? []);
  const ignoredIds = new Set(options.ignoredFindingIds ?? []);
  const notApplicable = new Set(options.notApplicable ?? []);
  const rules = options.rules ?? allRules;
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.meta.id)) throw new Error(`Duplicate rule id "${r.meta.id}"`);
    seen.add(r.meta.id);
  }
  const all: { finding: Finding; order: number }[] = [];
  const crashed: string[] = [];
  const ruleIds: string[] = [];
  const usedIds = new Map<string, number>();
  for (const rule of rules) {
    if (disabled.has(rule.meta.id)) continue;
    ruleIds.push(rule.meta.id);
    if (notApplicable.has(rule.meta.id)) continue;
    const mine: Finding[] = [];
    const ctx: RuleContext = Object.freeze({
      classified,
      profile,
      creatorNames: Object.freeze([...(options.creatorNames ?? [])]),
      report: (d: ReportDescriptor) => {
        mine.push(validateReport(rule, d, classified, profile, locale));
      },
    });
    try {
      rule.check(ctx);
    } catch (e) {
      if (e instanceof RuleReportError) throw e;
      crashed.push(rule.meta.id);
      mine.length = 0;
      mine.push(crashFinding(rule, e, locale));
    }
    for (const f of mine) {
      const n = (usedIds.get(f.id) ?? 0) + 1;
      usedIds.set(f.id, n);
      if (n > 1) f.id = `${f.id}#${n}`;
      all.push({ finding: f, order: all.length });
    }
  }
  all.sort((a, b) => {
    const ka = sortKey(a.finding.target);
    const kb = sortKey(b.finding.target);
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || a.order - b.order;
  });
  const findings: Finding[] = [];
  const ignored: Finding[] = [];
  for (const { finding } of all) (ignoredIds.has(finding.id) ? ignored : findings).push(finding);
  return { findings, ignored, crashed, ruleIds };
}
