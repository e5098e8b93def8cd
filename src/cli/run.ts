// The command, runnable in-process: arguments in, reports on the given streams, exit status out.
import * as path from "node:path";
import { lint, loadPolicy, type Draft, type LocalText, type Policy } from "../lint";
import { USAGE, parseCommandLine, type LintCommand, type PolicyCommand } from "./args";
import { emlToDraft, machineTimeZone } from "./eml-to-draft";
import { expandArgument, readInputFile } from "./files";
import { jsonToDraft } from "./json-draft";
import { checkPolicy, readPolicyFile, writeStarterPolicy } from "./policy-command";
import { InputError, describeError } from "./messages";
import { formatJson } from "./report-json";
import { formatText, type FileReport } from "./report-text";
import { truncationReason } from "./truncated";

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
  if (args.command === "policy-check" || args.command === "policy-init") return runPolicy(args, io);
  return runLint(args, io);
}

/** policy check: 0 when valid, 1 with its problems (each naming its field), 2 when it cannot be read. */
function runPolicy(args: PolicyCommand, io: CliIO): number {
  const file = path.resolve(io.cwd || process.cwd(), args.file);
  const lang = args.lang;
  if (args.command === "policy-init") {
    try {
      writeStarterPolicy(file, lang);
    } catch (e) {
      const exists = (e as { code?: string }).code === "EEXIST";
      io.stderr.write(
        `${NAME}: ${args.file}: ` +
          (exists
            ? lang === "fr"
              ? "le fichier existe déjà, il n'est pas remplacé.\n"
              : "the file already exists; it is not replaced.\n"
            : describeError(e)[lang] + "\n"),
      );
      return EXIT_CANNOT;
    }
    io.stdout.write(
      lang === "fr"
        ? `${args.file} écrit : adaptez-le, puis « ${NAME} policy check ${args.file} ».\n`
        : `${args.file} written: adapt it, then “${NAME} policy check ${args.file}”.\n`,
    );
    return EXIT_OK;
  }
  let json: unknown;
  try {
    json = readPolicyFile(file);
  } catch (e) {
    io.stderr.write(`${NAME}: ${args.file}: ${(e instanceof InputError ? e.reason : internal(e))[lang]}\n`);
    return EXIT_CANNOT;
  }
  const problems = checkPolicy(json);
  for (const p of problems) {
    const field = p.path || (lang === "fr" ? "(racine)" : "(root)");
    io.stdout.write(`${args.file}: ${field}${lang === "fr" ? " : " : ": "}${p.message[lang]}\n`);
  }
  if (problems.length === 0) {
    io.stdout.write(lang === "fr" ? `${args.file} : politique valide.\n` : `${args.file}: valid policy.\n`);
    return EXIT_OK;
  }
  return EXIT_ERROR_FINDING;
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
    source = readInputFile(file).toString("utf8");
  } catch (e) {
    if (e instanceof InputError) return { reason: e.reason };
    throw e;
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
  const raw = readInputFile(file);
  if (/\.json$/i.test(file)) return jsonToDraft(raw.toString("utf8"));
  const timeZone = (policy && policy.timeZone) || machineTimeZone();
  const draft = await emlToDraft(raw, { now, timeZone });
  // After the conversion, so that an empty, binary or header-less file is named as such first.
  const cut = truncationReason(raw);
  if (cut) throw new InputError(cut);
  return draft;
}
