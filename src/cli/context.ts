/**
 * @fileoverview What every CLI command is given: the streams and working folder (`CliIo`, so
 * commands run in tests without spawning a process), the message locale with a lookup bound to
 * the "cli" namespace, the exit statuses, and `CliFailure`, the error that ends a command with a
 * message for the user. Layer: cli.
 */
import { DEFAULT_LOCALE, t, type Locale, type MessageData } from "../core";

/** A text sink: `process.stdout`/`process.stderr`, or a buffer in tests. */
export interface CliOutput {
  write(chunk: string): unknown;
  /** True when the stream is a terminal (progress is shown only then, unless `--progress`). */
  isTTY?: boolean;
}

/**
 * Characters never written to a terminal, an HTML page or a file name: C0 controls other than
 * TAB and LF (ESC starts the sequences that set the window title, clear the screen or write the
 * clipboard: OSC 0, CSI 2J, OSC 52), DEL, C1 controls, and the bidirectional embeddings,
 * overrides and isolates (U+202A–202E, U+2066–2069) that make text display as other text.
 */
// eslint-disable-next-line no-control-regex
export const UNSAFE_OUTPUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `s` without the characters of {@link UNSAFE_OUTPUT}. */
export function stripUnsafe(s: string): string {
  return s.replace(UNSAFE_OUTPUT, "");
}

/** A sink that writes `out` without the characters of {@link UNSAFE_OUTPUT}. */
export function safeOutput(out: CliOutput): CliOutput {
  return {
    isTTY: out.isTTY,
    write: (chunk: string) => out.write(stripUnsafe(chunk)),
  };
}

/** The process surroundings of one CLI run. */
export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  /** Folder that relative paths are resolved against. */
  cwd: string;
}

/** Exit statuses of `case-report` (documented in `--help`). */
export const EXIT = {
  /** Every file passed (check), or the command completed (format, new). */
  ok: 0,
  /** check: at least one file has a finding of error severity. */
  findings: 1,
  /** A file could not be read or written, a safety check refused, or the command line is wrong. */
  failure: 2,
} as const;

/** One of the values of {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A command's surroundings plus its message function. */
export interface CliContext {
  io: CliIo;
  locale: Locale;
  /** Renders entry `key` of the "cli" namespace (e.g. "check.passed") in `locale`. */
  m(key: string, data?: MessageData): string;
}

/** Builds a {@link CliContext} for `io` and `locale` (default zh-CN). */
export function makeContext(io: CliIo, locale: Locale = DEFAULT_LOCALE): CliContext {
  return { io, locale, m: (key, data = {}) => t(`cli.${key}`, data, locale) };
}

/**
 * An error that ends the current command (or the current file of a batch) with `message`, a
 * complete sentence for the user in the context's locale, and exit status 2 unless given.
 */
export class CliFailure extends Error {
  /** Machine code for `--json` (e.g. "notFound", "sameAsInput", or an OoxmlError code). */
  readonly code: string;
  readonly exitCode: ExitCode;

  /**
   * @param code machine-readable reason
   * @param message user-facing message (Chinese by default)
   * @param exitCode default {@link EXIT.failure}
   */
  constructor(code: string, message: string, exitCode: ExitCode = EXIT.failure) {
    super(message);
    this.name = "CliFailure";
    this.code = code;
    this.exitCode = exitCode;
    Object.setPrototypeOf(this, CliFailure.prototype);
  }
}
