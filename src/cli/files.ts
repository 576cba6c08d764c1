/**
 * @fileoverview File handling of the CLI: expanding the command line's files and folders into
 * the list of documents to check (recursive, sorted, only .docx/.docm/.dotx), reading an input
 * with a size limit, checking an output path, writing atomically (a temporary file in the same
 * folder, then rename; the temporary file is removed on any failure, so no half-written output
 * is ever left), the `--in-place` backup (a fresh name each time, never overwriting an older
 * backup), recognising Word XML documents (flat OPC), and Chinese explanations of Node's file
 * errors.
 * Layer: cli (the only layer with file-system access).
 */
import * as fs from "fs";
import * as path from "path";
import { startsLikeZip, type ZipLoader } from "../ooxml/zip";
import { CliFailure, type CliContext } from "./context";

/** Extensions read from folders (lower case, with the dot). */
export const DOCUMENT_EXTENSIONS: readonly string[] = [".docx", ".docm", ".dotx"];

/**
 * Documents of other formats found in folders (legacy Word and WPS, OpenDocument): not read, but
 * counted and named so the user can convert them.
 */
export const LEGACY_EXTENSIONS: readonly string[] = [".doc", ".wps", ".dot", ".odt"];

/**
 * What a file's extension says it is: a document the CLI reads from folders
 * ({@link DOCUMENT_EXTENSIONS}), a document of another format to convert
 * ({@link LEGACY_EXTENSIONS}), an `.xml` (a Word XML document is read when named, but a folder's
 * .xml files are mostly other XML: skipped there, counted and said), or anything else.
 */
export function fileKindOf(name: string): "document" | "legacy" | "xml" | "other" {
  const ext = extensionOf(name);
  if (DOCUMENT_EXTENSIONS.includes(ext)) return "document";
  if (LEGACY_EXTENSIONS.includes(ext)) return "legacy";
  return ext === ".xml" ? "xml" : "other";
}

/** Largest input file read, in bytes (the zip reader bounds what it inflates separately). */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** One document to check: its absolute path, the path as shown to the user, or why it cannot be. */
export interface InputItem {
  /** Absolute path. */
  path: string;
  /** Path as the user wrote it (or folder argument joined with the path inside the folder). */
  display: string;
  /** Set when the item cannot be checked at all (e.g. not found); it is still reported. */
  error?: CliFailure;
}

/** Result of {@link expandInputs}. */
export interface ExpandedInputs {
  items: InputItem[];
  /** Messages about skipped things (empty folders, legacy .doc files), for stderr. */
  notes: string[];
}

/** Lower-case extension with the dot ("" when none). */
export function extensionOf(file: string): string {
  return path.extname(file).toLowerCase();
}

/** True for Word's owner (lock) files "~$name.docx" and for hidden names starting with ".". */
function isIgnoredName(name: string): boolean {
  return name.startsWith("~$") || name.startsWith(".");
}

/** Explains a Node file-system error in the context's locale ("没有权限", "磁盘空间不足" …). */
export function fsReason(e: unknown, ctx: CliContext): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === "string") {
    const key = `fsReason.${code}`;
    const text = ctx.m(key);
    return text === `cli.${key}` ? ctx.m("fsReason.other", { code }) : text;
  }
  return e instanceof Error ? e.message : String(e);
}

/**
 * Walks `dir` recursively (sorted by name, code-point order; symbolic links to folders are not
 * followed, so a link loop cannot hang the walk), collecting documents and counting legacy files.
 */
