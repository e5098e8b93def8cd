// A `.json` draft: parsed, then validated against draft.schema.json; the reason names the faulty path.
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { Draft, Lang, LocalText } from "../lint";
import { isKnownTimeZone } from "../lint/calendar";
import { InputError, both, quote } from "./messages";
import schema from "./draft.schema.json";

const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
addFormats(ajv);
const validate = ajv.compile<Draft>(schema);

/** At most this many schema errors are listed for one file. */
const MAX_ERRORS = 5;

export function jsonToDraft(source: string): Draft {
  let data: unknown;
  const clean = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  try {
    data = JSON.parse(clean);
  } catch (e) {
    throw new InputError(jsonSyntaxReason(clean, e));
  }
  if (!validate(data)) {
    const reasons = schemaReasons(validate.errors || []);
    throw new InputError({
      fr: "brouillon non conforme à draft.schema.json : " + reasons.map((r) => r.fr).join(" ; "),
      en: "draft does not follow draft.schema.json: " + reasons.map((r) => r.en).join("; "),
    });
  }
  if (data.timeZone !== undefined && !isKnownTimeZone(data.timeZone)) {
    const zone = data.timeZone;
    throw new InputError(
      both((l) =>
        l === "fr"
          ? `timeZone : fuseau horaire inconnu ${quote(zone, l)} (attendu : un nom IANA comme Europe/Paris)`
          : `timeZone: unknown time zone ${quote(zone, l)} (expected an IANA name such as Europe/Paris)`,
      ),
    );
  }
  return data;
}

function jsonSyntaxReason(source: string, e: unknown): LocalText {
  const message = e instanceof Error ? e.message : String(e);
  const m = /position (\d+)/.exec(message);
  let where = { fr: "", en: "" };
  if (m) {
    const before = source.slice(0, +m[1]);
    const line = before.split("\n").length;
    const column = +m[1] - before.lastIndexOf("\n");
    where = { fr: ` (ligne ${line}, colonne ${column})`, en: ` (line ${line}, column ${column})` };
  }
  if (source.trim() === "") return { fr: "fichier vide (JSON attendu)", en: "empty file (JSON expected)" };
  return {
    fr: `JSON invalide${where.fr} : ${message}`,
    en: `invalid JSON${where.en}: ${message}`,
  };
}

/** `/to/0/address` → `to[0].address`, the notation of policy problems; the root is named as such. */
export function jsonPath(pointer: string, lang: Lang): string {
  if (pointer === "") return lang === "fr" ? "(racine)" : "(root)";
  let out = "";
  for (const raw of pointer.split("/").slice(1)) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else out += (out === "" ? "" : ".") + part;
  }
  return out;
}

function schemaReasons(errors: ErrorObject[]): LocalText[] {
  // The branches of a failed oneOf are noise; the oneOf error itself says what is expected.
  const oneOfPaths = errors.filter((e) => e.keyword === "oneOf").map((e) => e.schemaPath + "/");
  const kept = errors.filter((e) => !oneOfPaths.some((p) => e.schemaPath.indexOf(p) === 0));
  const reasons = kept.slice(0, MAX_ERRORS).map(describe);
  if (kept.length > MAX_ERRORS) {
    const more = kept.length - MAX_ERRORS;
    reasons.push({ fr: `et ${more} autre(s) erreur(s)`, en: `and ${more} more error(s)` });
  }
  return reasons;
}

function describe(e: ErrorObject): LocalText {
  const p = e.params as { [key: string]: unknown };
  return both((l) => {
    const fr = l === "fr";
    const at = (pointer: string) => jsonPath(pointer, l) + (fr ? " : " : ": ");
    switch (e.keyword) {
      case "required":
        return (
          at(e.instancePath) +
          (fr
            ? `champ obligatoire ${quote(String(p.missingProperty), l)} absent`
            : `missing required field ${quote(String(p.missingProperty), l)}`)
        );
      case "additionalProperties":
        return (
          at(e.instancePath + "/" + String(p.additionalProperty)) + (fr ? "champ inconnu" : "unknown field")
        );
      case "type":
        return (
          at(e.instancePath) + (fr ? `type attendu : ${String(p.type)}` : `expected type ${String(p.type)}`)
        );
      case "enum": {
        const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ");
        return at(e.instancePath) + (fr ? `valeur attendue parmi ${allowed}` : `expected one of ${allowed}`);
      }
      case "format":
        return (
          at(e.instancePath) +
          (p.format === "date-time"
            ? fr
              ? "date ISO 8601 avec décalage attendue (2026-11-30T08:00:00+01:00)"
              : "expected an ISO 8601 date-time with offset (2026-11-30T08:00:00+01:00)"
            : fr
              ? `format ${String(p.format)} attendu`
              : `expected format ${String(p.format)}`)
        );
      case "oneOf": {
        const branches = ((e.parentSchema as { oneOf?: { required?: string[] }[] }).oneOf || [])
          .map((b) => (b.required || []).join("+"))
          .filter((r) => r !== "");
        const list = branches.map((b) => quote(b, l)).join(fr ? " ou " : " or ");
        return (
          at(e.instancePath) +
          (fr ? `exactement un champ parmi ${list} attendu` : `expected exactly one of ${list}`)
        );
      }
      case "minimum":
        return (
          at(e.instancePath) + (fr ? `minimum ${String(p.limit)}` : `must be at least ${String(p.limit)}`)
        );
      default:
        return at(e.instancePath) + (e.message || e.keyword);
    }
  });
}
