/**
 * @fileoverview No import cycles in `src` or `scripts`: every module's imports — `import type`,
 * re-exports, `require` and dynamic `import()` included, as TypeScript's own pre-processor lists
 * them — form a graph without a cycle (Tarjan's strongly connected components). A cycle means two
 * modules each need the other: one of them holds something that belongs in a third (as the report
 * types of `check` did, now `src/cli/check-report.ts`).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.join(__dirname, "../..");

/** Every .ts/.tsx file under `dir`. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

/** The file a relative specifier names, or null for a package or a non-TypeScript file. */
function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec);
  const candidates = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), base];
  return candidates.find((c) => /\.tsx?$/.test(c) && fs.existsSync(c)) ?? null;
}

/** The import graph of `files`: file → files it imports. */
export function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const info = ts.preProcessFile(fs.readFileSync(f, "utf8"), true, true);
    const deps = info.importedFiles
      .map((i) => resolve(f, i.fileName))
      .filter((x): x is string => x !== null);
    graph.set(f, deps);
  }
  return graph;
}

/** The cycles of `graph`: its strongly connected components of more than one file (or a self-import). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe("import cycles", () => {
  it.each(["src", "scripts"])("%s has none", (dir) => {
    const graph = importGraph(sources(path.join(ROOT, dir)));
    expect(graph.size).toBeGreaterThan(10);
    const rel = cycles(graph).map((c) => c.map((f) => path.relative(ROOT, f)));
    expect(rel).toEqual([]);
  });

  it("finds a cycle, a type-only one included", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cycles-"));
    try {
      const put = (name: string, text: string): string => {
        fs.writeFileSync(path.join(dir, name), text);
        return path.join(dir, name);
      };
      const a = put("a.ts", 'import type { B } from "./b";\nexport type A = { b?: B };\n');
      const b = put("b.ts", 'import { c } from "./c";\nexport type B = number;\nc();\n');
      const c = put("c.ts", 'import type { A } from "./a";\nexport const c = (a?: A) => a;\n');
      const d = put("d.ts", 'import { c } from "./c";\nc();\n');
      expect(cycles(importGraph([a, b, c, d]))).toEqual([[a, b, c].sort()]);
      // the same modules without the type import from c back to a: no cycle
      put("c.ts", "export const c = () => 1;\n");
      expect(cycles(importGraph([a, b, c, d]))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
