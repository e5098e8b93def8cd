// The files a command line names: a file as given, a folder as every .eml and .json below it (sorted).
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError, both, quote } from "./messages";

export interface Target {
  /** the path as shown in reports: as given, or the folder as given joined with the path below it */
  display: string;
  /** absolute */
  absolute: string;
}

export type Expansion = { targets: Target[] } | { error: InputError };

const LINTABLE = /\.(eml|json)$/i;

/** Expands one command-line argument; a missing path or an empty folder is an error. */
export function expandArgument(arg: string, cwd: string): Expansion {
  const absolute = path.resolve(cwd, arg);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch (e) {
    return { error: new InputError(systemReason(e)) };
  }
  if (!stat.isDirectory()) return { targets: [{ display: arg, absolute }] };
  const found: string[] = [];
  try {
    walk(absolute, "", found);
  } catch (e) {
    return { error: new InputError(systemReason(e)) };
  }
  if (found.length === 0)
    return {
      error: new InputError(
        both((l) =>
          l === "fr" ? `dossier sans fichier .eml ni .json` : `folder holds no .eml or .json file`,
        ),
      ),
    };
  found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    targets: found.map((rel) => ({ display: path.join(arg, rel), absolute: path.join(absolute, rel) })),
  };
}

function walk(dir: string, rel: string, out: string[]): void {
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel === "" ? entry.name : path.join(rel, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Links to files are followed; links to folders are not, which rules out loops.
      try {
        isFile = fs.statSync(path.join(dir, child)).isFile();
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
      } catch (e) {
        isFile = false;
      }
      isDir = false;
    }
    if (isDir) walk(dir, child, out);
    else if (isFile && LINTABLE.test(entry.name)) out.push(child);
  }
}

/** A Node system error (ENOENT, EACCES, EISDIR…) in words. */
export function systemReason(e: unknown): { fr: string; en: string } {
  const code = (e as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return { fr: "fichier ou dossier introuvable", en: "no such file or folder" };
    case "EACCES":
    case "EPERM":
      return { fr: "accès refusé", en: "permission denied" };
    case "EISDIR":
      return { fr: "c'est un dossier", en: "is a folder" };
    default: {
      const message = e instanceof Error ? e.message : String(e);
      return both((l) =>
        l === "fr" ? `lecture impossible : ${quote(message, l)}` : `cannot read: ${message}`,
      );
    }
  }
}
