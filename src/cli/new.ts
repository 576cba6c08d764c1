/**
 * @fileoverview `case-report new`: writes the official case-report template (`templateDocx`:
 * 题目, ——单位全称, 单位简介, 一、实施背景 / 二、主要做法 / 三、实施效果, 附件, with the
 * prescribed styles and an A4 portrait page; R1, R4, R9, R13–R19) as a .docx file, atomically,
 * never over an existing file unless `--force`. `--form` writes the 申报书 of 附件一 instead
 * (`formDocx`: title, the form table with every field, the five category boxes and notes 注1–注4;
 * R27), default file {@link DEFAULT_FORM_NAME}. `--print-profile` prints the profile in use as
 * JSON (see `./profile.ts`) instead, so a user can copy the built-in profile, edit it for a later
 * notice and use it with `--profile`. Both follow `--profile`. Layer: cli.
 */
import * as fs from "fs";
import * as path from "path";
import { PROFILE_2023, type Profile } from "../core";
import { formDocx } from "../ooxml/form";
import { templateDocx } from "../ooxml/template";
import { describeError } from "./check";
import { CliFailure, EXIT, type CliContext, type ExitCode } from "./context";
import { checkOutputPath, fileMode, writeOutput } from "./files";
import { profileJson } from "./profile";

/** Default output file of `case-report new`. */
export const DEFAULT_TEMPLATE_NAME = "案例报告.docx";

/** Default output file of `case-report new --form`. */
export const DEFAULT_FORM_NAME = "案例申报书.docx";

/** Options of {@link runNew}. */
export interface NewOptions {
  /** Output path relative to cwd; default {@link DEFAULT_TEMPLATE_NAME}. */
  output?: string;
  /** Write the 申报书 form (附件一) instead of the report template. */
  form?: boolean;
  /** Overwrite an existing output file. */
  force?: boolean;
  /** Print the profile as JSON on stdout instead of writing a file (`--print-profile`). */
  printProfile?: boolean;
  profile?: Profile;
}

/**
 * Runs `case-report new [-o file] [--force] [--form]`.
 * @returns 0 when written; 2 for an existing file without `--force`, a missing output folder
 *   or a failed write (nothing is left behind then)
 */
export function runNew(options: NewOptions, ctx: CliContext): ExitCode {
  const { io } = ctx;
  if (options.printProfile) {
    io.stdout.write(profileJson(options.profile ?? PROFILE_2023));
    return EXIT.ok;
  }
  try {
    const shown = options.output ?? (options.form ? DEFAULT_FORM_NAME : DEFAULT_TEMPLATE_NAME);
    const target = path.resolve(io.cwd, shown);
    checkOutputPath(target, shown, ctx);
    if (!options.force && fs.existsSync(target)) {
      throw new CliFailure("exists", ctx.m("file.exists", { path: shown }));
    }
    const profile = options.profile ?? PROFILE_2023;
    const bytes = options.form ? formDocx(profile) : templateDocx(profile);
    writeOutput(target, shown, bytes, ctx, { mode: fileMode(target) });
    io.stdout.write(`${ctx.m(options.form ? "new.formDone" : "new.done", { path: shown })}\n`);
    return EXIT.ok;
  } catch (e) {
    io.stderr.write(`${describeError(e, ctx).message}\n`);
    return EXIT.failure;
  }
}
