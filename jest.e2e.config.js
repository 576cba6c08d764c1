/** Jest config of `npm run test:e2e`: the production bundle in headless Chromium with the Word double. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  setupFiles: ["<rootDir>/test/setup-messages.ts"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  testTimeout: 120000,
  maxWorkers: 1,
};
