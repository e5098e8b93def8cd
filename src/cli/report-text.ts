// The report for people, in ESLint's "stylish" manner: the file, one aligned line per finding, a summary.
import { messageOf, RULES_BY_ID, type Finding, type Lang, type Severity } from "../lint";

export interface FileReport {
  file: string;
  findings: Finding[];
  /** the draft's time zone, in which its instants are shown */
  timeZone?: string;
}

/** Counts of findings by severity, over all files. */
export function countBySeverity(files: FileReport[]): { [s in Severity]: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of files) for (const finding of f.findings) counts[finding.severity]++;
  return counts;
}

const WORDS: { [l in Lang]: { [k in "problem" | Severity]: [string, string] } } = {
  fr: {
    problem: ["problème", "problèmes"],
    error: ["erreur", "erreurs"],
    warning: ["avertissement", "avertissements"],
    info: ["info", "infos"],
  },
  en: {
    problem: ["problem", "problems"],
    error: ["error", "errors"],
    warning: ["warning", "warnings"],
    info: ["info", "infos"],
  },
};

/** "3 problems" / "0 erreur": French takes the singular for 0 and 1, English for 1 only. */
function count(n: number, word: "problem" | Severity, lang: Lang): string {
  const [one, many] = WORDS[lang][word];
  return `${n} ${n === 1 || (lang === "fr" && n === 0) ? one : many}`;
}

function pad(s: string, width: number): string {
  const length = Array.from(s).length;
  return length >= width ? s : s + " ".repeat(width - length);
}

/** Files without findings are not listed; nothing at all is printed when no file has any. */
export function formatText(files: FileReport[], lang: Lang): string {
  const out: string[] = [];
  for (const f of files) {
    if (f.findings.length === 0) continue;
    const rows = f.findings.map((finding) => ({
      severity: finding.severity,
      message: messageOf(finding, lang).replace(/\s+/g, " ").trim(),
      ruleId: finding.ruleId,
    }));
    const severityWidth = Math.max(...rows.map((r) => r.severity.length));
    const messageWidth = Math.max(...rows.map((r) => Array.from(r.message).length));
    out.push(f.file);
    for (const r of rows)
      out.push(`  ${pad(r.severity, severityWidth)}  ${pad(r.message, messageWidth)}  ${r.ruleId}`);
    out.push("");
  }
  const counts = countBySeverity(files);
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return "";
  out.push(
    `✖ ${count(total, "problem", lang)} (${count(counts.error, "error", lang)}, ` +
      `${count(counts.warning, "warning", lang)}, ${count(counts.info, "info", lang)})`,
  );
  out.push("", ...explain(files, lang));
  return out.join("\n") + "\n";
}

/** Each rule that fired, once: its guide reference and why the guide asks it, as the pane shows them. */
function explain(files: FileReport[], lang: Lang): string[] {
  const ids: string[] = [];
  for (const f of files)
    for (const finding of f.findings) if (ids.indexOf(finding.ruleId) < 0) ids.push(finding.ruleId);
  const lines = [lang === "fr" ? "Pourquoi :" : "Why:"];
  for (const id of ids) {
    const meta = RULES_BY_ID[id].meta;
    lines.push(`  ${id} — ${meta.guide[lang]}`, `    ${meta.why[lang]}`);
  }
  return lines;
}
