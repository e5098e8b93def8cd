// The engine as the add-in ships it: webpack concatenates src/lint into one scope in production builds, and so
// does this esbuild bundle. Run from the TypeScript sources under tsx instead, every call to a function of
// another module goes through a getter, which in per-character loops costs more than the work itself.
import * as fs from "fs";
import { createRequire } from "module";
import * as os from "os";
import * as path from "path";
import { Parser as SourceParser, Tokenizer as SourceTokenizer } from "htmlparser2";
import * as source from "../src/lint";
import { buildBodyIndex as sourceBuildBodyIndex } from "../src/lint/body/body-index";

export type Engine = typeof source & {
  Parser: typeof SourceParser;
  Tokenizer: typeof SourceTokenizer;
  buildBodyIndex: typeof sourceBuildBodyIndex;
};

export interface Loaded {
  engine: Engine;
  /** how the engine was loaded, for the report */
  how: string;
}

const ROOT = path.join(__dirname, "..");

/**
 * `root`: the working tree whose src/lint is measured (default: this one), e.g. a `git worktree` of another
 * revision to compare with; its packages are taken from this tree's node_modules.
 */
export function loadEngine(root: string = ROOT): Loaded {
  const load = createRequire(__filename);
  const outs: string[] = [];
  try {
    const esbuild = load("esbuild") as typeof import("esbuild");
    const bundle = (contents: string, name: string): unknown => {
      const out = path.join(os.tmpdir(), `mail-hygiene-bench-${name}-${process.pid}.cjs`);
      outs.push(out);
      esbuild.buildSync({
        stdin: { contents, resolveDir: root, loader: "ts" },
        nodePaths: [path.join(ROOT, "node_modules")],
        bundle: true,
        format: "cjs",
        platform: "neutral",
        mainFields: ["module", "main"],
        target: "es2020",
        outfile: out,
        logLevel: "error",
      });
      return load(out);
    };
    // The bare parse and the bare tokenizer each get their own copy of htmlparser2, as the engine has its own
    // in the add-in: one shared copy would have its tokenizer call three kinds of callbacks, and V8 would
    // compile it for none of them (slowing each by a different amount).
    const lintPart = bundle(
      'export * from "./src/lint/index.ts";\n' +
        'export { buildBodyIndex } from "./src/lint/body/body-index.ts";\n',
      "engine",
    ) as typeof source & { buildBodyIndex: typeof sourceBuildBodyIndex };
    const { Parser } = bundle('export { Parser } from "htmlparser2";\n', "parser") as {
      Parser: typeof SourceParser;
    };
    const { Tokenizer } = bundle('export { Tokenizer } from "htmlparser2";\n', "tokenizer") as {
      Tokenizer: typeof SourceTokenizer;
    };
    const engine: Engine = { ...lintPart, Parser, Tokenizer };
    const where = root === ROOT ? "src/lint" : path.join(root, "src/lint");
    return {
      engine,
      how: `${where} bundled by esbuild (one scope, as in the webpack build; the bare parse with its own htmlparser2)`,
    };
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return {
      engine: {
        ...source,
        Parser: SourceParser,
        Tokenizer: SourceTokenizer,
        buildBodyIndex: sourceBuildBodyIndex,
      },
      how: `src/lint under tsx (no bundle: ${why})`,
    };
  } finally {
    for (const out of outs) fs.rmSync(out, { force: true });
  }
}
