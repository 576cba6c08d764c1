/**
 * @fileoverview The `case-report` program (commander): commands `check`, `format`, `fix`, `new`,
 * `outline` (how the document is read, issue 8),
 * `export-images` (R23), `ignore` and `role` (the writer's decisions saved in the document:
 * ignores, ticks and role corrections),
 * `--help` in Chinese with examples and exit statuses, `--version`, and `--lang` (zh-CN default,
 * en-US). `main` takes the arguments and the streams and returns the exit status, so the whole
 * CLI is tested without spawning a process; `bin/case-report.js` calls it. Commander's own
 * English errors are replaced by Chinese ones; every command-line error exits with status 2.
 * Layer: cli.
 */
import * as fs from "fs";
import * as path from "path";
import { Command, CommanderError } from "commander";
import "../core/messages/all";
import { DEFAULT_LOCALE, HAND_ITEMS, LOCALES, PROFILE_2023, t, type Locale } from "../core";
import { runCheck } from "./check";
import { CliFailure, EXIT, makeContext, safeOutput, type CliContext, type CliIo } from "./context";
import { runExportImages } from "./export-images";
import { fileKindOf, refuseOutputIsInput } from "./files";
import { runFix } from "./fix";
import { runFormat } from "./format";
import { runIgnore } from "./ignore";
import { runNew } from "./new";
import { runOutline } from "./outline";
import { runRole } from "./role";
import { withProfile } from "./profile";
import { displayWidth } from "./report-text";

/** The version of package.json ("0.0.0" when it cannot be read). */
export function cliVersion(): string {
  try {
    const file = path.resolve(__dirname, "..", "..", "package.json");
    const v = (JSON.parse(fs.readFileSync(file, "utf8")) as { version?: unknown }).version;
    return typeof v === "string" ? v : "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/** The `--lang` value on the command line (`--lang en-US` or `--lang=en-US`), or undefined. */
export function langArgument(argv: readonly string[]): string | undefined {
  for (const [i, a] of argv.entries()) {
    if (a === "--") break;
    if (a === "--lang") return argv[i + 1] ?? "";
    if (a.startsWith("--lang=")) return a.slice("--lang=".length);
  }
  return undefined;
}

/** The first single-quoted name in a commander error message ("error: unknown option '--x'" → "--x"). */
function quotedName(message: string): string {
  const m = /'([^']*)'/.exec(message);
  return m?.[1] ?? message.replace(/^error:\s*/, "");
}

/** The Chinese (or en-US) message for a commander usage error. */
function usageMessage(e: CommanderError, ctx: CliContext): string {
  switch (e.code) {
    case "commander.unknownOption":
      return ctx.m("usage.unknownOption", { name: quotedName(e.message) });
    case "commander.unknownCommand":
      return ctx.m("usage.unknownCommand", { name: quotedName(e.message) });
    case "commander.missingArgument": {
      // commander names the argument as declared (`<input>`, `<inputs...>`): said in words.
      const name = quotedName(e.message);
      const words =
        name === "input"
          ? ctx.m("usage.arg.input")
          : name === "inputs"
            ? ctx.m("usage.arg.inputs")
            : name;
      return ctx.m("usage.missingArgument", { name: words });
    }
    case "commander.optionMissingArgument":
      return ctx.m("usage.optionMissingArgument", { name: quotedName(e.message) });
    case "commander.excessArguments":
      return ctx.m("usage.excessArguments");
    case "commander.invalidArgument":
      return ctx.m("usage.invalidArgument", { detail: e.message.replace(/^error:\s*/, "") });
    case "commander.help":
      return ctx.m("usage.noCommand");
    default:
      return ctx.m("usage.other", { detail: e.message.replace(/^error:\s*/, "") });
  }
}

/**
 * Refuses, before a command runs, an output option (`-o`, `--html`) naming one of the files the
 * command reads: its input arguments or the `--profile` file (compared as files: symbolic links,
 * hard links and case resolved; see `refuseOutputIsInput`). Inputs inside folders are checked
 * by `check` itself.
 * @returns null when the outputs are fine, else the exit status after printing why
 */
export function outputsClash(
  ctx: CliContext,
  inputs: readonly (string | undefined)[],
  outputs: readonly (string | undefined)[]
): number | null {
  const abs = inputs
    .filter((i): i is string => i !== undefined)
    .map((i) => path.resolve(ctx.io.cwd, i));
  try {
    for (const out of outputs) {
      if (out !== undefined) refuseOutputIsInput(path.resolve(ctx.io.cwd, out), out, abs, ctx);
    }
    return null;
  } catch (e) {
    if (!(e instanceof CliFailure)) throw e;
    ctx.io.stderr.write(`${e.message}\n`);
    return EXIT.failure;
  }
}

