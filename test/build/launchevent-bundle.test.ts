// Builds launchevent.js alone (production and development) with the project's webpack config and checks it can
// run in classic Outlook's JavaScript-only runtime: one plain ES2016 script, no `import`, no dev-server client,
// no browser-only globals; and that it registers the send handler.
import * as acorn from "acorn";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import webpack from "webpack";

type Mode = "production" | "development";
type MakeConfig = (
  env: Record<string, unknown>,
  argv: { mode: Mode },
) => Promise<webpack.Configuration | webpack.Configuration[]>;

const ROOT = path.join(__dirname, "..", "..");
const makeConfig = require(path.join(ROOT, "webpack.config.js")) as MakeConfig;

const FORBIDDEN = ["DOMParser", "localStorage", "document.", "window."];
const DEV_CLIENT = [
  "webpack-dev-server",
  "webpack/hot",
  "HotModuleReplacement",
  "module.hot",
  "__webpack_require__.hmr",
];

function compile(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error("webpack returned no stats"));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}

/** The code with every comment blanked out (comments may mention `import` or `localStorage`). */
function withoutComments(code: string): string {
  const ranges: [number, number][] = [];
  acorn.parse(code, {
    ecmaVersion: 2016,
    sourceType: "script",
    onComment: (_block, _text, start, end) => ranges.push([start, end]),
  });
  let out = code;
  for (const [start, end] of ranges) out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  return out;
}

describe.each<Mode>(["production", "development"])("launchevent.js built in %s mode", (mode) => {
  let outDir: string;
  let code: string;
  let emitted: string[];

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), `launchevent-${mode}-`));
    const config = await makeConfig({ only: "launchevent", outputPath: outDir }, { mode });
    expect(Array.isArray(config)).toBe(false);
    await compile(config as webpack.Configuration);
    emitted = fs.readdirSync(outDir).sort();
    code = fs.readFileSync(path.join(outDir, "launchevent.js"), "utf8");
  }, 180_000);

  afterAll(() => {
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  });

  test("is a single script file (no extra chunks)", () => {
    const scripts = emitted.filter((f) => f.endsWith(".js"));
    expect(scripts).toEqual(["launchevent.js"]);
    expect(emitted).toContain("commands.html");
  });

  test("parses as an ES2016 script", () => {
    expect(() => acorn.parse(code, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  test("has no import statement or import()", () => {
    const tokens = [...acorn.tokenizer(code, { ecmaVersion: 2020, sourceType: "module" })];
    expect(tokens.filter((t) => t.type.keyword === "import" || t.type.keyword === "export")).toEqual([]);
    expect(withoutComments(code)).not.toMatch(/\bimport\s*\(/);
  });

  test("contains no dev-server or hot-reload client", () => {
    const bare = withoutComments(code);
    for (const marker of DEV_CLIENT) expect(bare).not.toContain(marker);
  });

  test("uses no DOM or browser storage", () => {
    const bare = withoutComments(code);
    for (const name of FORBIDDEN) expect(bare).not.toContain(name);
  });

  test("commands.html loads office.js, then launchevent.js", () => {
    const html = fs.readFileSync(path.join(outDir, "commands.html"), "utf8");
    const officeJs = html.indexOf("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const bundle = html.search(/src=["']?launchevent\.js/);
    expect(officeJs).toBeGreaterThan(-1);
    expect(bundle).toBeGreaterThan(officeJs);
  });

  test("registers onMessageSendHandler, which lets the message go", () => {
    const associate = jest.fn();
    const context = vm.createContext({ Office: { actions: { associate } } });
    vm.runInContext(code, context, { filename: "launchevent.js" });

    expect(associate).toHaveBeenCalledTimes(1);
    const [name, handler] = associate.mock.calls[0] as [string, (event: unknown) => void];
    expect(name).toBe("onMessageSendHandler");

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
    expect(completed).toHaveBeenLastCalledWith({ allowEvent: true });
  });

  test("does nothing when loaded without Office", () => {
    expect(() => vm.runInContext(code, vm.createContext({}))).not.toThrow();
  });
});

describe("the launchevent build with the lint engine's dependencies", () => {
  let outDir: string;
  let code: string;

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), "launchevent-deps-"));
    const config = (await makeConfig(
      { only: "launchevent", outputPath: outDir },
      { mode: "production" },
    )) as webpack.Configuration;
    config.entry = { launchevent: path.join(__dirname, "fixtures", "engine-deps.js") };
    await compile(config);
    code = fs.readFileSync(path.join(outDir, "launchevent.js"), "utf8");
  }, 180_000);

  afterAll(() => {
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  });

  test("transpiles htmlparser2, entities, tldts, ibantools... down to ES5", () => {
    expect(() => acorn.parse(code, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    const bare = withoutComments(code);
    for (const name of FORBIDDEN) expect(bare).not.toContain(name);
  });

  test("runs where there is no atob, Buffer, Intl, window or document", () => {
    const associate = jest.fn();
    const context = vm.createContext({ Office: { actions: { associate } } });
    vm.runInContext("delete this.Intl;", context);
    expect(vm.runInContext("typeof atob + typeof Buffer + typeof Intl", context)).toBe(
      "undefinedundefinedundefined",
    );
    vm.runInContext(code, context, { filename: "launchevent.js" });

    const probe = associate.mock.calls[0][1] as () => Record<string, unknown>;
    expect(probe()).toEqual({
      children: 2,
      text: "Bonjour Zoé & co",
      decoded: "élève & é",
      domain: "example.co.uk",
      hostname: "www.service-public.fr",
      iban: true,
      distance: 3,
      holidays: 11,
    });
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
