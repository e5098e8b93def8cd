// The command, runnable in-process: arguments in, reports on the given streams, exit status out.
import * as fs from "node:fs";
import * as path from "node:path";
import { lint, loadPolicy, type Draft, type LocalText, type Policy } from "../lint";
import { USAGE, parseCommandLine, type LintCommand } from "./args";
import { emlToDraft, machineTimeZone } from "./eml-to-draft";
import { expandArgument, systemReason } from "./files";
import { jsonToDraft } from "./json-draft";
import { InputError, describeError } from "./messages";
import { formatJson } from "./report-json";
import { formatText, type FileReport } from "./report-text";

export interface CliStream {
  write(chunk: string): unknown;
}

export interface CliIO {
  stdout: CliStream;
  stderr: CliStream;
  /** where relative paths start; default: the process's */
  cwd?: string;
  /** for the default language (LC_ALL, LC_MESSAGES, LANG); default: the process's */
  env?: { [name: string]: string | undefined };
}

/** Exit statuses: CLI.md. */
export const EXIT_OK = 0;
export const EXIT_ERROR_FINDING = 1;
export const EXIT_CANNOT = 2;

const NAME = "mail-hygiene";

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandLine(argv, io.env || process.env);
  if (args.command === "help") {
    io.stdout.write(USAGE[args.lang]);
    return EXIT_OK;
  }
  if (args.command === "error") {
    io.stderr.write(`${NAME}: ${args.message[args.lang]}\n`);
    io.stderr.write(args.lang === "fr" ? `Voir : ${NAME} --help\n` : `See: ${NAME} --help\n`);
    return EXIT_CANNOT;
  }
  return runLint(args, io);
}

async function runLint(args: LintCommand, io: CliIO): Promise<number> {
  const cwd = io.cwd || process.cwd();
  const lang = args.lang;
  const complain = (file: string, reason: LocalText) =>
    io.stderr.write(`${NAME}: ${file}: ${reason[lang]}\n`);

  let policy: Policy | undefined;
  if (args.policy !== undefined) {
    const loaded = readPolicy(path.resolve(cwd, args.policy));
    if ("reason" in loaded) {
      complain(args.policy, loaded.reason);
      return EXIT_CANNOT;
    }
    if (loaded.problems.length > 0) {
      for (const p of loaded.problems)
        complain(args.policy, {
          fr: `${p.path || "(racine)"} : ${p.message.fr}`,
          en: `${p.path || "(root)"}: ${p.message.en}`,
        });
      io.stderr.write(
        lang === "fr"
          ? `${NAME}: politique invalide, aucun fichier vérifié.\n`
          : `${NAME}: invalid policy, no file linted.\n`,
      );
      return EXIT_CANNOT;
    }
    policy = loaded.policy;
  }

  // One moment for the whole run: drafts without a send time are judged alike.
  const now = args.now !== undefined ? args.now : Date.now();
  let failed = false;
  const reports: FileReport[] = [];
  const seen = new Set<string>();
  for (const arg of args.files) {
    const expansion = expandArgument(arg, cwd);
    if ("error" in expansion) {
      complain(arg, expansion.error.reason);
      failed = true;
      continue;
    }
    for (const target of expansion.targets) {
      if (seen.has(target.absolute)) continue;
      seen.add(target.absolute);
      try {
        const draft = await readDraft(target.absolute, now, policy);
        const findings = lint(draft, { policy, now });
        reports.push({
          file: target.display,
          findings,
          timeZone: draft.timeZone || (policy && policy.timeZone),
        });
      } catch (e) {
        failed = true;
        complain(target.display, e instanceof InputError ? e.reason : internal(e));
      }
    }
  }

  io.stdout.write(args.format === "json" ? formatJson(reports, lang) : formatText(reports, lang));
  if (failed) return EXIT_CANNOT;
  return reports.some((r) => r.findings.some((f) => f.severity === "error")) ? EXIT_ERROR_FINDING : EXIT_OK;
}

function internal(e: unknown): LocalText {
  const m = describeError(e);
  return { fr: `erreur interne : ${m.fr}`, en: `internal error: ${m.en}` };
}

function readPolicy(file: string): { reason: LocalText } | ReturnType<typeof loadPolicy> {
  let source: string;
  try {
    source = fs.readFileSync(file, "utf8");
  } catch (e) {
    return { reason: systemReason(e) };
  }
  let json: unknown;
  try {
    json = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      reason: { fr: `politique : JSON invalide : ${message}`, en: `policy: invalid JSON: ${message}` },
    };
  }
  return loadPolicy(json);
}

async function readDraft(file: string, now: number, policy: Policy | undefined): Promise<Draft> {
  let raw: Buffer;
  try {
    raw = fs.readFileSync(file);
  } catch (e) {
    throw new InputError(systemReason(e));
  }
  if (/\.json$/i.test(file)) return jsonToDraft(raw.toString("utf8"));
  const timeZone = (policy && policy.timeZone) || machineTimeZone();
  return emlToDraft(raw, { now, timeZone });
}
