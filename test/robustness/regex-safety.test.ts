// No catastrophic regular expressions in the engine: every regex literal of src/lint, and every
// `new RegExp(…)` whose arguments are built from string constants, is checked with recheck (ReDoS:
// exponential or polynomial backtracking). Mail is hostile input; a regex that backtracks on it freezes
// Outlook's compose window.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

// recheck ships CommonJS with a native checker, run synchronously through a worker.
const { checkSync } = require("recheck") as {
  checkSync(
    source: string,
    flags: string,
    params?: { timeout?: number; randomSeed?: number },
  ): {
    status: "safe" | "vulnerable" | "unknown";
    complexity?: { summary: string };
    attack?: { pattern: string };
    error?: { kind: string };
  };
};

const LINT = path.resolve(__dirname, "../../src/lint");

/**
 * Values for the parameters a `new RegExp(…)` is built from, per file: each is tried. A regex built from
 * anything else (a parameter not listed here, a call) fails the test: list it here, or write a literal.
 */
const PARAMETER_VALUES: { [file: string]: { [name: string]: string[] } } = {
  "body/body-index.ts": { name: ["width", "height"] },
};

interface FoundRegex {
  /** file:line, relative to src/lint */
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Every combination: [["a","b"],["c"]] → ["ac","bc"]. */
function concatAll(parts: string[][]): string[] {
  return parts.reduce<string[]>((acc, values) => acc.flatMap((a) => values.map((v) => a + v)), [""]);
}

/** The string values a constant expression may take, or undefined when it is not one. */
function evaluate(
  node: ts.Expression,
  file: ts.SourceFile,
  params: { [name: string]: string[] },
  depth = 0,
): string[] | undefined {
  if (depth > 20) return undefined;
  const again = (n: ts.Expression): string[] | undefined => evaluate(n, file, params, depth + 1);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return again(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = again(node.left);
    const right = again(node.right);
    return left && right ? concatAll([left, right]) : undefined;
  }
  if (ts.isTemplateExpression(node)) {
    const parts: string[][] = [[node.head.text]];
    for (const span of node.templateSpans) {
      const value = again(span.expression);
      if (!value) return undefined;
      parts.push(value, [span.literal.text]);
    }
    return concatAll(parts);
  }
  if (ts.isIdentifier(node)) {
    if (params[node.text]) return params[node.text];
    const init = constInitializer(file, node.text);
    return init ? again(init) : undefined;
  }
  // [ "a", "b" ].join("|")
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === "join" &&
    ts.isArrayLiteralExpression(node.expression.expression) &&
    node.arguments.length === 1
  ) {
    const separator = again(node.arguments[0]);
    const items = node.expression.expression.elements.map((e) => again(e));
    if (!separator || items.some((i) => i === undefined)) return undefined;
    const joined: string[][] = [];
    items.forEach((values, i) => {
      if (i > 0) joined.push(separator);
      joined.push(values as string[]);
    });
    return concatAll(joined);
  }
  return undefined;
}

/** The initializer of a top-level `const name = …` of the file. */
function constInitializer(file: ts.SourceFile, name: string): ts.Expression | undefined {
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const d of statement.declarationList.declarations)
      if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) return d.initializer;
  }
  return undefined;
}

function collect(): { regexes: FoundRegex[]; constructed: number; unresolved: string[] } {
  const regexes: FoundRegex[] = [];
  const unresolved: string[] = [];
  let constructed = 0;
  for (const file of sourceFiles(LINT)) {
    const rel = path.relative(LINT, file).split(path.sep).join("/");
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${rel}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const slash = literal.lastIndexOf("/");
        regexes.push({
          where: where(node),
          source: literal.slice(1, slash),
          flags: literal.slice(slash + 1),
        });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "RegExp"
      ) {
        const args = node.arguments || [];
        const params = PARAMETER_VALUES[rel] || {};
        const sources = args.length > 0 ? evaluate(args[0], source, params) : [""];
        const flags = args.length > 1 ? evaluate(args[1], source, params) : [""];
        // A regex literal passed to RegExp is checked as a literal already.
        if (args.length > 0 && args[0].kind === ts.SyntaxKind.RegularExpressionLiteral) {
          ts.forEachChild(node, visit);
          return;
        }
        if (!sources || !flags || flags.length !== 1) unresolved.push(where(node));
        else {
          constructed++;
          for (const s of sources) regexes.push({ where: where(node), source: s, flags: flags[0] });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { regexes, constructed, unresolved };
}

const { regexes, constructed, unresolved } = collect();

describe("regular expressions of src/lint", () => {
  it("are found: regex literals and constructed ones, all resolved to their text", () => {
    // The engine has about ninety; far fewer means the walk broke, not that the engine changed.
    expect(regexes.length).toBeGreaterThanOrEqual(50);
    expect(constructed).toBeGreaterThanOrEqual(2);
    expect(unresolved).toEqual([]);
  });

  it("use only ES2016 syntax: no lookbehind, no named groups, no s/d/v flags", () => {
    const modern = regexes.filter((r) => /\(\?<|\\k</.test(r.source) || /[sdv]/.test(r.flags));
    expect(modern.map((r) => `${r.where} /${r.source}/${r.flags}`)).toEqual([]);
  });

  it.each(regexes.map((r) => [`${r.where} /${r.source}/${r.flags}`, r] as const))(
    "%s is safe from ReDoS",
    (_name, r) => {
      const result = checkSync(r.source, r.flags, { timeout: 30000, randomSeed: 42 });
      const detail =
        result.status === "safe"
          ? "safe"
          : `${result.status}: ${result.complexity ? result.complexity.summary : ""} ${
              result.attack ? result.attack.pattern : result.error ? result.error.kind : ""
            }`;
      expect(detail).toBe("safe");
    },
    60000,
  );
});
