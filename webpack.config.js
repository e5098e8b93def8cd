// Two compilations into dist/:
//  - "taskpane": the React task pane (taskpane.js + taskpane.html), modern browsers, plus assets/ and manifest.xml,
//    and the preview page (preview.js + preview.html: a simulated compose window beside the real pane, docs/preview.md);
//  - "launchevent": launchevent.js (+ commands.html, the event page for web / new Outlook / Mac). Classic Outlook
//    on Windows loads launchevent.js alone in its JavaScript-only runtime (no DOM, no `import`, ES2016 at most
//    before Version 2403), so this one is a single self-contained ES5 file: no code splitting, no runtime chunk,
//    no eval source maps, no dev-server client.
//
// env flags (`webpack --env name=value`, or the first argument when calling this function from Node):
//   only=launchevent|taskpane  build just that compilation
//   outputPath=DIR             write there instead of dist/
//   url=https://host/path/     the address the add-in is served from: every URL of dist/manifest.xml points there
//   policy=FILE                the organisation's policy, copied to dist/policy.json (default: ./policy.json)
"use strict";

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const ROOT = __dirname;
const SRC = path.join(ROOT, "src");

// Transpiled for the JavaScript-only runtime together with src/: every package the bundle pulls in. These are
// the ones the lint engine uses today (htmlparser2's tokenizer, ibantools, fastest-levenshtein,
// @socialgouv/jours-feries); anything else reaching the bundle is transpiled too rather than trusted to be
// ES5. Only Babel's own helpers and polyfills are left alone.
const NOT_TRANSPILED =
  /[\\/]node_modules[\\/](core-js|core-js-pure|@babel[\\/]runtime|regenerator-runtime)[\\/]/;

// Oldest engine to emit for: no arrow functions, classes, const/let, spread... (ES5 syntax, a subset of ES2016).
const LAUNCHEVENT_TARGETS = { ie: "11" };

// Both compilations write into the same folder and each removes stale files there, keeping the other's output.
const TASKPANE_OUTPUT = /^(taskpane\.|preview\.|assets[\\/]|manifest\.xml$|policy\.json$)/;
const DEV_URL = "https://localhost:3000/";

/** The policy file's text for DefinePlugin; a file that is not JSON stops the build. */
function policyDefine(policy) {
  const text = fs.readFileSync(policy, "utf8");
  try {
    JSON.parse(text);
  } catch (e) {
    throw new Error(`--env policy=${policy}: not valid JSON (${e.message})`);
  }
  return new webpack.DefinePlugin({ __MAIL_HYGIENE_POLICY__: JSON.stringify(text) });
}

/** The manifest with every development URL replaced by the production address. */
function manifestFor(url) {
  if (!url) return undefined;
  if (!/^https:\/\/[^/\s]+/.test(url)) throw new Error(`--env url=${url}: an https:// address is expected`);
  const base = url.endsWith("/") ? url : url + "/";
  return (content) => content.toString().split(DEV_URL).join(base);
}
const LAUNCHEVENT_OUTPUT = /^(commands\.html$|launchevent\.)/;

function devServerPort() {
  return Number(process.env.npm_package_config_dev_server_port || 3000);
}

/** @param {{ targets: unknown, dev: boolean, react?: boolean }} options */
function babelLoader({ targets, dev, react = false }) {
  const presets = [
    ["@babel/preset-env", { targets, bugfixes: true }],
    ["@babel/preset-typescript", { allowDeclareFields: true }],
  ];
  if (react) presets.push(["@babel/preset-react", { runtime: "automatic", development: dev }]);
  return {
    loader: "babel-loader",
    options: {
      babelrc: false,
      configFile: false,
      // node_modules mix ES modules and CommonJS: let Babel tell them apart instead of assuming modules.
      sourceType: "unambiguous",
      compact: false,
      presets,
    },
  };
}

const resolve = {
  extensions: [".ts", ".tsx", ".mjs", ".js", ".json"],
  // TypeScript sources may import "./x.js" for "./x.ts" (node16 module resolution).
  extensionAlias: { ".js": [".ts", ".tsx", ".js"], ".mjs": [".mts", ".mjs"] },
};

