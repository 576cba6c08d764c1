/**
 * The gateway's write and export paths are loaded on first use (issue 9): when the chunk cannot
 * be fetched the writer gets a GatewayError saying nothing was changed and what to do, and a
 * loaded path is used as it is.
 */
import { GatewayError } from "../../src/core/gateway";
import { loadPart } from "../../src/word/errors";

describe("loadPart", () => {
  it("turns a chunk that cannot be fetched into a GatewayError with advice", async () => {
    const chunkError = Object.assign(new Error("Loading chunk write failed."), {
      name: "ChunkLoadError",
    });
    const e = await loadPart(() => Promise.reject(chunkError), "writeFailed").catch(
      (x: unknown) => x
    );
    expect(e).toBeInstanceOf(GatewayError);
    const g = e as GatewayError;
    expect(g.code).toBe("writeFailed");
    expect(g.partial).toBe(false);
    expect(g.textIn("zh-CN")).toContain("文档未被修改");
    expect(g.textIn("zh-CN")).toContain("请检查网络连接后重试");
  });

  it("gives the loaded module", async () => {
    const part = { writeEdits: () => 1 };
    await expect(loadPart(() => Promise.resolve(part), "readFailed")).resolves.toBe(part);
  });

  it("loads the real write and export paths (a require in Node)", async () => {
    const write = await import("../../src/word/writePath");
    const exp = await import("../../src/word/exportPath");
    expect(typeof write.writeEdits).toBe("function");
    expect(typeof write.select).toBe("function");
    expect(typeof exp.assembleSubmission).toBe("function");
  });
});