/**
 * Builds the commander program for one run. Actions store their exit status through `setCode`.
 */
export function buildProgram(ctx: CliContext, setCode: (code: number) => void): Command {
  const { io } = ctx;
  const titles: Record<string, string> = {
    "Usage:": ctx.m("help.usage"),
    "Options:": ctx.m("help.options"),
    "Global Options:": ctx.m("help.globalOptions"),
    "Arguments:": ctx.m("help.arguments"),
    "Commands:": ctx.m("help.commands"),
  };
  const program = new Command("case-report");
  /** The global `--profile <file>` (accepted before or after the command name). */
  const profileFile = (): string | undefined => program.opts<{ profile?: string }>().profile;
  program
    .description(ctx.m("program.description", { profile: PROFILE_2023.name }))
    .usage(ctx.m("usage.program"))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => undefined, // replaced by a translated message in `main`
    })
    .configureHelp({
      styleTitle: (s) => titles[s] ?? s,
      showGlobalOptions: true,
      subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage()}`,
      // CJK characters take two columns: align the help's columns by display width
      displayWidth: (s) => displayWidth(s),
    })
    .helpOption("-h, --help", ctx.m("option.help"))
    .helpCommand("help [command]", ctx.m("command.help"))
    .version(cliVersion(), "-V, --version", ctx.m("option.version"))
    .option("--lang <locale>", ctx.m("option.lang"))
    .option("--profile <file>", ctx.m("option.profile"))
    .showSuggestionAfterError(false)
    .addHelpText("after", ctx.m("program.helpAfter"));

  program
    .command("check")
    .summary(ctx.m("check.summary"))
    .description(ctx.m("check.description"))
    .usage(ctx.m("usage.check"))
    .argument("<inputs...>", ctx.m("check.arg.inputs"))
    .option("--json", ctx.m("check.option.json"))
    .option("--html <file>", ctx.m("check.option.html"))
    .option("--progress", ctx.m("check.option.progress"))
    .option("--hand", ctx.m("check.option.hand"))
    .addHelpText("after", ctx.m("check.helpAfter"))
    .action(
      (
        inputs: string[],
        opts: { json?: boolean; html?: string; progress?: boolean; hand?: boolean }
      ) => {
        const clash = outputsClash(ctx, [...inputs, profileFile()], [opts.html]);
        if (clash !== null) return setCode(clash);
        setCode(
          withProfile(profileFile(), ctx, (p) => runCheck(inputs, { ...opts, profile: p }, ctx))
        );
      }
    );

  program
    .command("format")
    .summary(ctx.m("format.summary"))
    .description(ctx.m("format.description"))
    .usage(ctx.m("usage.format"))
    .argument("<input>", ctx.m("format.arg.input"))
    .option("-o, --output <file>", ctx.m("format.option.output"))
    .option("--in-place", ctx.m("format.option.inPlace"))
    .option("--keep-macros", ctx.m("format.option.keepMacros"))
    .option("--dry-run", ctx.m("format.option.dryRun"))
    .option("--force", ctx.m("format.option.force"))
    .addHelpText("after", ctx.m("format.helpAfter"))
    .action(
      (
        input: string,
        opts: {
          output?: string;
          inPlace?: boolean;
          keepMacros?: boolean;
          dryRun?: boolean;
          force?: boolean;
        }
      ) => {
        const clash = outputsClash(ctx, [profileFile()], [opts.output]);
        if (clash !== null) return setCode(clash);
        setCode(
          withProfile(profileFile(), ctx, (p) => runFormat(input, { ...opts, profile: p }, ctx))
        );
      }
    );

  program
    .command("fix")
    .summary(ctx.m("fix.summary"))
    .description(ctx.m("fix.description"))
    .usage(ctx.m("usage.fix"))
    .argument("<input>", ctx.m("fix.arg.input"))
    .option("-o, --output <file>", ctx.m("fix.option.output"))
    .option("--rule <ids...>", ctx.m("fix.option.rule"))
    .option("--yes", ctx.m("fix.option.yes"))
    .option("--keep-macros", ctx.m("fix.option.keepMacros"))
    .addHelpText("after", ctx.m("fix.helpAfter"))
    .action(
      (
        input: string,
        opts: { output?: string; rule?: string[]; yes?: boolean; keepMacros?: boolean }
      ) => {
        const clash = outputsClash(ctx, [profileFile()], [opts.output]);
        if (clash !== null) return setCode(clash);
        setCode(
          withProfile(profileFile(), ctx, (p) => runFix(input, { ...opts, profile: p }, ctx))
        );
      }
    );

  program
    .command("new")
    .summary(ctx.m("new.summary"))
    .description(ctx.m("new.description"))
    .usage(ctx.m("usage.new"))
    .option("-o, --output <file>", ctx.m("new.option.output"))
    .option("--form", ctx.m("new.option.form"))
    .option("--force", ctx.m("new.option.force"))
    .option("--print-profile", ctx.m("new.option.printProfile"))
    .addHelpText("after", ctx.m("new.helpAfter"))
    .action(
      (opts: { output?: string; form?: boolean; force?: boolean; printProfile?: boolean }) => {
        const clash = outputsClash(ctx, [profileFile()], [opts.output]);
        if (clash !== null) return setCode(clash);
        setCode(withProfile(profileFile(), ctx, (p) => runNew({ ...opts, profile: p }, ctx)));
      }
    );

  program
    .command("export-images")
    .summary(ctx.m("exportImages.summary"))
    .description(ctx.m("exportImages.description"))
    .usage(ctx.m("usage.exportImages"))
    .argument("<input>", ctx.m("exportImages.arg.input"))
    .option("-o, --output <file>", ctx.m("exportImages.option.output"))
    .option("-d, --dir <folder>", ctx.m("exportImages.option.dir"))
    .option("--force", ctx.m("exportImages.option.force"))
    .addHelpText("after", ctx.m("exportImages.helpAfter"))
    .action((input: string, opts: { output?: string; dir?: string; force?: boolean }) => {
      const clash = outputsClash(ctx, [input, profileFile()], [opts.output]);
      if (clash !== null) return setCode(clash);
      setCode(runExportImages(input, opts, ctx));
    });

  program
    .command("package")
    .summary(ctx.m("package.summary"))
    .description(ctx.m("package.description"))
    .usage(ctx.m("usage.package"))
    .argument("<input>", ctx.m("package.arg.input"))
    .option("-o, --output <file>", ctx.m("package.option.output"))
    .option("--no-pdf", ctx.m("package.option.noPdf"))
    .option("--force", ctx.m("package.option.force"))
    .addHelpText("after", ctx.m("package.helpAfter"))
    .action(async (input: string, opts: { output?: string; pdf?: boolean; force?: boolean }) => {
      const clash = outputsClash(ctx, [input, profileFile()], [opts.output]);
      if (clash !== null) return setCode(clash);
      // loaded when used: its image codecs (pngjs, jpeg-js) stay out of every other command's start
      const { runPackage } = await import("./submission");
      setCode(
        await withProfile(profileFile(), ctx, (p) =>
          runPackage(input, { ...opts, profile: p }, ctx)
        )
      );
    });

  program
    .command("outline")
    .summary(ctx.m("outline.summary"))
    .description(ctx.m("outline.description"))
    .usage(ctx.m("usage.outline"))
    .argument("<inputs...>", ctx.m("outline.arg.inputs"))
    .option("--json", ctx.m("outline.option.json"))
    .addHelpText("after", ctx.m("outline.helpAfter"))
    .action((inputs: string[], opts: { json?: boolean }) => {
      setCode(
        withProfile(profileFile(), ctx, (p) => runOutline(inputs, { ...opts, profile: p }, ctx))
      );
    });

  program
    .command("ignore")
    .summary(ctx.m("ignore.summary"))
    .description(ctx.m("ignore.description"))
    .usage(ctx.m("usage.ignore"))
    .argument("<input>", ctx.m("ignore.arg.input"))
    .option("--finding <ids...>", ctx.m("ignore.option.finding"))
    .option("--rule <ids...>", ctx.m("ignore.option.rule"))
    .option("--hand <ids...>", ctx.m("ignore.option.hand"))
    .option("--undo", ctx.m("ignore.option.undo"))
    .option("-o, --output <file>", ctx.m("ignore.option.output"))
    .option("--force", ctx.m("role.option.force"))
    .addHelpText(
      "after",
      ctx.m("ignore.helpAfter", { handIds: HAND_ITEMS.map((h) => h.id).join(", ") })
    )
    .action(
      (
        input: string,
        opts: {
          finding?: string[];
          rule?: string[];
          hand?: string[];
          undo?: boolean;
          output?: string;
          force?: boolean;
        }
      ) => {
        const clash = outputsClash(ctx, [profileFile()], [opts.output]);
        if (clash !== null) return setCode(clash);
        setCode(
          withProfile(profileFile(), ctx, (p) => runIgnore(input, { ...opts, profile: p }, ctx))
        );
      }
    );

  program
    .command("role")
    .summary(ctx.m("role.summary"))
    .description(ctx.m("role.description"))
    .usage(ctx.m("usage.role"))
    .argument("<input>", ctx.m("role.arg.input"))
    .option("--paragraph <number>", ctx.m("role.option.paragraph"))
    .option("--role <role>", ctx.m("role.option.role"))
    .option("--clear", ctx.m("role.option.clear"))
    .option("-o, --output <file>", ctx.m("ignore.option.output"))
    .option("--force", ctx.m("role.option.force"))
    .addHelpText("after", ctx.m("role.helpAfter"))
    .action(
      (
        input: string,
        opts: {
          paragraph?: string;
          role?: string;
          clear?: boolean;
          output?: string;
          force?: boolean;
        }
      ) => {
        const clash = outputsClash(ctx, [profileFile()], [opts.output]);
        if (clash !== null) return setCode(clash);
        setCode(
          withProfile(profileFile(), ctx, (p) => runRole(input, { ...opts, profile: p }, ctx))
        );
      }
    );

  return program;
}

/** A path naming a document, of our formats or another, by its extension (`fileKindOf`). */
function isDocumentPath(word: string): boolean {
  const kind = fileKindOf(word);
  return kind === "document" || kind === "legacy";
}

/** The options whose values run on until the next option (commander's `<ids...>`). */
const VARIADIC_OPTIONS = new Set(["--rule", "--finding", "--hand"]);

/**
 * The arguments with every document path written after a variadic option's values moved to
 * just after the command: commander gives such an option every word up to the next option, so
 * `ignore --rule title-length 报告.docx` took 报告.docx for a rule id and reported the input
 * missing. A word is a document path when its extension says so (`fileKindOf`: no rule,
 * finding or hand-check id has one). Words after `--` are left.
 * @param argv the user's arguments, the command first
 * @returns a new array (the same words when nothing had to move)
 */
export function documentsBeforeVariadics(argv: readonly string[]): string[] {
  const out = [...argv];
  const moved: string[] = [];
  let inVariadic = false;
  for (let i = 1; i < out.length; i++) {
    const word = out[i]!;
    if (word === "--") break;
    if (word.startsWith("-")) {
      inVariadic = VARIADIC_OPTIONS.has(word.split("=")[0]!) && !word.includes("=");
      continue;
    }
    if (inVariadic && isDocumentPath(word)) {
      moved.push(word);
      out.splice(i--, 1);
    }
  }
  if (moved.length > 0) out.splice(1, 0, ...moved);
  return out;
}

/**
 * Runs the CLI.
 * @param argv the user's arguments, without `node` and the script (`process.argv.slice(2)`)
 * @param io streams and working folder
 * @returns the exit status: 0 passed/done, 1 check found errors, 2 unreadable or unwritable
 *   file, refused by a safety check, or a command-line error. Never throws.
 */
export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  // whatever a document, a file name or an argument holds, no control sequence reaches the terminal
  const io: CliIo = {
    stdout: safeOutput(rawIo.stdout),
    stderr: safeOutput(rawIo.stderr),
    cwd: rawIo.cwd,
  };
  const lang = langArgument(argv);
  let locale: Locale = DEFAULT_LOCALE;
  if (lang !== undefined) {
    if (!(LOCALES as readonly string[]).includes(lang)) {
      io.stderr.write(`${t("cli.usage.badLang", { value: lang })}\n`);
      return EXIT.failure;
    }
    locale = lang as Locale;
  }
  const ctx = makeContext(io, locale);
  let code: number = EXIT.ok;
  const program = buildProgram(ctx, (c) => {
    code = c;
  });
  const words = documentsBeforeVariadics(argv);
  try {
    await program.parseAsync(words, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help, --version and `help [command]` end with exit code 0; usage errors with 1.
      if (e.exitCode === 0) return EXIT.ok;
      // `check --html 初稿.docx` with no other input: the document was taken for the page's
      // name (commander says only that the input is missing)
      const at = words.indexOf("--html");
      const page = at >= 0 ? words[at + 1] : undefined;
      if (e.code === "commander.missingArgument" && page !== undefined && isDocumentPath(page)) {
        io.stderr.write(`${ctx.m("check.htmlIsDocument", { file: page })}\n`);
        return EXIT.failure;
      }
      io.stderr.write(`${usageMessage(e, ctx)}\n`);
      return EXIT.failure;
    }
    const detail = e instanceof Error ? e.message.replace(/\n[\s\S]*/, "") : String(e);
    io.stderr.write(`${ctx.m("internal.error", { detail })}\n`);
    return EXIT.failure;
  }
}
