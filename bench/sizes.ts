// Bundle sizes: a production build (the project's webpack.config.js, unchanged) into a temporary folder, then
// minified and gzip sizes of launchevent.js and of the JavaScript the pane's page loads first, and where the
// bytes of launchevent.js come from. The same build serves part 5 (pane.ts).
import * as fs from "fs";
import { createRequire } from "module";
import * as os from "os";
import * as path from "path";
import { gzipSync } from "zlib";

const ROOT = path.join(__dirname, "..");

export interface FileSize {
  file: string;
  /** bytes as built (webpack production: minified) */
  bytes: number;
  gzip: number;
}

export interface Part {
  /** a package, or a part of the sources */
  name: string;
  modules: number;
  /** after Babel, before minification */
  sourceBytes: number;
  /** each module minified alone, then the part's modules gzipped together */
  minBytes: number;
  gzip: number;
  /** its share of the real bundle's gzip size, in proportion to `gzip` */
  shareOfBundleGzip: number;
}

export interface SizesResult {
  buildMs: number;
  launchevent: FileSize;
  /**
   * The pane's JavaScript before its first findings: the scripts of taskpane.html served by the add-in, and any
   * other chunk of the taskpane entry point (loaded with them, before the first render). `external`: scripts
   * from elsewhere (office.js), not counted.
   */
  pane: { files: FileSize[]; bytes: number; gzip: number; external: string[] };
  breakdown: Part[];
}

/** A production build in a temporary folder, for parts 4 and 5. */
export interface Build {
  dir: string;
  stats: import("webpack").MultiStats;
  buildMs: number;
  /** removes the folder */
  remove(): void;
}

const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function fileSize(dir: string, file: string): FileSize {
  const data = fs.readFileSync(path.join(dir, file));
  return { file, bytes: data.length, gzip: gzipSize(data) };
}

/** Script sources of an HTML page, in order. */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  const re = /<script\b([^>]*)>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) !== null) {
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[1]);
    if (src) sources.push(src[1] || src[2] || src[3]);
  }
  return sources;
}

interface StatsModule {
  name?: string;
  identifier?: string;
  size?: number;
  source?: string;
  modules?: StatsModule[];
}

