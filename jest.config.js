/** Jest: node tests for core/ooxml/word/cli, jsdom for the task pane. */
const tsJest = [
  "ts-jest",
  { tsconfig: "tsconfig.json", isolatedModules: true, diagnostics: false },
];
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
