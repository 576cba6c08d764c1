/**
 * @fileoverview The `--profile <file.json>` option: loads a {@link Profile} (every number, font,
 * word list and date of one published notice, requirements.md §D) from a JSON file, so a later
 * notice needs a data file, not a code change. The file is read (UTF-8, a BOM allowed), parsed
 * and checked field by field against the Profile type — every field present (every
 * FormattedRole included), numbers where numbers are expected, the allowed words for enumerations,
 * no unknown field (a typo in an optional field would otherwise be silently ignored), bounds with
 * min ≤ max — and a bad file ends the command with a Chinese message naming the field (exit 2).
 * `profileJson` prints a profile as JSON (`case-report new --print-profile`) so a user can copy
 * the built-in one and edit it. Layer: cli.
 */
import * as path from "path";
import {
  PROFILE_2023,
  type FormFieldKey,
  type FormProfile,
  type FormFieldSpec,
  type FormattedRole,
  type HeadingLevelSpec,
  type Profile,
  type RoleStyle,
} from "../core";
import { CliFailure, EXIT, type CliContext, type ExitCode } from "./context";
import { describeError } from "./check";
import { readInputFile } from "./files";

/** Largest profile file read, in bytes (the built-in profile is about 10 KB). */
export const MAX_PROFILE_BYTES = 1024 * 1024;

/** A field's expected shape. */
type Spec =
  | { t: "string"; nonEmpty?: boolean; pattern?: RegExp; patternKey?: string }
  | { t: "number"; int?: boolean; min?: number; max?: number; hintKey?: string }
  | { t: "boolean" }
  | { t: "enum"; values: readonly (string | number)[] }
  | { t: "nullable"; of: Spec }
  | { t: "optional"; of: Spec }
  | { t: "array"; of: Spec; minItems?: number }
  | {
      t: "object";
      fields: Record<string, Spec>;
      check?: (v: Record<string, unknown>) => string | null;
    }
  | { t: "record"; of: Spec };

/** A spec for every key of `T` (tsc fails when the Profile type gains a field not listed here). */
type Fields<T> = { [K in keyof T]-?: Spec };

const str: Spec = { t: "string" };
const name: Spec = { t: "string", nonEmpty: true };
const strList: Spec = { t: "array", of: name };
/** One character (one code point; 【 and 】 are in the BMP). */
const char: Spec = { t: "string", pattern: /^[\s\S]$/u, patternKey: "profile.problem.char" };
const bool: Spec = { t: "boolean" };
const int0: Spec = { t: "number", int: true, min: 0 };
const nullable = (of: Spec): Spec => ({ t: "nullable", of });
const optional = (of: Spec): Spec => ({ t: "optional", of });
const object = <T>(
  fields: Fields<T>,
  check?: (v: Record<string, unknown>) => string | null
): Spec => ({
  t: "object",
  fields,
  check,
});

const ALIGNMENT: Spec = { t: "enum", values: ["left", "center", "right", "both", "distribute"] };
const SPACING: Spec = object<{ line: number; lineRule: string }>({
  line: { t: "number", int: true, min: 1 },
  lineRule: { t: "enum", values: ["exact", "atLeast", "auto"] },
});

const ROLE: Spec = object<RoleStyle>({
  styleId: {
    t: "string",
    nonEmpty: true,
    pattern: /^[A-Za-z0-9_-]+$/,
    patternKey: "profile.problem.styleId",
  },
  styleName: name,
  eastAsia: name,
  latin: name,
  zihao: name,
  sz: { t: "number", int: true, min: 2, max: 3276 },
  bold: bool,
  alignment: nullable(ALIGNMENT),
  styleAlignment: ALIGNMENT,
  spacing: nullable(SPACING),
  styleSpacing: SPACING,
  firstLineChars: int0,
  outlineLevel: nullable({ t: "number", int: true, min: 0, max: 8 }),
  requirementIds: { t: "array", of: str },
});

const ROLES: Fields<Record<FormattedRole, RoleStyle>> = {
  title: ROLE,
  unitLine: ROLE,
  unitIntroHeading: ROLE,
  unitIntro: ROLE,
  heading1: ROLE,
  heading2: ROLE,
  heading3: ROLE,
  body: ROLE,
  attachmentHeading: ROLE,
  attachment: ROLE,
};

/** min ≤ max when both are given. */
const minNotAboveMax = (v: Record<string, unknown>): string | null =>
  typeof v.min === "number" && typeof v.max === "number" && v.min > v.max
    ? "profile.problem.minAboveMax"
    : null;

const bounds = (max?: number, hintKey?: string): Spec =>
  object<{ min?: number; max?: number }>(
    {
      min: optional({ t: "number", min: 0, max, hintKey }),
      max: optional({ t: "number", min: 0, max, hintKey }),
    },
    minNotAboveMax
  );

