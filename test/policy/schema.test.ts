// The published JSON Schema and the engine's own policy reader must agree: the schema is what editors
// and `policy check` validate with (ajv); the engine reads the policy in the add-in without ajv (its
// generated code needs eval, which the pane's Content-Security-Policy forbids).
import Ajv2020 from "ajv/dist/2020";
import * as fs from "fs";
import * as path from "path";
import schema from "../../schema/policy.schema.json";
import { defaultPolicy, loadPolicy, RULES } from "../../src/lint";
import { KEYWORD_CATEGORIES } from "../../src/lint/keywords";
import { POLICY_DOC, policyReference } from "../../scripts/policy-doc";

const ajv = new Ajv2020({ allErrors: true });
const validate = ajv.compile(schema);
const EXAMPLES = path.resolve(__dirname, "../../examples/policies");

describe("policy schema", () => {
  it.each(fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".json")))(
    "example %s is valid for the schema and the engine",
    (file) => {
      const json = JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), "utf8"));
      expect(validate(json) ? [] : validate.errors).toEqual([]);
      expect(loadPolicy(json).problems).toEqual([]);
    },
  );

  it("knows exactly the engine's rules, keyword categories, thresholds and defaults", () => {
    const props = schema.properties;
    const ruleKeys = Object.keys(props.rules.properties).filter((k) => k !== "$comment");
    expect(ruleKeys.sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    expect(props.blockingRules.items.enum.slice().sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    const categories = Object.keys(props.keywords.properties).filter((k) => k !== "$comment");
    expect(categories.sort()).toEqual(KEYWORD_CATEGORIES.slice().sort());
    const defaults = defaultPolicy();
    const thresholds = props.thresholds.properties as unknown as { [k: string]: { default?: number } };
    const schemaThresholds: { [k: string]: number | undefined } = {};
    for (const k of Object.keys(thresholds))
      if (k !== "$comment") schemaThresholds[k] = thresholds[k].default;
    expect(schemaThresholds).toEqual(defaults.thresholds);
    const wt = props.workingTime.properties;
    expect([wt.days.default, wt.start.default, wt.end.default, wt.holidays.default]).toEqual([
      defaults.workingTime.days,
      defaults.workingTime.start,
      defaults.workingTime.end,
      defaults.workingTime.holidays,
    ]);
  });

  // Each kind of mistake: the schema rejects it at the same path the engine names.
  it.each([
    ["unknown top-level field", { internalDomain: [] }, "internalDomain"],
    ["domain that is not one", { internalDomains: ["pas un domaine"] }, "internalDomains[0]"],
    ["working day out of range", { workingTime: { days: [0] } }, "workingTime.days"],
    ["hour not HH:MM", { workingTime: { start: "8h" } }, "workingTime.start"],
    ["unknown working-time field", { workingTime: { day: [1] } }, "workingTime.day"],
    [
      "closure day not a date",
      { workingTime: { closureDays: ["24/12/2026"] } },
      "workingTime.closureDays[0]",
    ],
    ["unknown holiday region", { workingTime: { holidays: "BE" } }, "workingTime.holidays"],
    ["threshold below 1", { thresholds: { bulk: 0 } }, "thresholds.bulk"],
    ["threshold not whole", { thresholds: { bulk: 2.5 } }, "thresholds.bulk"],
    ["unknown threshold", { thresholds: { bulkk: 3 } }, "thresholds.bulkk"],
    ["unknown rule", { rules: { "vague-subjet": "off" } }, "rules.vague-subjet"],
    ["unknown severity", { rules: { "vague-subject": "fatal" } }, "rules.vague-subject"],
    ["unknown blocking rule", { blockingRules: ["nope"] }, "blockingRules[0]"],
    ["unknown keyword category", { keywords: { santé: ["x"] } }, "keywords.santé"],
    [
      "keywords of an unknown language",
      { keywords: { health: { de: ["Krankmeldung"] } } },
      "keywords.health",
    ],
  ])("%s", (_why, input, field) => {
    expect(validate(input)).toBe(false);
    expect(loadPolicy(input).problems.map((p) => p.path)).toContain(field);
  });

  it.each([
    ["an unknown time zone", { timeZone: "Europe/Lutece" }, "timeZone"],
    [
      "a working day that ends before it starts",
      { workingTime: { start: "18:00", end: "09:00" } },
      "workingTime.end",
    ],
  ])("the engine also refuses what a schema cannot say: %s", (_why, input, field) => {
    expect(loadPolicy(input).problems.map((p) => p.path)).toEqual([field]);
  });

  it("docs/policy.md is generated from the schema (run `npm run docs` after changing it)", () => {
    const normalize = (s: string) =>
      s
        .replace(/[ \t]+/g, " ")
        .replace(/\| ?-+ ?/g, "|-")
        .trim();
    expect(normalize(fs.readFileSync(POLICY_DOC, "utf8"))).toBe(normalize(policyReference()));
  });
});
