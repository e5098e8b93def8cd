// Builds launchevent.js with the project's webpack config (Node API), once per mode and per state of the
// sources: the output is kept in the system temp folder under a hash of src/, webpack.config.js and
// package-lock.json, so the test files that load the bundle (test/build, test/launchevent) share one build,
// even across Jest workers and runs. A build goes to a fresh folder that is then renamed into place, so two
// workers building at once never see half a bundle.
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

export type Mode = "production" | "development";
export type MakeConfig = (
  env: Record<string, unknown>,
  argv: { mode: Mode },
) => Promise<webpack.Configuration | webpack.Configuration[]>;

export const ROOT = path.join(__dirname, "..", "..");
export const makeConfig = require(path.join(ROOT, "webpack.config.js")) as MakeConfig;

/** Generous: a cold production build of the engine with Babel takes tens of seconds on a slow machine. */
export const BUILD_TIMEOUT_MS = 300_000;

const CACHE = path.join(os.tmpdir(), "mail-hygiene-launchevent-build");
/** Builds this process asked for (several policies may be in use at once): not cleaned up as old. */
const usedKeys = new Set<string>();

export function compile(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error("webpack returned no stats"));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}

/** Every file below `dir`, in name order (none if it does not exist). */
export function filesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesBelow(full));
    else out.push(full);
  }
  return out;
}

/** A hash of everything that goes into the bundle (the node_modules through package-lock.json). */
function inputsHash(mode: Mode, policy: string): string {
  const hash = crypto.createHash("sha256").update(mode);
  const inputs = [...filesBelow(path.join(ROOT, "src")), path.join(ROOT, "webpack.config.js"), policy];
  const lock = path.join(ROOT, "package-lock.json");
  if (fs.existsSync(lock)) inputs.push(lock);
  for (const file of inputs)
    hash.update(path.relative(ROOT, file)).update("\0").update(fs.readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

export interface Bundle {
  /** the folder holding launchevent.js and commands.html */
  dir: string;
  files: string[];
  code: string;
}

/**
 * launchevent.js (and commands.html) built in `mode` with `policy` compiled in (default: the repository's
 * policy.json), from the cache when nothing that goes into it has changed.
 */
export async function buildLaunchevent(
  mode: Mode = "production",
  policy = path.join(ROOT, "policy.json"),
): Promise<Bundle> {
  const key = `${mode}-${inputsHash(mode, policy)}`;
  usedKeys.add(key);
  const dir = path.join(CACHE, key);
  const read = (): Bundle => ({
    dir,
    files: fs.readdirSync(dir).sort(),
    code: fs.readFileSync(path.join(dir, "launchevent.js"), "utf8"),
  });
  if (fs.existsSync(path.join(dir, "launchevent.js"))) return read();

  fs.mkdirSync(CACHE, { recursive: true });
  const work = fs.mkdtempSync(path.join(CACHE, `.${key}-`));
  try {
    const config = await makeConfig({ only: "launchevent", outputPath: work, policy }, { mode });
    if (Array.isArray(config))
      throw new Error("expected one webpack configuration for --env only=launchevent");
    await compile(config);
    try {
      fs.renameSync(work, dir);
    } catch (e) {
      // Another worker finished first: use its build.
      if (!fs.existsSync(path.join(dir, "launchevent.js"))) throw e;
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  // Builds of older sources are of no more use.
  for (const name of fs.readdirSync(CACHE)) {
    if (name.startsWith(mode + "-") && name !== key && !usedKeys.has(name))
      fs.rmSync(path.join(CACHE, name), { recursive: true, force: true });
  }
  return read();
}
