/**
 * @fileoverview The en-US catalogs the task pane uses (rules, checklist, ui, hosts, errors), added when
 * this module loads. The pane imports it dynamically — its own chunk, fetched only when Word's
 * display language is English — so the default zh-CN pane does not download them. Layer: core.
 */
import { addCatalogs } from "./index";
import { errors } from "./en-US/errors";
import { hosts } from "./en-US/hosts";
import * as enRules from "./en-US/rules";
import { ui } from "./en-US/ui";

addCatalogs("en-US", { rules: enRules.rules, checklist: enRules.checklist, ui, hosts, errors });

/** True once this module has run (a value to import, so bundlers keep the module). */
export const EN_US_LOADED = true;
