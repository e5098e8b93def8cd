// `npm run docs`: rewrites the README's rules table and docs/policy.md, formatted by Prettier as
// `npm run lint` checks them.
import * as fs from "fs";
import * as prettier from "prettier";
import { POLICY_DOC, policyReference } from "./policy-doc";
import { README, withRulesTable } from "./rules-table";

async function write(file: string, text: string): Promise<void> {
  const options = (await prettier.resolveConfig(file)) || {};
  fs.writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
  console.log(`${file}: updated`);
}

async function main(): Promise<void> {
  await write(README, withRulesTable(fs.readFileSync(README, "utf8")));
  await write(POLICY_DOC, policyReference());
}

void main();
