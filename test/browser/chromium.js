// Where the system's Chromium is, how to launch it, and whether the browser tests must run. Plain CommonJS:
// jest.config.js reads it (to leave test/browser out on a developer machine without Chromium), and so do the
// browser tests and the benchmark. In CI (`CI=true`, or MAIL_HYGIENE_REQUIRE_BROWSER=1 set by .ci/run) the
// browser tests always run, and a missing Chromium fails them.
"use strict";

const fs = require("fs");

const CHROMIUM = process.env.MAIL_HYGIENE_CHROMIUM || "/usr/bin/chromium";

const truthy = (v) => !!v && v !== "0" && v.toLowerCase() !== "false";
const BROWSER_REQUIRED = process.env.MAIL_HYGIENE_REQUIRE_BROWSER === "1" || truthy(process.env.CI);

/** Chromium's options here: headless, as root, and silent on a machine without network. */
const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function executable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

const CHROMIUM_FOUND = executable(CHROMIUM);

const MISSING =
  `no Chromium at ${CHROMIUM}. Install it (Debian/Ubuntu: apt-get install chromium) or point ` +
  "MAIL_HYGIENE_CHROMIUM at a Chromium or Chrome executable.";

module.exports = { CHROMIUM, CHROMIUM_FOUND, BROWSER_REQUIRED, LAUNCH_ARGS, MISSING };