function walkFolder(
  dir: string,
  display: string,
  out: InputItem[],
  legacy: string[],
  xml: string[],
  ctx: CliContext
): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    out.push({
      path: dir,
      display,
      error: new CliFailure(
        "readFailed",
        ctx.m("file.readFailed", { path: display, reason: fsReason(e, ctx) })
      ),
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isIgnoredName(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const shown = path.join(display, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = fs.statSync(full);
        isFile = st.isFile();
        isDir = false; // never follow links to folders
      } catch {
        continue; // dangling link
      }
    }
    if (isDir) walkFolder(full, shown, out, legacy, xml, ctx);
    else if (isFile) {
      const kind = fileKindOf(entry.name);
      if (kind === "document") out.push({ path: full, display: shown });
      else if (kind === "legacy") legacy.push(shown);
      else if (kind === "xml") xml.push(shown);
    }
  }
}

/**
 * Expands the command line's inputs, in order: a file is taken whatever its extension (so a
 * mislabelled file gets a precise message from the reader); a folder contributes every
 * .docx/.docm/.dotx below it; a missing path becomes an item with a "notFound" error. Only paths
 * are collected here, never file contents.
 * @param inputs paths as typed, relative to `ctx.io.cwd`
 */
export function expandInputs(inputs: readonly string[], ctx: CliContext): ExpandedInputs {
  const items: InputItem[] = [];
  const notes: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(ctx.io.cwd, input);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const message =
        code === "ENOENT" || code === "ENOTDIR"
          ? ctx.m("file.notFound", { path: input })
          : ctx.m("file.readFailed", { path: input, reason: fsReason(e, ctx) });
      items.push({ path: abs, display: input, error: new CliFailure("notFound", message) });
      continue;
    }
    if (!st.isDirectory()) {
      items.push({ path: abs, display: input });
      continue;
    }
    const found: InputItem[] = [];
    const legacy: string[] = [];
    const xml: string[] = [];
    walkFolder(abs, input, found, legacy, xml, ctx);
    if (found.length === 0) notes.push(ctx.m("file.noDocuments", { path: input }));
    const [example] = legacy;
    if (example !== undefined) {
      notes.push(ctx.m("file.legacySkipped", { count: legacy.length, example }));
    }
    const [xmlExample] = xml;
    if (xmlExample !== undefined) {
      notes.push(ctx.m("file.xmlSkipped", { count: xml.length, example: xmlExample }));
    }
    items.push(...found);
  }
  return { items, notes };
}

/**
 * Refuses what cannot be read as an input document: a missing file, a folder, a device, FIFO or
 * socket, a file over `maxBytes`.
 * @throws CliFailure "notFound" | "isDirectory" | "notRegular" | "tooLarge" | "readFailed"
 */
function checkInputFile(file: string, display: string, ctx: CliContext, maxBytes: number): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new CliFailure("notFound", ctx.m("file.notFound", { path: display }));
    }
    throw readFailed(e, display, ctx);
  }
  if (st.isDirectory())
    throw new CliFailure("isDirectory", ctx.m("file.isDirectory", { path: display }));
  // a device (/dev/zero grows without end), a FIFO (blocks forever), a socket: not a document
  if (!st.isFile()) throw new CliFailure("notRegular", ctx.m("file.notRegular", { path: display }));
  checkInputSize(st.size, maxBytes, ctx);
}

/** @throws CliFailure "tooLarge" when `size` is over `maxBytes` */
function checkInputSize(size: number, maxBytes: number, ctx: CliContext): void {
  if (size > maxBytes) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1).replace(/\.0$/, "");
    throw new CliFailure("tooLarge", ctx.m("file.tooLarge", { size: mb(size), max: mb(maxBytes) }));
  }
}

/** The "readFailed" failure of `e` while reading `display`. */
function readFailed(e: unknown, display: string, ctx: CliContext): CliFailure {
  return new CliFailure(
    "readFailed",
    ctx.m("file.readFailed", { path: display, reason: fsReason(e, ctx) })
  );
}

/**
 * Reads an input file.
 * @throws CliFailure "notFound" | "isDirectory" | "notRegular" | "tooLarge" (over `maxBytes`) |
 *   "readFailed"
 */
