import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import schema from "../../schema/policy.schema.json";
import { loadPolicy } from "../../src/lint";
import { run } from "./helpers";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "mh-policy-"));

describe("policy init", () => {
  it("writes a commented starting policy that the schema and the engine accept", async () => {
    const file = path.join(tmp(), "policy.json");
    const r = await run(["policy", "init", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("policy check");
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(new Ajv2020({ strict: false }).compile(schema)(json)).toBe(true);
    expect(loadPolicy(json).problems).toEqual([]);
    expect(json.workingTime).toMatchObject({
      start: "08:00",
      end: "19:00",
      days: [1, 2, 3, 4, 5],
      holidays: "FR",
    });
    expect(typeof json.workingTime.$comment).toBe("string");
    expect(json.$comment).toMatch(/docs\/policy\.md/);
  });

  it("never replaces an existing file: exit 2", async () => {
    const file = path.join(tmp(), "policy.json");
    fs.writeFileSync(file, "{}");
    const r = await run(["policy", "init", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("existe déjà");
    expect(fs.readFileSync(file, "utf8")).toBe("{}");
  });
});

describe("policy check", () => {
  it.each(["mairie", "hopital", "ecole"])("the %s example is valid: exit 0", async (name) => {
    const r = await run(["policy", "check", `examples/policies/${name}.json`]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("politique valide");
  });

  it("names each faulty field, in French or English: exit 1", async () => {
    const file = path.join(tmp(), "bad.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        workingTime: { start: "8h", day: [1] },
        rules: { "vague-subjet": "off" },
        thresholds: { bulk: 0 },
        blockingRules: ["x"],
        colour: "red",
      }),
    );
    const fr = await run(["policy", "check", file]);
    expect(fr.code).toBe(1);
    for (const field of [
      "workingTime.start",
      "workingTime.day",
      "rules.vague-subjet",
      "thresholds.bulk",
      "blockingRules[0]",
      "colour",
    ])
      expect(fr.stdout).toContain(`${file}: ${field} : `);
    expect(fr.stdout).toContain("Heure « HH:MM » attendue");
    const en = await run(["policy", "check", "--lang", "en", file]);
    expect(en.stdout).toContain(`${file}: workingTime.start: Time "HH:MM" expected`);
  });

  it("reports what only the schema sees, too", async () => {
    const file = path.join(tmp(), "closure.json");
    fs.writeFileSync(file, JSON.stringify({ workingTime: { days: [1, 1] } }));
    const r = await run(["policy", "check", "--lang", "en", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("workingTime.days: does not follow the schema (uniqueItems");
  });

  it.each([
    ["invalid JSON", "{ nope", /invalid JSON|JSON invalide/],
    ["an empty file", "", /empty|vide|JSON/],
  ])("%s: exit 2, named", async (_why, content, reason) => {
    const file = path.join(tmp(), "p.json");
    fs.writeFileSync(file, content);
    const r = await run(["policy", "check", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(reason);
  });

  it("a missing file or a missing argument: exit 2", async () => {
    expect((await run(["policy", "check", "no-such-policy.json"])).code).toBe(2);
    expect((await run(["policy", "check"])).code).toBe(2);
    expect((await run(["policy", "frobnicate"])).code).toBe(2);
  });
});
