// The command line: `lint [--policy FILE] [--format text|json] [--lang fr|en] [--now ISO] FILE...`.
import { parseArgs } from "node:util";
import { languageOf, type Lang, type LocalText } from "../lint";
import { both, quote } from "./messages";

export type Format = "text" | "json";

export interface LintCommand {
  command: "lint";
  files: string[];
  policy?: string;
  format: Format;
  lang: Lang;
  /** ms since epoch */
  now?: number;
}

export type PolicyCommand =
  | { command: "policy-check"; file: string; lang: Lang }
  | { command: "policy-init"; file: string; lang: Lang };

export type ParsedArgs =
  | PolicyCommand
  | LintCommand
  | { command: "help"; lang: Lang }
  | { command: "error"; lang: Lang; message: LocalText };

const ISO_DATE = /^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d(?::?\d\d)?)?)?$/i;

/** The language of the environment: LC_ALL, then LC_MESSAGES, then LANG; `en…` gives English, else French. */
export function envLang(env: { [name: string]: string | undefined }): Lang {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (value) return languageOf(value);
  }
  return "fr";
}

export function parseCommandLine(argv: string[], env: { [name: string]: string | undefined }): ParsedArgs {
  let lang = envLang(env);
  // --lang is read first, so that every later message is in the language asked for.
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") break;
    const m = /^--lang(?:=(.*))?$/.exec(argv[i]);
    const value = m ? (m[1] !== undefined ? m[1] : argv[i + 1]) : undefined;
    if (value === "fr" || value === "en") lang = value;
  }
  const fail = (message: LocalText): ParsedArgs => ({ command: "error", lang, message });

  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: "string" },
        format: { type: "string" },
        lang: { type: "string" },
        now: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    return fail(optionError(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help", lang };
  if (positionals.length === 0)
    return fail(
      both((l) =>
        l === "fr" ? "Commande manquante (attendu : lint)." : "Missing command (expected: lint).",
      ),
    );
  const [command, ...files] = positionals;
  if (command === "policy") return policyCommand(files, lang, fail);
  if (command !== "lint")
    return fail(
      both((l) =>
        l === "fr"
          ? `Commande inconnue ${quote(command, l)} (attendu : lint, policy).`
          : `Unknown command ${quote(command, l)} (expected: lint, policy).`,
      ),
    );
  if (values.lang !== undefined && values.lang !== "fr" && values.lang !== "en")
    return fail(badValue("--lang", values.lang, "fr, en"));
  const format = values.format === undefined ? "text" : values.format;
  if (format !== "text" && format !== "json") return fail(badValue("--format", format, "text, json"));
  let now: number | undefined;
  if (values.now !== undefined) {
    now = ISO_DATE.test(values.now.trim()) ? Date.parse(values.now.trim()) : NaN;
    if (isNaN(now)) return fail(badValue("--now", values.now, "ISO 8601, 2026-11-30T21:40:00+01:00"));
  }
  if (values.policy === "") return fail(badValue("--policy", "", "FILE"));
  if (files.length === 0)
    return fail(
      both((l) =>
        l === "fr"
          ? "Aucun fichier à vérifier (.eml, .json ou dossier)."
          : "No file to lint (.eml, .json or folder).",
      ),
    );
  return { command: "lint", files, policy: values.policy, format, lang, now };
}

/** `policy check FILE` or `policy init [FILE]` (default FILE: policy.json). */
function policyCommand(args: string[], lang: Lang, fail: (m: LocalText) => ParsedArgs): ParsedArgs {
  const [sub, file, ...rest] = args;
  if (rest.length > 0)
    return fail(both((l) => (l === "fr" ? "Un seul fichier de politique." : "One policy file only.")));
  if (sub === "check" && file) return { command: "policy-check", file, lang };
  if (sub === "init") return { command: "policy-init", file: file || "policy.json", lang };
  return fail(
    both((l) =>
      l === "fr"
        ? "Attendu : policy check FICHIER, ou policy init [FICHIER]."
        : "Expected: policy check FILE, or policy init [FILE].",
    ),
  );
}

function badValue(option: string, value: string, expected: string): LocalText {
  return both((l) =>
    l === "fr"
      ? `Valeur ${quote(value, l)} invalide pour ${option} (attendu : ${expected}).`
      : `Invalid value ${quote(value, l)} for ${option} (expected: ${expected}).`,
  );
}

/** parseArgs's errors, reworded: the option at fault is named in both languages. */
function optionError(e: unknown): LocalText {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const option = (/'([^']+)'/.exec(message) || [])[1] || "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return both((l) =>
      l === "fr" ? `Option inconnue ${quote(option, l)}.` : `Unknown option ${quote(option, l)}.`,
    );
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return both((l) =>
      l === "fr"
        ? `L'option ${quote(option.split(" ")[0], l)} attend une valeur.`
        : `Option ${quote(option.split(" ")[0], l)} needs a value.`,
    );
  return { fr: message, en: message };
}

export const USAGE: LocalText = {
  fr: `Usage : mail-hygiene lint [options] FICHIER...
        mail-hygiene policy check FICHIER
        mail-hygiene policy init [FICHIER]

Vérifie des messages (.eml) ou des brouillons (.json, voir draft.schema.json) selon les règles
RH / RGPD de Mail Hygiene. Un dossier désigne tous les .eml et .json qu'il contient.

Options :
  --policy FICHIER       politique de l'organisation (le JSON que charge le complément)
  --format text|json     text (par défaut) pour les personnes, json pour les programmes
  --lang fr|en           langue des messages (par défaut : LC_ALL / LC_MESSAGES / LANG, sinon fr)
  --now ISO-8601         moment d'envoi supposé quand le brouillon n'a pas de sendAt
  -h, --help             cette aide

policy check vérifie une politique (schéma et règles) et nomme chaque champ fautif ; policy init écrit
une politique de départ commentée (policy.json par défaut, jamais par-dessus un fichier existant).

Code de sortie : 0 sans erreur, 1 si un fichier a une constatation de gravité error,
2 si la commande n'a pas pu faire son travail (option inconnue, fichier illisible ou invalide).
`,
  en: `Usage: mail-hygiene lint [options] FILE...
       mail-hygiene policy check FILE
       mail-hygiene policy init [FILE]

Lints messages (.eml) or drafts (.json, see draft.schema.json) against Mail Hygiene's HR / GDPR
rules. A folder means every .eml and .json file below it.

Options:
  --policy FILE          the organisation's policy (the JSON file the add-in loads)
  --format text|json     text (default) for people, json for programs
  --lang fr|en           language of messages (default: LC_ALL / LC_MESSAGES / LANG, else fr)
  --now ISO-8601         the send moment to assume when a draft has no sendAt
  -h, --help             this help

policy check validates a policy (schema and rules) and names each faulty field; policy init writes a
commented starting policy (policy.json by default, never over an existing file).

Exit status: 0 when no file has an error finding, 1 when one has, 2 when the command could not do
its job (unknown option, unreadable or invalid file).
`,
};