export function readInputFile(
  file: string,
  display: string,
  ctx: CliContext,
  maxBytes: number = MAX_INPUT_BYTES
): Uint8Array {
  checkInputFile(file, display, ctx, maxBytes);
  try {
    const buf = fs.readFileSync(file);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (e) {
    throw readFailed(e, display, ctx);
  }
}

/** An input document opened to be read piece by piece ({@link openInputFile}). */
export interface OpenedInput {
  /**
   * An array of the file's size. A file that starts like a zip has only what `load` was asked
   * for (its first bytes at once); any other file is read whole.
   */
  bytes: Uint8Array;
  /**
   * Loads a byte range of the file into `bytes` (the zip reader's {@link ZipLoader}).
   * @throws CliFailure "readFailed" when the read fails; an Error after `close`
   */
  load: ZipLoader;
  /** Closes the file (once; later calls do nothing). */
  close(): void;
}

/**
 * Opens an input document to be read piece by piece: a check of a report with photos reads its
 * zip directory, XML parts and the heads of its pictures — about 100 KB — not the whole file
 * (the photos are most of a 20 MB report; reading them all was 5–8 % of a `check`). The same
 * refusals as {@link readInputFile}. The caller closes it (`close`) when done with the package
 * read from it; the file is read through the one descriptor, so a file replaced meanwhile is not
 * mixed in.
 * @throws CliFailure "notFound" | "isDirectory" | "notRegular" | "tooLarge" | "readFailed"
 */
export function openInputFile(
  file: string,
  display: string,
  ctx: CliContext,
  maxBytes: number = MAX_INPUT_BYTES
): OpenedInput {
  checkInputFile(file, display, ctx, maxBytes);
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch (e) {
    throw readFailed(e, display, ctx);
  }
  let open = true;
  const close = (): void => {
    if (!open) return;
    open = false;
    fs.closeSync(fd);
  };
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile())
      throw new CliFailure("notRegular", ctx.m("file.notRegular", { path: display }));
    checkInputSize(st.size, maxBytes, ctx);
    // zero pages until loaded: the system maps them only when written
    const bytes = new Uint8Array(st.size);
    // the ranges loaded, in order, neither overlapping nor touching
    let loaded: Array<[number, number]> = [];
    const read = (from: number, to: number): void => {
      try {
        while (from < to) {
          const n = fs.readSync(fd, bytes, from, to - from, from);
          if (n === 0) break; // the file got shorter: the zip reader finds it truncated
          from += n;
        }
      } catch (e) {
        throw readFailed(e, display, ctx);
      }
    };
    const load: ZipLoader = (start, end) => {
      if (!open) throw new Error(`${display}: read after close`);
      const a = Math.max(0, start);
      const b = Math.min(bytes.length, end);
      if (a >= b) return;
      let at = a;
      for (const [s, e] of loaded) {
        if (e <= at) continue;
        if (s >= b) break;
        if (s > at) read(at, s);
        at = Math.max(at, e);
        if (at >= b) break;
      }
      if (at < b) read(at, b);
      const merged: Array<[number, number]> = [];
      let cur: [number, number] = [a, b];
      for (const r of loaded) {
        if (r[1] < cur[0]) merged.push(r);
        else if (r[0] > cur[1]) {
          merged.push(cur);
          cur = r;
        } else cur = [Math.min(r[0], cur[0]), Math.max(r[1], cur[1])];
      }
      merged.push(cur);
      loaded = merged;
    };
    load(0, 4);
    if (!startsLikeZip(bytes)) load(0, bytes.length);
    return { bytes, load, close };
  } catch (e) {
    close();
    throw e;
  }
}

/**
 * Checks that `file` can be an output: its folder exists and it is not itself a folder, nor a
 * device, FIFO or socket (a rename over /dev/null would replace the device). Does not create
 * folders (a typo in the folder name should not silently create a new tree).
 * @throws CliFailure "outputDirMissing" | "outputIsDirectory" | "notRegular"
 */