/** The part of the bundle a module belongs to. */
function partOf(name: string): string {
  const n = name.replace(/\\/g, "/");
  if (/node_modules\/tldts\/.*\/data\//.test(n)) return "tldts: public suffix list (data)";
  if (/node_modules\/entities\/.*decode-data-html/.test(n)) return "entities: HTML entity table (data)";
  if (/node_modules\/entities\/.*decode-data-xml/.test(n)) return "entities: XML entity table (data)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(n);
  if (pkg) return pkg[1];
  if (/src\/lint\/keywords\//.test(n)) return "src/lint/keywords (word lists)";
  if (/src\/lint\/rules\//.test(n)) return "src/lint/rules (with their messages)";
  if (/src\/lint\//.test(n)) return "src/lint (engine, other)";
  if (/src\/outlook\//.test(n)) return "src/outlook";
  if (/src\/launchevent\//.test(n)) return "src/launchevent";
  return "webpack runtime and other";
}

function leaves(modules: StatsModule[]): StatsModule[] {
  const out: StatsModule[] = [];
  for (const m of modules) {
    if (m.modules && m.modules.length > 0) out.push(...leaves(m.modules));
    else out.push(m);
  }
  return out;
}

type Minify = (code: string) => Promise<string>;

async function breakdown(modules: StatsModule[], bundleGzip: number, minify: Minify): Promise<Part[]> {
  const groups: { [name: string]: { modules: number; source: number; minified: string[] } } = {};
  for (const m of leaves(modules)) {
    const name = m.name || m.identifier || "?";
    if (/^webpack\/runtime/.test(name) && !m.source) continue;
    const source = m.source || "";
    const part = partOf(name);
    const group = groups[part] || (groups[part] = { modules: 0, source: 0, minified: [] });
    group.modules++;
    group.source += Buffer.byteLength(source);
    group.minified.push(await minify(source));
  }
  const parts = Object.keys(groups).map((name) => {
    const g = groups[name];
    const min = g.minified.join("\n");
    return {
      name,
      modules: g.modules,
      sourceBytes: g.source,
      minBytes: Buffer.byteLength(min),
      gzip: gzipSize(min),
      shareOfBundleGzip: 0,
    };
  });
  const total = parts.reduce((sum, p) => sum + p.gzip, 0);
  for (const p of parts) p.shareOfBundleGzip = Math.round((p.gzip / total) * bundleGzip);
  return parts.sort((a, b) => b.gzip - a.gzip);
}

/**
 * Builds with the project's webpack config into a temporary folder (dist/ is left alone): both compilations, or
 * only the taskpane one (the pane's page and the preview) when the sizes are not asked for.
 */
export async function productionBuild(log: (line: string) => void, only?: "taskpane"): Promise<Build> {
  const load = createRequire(path.join(ROOT, "package.json"));
  const webpack = load("webpack") as typeof import("webpack");
  const configOf = load(path.join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object,
  ) => Promise<import("webpack").Configuration | import("webpack").Configuration[]>;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "mail-hygiene-bench-build-"));
  const remove = () => fs.rmSync(out, { recursive: true, force: true });
  try {
    const configs = await configOf({ outputPath: out, only }, { mode: "production" });
    const list = Array.isArray(configs) ? configs : [configs];
    const start = Date.now();
    const stats = await new Promise<import("webpack").MultiStats>((resolve, reject) =>
      webpack(list).run((error, result) => {
        if (error || !result) reject(error || new Error("webpack gave no stats"));
        else if (result.hasErrors()) reject(new Error(result.toString({ all: false, errors: true })));
        else resolve(result);
      }),
    );
    const buildMs = Date.now() - start;
    log(`  webpack production build${only ? " (" + only + " only)" : ""}: ${(buildMs / 1000).toFixed(1)} s`);
    return { dir: out, stats, buildMs, remove };
  } catch (e) {
    remove();
    throw e;
  }
}

/** The JavaScript files of the taskpane entry point's chunks. */
function paneEntryScripts(compilation: import("webpack").Compilation): string[] {
  const entry = compilation.entrypoints.get("taskpane");
  if (!entry) throw new Error("no taskpane entry point in the build");
  return entry.getFiles().filter((f) => /\.js$/.test(f));
}

/** The sizes, from a build of both compilations. */
export async function bundleSizes(build: Build): Promise<SizesResult> {
  const out = build.dir;
  const stats = build.stats;
  const load = createRequire(path.join(ROOT, "package.json"));
  const terser = load("terser") as { minify(code: string, options: object): Promise<{ code?: string }> };
  const launchevent = fileSize(out, "launchevent.js");
  const page = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
  const external: string[] = [];
  const files: FileSize[] = [];
  const add = (file: string) => {
    if (!files.some((f) => f.file === file)) files.push(fileSize(out, file));
  };
  for (const src of scriptSources(page)) {
    if (/^(https?:)?\/\//i.test(src)) external.push(src);
    else add(src.replace(/^\.?\//, "").replace(/[?#].*$/, ""));
  }
  const taskpane = stats.stats.find((s) => s.compilation.name === "taskpane");
  if (!taskpane) throw new Error("no taskpane compilation in the build");
  // A chunk of the entry point that the page does not name would still run before the first render: counted.
  for (const file of paneEntryScripts(taskpane.compilation)) add(file);

  const child = stats.stats.find((s) => s.compilation.name === "launchevent");
  const json = child ? child.toJson({ all: false, modules: true, nestedModules: true, source: true }) : {};
  const minify: Minify = async (code) => {
    if (!code) return "";
    try {
      const result = await terser.minify(code, { module: true, compress: true, mangle: true });
      return result.code || "";
    } catch {
      return code;
    }
  };
  const parts = await breakdown((json.modules || []) as StatsModule[], launchevent.gzip, minify);
  return {
    buildMs: build.buildMs,
    launchevent,
    pane: {
      files,
      bytes: files.reduce((s, f) => s + f.bytes, 0),
      gzip: files.reduce((s, f) => s + f.gzip, 0),
      external,
    },
    breakdown: parts,
  };
}