function taskpaneConfig({ dev, outputPath, serve, url, policy }) {
  return {
    name: "taskpane",
    mode: dev ? "development" : "production",
    target: "web",
    // No eval-based source maps: taskpane.html's Content-Security-Policy does not allow eval.
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: path.join(SRC, "taskpane", "index.tsx"),
      preview: path.join(SRC, "preview", "index.tsx"),
    },
    output: {
      path: outputPath,
      filename: "[name].js",
      publicPath: "",
      clean: { keep: LAUNCHEVENT_OUTPUT },
    },
    resolve,
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          include: SRC,
          use: babelLoader({ targets: "defaults", dev, react: true }),
        },
      ],
    },
    plugins: [
      policyDefine(policy),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: path.join(SRC, "taskpane", "taskpane.html"),
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      // Its own chunk and its own Content-Security-Policy (in the template): no office.js, no other origin.
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: path.join(SRC, "preview", "preview.html"),
        chunks: ["preview"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.join(ROOT, "assets"), to: "assets", globOptions: { ignore: ["**/.*"] } },
          { from: path.join(ROOT, "manifest.xml"), to: "manifest.xml", transform: manifestFor(url) },
          // Served from the add-in's own origin: the pane reads it at start (docs/policy.md).
          { from: policy, to: "policy.json" },
        ],
      }),
    ],
    performance: { hints: false },
    ...(serve ? { devServer: serve } : {}),
  };
}

function launcheventConfig({ dev, outputPath, policy }) {
  return {
    name: "launchevent",
    mode: dev ? "development" : "production",
    target: ["web", "es5"],
    // Never "eval" (the default in development): the JS-only runtime must get plain code.
    devtool: dev ? "source-map" : false,
    entry: { launchevent: path.join(SRC, "launchevent", "launchevent.ts") },
    output: {
      path: outputPath,
      filename: "[name].js",
      // A fixed public path keeps webpack from adding `document.currentScript` detection code.
      publicPath: "",
      clean: { keep: TASKPANE_OUTPUT },
      asyncChunks: false,
      iife: true,
    },
    resolve: {
      ...resolve,
      // HTML5's entity table stays out of the send bundle: the engine never has htmlparser2 decode.
      alias: { "entities/decode$": path.join(SRC, "launchevent", "no-entity-decoder.ts") },
    },
    module: {
      rules: [
        {
          test: /\.[cm]?[jt]sx?$/,
          exclude: NOT_TRANSPILED,
          use: babelLoader({ targets: LAUNCHEVENT_TARGETS, dev }),
        },
      ],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    plugins: [
      policyDefine(policy),
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: path.join(SRC, "launchevent", "commands.html"),
        chunks: ["launchevent"],
        inject: "head",
        // office.js (a blocking script in the template's head) must be loaded first.
        scriptLoading: "blocking",
      }),
    ],
    performance: { hints: false },
  };
}

async function devServerOptions() {
  const { getHttpsServerConfig } = require("./scripts/dev-https");
  const port = devServerPort();
  return {
    port,
    server: await getHttpsServerConfig(),
    // Nothing may be injected into the bundles (launchevent.js must stay a plain ES5 file): no HMR, no
    // live-reload client, no websocket.
    hot: false,
    liveReload: false,
    client: false,
    webSocketServer: false,
    static: false,
    onListening(devServer) {
      const address = devServer.server && devServer.server.address();
      const actualPort = address && typeof address === "object" ? address.port : port;
      const base = `https://localhost:${actualPort}`;
      console.log(`[mail-hygiene] Task pane: ${base}/taskpane.html`);
      console.log(`[mail-hygiene] Preview (compose window + pane, no Outlook needed): ${base}/preview.html`);
      console.log(
        `[mail-hygiene] Manifest to sideload: ${path.join(ROOT, "manifest.xml")} ` +
          "(Outlook on the web: https://aka.ms/olksideload > My add-ins > Add a custom add-in > Add from file)",
      );
      if (actualPort !== 3000) {
        console.log(
          `[mail-hygiene] Note: manifest.xml points at https://localhost:3000, not port ${actualPort}.`,
        );
      }
    },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const outputPath = env.outputPath ? path.resolve(env.outputPath) : path.join(ROOT, "dist");
  const only = env.only;
  if (only && only !== "taskpane" && only !== "launchevent") {
    throw new Error(`--env only=${only}: expected "taskpane" or "launchevent"`);
  }
  const serve = env.WEBPACK_SERVE ? await devServerOptions() : undefined;

  const configs = [];
  const policy = path.resolve(env.policy || path.join(ROOT, "policy.json"));
  if (!only || only === "taskpane")
    configs.push(taskpaneConfig({ dev, outputPath, serve, url: env.url, policy }));
  if (!only || only === "launchevent") {
    const config = launcheventConfig({ dev, outputPath, policy });
    // The dev server is attached to the first compilation; it serves the output of both.
    if (serve && configs.length === 0) config.devServer = serve;
    configs.push(config);
  }
  return configs.length === 1 ? configs[0] : configs;
};
