// `npm run docs`: rewrites the README's rules table, formatted by Prettier as `npm run lint` checks it.
import * as fs from "fs";
import * as prettier from "prettier";
import { README, withRulesTable } from "./rules-table";

async function main(): Promise<void> {
  const options = (await prettier.resolveConfig(README)) || {};
  const text = await prettier.format(withRulesTable(fs.readFileSync(README, "utf8")), {
    ...options,
    filepath: README,
  });
  fs.writeFileSync(README, text);
  console.log("README.md: rules table updated");
}

void main();
