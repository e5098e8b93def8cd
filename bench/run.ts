// `npm run bench`: the engine's cost and scaling, the send-time cost, bundle sizes and pane start, against
// their budgets. Prints the tables and writes bench/results.json. Not part of `npm test`: timings depend on
// the machine. Options: --skip=cost,scaling,adversarial,corpus,send,sizes,pane   --out=FILE
// --engine=DIR: measure DIR/src/lint instead (a `git worktree` of another revision, to compare).
import * as os from "os";
import * as path from "path";
import { corpusCost, loadCorpus } from "./corpus";
import { adversarialSeries, KB, lintCost, MB, scalingSeries } from "./engine";
import { draftWith, outlookHtml } from "./generate";
import { loadEngine } from "./load-engine";
import { paneStart, paneStartUnavailable } from "./pane";
import { budgets, machine, render, writeJson, type Results } from "./report";
import { sendCost } from "./send";
import { bundleSizes, productionBuild, type Build } from "./sizes";

function option(name: string): string | undefined {
  const arg = process.argv.slice(2).find((a) => a.indexOf("--" + name + "=") === 0);
  return arg === undefined ? undefined : arg.slice(name.length + 3);
}

async function main(): Promise<void> {
  const skip = (option("skip") || "").split(",");
  const out = path.resolve(option("out") || path.join(__dirname, "results.json"));
  const started = Date.now();
  const log = (line: string) =>
    console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
  const engineRoot = option("engine");
  const { engine, how } = loadEngine(engineRoot ? path.resolve(engineRoot) : undefined);
  const results: Results = {
    date: new Date().toISOString(),
    durationS: 0,
    machine: machine(how),
    budgets: [],
  };

  // Timings first, on a quiet process; the webpack build comes last.
  if (skip.indexOf("cost") < 0) {
    log("1. lint cost against a bare parse");
    results.lintCost = lintCost(engine, [KB, 20 * KB, 100 * KB, MB, 5 * MB], log);
    if (skip.indexOf("scaling") < 0) {
      log("2. scaling");
      results.scaling = scalingSeries(engine, results.lintCost, log);
    }
  }
  if (skip.indexOf("adversarial") < 0) {
    log("2. adversarial bodies");
    results.adversarial = adversarialSeries(engine, log);
  }
  if (skip.indexOf("corpus") < 0) {
    log("corpus");
    results.corpus = corpusCost(engine, await loadCorpus());
  }
  if (skip.indexOf("send") < 0) {
    log("3. send-time cost");
    results.send = await sendCost(draftWith({ html: outlookHtml(20 * KB) }));
  }
  // One production build for parts 4 and 5: the sizes, then the pane's start served from the same folder.
  const sizes = skip.indexOf("sizes") < 0;
  let pane = skip.indexOf("pane") < 0;
  const unavailable = pane ? paneStartUnavailable() : undefined;
  if (unavailable) {
    results.pane = { firstFindingsMs: null, runs: 0, note: "n/a: " + unavailable };
    pane = false;
  }
  if (sizes || pane) {
    log(sizes ? "4. bundle sizes" : "5. pane start: production build (taskpane only)");
    let build: Build | undefined;
    try {
      build = await productionBuild(log, sizes ? undefined : "taskpane");
    } catch (e) {
      const skipped = "build failed: " + (e instanceof Error ? e.message.split("\n")[0] : String(e));
      if (sizes) results.sizes = { skipped };
      if (pane) results.pane = { firstFindingsMs: null, runs: 0, note: "n/a: " + skipped };
    }
    if (build) {
      try {
        if (sizes)
          results.sizes = await bundleSizes(build).catch((e: unknown) => ({
            skipped: "sizes failed: " + (e instanceof Error ? e.message.split("\n")[0] : String(e)),
          }));
        if (pane) {
          log("5. pane start");
          results.pane = await paneStart(build.dir);
        }
      } finally {
        build.remove();
      }
    }
  }

  results.machine.loadEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
  results.durationS = (Date.now() - started) / 1000;
  results.budgets = budgets(results);
  console.log(render(results));
  await writeJson(results, out);
  log(`written ${path.relative(process.cwd(), out)}`);
}

main().then(
  // Timers of the send handler (its 3 s send budget) must not keep the process alive once the report is out.
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
