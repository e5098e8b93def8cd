// The report for programs, exactly CLI.md's shape: {"files": [{"file", "findings": [{ruleId, severity,
// message, location, fixes}]}]}. Texts are in the requested language; every instant carries its offset.
import { messageOf, type Lang } from "../lint";
import { formatInstant } from "../lint/calendar";
import type { FileReport } from "./report-text";

const WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;
/** Keys whose string value is an instant. */
const INSTANT_KEYS = ["at"];

interface WalkOptions {
  lang: Lang;
  /** the zone instants are shown in when they must be rewritten */
  timeZone?: string;
}

export function formatJson(files: FileReport[], lang: Lang): string {
  const doc = {
    files: files.map((f) => {
      const options = { lang, timeZone: f.timeZone };
      return {
        file: f.file,
        findings: f.findings.map((finding) => ({
          ruleId: finding.ruleId,
          severity: finding.severity,
          message: messageOf(finding, lang),
          location: plain(finding.location, options),
          fixes: plain(finding.fixes, options),
        })),
      };
    }),
  };
  return JSON.stringify(doc) + "\n";
}

function isLocalText(v: object): v is { fr: string; en: string } {
  const keys = Object.keys(v);
  return (
    keys.length === 2 &&
    typeof (v as { fr?: unknown }).fr === "string" &&
    typeof (v as { en?: unknown }).en === "string"
  );
}

/** A copy where a {fr, en} text becomes the string of the language and instants are ISO with offset. */
function plain<T>(value: T, options: WalkOptions): unknown {
  return walk(value, undefined, options);
}

function walk(value: unknown, key: string | undefined, options: WalkOptions): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(v, undefined, options));
  if (value !== null && typeof value === "object") {
    if (isLocalText(value)) return value[options.lang];
    const out: { [k: string]: unknown } = {};
    for (const k of Object.keys(value)) out[k] = walk((value as { [k: string]: unknown })[k], k, options);
    return out;
  }
  if (
    typeof value === "string" &&
    key !== undefined &&
    INSTANT_KEYS.indexOf(key) >= 0 &&
    !WITH_OFFSET.test(value)
  ) {
    const ms = Date.parse(value);
    if (!isNaN(ms)) return formatInstant(ms, options.timeZone);
  }
  return value;
}
