/**
 * @fileoverview The public surface of src/core: the only module other layers (src/ooxml,
 * src/word, src/taskpane, src/cli) should import from. Layer: core (pure).
 */
export * from "./model";
export * from "./profile";
export * from "./findings";
export * from "./roles";
export * from "./gateway";
export * from "./builders";
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
export * from "./messages";
