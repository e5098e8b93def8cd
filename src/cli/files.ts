// The files a command line names: a file as given, a folder as every .eml and .json below it (sorted); and
// reading one of them without hanging on what is not a regular file or blowing up on a huge one.
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError, both, quote } from "./messages";

/**
 * The largest file read: 25 MB, the usual ceiling for a whole message (Exchange Online's and Gmail's
 * default limits). A bigger file is not a draft anyone can send; it is refused unread.
 */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

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
    return { error: new InputError(systemReason(e, absolute)) };
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
    let linkToDir = false;
    if (entry.isSymbolicLink()) {
      // Links to files are followed; links to folders are not, which rules out loops.
      try {
        linkToDir = fs.statSync(path.join(dir, child)).isDirectory();
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
      } catch (e) {
        linkToDir = false; // a broken link: reading it says so
      }
      isDir = false;
    }
    if (isDir) walk(dir, child, out);
    // Not only regular files: a broken link, a named pipe or a device named *.eml is listed too, and reading
    // it says why it is skipped.
    else if (!linkToDir && LINTABLE.test(entry.name)) out.push(child);
  }
}

/**
 * Reads a file named on the command line. What is not a regular file is refused without waiting on it (a
 * named pipe would block until some writer comes), and a file over MAX_FILE_BYTES is refused unread.
 */
export function readInputFile(file: string): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a named pipe returns at once instead of waiting for a writer (0 where unknown).
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK || 0));
  } catch (e) {
    throw new InputError(systemReason(e, file));
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new InputError(notRegularReason(stat));
    if (stat.size > MAX_FILE_BYTES) throw new InputError(tooLargeReason(stat.size));
    return fs.readFileSync(fd);
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(systemReason(e, file));
  } finally {
    fs.closeSync(fd);
  }
}

function notRegularReason(stat: fs.Stats): { fr: string; en: string } {
  if (stat.isDirectory()) return { fr: "c'est un dossier", en: "is a folder" };
  const kind = stat.isFIFO()
    ? { fr: "un tube nommé (FIFO)", en: "a named pipe (FIFO)" }
    : stat.isSocket()
      ? { fr: "une socket", en: "a socket" }
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? { fr: "un périphérique", en: "a device" }
        : { fr: "un fichier spécial", en: "a special file" };
  return {
    fr: `pas un fichier ordinaire : ${kind.fr}, non lu`,
    en: `not a regular file: ${kind.en}, not read`,
  };
}

function tooLargeReason(size: number): { fr: string; en: string } {
  const mb = (size / (1024 * 1024)).toFixed(1);
  const limit = MAX_FILE_BYTES / (1024 * 1024);
  return {
    fr: `fichier trop gros : ${mb.replace(".", ",")} Mo, au-delà de ${limit} Mo (la taille maximale habituelle d'un message), non lu`,
    en: `file too large: ${mb} MB, over the ${limit} MB limit (the usual maximum size of a message), not read`,
  };
}

/** A Node system error (ENOENT, EACCES, EISDIR…) in words; with `file`, a broken link is told apart. */
export function systemReason(e: unknown, file?: string): { fr: string; en: string } {
  const code = (e as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      if (file !== undefined && isLink(file)) {
        const target = fs.readlinkSync(file);
        return both((l) =>
          l === "fr"
            ? `lien symbolique cassé : sa cible ${quote(target, l)} n'existe pas`
            : `broken symbolic link: its target ${quote(target, l)} does not exist`,
        );
      }
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

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
  } catch (e) {
    return false;
  }
}
