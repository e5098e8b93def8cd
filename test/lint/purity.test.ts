// The engine runs in the pane, in Node and in classic Outlook's JavaScript-only runtime (no DOM, no Node
// built-ins, no `import`): it may import only itself and a few pure libraries, which import nothing else.
import { builtinModules } from "module";
import * as fs from "fs";
import * as path from "path";

const LINT = path.resolve(__dirname, "../../src/lint");
const PURE_PACKAGES = ["htmlparser2", "ibantools", "@socialgouv/jours-feries", "fastest-levenshtein"];
const IMPORT =
  /(?:^|[^.\w$])(?:import|export)\s[^'"`;]*?from\s*["']([^"']+)["']|(?:^|[^.\w$])require\(\s*["']([^"']+)["']\s*\)|(?:^|[^.\w$])import\(\s*["']([^"']+)["']\s*\)/gm;

function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(IMPORT)) found.push(m[1] || m[2] || m[3]);
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [p] : [];
  });
}

const packageOf = (spec: string) =>
  spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
const isBuiltin = (spec: string) => spec.startsWith("node:") || builtinModules.includes(packageOf(spec));

describe("src/lint is pure", () => {
  const files = sourceFiles(LINT);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [path.relative(LINT, f), f]))(
    "%s imports only the engine and pure packages",
    (_rel, file) => {
      for (const spec of specifiers(fs.readFileSync(file, "utf8"))) {
        if (spec.startsWith(".")) {
          const target = path.resolve(path.dirname(file), spec);
          expect(target.startsWith(LINT + path.sep) || target === LINT).toBe(true);
        } else {
          expect(PURE_PACKAGES).toContain(packageOf(spec));
        }
      }
    },
  );

  it.each(files.map((f) => [path.relative(LINT, f), f]))(
    "%s uses no DOM, Office, Node or async",
    (_rel, file) => {
      const code = fs
        .readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/(^|[^:])\/\/.*$/gm, "$1")
        // strings may say "document." or "Office."; only code counts
        .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
      expect(code).not.toMatch(
        /\b(window|document|navigator|localStorage|DOMParser|Office|process|Buffer)\s*\./,
      );
      expect(code).not.toMatch(/\basync\s|\bawait\s|\bPromise\b|\bsetTimeout\b/);
    },
  );

  // Follow the pure packages' own CommonJS entry points: they must not reach a Node built-in either.
  it.each(PURE_PACKAGES)("%s and what it requires stay off Node built-ins", (pkg) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of specifiers(fs.readFileSync(file, "utf8"))) {
        expect(isBuiltin(spec) ? `${file} requires ${spec}` : "ok").toBe("ok");
        visit(require.resolve(spec, { paths: [path.dirname(file)] }));
      }
    };
    visit(require.resolve(pkg, { paths: [LINT] }));
    expect(seen.size).toBeGreaterThan(0);
  });
});
