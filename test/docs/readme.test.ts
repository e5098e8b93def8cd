import * as fs from "fs";
import { README, rulesTable, tableCells } from "../../scripts/rules-table";
import { RULES } from "../../src/lint";

describe("README", () => {
  const readme = fs.readFileSync(README, "utf8");

  it("opens with the two commands for a fresh machine", () => {
    const firstBlock = /```(?:sh|bash)?\n([\s\S]*?)```/.exec(readme);
    expect(firstBlock && firstBlock[1]).toMatch(/npm install && npm start[\s\S]*npm test/);
  });

  it("has the rules table generated from the rules' metadata (run `npm run docs` after changing a rule)", () => {
    expect(tableCells(readme)).toEqual(tableCells(rulesTable()));
    for (const r of RULES) expect(readme).toContain("`" + r.meta.id + "`");
  });
});