const FORM_FIELD_KEYS: Record<FormFieldKey, true> = {
  caseName: true,
  applicant: true,
  recommender: true,
  submissionDate: true,
  category: true,
  period: true,
  summary: true,
  honours: true,
  mainCreators: true,
  participants: true,
  recommendOpinion: true,
  recommendSeal: true,
  recommendHead: true,
  contactPerson: true,
  department: true,
  position: true,
  officePhone: true,
  mobile: true,
  email: true,
};

const FORM_FIELD: Spec = object<FormFieldSpec>({
  key: { t: "enum", values: Object.keys(FORM_FIELD_KEYS) },
  label: name,
  aliases: strList,
  need: {
    t: "enum",
    values: ["required", "expected", "recommendation", "handwritten", "optional"],
  },
  note: nullable({ t: "number", int: true, min: 1 }),
  layout: { t: "enum", values: ["line", "tall", "date", "category", "pair"] },
  minHeight: int0,
});

const FORM: Spec = object<FormProfile>({
  title: name,
  fields: { t: "array", of: FORM_FIELD, minItems: 1 },
  pairsPerRow: { t: "number", int: true, min: 1 },
  categories: { t: "array", of: name, minItems: 1 },
  otherCategory: name,
  otherPrompt: str,
  boxEmpty: name,
  boxTicked: name,
  tickedMarks: strList,
  untickedMarks: strList,
  dateBlank: name,
  rangeDash: name,
  notesHeading: str,
  notes: { t: "array", of: str },
  creators: object<FormProfile["creators"]>({ main: int0, participants: int0 }),
  style: object<FormProfile["style"]>({
    titleEastAsia: name,
    titleSz: { t: "number", int: true, min: 2 },
    cellEastAsia: name,
    cellSz: { t: "number", int: true, min: 2 },
    labelBold: bool,
    noteSz: { t: "number", int: true, min: 2 },
    latin: name,
  }),
});

/** The shape of a Profile (see the file overview). */
export const PROFILE_SPEC: Spec = object<Profile>({
  id: name,
  name: name,
  source: str,
  roles: object(ROLES),
  bounds: object<Profile["bounds"]>({
    title: bounds(),
    unitIntro: bounds(),
    body: bounds(),
    practice: bounds(),
    practiceShare: bounds(1, "profile.problem.shareHint"),
    formSummary: bounds(),
  }),
  page: object<Profile["page"]>({
    width: { t: "number", int: true, min: 1 },
    height: { t: "number", int: true, min: 1 },
    orientation: { t: "enum", values: ["portrait", "landscape"] },
    name: name,
  }),
  headingLevels: {
    t: "array",
    minItems: 1,
    of: object<HeadingLevelSpec>({
      level: { t: "enum", values: [1, 2, 3] },
      example: name,
      ordinal: { t: "enum", values: ["chinese", "arabic"] },
      prefix: str,
      suffix: str,
    }),
  },
  sectionKeywords: object<Profile["sectionKeywords"]>({
    unitIntro: { t: "array", of: name, minItems: 1 },
    background: { t: "array", of: name, minItems: 1 },
    practice: { t: "array", of: name, minItems: 1 },
    effect: { t: "array", of: name, minItems: 1 },
    attachment: { t: "array", of: name, minItems: 1 },
  }),
  firstPersonWords: strList,
  unitLineDash: name,
  placeholder: object<Profile["placeholder"]>({ open: char, close: char }),
  unitNameSuffixes: strList,
  pictures: object<Profile["pictures"]>({
    minCount: int0,
    minDpi: { t: "number", min: 1 },
  }),
  deadline: {
    t: "string",
    pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
    patternKey: "profile.problem.date",
  },
  fontLookAlikes: { t: "record", of: strList },
  fontAliases: { t: "record", of: strList },
  effectData: object<Profile["effectData"]>({ minFigures: int0, comparisonWords: strList }),
  figureTableMax: object<Profile["figureTableMax"]>({ figures: int0, tables: int0 }),
  formTableLabels: strList,
  otherDocumentHeadings: strList,
  otherDocumentTitles: strList,
  form: FORM,
});

