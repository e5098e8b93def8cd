// Builds launchevent.js alone (production and development) with the project's webpack config and checks it can
// run in classic Outlook's JavaScript-only runtime: one plain ES2016 script, no `import`, no dev-server client,
// no browser-only globals; and that it registers the send handler.
import * as acorn from "acorn";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import webpack from "webpack";
import { BUILD_TIMEOUT_MS, buildLaunchevent, makeConfig, type Mode } from "./launchevent-build";

/** Browser globals the JavaScript-only runtime lacks (docs/outlook-platform.md §2.6). */
const FORBIDDEN_GLOBALS = ["DOMParser", "localStorage", "sessionStorage", "document", "window", "location"];
const DEV_CLIENT = [
  "webpack-dev-server",
  "webpack/hot",
  "HotModuleReplacement",
  "module.hot",
  "__webpack_require__.hmr",
];

/** The code with every comment blanked out (comments may mention `import` or `localStorage`). */
function withoutComments(code: string): string {
  const ranges: [number, number][] = [];
  acorn.parse(code, {
    ecmaVersion: 2016,
    sourceType: "script",
    onComment: (_block, _text, start, end) => ranges.push([start, end]),
  });
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(code.slice(at, start), " ".repeat(end - start));
    at = end;
  }
  parts.push(code.slice(at));
  return parts.join("");
}

type Node = acorn.Node & Record<string, unknown>;

/** Every AST node of the script, depth first. */
function nodes(code: string): Node[] {
  const out: Node[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object" && typeof (value as Node).type === "string") {
      out.push(value as Node);
      for (const key of Object.keys(value))
        if (key !== "type") visit((value as Record<string, unknown>)[key]);
    }
  };
  visit(acorn.parse(code, { ecmaVersion: "latest", sourceType: "script" }));
  return out;
}

/**
 * Names the script reads from the global scope: identifiers in a reference position (not `a.name` or
 * `{ name: … }`) that the script does not declare anywhere. Strings and comments that mention `document.`
 * or `export` (a rule's message id) do not count.
 */
function globalReferences(code: string): Set<string> {
  const all = nodes(code);
  const notReferences = new Set<unknown>();
  const declared = new Set<string>();
  const declare = (id: unknown) => {
    if (id && (id as Node).type === "Identifier") declared.add((id as unknown as acorn.Identifier).name);
  };
  for (const n of all) {
    if (n.type === "MemberExpression" && !n.computed) notReferences.add(n.property);
    if ((n.type === "Property" || n.type === "MethodDefinition") && !n.computed) notReferences.add(n.key);
    if (n.type === "VariableDeclarator") declare(n.id);
    if (n.type === "FunctionDeclaration" || n.type === "FunctionExpression") {
      declare(n.id);
      (n.params as unknown[]).forEach(declare);
    }
    if (n.type === "CatchClause") declare(n.param);
  }
  const found = new Set<string>();
  for (const n of all) {
    if (n.type === "Identifier" && !notReferences.has(n) && !declared.has(n.name as string))
      found.add(n.name as string);
  }
  return found;
}

test("globalReferences sees globals, and not property names, keys, strings or declared names", () => {
  const found = globalReferences(
    'var a = window.document; b.localStorage = { document: "document.x" }; function f(location) { return location; } DOMParser;',
  );
  expect(FORBIDDEN_GLOBALS.filter((name) => found.has(name))).toEqual(["DOMParser", "window"]);
});

