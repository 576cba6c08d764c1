/**
 * @fileoverview A barrel of src/core's modules, for src/cli's imports. It is not a boundary:
 * src/ooxml, src/word and src/taskpane import the core module they need directly (so the pane's
 * bundle carries only what it uses), and a core module not listed here is no less usable. What
 * may import what is enforced by the lint rules of eslint.config.mjs. Layer: core (pure).
 */
export * from "./model";
export * from "./profile";
export * from "./findings";
export * from "./roles";
export * from "./gateway";
export * from "./count";
export * from "./numbering";
export * from "./classify";
export * from "./fonts";
export * from "./rule";
export * from "./rules";
export * from "./engine";
export * from "./checklist";
export * from "./plan";
export * from "./analyze";
export * from "./decisions";
export * from "./messages";
