// The built site the browser tests load: the taskpane compilation (taskpane.html, preview.html, assets/…) in
// production mode, built once per state of the sources and shared by every test file, worker and run. The build
// lives in the system temp folder under a hash of its inputs (like test/build/launchevent-build.ts), never in
// dist/, which a running `npm start` or the developer's own build may be using. A lock directory makes the
// other workers wait for the one that builds instead of building the same thing at the same time on 2 cores.
import * as crypto from "crypto";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { compile, filesBelow, makeConfig, ROOT } from "../build/launchevent-build";

/** A cold production build of two React bundles with Babel and Terser on a slow machine. */
export const BUILD_TIMEOUT_MS = 300_000;

const CACHE = path.join(os.tmpdir(), "mail-hygiene-site-build");
/** Written last: a folder without it is not a finished build. */
const DONE = ".complete";

function inputsHash(): string {
  const hash = crypto.createHash("sha256");
  const inputs = [
    ...filesBelow(path.join(ROOT, "src")),
    ...filesBelow(path.join(ROOT, "assets")),
    ...["webpack.config.js", "package-lock.json", "manifest.xml", "policy.json"]
      .map((f) => path.join(ROOT, f))
      .filter((f) => fs.existsSync(f)),
  ];
  for (const file of inputs)
    hash.update(path.relative(ROOT, file)).update("\0").update(fs.readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock (a directory: mkdir is atomic), or says who holds it. */
function tryLock(lock: string): boolean {
  try {
    fs.mkdirSync(lock);
    fs.writeFileSync(path.join(lock, "pid"), String(process.pid));
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    // A lock left by a worker that died (killed run): take it over.
    let pid = NaN;
    try {
      pid = Number(fs.readFileSync(path.join(lock, "pid"), "utf8"));
    } catch {
      // being written, or being removed: ask again later
    }
    const age = Date.now() - safeMtime(lock);
    if ((!isNaN(pid) && pid > 0 && !alive(pid)) || age > BUILD_TIMEOUT_MS) {
      fs.rmSync(lock, { recursive: true, force: true });
    }
    return false;
  }
}

function safeMtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return Date.now();
  }
}

async function build(dir: string, key: string): Promise<void> {
  const work = fs.mkdtempSync(path.join(CACHE, `.${key}-`));
  try {
    const config = await makeConfig({ only: "taskpane", outputPath: work }, { mode: "production" });
    if (Array.isArray(config)) throw new Error("expected one webpack configuration for --env only=taskpane");
    await compile(config);
    fs.writeFileSync(path.join(work, DONE), new Date().toISOString());
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(work, dir);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The folder holding the built site, building it first when the sources changed since the last build. */
export async function builtSite(): Promise<string> {
  const key = inputsHash();
  const dir = path.join(CACHE, key);
  const lock = path.join(CACHE, key + ".lock");
  fs.mkdirSync(CACHE, { recursive: true });
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  while (!fs.existsSync(path.join(dir, DONE))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for the build in ${dir}`);
    if (!tryLock(lock)) {
      await sleep(250);
      continue;
    }
    try {
      if (!fs.existsSync(path.join(dir, DONE))) await build(dir, key);
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  // Builds of older sources are of no more use (not the ones being made: their names start with a dot).
  for (const name of fs.readdirSync(CACHE)) {
    if (!name.startsWith(".") && name !== key && !name.endsWith(".lock"))
      fs.rmSync(path.join(CACHE, name), { recursive: true, force: true });
  }
  return dir;
}

// -------------------------------------------------------------------------------------------------------------

const TYPES: { [ext: string]: string } = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** the folder served */
  root: string;
  /** every path asked for, in order, with the status given */
  log: { path: string; status: number }[];
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1, GET and HEAD only, nothing outside it. */
export function serveStatic(root: string): Promise<StaticServer> {
  const log: StaticServer["log"] = [];
  const server = http.createServer((req, res) => {
    const send = (status: number, body: Buffer | string, type = "text/plain; charset=utf-8") => {
      log.push({ path: req.url || "", status });
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed");
    let file: string;
    try {
      const pathname = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
      file = path.join(root, path.normalize(pathname === "/" ? "/preview.html" : pathname));
    } catch {
      return send(400, "bad request");
    }
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, "forbidden");
    fs.readFile(file, (error, data) => {
      if (error) return send(404, "not found");
      send(200, data, TYPES[path.extname(file)] || "application/octet-stream");
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = address && typeof address === "object" ? address.port : 0;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        root,
        log,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