describe.each<Mode>(["production", "development"])("launchevent.js built in %s mode", (mode) => {
  let code: string;
  let emitted: string[];
  let outDir: string;

  beforeAll(async () => {
    const bundle = await buildLaunchevent(mode);
    outDir = bundle.dir;
    emitted = bundle.files;
    code = bundle.code;
  }, BUILD_TIMEOUT_MS);

  test("is a single script file (no extra chunks)", () => {
    const scripts = emitted.filter((f) => f.endsWith(".js"));
    expect(scripts).toEqual(["launchevent.js"]);
    expect(emitted).toContain("commands.html");
  });

  test("parses as an ES2016 script", () => {
    expect(() => acorn.parse(code, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  test("has no import or export: no module syntax, no import(), no import.meta", () => {
    // As a script, `import`/`export` declarations do not even parse; import() and import.meta would.
    const kinds = new Set(nodes(code).map((n) => n.type));
    for (const kind of ["ImportDeclaration", "ExportNamedDeclaration", "ImportExpression", "MetaProperty"]) {
      expect(kinds.has(kind)).toBe(false);
    }
  });

  test("contains no dev-server or hot-reload client", () => {
    const bare = withoutComments(code);
    for (const marker of DEV_CLIENT) expect(bare).not.toContain(marker);
  });

  test("reads no DOM or browser-storage global", () => {
    const globals = globalReferences(code);
    expect(FORBIDDEN_GLOBALS.filter((name) => globals.has(name))).toEqual([]);
  });

  test("commands.html loads office.js, then launchevent.js", () => {
    const html = fs.readFileSync(path.join(outDir, "commands.html"), "utf8");
    const officeJs = html.indexOf("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const bundle = html.search(/src=["']?launchevent\.js/);
    expect(officeJs).toBeGreaterThan(-1);
    expect(bundle).toBeGreaterThan(officeJs);
  });

  test("registers the manifest's three handlers at top level", () => {
    const associate = jest.fn();
    vm.runInContext(code, vm.createContext({ Office: { actions: { associate } } }), {
      filename: "launchevent.js",
    });
    expect(associate.mock.calls.map((c) => c[0])).toEqual([
      "onMessageSendHandler",
      "onMessageRecipientsChangedHandler",
      "onMessageAttachmentsChangedHandler",
    ]);
    for (const call of associate.mock.calls) expect(typeof call[1]).toBe("function");
  });

  test("the send handler lets the message go when Office gives it no context", () => {
    const associate = jest.fn();
    vm.runInContext(code, vm.createContext({ Office: { actions: { associate } } }));
    const handler = associate.mock.calls[0][1] as (event: unknown) => void;
    const completed = jest.fn();
    handler({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  });

  test("fails open when completing throws once", () => {
    const associate = jest.fn();
    vm.runInContext(code, vm.createContext({ Office: { actions: { associate } } }));
    const handler = associate.mock.calls[0][1] as (event: unknown) => void;
    const completed = jest
      .fn()
      .mockImplementationOnce(() => {
        throw new Error("host error");
      })
      .mockImplementation(() => undefined);
    expect(() => handler({ completed })).not.toThrow();
    expect(completed).toHaveBeenCalledTimes(2);
    expect(completed).toHaveBeenLastCalledWith({ allowEvent: true });
  });

  test("does nothing when loaded without Office", () => {
    expect(() => vm.runInContext(code, vm.createContext({}))).not.toThrow();
  });
});

describe("webpack serve settings", () => {
  test("inject no client into the bundles and serve https on the configured port", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    jest.doMock("office-addin-dev-certs", () => ({
      getHttpsServerOptions: () => Promise.reject(new Error("no sudo here")),
    }));
    try {
      const configs = (await makeConfig(
        { WEBPACK_SERVE: true },
        { mode: "development" },
      )) as (webpack.Configuration & { devServer?: Record<string, unknown> })[];
      expect(configs.map((c) => c.name)).toEqual(["taskpane", "launchevent"]);
      const withServer = configs.filter((c) => c.devServer);
      expect(withServer).toHaveLength(1);
      const devServer = withServer[0].devServer ?? {};
      expect(devServer).toMatchObject({
        hot: false,
        liveReload: false,
        client: false,
        webSocketServer: false,
      });
      expect(devServer.port).toBe(Number(process.env.npm_package_config_dev_server_port || 3000));
      const server = devServer.server as string | { type: string };
      expect(typeof server === "string" ? server : server.type).toBe("https");
      expect(typeof devServer.onListening).toBe("function");
      for (const config of configs) expect(String(config.devtool)).not.toContain("eval");
    } finally {
      jest.dontMock("office-addin-dev-certs");
      warn.mockRestore();
    }
  });
});
