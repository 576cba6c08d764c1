/**
 * @fileoverview The pane's 关于 area and start-up errors: the version is package.json's (the same
 * as `case-report --version`); the features listed are hostFeatures() of the detected sets, as in
 * docs/deploy.md's table; office.js missing names the exact address IT must allow; a Word below
 * the minimum says which editions work and shows Office's own platform and build.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { screen, within } from "@testing-library/react";
import { hostFeatures, WORD_EDITIONS } from "../../src/core/hosts";
import { t } from "../../src/core/messages";
import { App } from "../../src/taskpane/App";
import { AboutSection } from "../../src/taskpane/components/AboutSection";
import { BootError } from "../../src/taskpane/components/BootError";
import { FakeGateway, templateDocument } from "./fakeGateway";
import { renderWithProviders } from "./renderWithProviders";

const version = (
  JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  }
).version;
const URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

describe("关于", () => {
  it("is in the pane with package.json's version", async () => {
    renderWithProviders(<App gateway={new FakeGateway(templateDocument())} locale="zh-CN" />);
    // Below the checklist: rendered once the first checklist is on screen.
    const about = (
      await screen.findByRole("heading", { name: "关于" }, { timeout: 10000 })
    ).closest("section")!;
    expect(within(about).getByText(`案例报告助手 版本 ${version}`)).toBeTruthy();
  }, 30000);

  it.each(WORD_EDITIONS.filter((e) => e.sets.wordApi13).map((e) => [e.id, e] as const))(
    "lists the features of %s as the edition table does",
    (_id, edition) => {
      const { container } = renderWithProviders(
        <AboutSection capabilities={{ host: edition.host, ...edition.sets }} />
      );
      const shown = Array.from(container.querySelectorAll("[data-feature]")).map((li) => [
        li.getAttribute("data-feature"),
        li.getAttribute("data-available"),
      ]);
      const expected = hostFeatures({ sets: edition.sets }).map((f) => [f.id, String(f.available)]);
      expect(shown).toEqual(expected);
      // Paragraph ids need a subscription the pane cannot see: "depends" where WordApi 1.6 is there.
      if (edition.sets.wordApi16) {
        expect(container.querySelector('[data-feature="paragraphIds"]')?.textContent).toContain(
          "有 Microsoft 365 订阅时可用"
        );
      }
      if (!edition.sets.wordApiDesktop13) {
        expect(container.textContent).toContain(t("hosts.feature.pageSetup.without"));
      }
      expect(container.textContent).toContain(`本机 Word：${t(`hosts.platform.${edition.host}`)}`);
    }
  );
});

describe("start-up errors", () => {
  it("office.js missing: says why and the exact address IT must allow", () => {
    const { container } = renderWithProviders(
      <BootError kind="officeJsMissing" officeJsUrl={URL} minimum="1.3" />
    );
    expect(screen.getByText("无法加载 Office 组件")).toBeTruthy();
    expect(container.querySelector("code")?.textContent).toBe(URL);
    expect(container.textContent).toContain("信息技术部门放行");
    expect(container.textContent).toContain(`案例报告助手 ${version}`);
  });

  it("Word below the minimum: the editions that work, and Office's platform and build", () => {
    const { container } = renderWithProviders(
      <BootError
        kind="unsupportedHost"
        officeJsUrl={URL}
        minimum="1.3"
        diagnostics={{ platform: "PC", version: "16.0.4266.1001" }}
      />
    );
    expect(container.textContent).toContain("WordApi 1.3");
    expect(container.textContent).toContain("Office 2019");
    expect(container.textContent).toContain("检测到：Windows 版 Office 16.0.4266.1001");
    expect(container.querySelector("code")).toBeNull();
  });

  it("Office not starting the add-in, and not in Word, each say what to do (en-US too)", () => {
    const { container, unmount } = renderWithProviders(
      <BootError kind="loadFailed" officeJsUrl={URL} minimum="1.3" />
    );
    expect(container.textContent).toContain("重新打开任务窗格");
    unmount();
    const en = renderWithProviders(<BootError kind="notWord" officeJsUrl={URL} minimum="1.3" />, {
      locale: "en-US",
    });
    expect(en.container.textContent).toContain("Open this in Word");
    expect(en.container.textContent).toContain(`Case Report Assistant ${version}`);
  });
});
