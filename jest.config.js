const { BROWSER_REQUIRED, CHROMIUM_FOUND, MISSING } = require("./test/browser/chromium");

// The browser tests need the system's Chromium. A developer without it is told so and they are left out;
// in CI (CI=true, or MAIL_HYGIENE_REQUIRE_BROWSER=1 from .ci/run) they always run, and fail without it.
const skipBrowser = !CHROMIUM_FOUND && !BROWSER_REQUIRED;
if (skipBrowser) {
  console.warn(`[browser tests] left out: ${MISSING} (MAIL_HYGIENE_REQUIRE_BROWSER=1 makes this an error.)`);
}

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testPathIgnorePatterns: ["/node_modules/"].concat(skipBrowser ? ["<rootDir>/test/browser/"] : []),
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
};
