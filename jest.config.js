// Jest runs TypeScript tests through ts-jest. `npm test` builds dist/ first (pretest), because the
// contract, manifest and browser tests check the built add-in, not only the sources.
"use strict";

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }],
  },
  // Excel's CustomFunctions global, as the runtime provides it.
  setupFiles: ["<rootDir>/test/setup/custom-functions-global.ts"],
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/reporters/summary-line.js"],
};