export function checkOutputPath(file: string, display: string, ctx: CliContext): void {
  const dir = path.dirname(file);
  let dirOk = false;
  try {
    dirOk = fs.statSync(dir).isDirectory();
  } catch {
    dirOk = false;
  }
  if (!dirOk) {
    throw new CliFailure(
      "outputDirMissing",
      ctx.m("file.outputDirMissing", { dir: path.dirname(display) || dir })
    );
  }
  let isDir = false;
  try {
    isDir = fs.statSync(file).isDirectory();
  } catch {
    isDir = false;
  }
  let special = false;
  try {
    const st = fs.statSync(file);
    special = !st.isDirectory() && !st.isFile();
  } catch {
    special = false;
  }
  if (special) throw new CliFailure("notRegular", ctx.m("file.notRegular", { path: display }));
  if (isDir) {
    throw new CliFailure(
      "outputIsDirectory",
      ctx.m("file.outputIsDirectory", {
        path: display,
        example: path.join(display, "案例报告.docx"),
      })
    );
  }
}

/**
 * True when `a` and `b` name the same file: same device and inode when both exist (hard links,
 * symbolic links and `..` detours included), else the same resolved path (the folder's real path
 * plus the name).
 */
export function isSameFile(a: string, b: string): boolean {
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    const real = (p: string): string => {
      const abs = path.resolve(p);
      try {
        return path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
      } catch {
        return abs;
      }
    };
    return real(a) === real(b);
  }
}

/**
 * The pattern of our temporary files: `.case-report-<pid>-<8 hex>.tmp`, hidden, and short
 * whatever the target's name (a target name of 250 bytes must still get a temporary name within
 * the file system's 255). Files of the earlier pattern `.<name>.<pid>-<8 hex>.tmp` are ours too.
 */
export const TEMP_NAME = /^\.(?:case-report|.+?\.)-?(\d+)-[0-9a-f]{8}\.tmp$/;

/**
 * Name of a fresh temporary file next to `target` (see {@link TEMP_NAME}). The 8 hex digits
 * tell apart the temporary files of one process; they need not be secret (the file is created
 * with an exclusive open), so they come from Math.random: loading node:crypto for them cost every
 * run of the command, `check` included, about 4 ms.
 */
export function tempPathFor(target: string): string {
  const hex = Math.floor(Math.random() * 0x100000000)
    .toString(16)
    .padStart(8, "0");
  const tag = `${process.pid}-${hex}`;
  return path.join(path.dirname(target), `.case-report-${tag}.tmp`);
}

/** A temporary file older than this is stale even if a process with its pid runs (pid reuse). */
export const STALE_TEMP_MS = 24 * 60 * 60 * 1000;

/**
 * Removes our stale temporary files (see {@link TEMP_NAME}) from `dir`: those whose process is
 * gone, or older than {@link STALE_TEMP_MS}; what a killed run left behind (up to the size of a
 * whole document). Other files are never touched; never throws.
 * @returns the names removed
 */
export function cleanStaleTemps(dir: string, now: number = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    const file = path.join(dir, name);
    try {
      const st = fs.lstatSync(file);
      if (!st.isFile()) continue;
      if (pid === process.pid) continue;
      let alive = false;
      try {
        process.kill(pid, 0);
        alive = true;
      } catch (e) {
        alive = (e as NodeJS.ErrnoException).code === "EPERM";
      }
      if (alive && now - st.mtimeMs < STALE_TEMP_MS) continue;
      fs.unlinkSync(file);
      removed.push(name);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}

/** Removes `file` if it exists; never throws. */
export function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // already gone, or never created
  }
}

/**
 * The file a write to `file` must replace: `file` itself, or — when it is a symbolic link — the
 * file it points to (followed through every link), so that renaming the new file into place
 * writes through the link instead of replacing the link by a regular file. A dangling link
 * gives the path it points to.
 */