/** A problem found at `field` (a dotted path, e.g. "roles.heading1.sz"): a message key and data. */
interface Problem {
  field: string;
  key: string;
  data?: Record<string, string | number>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const join = (base: string, key: string): string =>
  base === ""
    ? key
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${base}.${key}`
      : `${base}[${JSON.stringify(key)}]`;

/** The first problem of `value` against `spec`, or null. */
function validate(value: unknown, spec: Spec, field: string): Problem | null {
  switch (spec.t) {
    case "optional":
      return value === undefined ? null : validate(value, spec.of, field);
    case "nullable":
      return value === null ? null : validate(value, spec.of, field);
    case "string":
      if (typeof value !== "string") return { field, key: "profile.problem.string" };
      if (spec.nonEmpty && value.trim() === "") return { field, key: "profile.problem.empty" };
      if (spec.pattern && !spec.pattern.test(value))
        return { field, key: spec.patternKey ?? "profile.problem.pattern" };
      return null;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value))
        return { field, key: "profile.problem.number" };
      if (spec.int && !Number.isInteger(value)) return { field, key: "profile.problem.integer" };
      if (
        (spec.min !== undefined && value < spec.min) ||
        (spec.max !== undefined && value > spec.max)
      ) {
        const range: Problem = {
          field,
          key: spec.max === undefined ? "profile.problem.atLeast" : "profile.problem.range",
          data: { min: spec.min ?? 0, max: spec.max ?? 0 },
        };
        if (spec.hintKey) range.key = spec.hintKey;
        return range;
      }
      return null;
    case "boolean":
      return typeof value === "boolean" ? null : { field, key: "profile.problem.boolean" };
    case "enum":
      return spec.values.includes(value as string | number)
        ? null
        : {
            field,
            key: "profile.problem.enum",
            data: { list: spec.values.map((v) => JSON.stringify(v)).join(", ") },
          };
    case "array": {
      if (!Array.isArray(value)) return { field, key: "profile.problem.array" };
      if (spec.minItems !== undefined && value.length < spec.minItems)
        return { field, key: "profile.problem.minItems", data: { min: spec.minItems } };
      for (let i = 0; i < value.length; i++) {
        const p = validate(value[i], spec.of, `${field}[${i}]`);
        if (p) return p;
      }
      return null;
    }
    case "record": {
      if (!isPlainObject(value)) return { field, key: "profile.problem.object" };
      for (const [k, v] of Object.entries(value)) {
        const p = validate(v, spec.of, join(field, k));
        if (p) return p;
      }
      return null;
    }
    case "object": {
      if (!isPlainObject(value)) return { field, key: "profile.problem.object" };
      for (const [k, s] of Object.entries(spec.fields)) {
        if (!(k in value) || value[k] === undefined) {
          if (s.t === "optional") continue;
          return { field: join(field, k), key: "profile.problem.missing" };
        }
        const p = validate(value[k], s, join(field, k));
        if (p) return p;
      }
      for (const k of Object.keys(value)) {
        if (!Object.prototype.hasOwnProperty.call(spec.fields, k))
          return { field: join(field, k), key: "profile.problem.unknown" };
      }
      const bad = spec.check?.(value);
      return bad ? { field: field || "/", key: bad } : null;
    }
  }
}

/**
 * Checks that `value` (parsed JSON) is a Profile.
 * @param display the file name shown in the message
 * @throws CliFailure "badProfile" naming the first bad field and what is wrong with it
 */
export function validateProfile(value: unknown, display: string, ctx: CliContext): Profile {
  const p = isPlainObject(value)
    ? validate(value, PROFILE_SPEC, "")
    : { field: "/", key: "profile.problem.object" };
  if (p) {
    const problem = ctx.m(p.key, p.data ?? {});
    throw new CliFailure(
      "badProfile",
      ctx.m("profile.badField", { path: display, field: p.field, problem })
    );
  }
  return value as Profile;
}

/** "第 3 行第 7 列" of a JSON.parse error position, or "". */
function jsonPlace(text: string, message: string, ctx: CliContext): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return "";
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split("\n").length;
  const column = pos - before.lastIndexOf("\n");
  return ctx.m("profile.jsonPlace", { line, column });
}

/**
 * Reads, parses and checks a profile file (relative to `ctx.io.cwd`).
 * @throws CliFailure "notFound" | "readFailed" | "tooLarge" | "badProfileJson" | "badProfile"
 */
export function loadProfile(file: string, ctx: CliContext): Profile {
  const abs = path.resolve(ctx.io.cwd, file);
  const bytes = readInputFile(abs, file, ctx, MAX_PROFILE_BYTES);
  let text = new TextDecoder("utf-8").decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CliFailure(
      "badProfileJson",
      ctx.m("profile.badJson", { path: file, place: jsonPlace(text, detail, ctx), detail })
    );
  }
  return validateProfile(value, file, ctx);
}

/** The profile of a run: the file's (`--profile`), or the built-in one. */
export function resolveProfile(file: string | undefined, ctx: CliContext): Profile {
  return file === undefined ? PROFILE_2023 : loadProfile(file, ctx);
}

/**
 * Loads the `--profile` file (or takes the built-in profile) and runs `run` with it; a bad file
 * is reported on stderr and ends the command with exit status 2 before anything is read or written.
 * `run` may be async (its promise is returned as it is).
 */
export function withProfile<T extends ExitCode | Promise<ExitCode>>(
  file: string | undefined,
  ctx: CliContext,
  run: (profile: Profile) => T
): T | ExitCode {
  let profile: Profile;
  try {
    profile = resolveProfile(file, ctx);
  } catch (e) {
    ctx.io.stderr.write(`${describeError(e, ctx).message}\n`);
    return EXIT.failure;
  }
  return run(profile);
}

/** A profile as JSON (two-space indent, final newline): what `new --print-profile` prints. */
export function profileJson(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}
