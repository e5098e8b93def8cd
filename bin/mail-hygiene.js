#!/usr/bin/env node
// The `mail-hygiene` command (package.json "bin", `npm link`): runs the TypeScript entry through tsx.
"use strict";
require("tsx/cjs");
require("../src/cli/main.ts");