export function throughLinks(file: string): string {
  let current = file;
  for (let hops = 0; hops < 40; hops++) {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(current);
    } catch {
      return current;
    }
    if (!st.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), fs.readlinkSync(current));
  }
  return current;
}

/**
 * Writes `data` to `target` atomically (through a symbolic link to the file it names): into a new temporary file in the same folder (created
 * exclusively, flushed to disk), then renamed over `target`. Readers see the old file or the
 * whole new one, never a partial one. On any failure the temporary file is deleted and the
 * error is rethrown (a Node errno error); `target` is then unchanged.
 * @param options.mode file mode of the new file (e.g. the mode of the file it replaces)
 */
export function atomicWriteFile(
  linkOrTarget: string,
  data: Uint8Array | string,
  options: { mode?: number } = {}
): void {
  const target = throughLinks(linkOrTarget);
  cleanStaleTemps(path.dirname(target));
  const temp = tempPathFor(target);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, "wx", options.mode ?? 0o666);
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    if (options.mode !== undefined) fs.chmodSync(temp, options.mode);
    fs.renameSync(temp, target);
  } catch (e) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // ignore: the original error matters
      }
    }
    removeQuietly(temp);
    throw e;
  }
}

/**
 * Like {@link atomicWriteFile}, but turns a failure into a CliFailure "writeFailed" whose message
 * names `display` and the reason in the context's locale.
 */
export function writeOutput(
  target: string,
  display: string,
  data: Uint8Array | string,
  ctx: CliContext,
  options: { mode?: number } = {}
): void {
  try {
    atomicWriteFile(target, data, options);
  } catch (e) {
    throw new CliFailure(
      "writeFailed",
      ctx.m("file.writeFailed", { path: display, reason: fsReason(e, ctx) })
    );
  }
}

/** Mode bits of an existing file (for a replacement keeping them), or undefined. */
export function fileMode(file: string): number | undefined {
  try {
    return fs.statSync(file).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/**
 * Streams the contents of file `from` into the open file descriptor `fd` in 64 KiB chunks (to
 * assemble a large output without holding it in memory).
 */
export function appendFileTo(fd: number, from: string): void {
  const src = fs.openSync(from, "r");
  try {
    const buf = Buffer.allocUnsafe(64 * 1024);
    for (;;) {
      const n = fs.readSync(src, buf, 0, buf.length, null);
      if (n === 0) break;
      let off = 0;
      while (off < n) off += fs.writeSync(fd, buf, off, n - off);
    }
  } finally {
    fs.closeSync(src);
  }
}

/** Largest backup number tried by {@link backupPathFor} ("报告.bak.docx", "报告.bak1.docx" … "报告.bak999.docx"). */
export const MAX_BACKUP_INDEX = 999;

/** True when something (a file, a folder, even a dangling link) already has the name `file`. */
function nameTaken(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== "ENOENT";
  }
}

/**
 * The `i`-th backup name of `file`, keeping its extension last so Word opens the backup on a
 * double click: `报告.docx` → `报告.bak.docx` (i = 0), `报告.bak1.docx`, `报告.bak2.docx` …; a name
 * without an extension gets `.bak`, `.bak1` … appended.
 */
export function backupName(file: string, i: number): string {
  const ext = path.extname(file);
  const stem = ext === "" ? file : file.slice(0, -ext.length);
  return `${stem}.bak${i === 0 ? "" : i}${ext}`;
}

/**
 * The backup name for `file` that is not taken yet: `报告.bak.docx`, else `报告.bak1.docx`,
 * `报告.bak2.docx` … (see {@link backupName}) so an earlier backup (perhaps the only copy of the
 * true original, when `--in-place` runs twice) is never overwritten.
 * @returns the backup's path, or null when all {@link MAX_BACKUP_INDEX} + 1 names are taken
 */
export function backupPathFor(file: string): string | null {
  for (let i = 0; i <= MAX_BACKUP_INDEX; i++) {
    const candidate = backupName(file, i);
    if (!nameTaken(candidate)) return candidate;
  }
  return null;
}

/**
 * Writes the backup `data` to `target` without ever replacing an existing file: the bytes go to
 * a temporary file in the same folder (flushed), which is then hard-linked to `target` — an
 * atomic, exclusive create, so a kill never leaves a truncated backup, and a backup made meanwhile
 * by another run is not overwritten (EEXIST). The temporary name is removed in every case; on
 * failure the error is rethrown (a Node errno error).
 */
export function writeNewFile(target: string, data: Uint8Array, mode?: number): void {
  cleanStaleTemps(path.dirname(target));
  const temp = tempPathFor(target);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, "wx", mode ?? 0o666);
    let off = 0;
    while (off < data.length) off += fs.writeSync(fd, data, off, data.length - off);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    if (mode !== undefined) fs.chmodSync(temp, mode);
    fs.linkSync(temp, target);
  } catch (e) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // ignore: the original error matters
      }
    }
    throw e;
  } finally {
    removeQuietly(temp);
  }
}

