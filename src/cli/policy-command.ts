// `mail-hygiene policy check FILE` and `mail-hygiene policy init [FILE]`: the administrator's tools for the
// organisation's policy (docs/policy.md). check validates against schema/policy.schema.json with ajv,
// then with the engine's own reader, which also knows what a schema cannot say (time zones, hour order).
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";
import * as fs from "node:fs";
import schema from "../../schema/policy.schema.json";
import { defaultPolicy, loadPolicy, type Lang, type LocalText } from "../lint";
import { readInputFile } from "./files";
import { InputError } from "./messages";

export interface PolicyProblemLine {
  path: string;
  message: LocalText;
}

let validator: ReturnType<Ajv2020["compile"]> | undefined;

/** "/workingTime/start" → "workingTime.start", "/internalDomains/1" → "internalDomains[1]". */
function fieldOf(error: ErrorObject): string {
  let path = error.instancePath
    .split("/")
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : "." + p.replace(/~1/g, "/").replace(/~0/g, "~")))
    .join("")
    .replace(/^\./, "");
  if (error.keyword === "additionalProperties") {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    path = path ? `${path}.${extra}` : extra;
  }
  return path;
}

/** Every problem of a policy, each naming its field, in both languages; none for a valid policy. */
export function checkPolicy(json: unknown): PolicyProblemLine[] {
  if (!validator) validator = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const engine = loadPolicy(json).problems;
  const lines: PolicyProblemLine[] = engine.map((p) => ({ path: p.path, message: p.message }));
  if (!validator(json)) {
    for (const error of validator.errors || []) {
      const path = fieldOf(error);
      // The engine's message is the clearer one where both found the same field.
      if (lines.some((l) => l.path === path || (path !== "" && l.path.indexOf(path + "[") === 0))) continue;
      if (error.keyword === "oneOf" && lines.some((l) => l.path.indexOf(path) === 0)) continue;
      lines.push({
        path,
        message: {
          fr: `ne respecte pas le schéma (${error.keyword} : ${error.message})`,
          en: `does not follow the schema (${error.keyword}: ${error.message})`,
        },
      });
    }
  }
  return lines;
}

/** The policy file, read and parsed; an unreadable or non-JSON file is an InputError. */
export function readPolicyFile(file: string): unknown {
  const source = readInputFile(file).toString("utf8");
  try {
    return JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new InputError({ fr: `JSON invalide : ${message}`, en: `invalid JSON: ${message}` });
  }
}

interface SchemaNode {
  description?: string;
  properties?: { [name: string]: SchemaNode };
}

/**
 * A starting policy: every field at its default, each section explained by a `$comment` taken from the
 * schema (JSON has no comments; the add-in ignores `$comment`).
 */
export function starterPolicy(lang: Lang): string {
  const d = defaultPolicy();
  const props = (schema as unknown as SchemaNode).properties || {};
  const note = (key: string) => (props[key] && props[key].description) || "";
  const intro: LocalText = {
    fr: "Politique de votre organisation pour Mail Hygiene. Référence : docs/policy.md ; exemples : examples/policies/. Vérifiez-la avec « mail-hygiene policy check ».",
    en: "Your organisation's policy for Mail Hygiene. Reference: docs/policy.md; examples: examples/policies/. Check it with “mail-hygiene policy check”.",
  };
  const starter = {
    $schema: "schema/policy.schema.json",
    $comment: intro[lang],
    internalDomains: [],
    personalDomains: [],
    timeZone: "Europe/Paris",
    workingTime: { $comment: note("workingTime"), ...d.workingTime },
    thresholds: { $comment: note("thresholds"), ...d.thresholds },
    rules: { $comment: note("rules") },
    blockingRules: [],
    keywords: { $comment: note("keywords") },
  };
  return JSON.stringify(starter, null, 2) + "\n";
}

/** Writes the starter policy; never over an existing file. */
export function writeStarterPolicy(file: string, lang: Lang): void {
  fs.writeFileSync(file, starterPolicy(lang), { flag: "wx" });
}
