/**
 * @fileoverview Every catalog: the CLI's (zh-CN, en-US) and the pane's en-US ones, added when this
 * module loads. The CLI, scripts and the tests import it; the task pane does not (its first load
 * carries only zh-CN: see `./index`). Layer: core.
 */
import { addCatalogs } from "./index";
import { cli as enCli } from "./en-US/cli";
import { cli as zhCli } from "./zh-CN/cli";
import "./pane-en-US";

addCatalogs("zh-CN", { cli: zhCli });
addCatalogs("en-US", { cli: enCli });

/** True once this module has run (a value to import, so bundlers keep the module). */
export const ALL_MESSAGES_LOADED = true;
