/**
 * Jest setup: every message catalog (the CLI's, and en-US), as the CLI has them. The task pane's
 * first load has only zh-CN's pane catalogs (src/core/messages/index.ts); tests of that split
 * import the modules themselves.
 */
import "../src/core/messages/all";
