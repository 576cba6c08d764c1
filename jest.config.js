/**
 * Jest: node tests for core/ooxml/word/cli, jsdom for the task pane. ts-jest transpiles each file
 * on its own, without type checking (tsconfig.json's `isolatedModules`; `npm run typecheck` checks
 * types).
 */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/test/taskpane/", "/test/e2e/", "/test/interop/libreoffice"],
      setupFiles: ["<rootDir>/test/setup-messages.ts", "<rootDir>/test/hosts-guard.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "taskpane",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test"],
      testMatch: ["**/test/taskpane/**/*.test.ts?(x)"],
      setupFiles: ["<rootDir>/test/setup-messages.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
