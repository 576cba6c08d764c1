/**
 * Jest config of `npm run test:interop`: LibreOffice reads the .docx files we write
 * (test/interop/). Skips when soffice is absent unless REQUIRE_INTEROP=1. One worker: the
 * conversions are heavy and batched in the suite's beforeAll.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/interop"],
  setupFiles: ["<rootDir>/test/setup-messages.ts"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: "tsconfig.json", isolatedModules: true, diagnostics: false },
    ],
  },
  testTimeout: 120000,
  maxWorkers: 1,
};