/**
 * Refuses to write `output` when it is one of `inputs` (the same file after symbolic links, hard
 * links, `..` and — on a case-insensitive file system — case: compared by device and inode when
 * both exist, see {@link isSameFile}); writing would destroy what is being read.
 * @param inputs absolute paths of every file the command reads (documents, the profile)
 * @throws CliFailure "sameAsInput"
 */
export function refuseOutputIsInput(
  output: string,
  shown: string,
  inputs: readonly string[],
  ctx: CliContext
): void {
  if (inputs.some((input) => isSameFile(input, output))) {
    throw new CliFailure("sameAsInput", ctx.m("file.outputIsInput", { path: shown }));
  }
}

const FLAT_OPC_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";

/**
 * The text of a Word XML document (flat OPC: what Word saves as "XML 文档", a `pkg:package`
 * root in the flat-OPC namespace), or null for anything else. The root is looked for after a
 * BOM (UTF-8 or UTF-16), whitespace, the XML declaration, processing instructions (Word writes
 * `<?mso-application progid="Word.Document"?>`) and comments; only the first 64 KiB are
 * examined before the whole text is decoded. The caller reads the result with
 * `parseFlatOpc`/`readFlatOpc`.
 */
export function flatOpcText(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return null;
  let decoder: TextDecoder;
  let start = 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoder = new TextDecoder("utf-16le");
    start = 2;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoder = new TextDecoder("utf-16be");
    start = 2;
  } else {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    decoder = new TextDecoder("utf-8");
  }
  const head = decoder.decode(bytes.subarray(start, Math.min(bytes.length, start + 64 * 1024)));
  let i = 0;
  for (;;) {
    while (i < head.length && /\s/.test(head.charAt(i))) i++;
    if (head.startsWith("<?", i)) {
      const e = head.indexOf("?>", i + 2);
      if (e < 0) return null;
      i = e + 2;
    } else if (head.startsWith("<!--", i)) {
      const e = head.indexOf("-->", i + 4);
      if (e < 0) return null;
      i = e + 3;
    } else break;
  }
  const m = /^<(?:([A-Za-z_][\w.-]*):)?package[\s/>]/.exec(head.slice(i, i + 200));
  if (!m) return null;
  const tagEnd = head.indexOf(">", i);
  const tag = head.slice(i, tagEnd < 0 ? head.length : tagEnd);
  const nsAttr = m[1] ? `xmlns:${m[1]}` : "xmlns";
  const decl = new RegExp(`\\s${nsAttr.replace(/\./g, "\\.")}\\s*=\\s*["']([^"']*)["']`).exec(tag);
  if (!decl || decl[1] !== FLAT_OPC_NS) return null;
  return decoder.decode(bytes.subarray(start));
}
