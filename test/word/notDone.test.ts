/**
 * @fileoverview Every `notDone` id the Word gateway can report has manual steps in both locales
 * of the messages module (the pane shows "ui.notDone.<id>", else only a generic line).
 */
import { NOT_DONE } from "../../src/word/applyEdits";
import { MANUAL_PAGE_SETUP } from "../../src/word/insertTemplate";
import { ui as zh } from "../../src/core/messages/zh-CN/ui";
import { ui as en } from "../../src/core/messages/en-US/ui";

describe("notDone ids of the Word gateway", () => {
  const ids = [...new Set([...Object.values(NOT_DONE), MANUAL_PAGE_SETUP])];

  it.each(ids)("%s has a zh-CN and an en-US message", (id) => {
    const key = `notDone.${id}`;
    expect((zh as Record<string, string>)[key]).toEqual(expect.any(String));
    expect((en as Record<string, string>)[key]).toEqual(expect.any(String));
  });

  it("paragraphKeptDirectFormatting names the manual step", () => {
    expect(NOT_DONE.keptDirectFormatting).toBe("paragraphKeptDirectFormatting");
    expect(zh["notDone.paragraphKeptDirectFormatting"]).toMatch(/Ctrl\+空格键/);
  });
});
