// `npm run docs`: rewrites the README's rules table, docs/policy.md and the engine's public-suffix table
// (src/lint/suffixes/public-suffixes.ts, from the installed tldts), formatted by Prettier as `npm run lint`
// checks them.
import * as fs from "fs";
import * as prettier from "prettier";
import { POLICY_DOC, policyReference } from "./policy-doc";
import { PUBLIC_SUFFIXES_FILE, publicSuffixesModule } from "./public-suffixes";
import { README, withRulesTable } from "./rules-table";

async function write(file: string, text: string): Promise<void> {
  const options = (await prettier.resolveConfig(file)) || {};
  fs.writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
  console.log(`${file}: updated`);
}

async function main(): Promise<void> {
  await write(README, withRulesTable(fs.readFileSync(README, "utf8")));
  await write(POLICY_DOC, policyReference());
  await write(PUBLIC_SUFFIXES_FILE, publicSuffixesModule());
}

void main();
