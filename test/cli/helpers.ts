// Runs the command in-process and captures what it writes.
import * as path from "node:path";
import { runCli } from "../../src/cli/run";

export const ROOT = path.resolve(__dirname, "../..");
export const FIXTURES = "test/fixtures/cli";

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(
  argv: string[],
  env: { [name: string]: string | undefined } = { LANG: "fr_FR.UTF-8" },
): Promise<Result> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: ROOT,
    env,
  });
  return { code, stdout, stderr };
}

export const fixture = (name: string): string => `${FIXTURES}/${name}`;

/** ISO 8601 with seconds and offset, as CLI.md asks of every instant. */
export const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

export interface JsonFinding {
  ruleId: string;
  severity: "error" | "warning" | "info";
  message: string;
  location: { part: string; [key: string]: unknown };
  fixes: { kind: string; [key: string]: unknown }[];
}

export interface JsonReport {
  files: { file: string; findings: JsonFinding[] }[];
}

/** Every string under an `at` key, at any depth. */
export function instantsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => instantsOf(v, out));
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if (k === "at" && typeof v === "string") out.push(v);
      else instantsOf(v, out);
    }
  return out;
}
