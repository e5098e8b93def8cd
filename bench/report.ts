// The budgets, the printed tables and bench/results.json.
import * as fs from "fs";
import { createRequire } from "module";
import * as os from "os";
import * as path from "path";
import type { CorpusResult } from "./corpus";
import type { CostRow, Series } from "./engine";
import type { PaneResult } from "./pane";
import type { SendResult } from "./send";
import type { SizesResult } from "./sizes";

export interface Machine {
  nproc: number;
  cpu: string;
  node: string;
  /** 1, 5 and 15 minute load averages when the run started and ended: other work on the machine slows runs */
  loadStart: number[];
  loadEnd: number[];
  engine: string;
}

export interface Results {
  date: string;
  durationS: number;
  machine: Machine;
  lintCost?: CostRow[];
  scaling?: Series[];
  adversarial?: Series[];
  corpus?: CorpusResult;
  send?: SendResult;
  sizes?: SizesResult | { skipped: string };
  pane?: PaneResult;
  budgets: Budget[];
}

export interface Budget {
  name: string;
  limit: string;
  value: string;
  status: "PASS" | "FAIL" | "n/a";
}

export function machine(engine: string): Machine {
  let cpu = os.cpus()[0] ? os.cpus()[0].model : "?";
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync("/proc/cpuinfo", "utf8"));
    if (m) cpu = m[1].trim();
  } catch {
    // not Linux: os.cpus() says it
  }
  return {
    nproc: os.cpus().length,
    cpu,
    node: process.version,
    loadStart: os.loadavg().map(round2),
    loadEnd: [],
    engine,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (bytes: number) => (bytes / 1024).toFixed(1) + " KB";
const status = (ok: boolean): Budget["status"] => (ok ? "PASS" : "FAIL");

export const LIMITS = {
  lintOverParse: 1.5,
  typicalMs: 2,
  exponent: 1.1,
  roundTrips: 1.5,
  launcheventGzip: 60 * 1024,
  paneGzip: 250 * 1024,
  paneStartMs: 500,
};

export function budgets(r: Results): Budget[] {
  const out: Budget[] = [];
  for (const row of (r.lintCost || []).filter((c) => c.bytes >= 100 * 1024)) {
    out.push({
      name: `lint ≤ 1.5 × bare parse, ${row.label} body`,
      limit: "≤ 1.5",
      value: row.ratio.toFixed(2) + " ×",
      status: status(row.ratio <= LIMITS.lintOverParse),
    });
  }
  const typical = (r.lintCost || []).find((c) => c.label === "20 KB");
  if (typical)
    out.push({
      name: "typical 20 KB draft",
      limit: "< 2 ms",
      value: ms(typical.lintMs) + " ms",
      status: status(typical.lintMs < LIMITS.typicalMs),
    });
  for (const s of (r.scaling || []).concat(r.adversarial || [])) {
    out.push({
      name: `scaling exponent: ${s.name}`,
      limit: "≤ 1.1",
      value:
        (isNaN(s.exponent) ? "?" : s.exponent.toFixed(2)) +
        (s.skipped.length ? " (sizes skipped)" : "") +
        (s.parseExponent !== undefined ? ` (bare parse alone: ${s.parseExponent.toFixed(2)})` : ""),
      // A size skipped because its projected time was too long is itself a failure.
      status: status(s.exponent <= LIMITS.exponent && s.skipped.length === 0),
    });
  }
  if (r.send) {
    const send = r.send;
    out.push({
      name: "send: readDraft + lint, Office at 50 ms a call",
      limit: `≤ ${ms(send.budgetMs)} ms`,
      value: `${ms(send.direct.wallMs)} ms`,
      status: status(send.direct.wallMs <= send.budgetMs),
    });
    const h = send.handler;
    out.push(
      "skipped" in h
        ? {
            name: "send: the OnMessageSend handler",
            limit: `≤ ${ms(send.budgetMs)} ms`,
            value: h.skipped,
            status: "n/a",
          }
        : {
            name: "send: the OnMessageSend handler",
            limit: `≤ ${ms(send.budgetMs)} ms`,
            value: `${ms(h.wallMs)} ms`,
            status: status(h.wallMs <= send.budgetMs),
          },
    );
  }
  if (r.sizes && !("skipped" in r.sizes)) {
    out.push({
      name: "launchevent.js gzip",
      limit: "≤ 60 KB",
      value: kb(r.sizes.launchevent.gzip),
      status: status(r.sizes.launchevent.gzip <= LIMITS.launcheventGzip),
    });
    out.push({
      name: "pane initial JS gzip",
      limit: "≤ 250 KB",
      value: kb(r.sizes.pane.gzip),
      status: status(r.sizes.pane.gzip <= LIMITS.paneGzip),
    });
  } else if (r.sizes) {
    out.push({ name: "bundle sizes", limit: "", value: r.sizes.skipped, status: "n/a" });
  }
  if (r.pane) {
    out.push({
      name: "pane: page load → first findings",
      limit: "≤ 500 ms",
      value: r.pane.firstFindingsMs === null ? r.pane.note : ms(r.pane.firstFindingsMs) + " ms",
      status: r.pane.firstFindingsMs === null ? "n/a" : status(r.pane.firstFindingsMs <= LIMITS.paneStartMs),
    });
  }
  return out;
}

/** Columns padded to their widest cell; numbers right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] || "").length)));
  const numeric = header.map((_h, i) => rows.every((r) => /^(-|[\d.]+( (ms|KB|×))?)$/.test(r[i] || "")));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const points = (s: Series) => s.points.map((p) => `${p.n}: ${ms(p.ms)}`).join(", ");

export function render(r: Results): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(
    `Mail Hygiene benchmarks — ${r.date} — ${m.nproc} × ${m.cpu}, node ${m.node}, load ${m.loadStart.join(" ")} → ${m.loadEnd.join(" ")}`,
    `engine: ${m.engine}; times are medians of wall time, ms`,
  );
  if (r.lintCost) {
    out.push("", "1. Lint cost against one bare htmlparser2 parse (realistic Outlook HTML)");
    out.push(
      table(
        [
          "body",
          "HTML chars",
          "lint ms",
          "parse ms",
          "lint/parse",
          "CPU lint/parse",
          "of which: tokenizer/parse",
          "body index/parse",
          "runs",
        ],
        r.lintCost.map((c) => [
          c.label,
          String(c.bytes),
          ms(c.lintMs),
          ms(c.parseMs),
          c.ratio.toFixed(2) + " ×",
          (c.lintCpuMs / c.parseCpuMs).toFixed(2) + " ×",
          c.tokenizerRatio.toFixed(2) + " ×",
          c.indexRatio.toFixed(2) + " ×",
          String(c.runs),
        ]),
      ),
    );
  }
  if (r.scaling) {
    out.push("", "2. Scaling: lint time against n (fit: least squares on log-log, 1.0 = linear)");
    out.push(
      table(
        ["what grows", "n: ms", "fit over", "exponent"],
        r.scaling.map((s) => [
          s.name,
          points(s),
          s.fitFrom > 0 ? `n ≥ ${s.fitFrom}` : "all",
          s.exponent.toFixed(2),
        ]),
      ),
    );
  }
  if (r.adversarial) {
    out.push("", "   Adversarial bodies (n repetitions of the unit)");
    out.push(
      table(
        ["body", "unit", "n: ms", "exponent", "bare parse exponent", "skipped (projected > 6 s)"],
        r.adversarial.map((s) => [
          s.name,
          s.unit,
          points(s),
          s.exponent.toFixed(2),
          s.parseExponent === undefined ? "- (text)" : s.parseExponent.toFixed(2),
          s.skipped.join(", ") || "-",
        ]),
      ),
    );
  }
  if (r.corpus) {
    const c = r.corpus;
    out.push(
      "",
      `   Corpus (../shared/corpus/eml): ${c.files} drafts (${c.html} HTML, ${kb(c.htmlBytes)} of HTML): lint median ` +
        `${ms(c.medianMs)} ms, p95 ${ms(c.p95Ms)} ms, max ${ms(c.maxMs)} ms (${c.slowest}); Σ lint / Σ parse ` +
        `${c.ratio.toFixed(2)} ×; all ${c.files} linted in ${ms(c.totalLintMs)} ms`,
    );
  }
  if (r.send) {
    const s = r.send;
    out.push(
      "",
      `3. Send-time cost: Office answering every call after ${s.latencyMs} ms; lint alone ${ms(s.lintMs)} ms`,
    );
    const row = (name: string, p: SendResult["direct"] | SendResult["handler"]) =>
      "skipped" in p
        ? [name, "-", "-", "-", ms(s.budgetMs), p.skipped]
        : [name, ms(p.wallMs), String(p.calls), String(p.waves), ms(s.budgetMs), p.outcome];
    out.push(
      table(
        ["path", "wall ms", "Office calls", "waves", "budget ms", "outcome"],
        [row("readDraft + lint", s.direct), row("onMessageSendHandler", s.handler)],
      ),
    );
  }
  if (r.sizes) {
    out.push("", "4. Bundle sizes (webpack production build into a temporary folder)");
    if ("skipped" in r.sizes) out.push("   " + r.sizes.skipped);
    else {
      const z = r.sizes;
      out.push(
        table(
          ["file", "bytes (minified)", "gzip"],
          [
            ["launchevent.js", kb(z.launchevent.bytes), kb(z.launchevent.gzip)],
            ...z.pane.files.map((f) => [f.file + " (pane, initial)", kb(f.bytes), kb(f.gzip)]),
            ["pane initial JS, total", kb(z.pane.bytes), kb(z.pane.gzip)],
          ],
        ),
      );
      if (z.pane.external.length)
        out.push(`   not counted (loaded from elsewhere): ${z.pane.external.join(", ")}`);
      out.push(
        "",
        "   What launchevent.js is made of (each module minified alone; gzip per part; share of the real gzip)",
      );
      out.push(
        table(
          ["part", "modules", "after Babel", "minified", "gzip alone", "≈ share of bundle gzip"],
          z.breakdown.map((p) => [
            p.name,
            String(p.modules),
            kb(p.sourceBytes),
            kb(p.minBytes),
            kb(p.gzip),
            kb(p.shareOfBundleGzip),
          ]),
        ),
      );
    }
  }
  if (r.pane) {
    out.push("", "5. Pane start (page load → first findings, headless Chromium)");
    out.push(
      "   " +
        (r.pane.firstFindingsMs === null ? r.pane.note : `${ms(r.pane.firstFindingsMs)} ms (${r.pane.note})`),
    );
    if (r.pane.timesMs && r.pane.timesMs.length)
      out.push(
        `   each load, ms: ${r.pane.timesMs.map((t) => t.toFixed(0)).join(", ")}` +
          (r.pane.scriptsRunMs !== undefined
            ? `; DOMContentLoaded (the page's script fetched and run), median: ${ms(r.pane.scriptsRunMs)} ms`
            : ""),
      );
  }
  out.push("", "Budgets");
  out.push(
    table(
      ["budget", "limit", "measured", ""],
      r.budgets.map((b) => [b.name, b.limit, b.value, b.status]),
    ),
  );
  const failed = r.budgets.filter((b) => b.status === "FAIL").length;
  const passed = r.budgets.filter((b) => b.status === "PASS").length;
  out.push(
    "",
    `${passed} budgets met, ${failed} over, ${r.budgets.length - passed - failed} n/a (${r.durationS.toFixed(0)} s)`,
  );
  return out.join("\n");
}

/** bench/results.json, formatted as prettier formats JSON so that `npm run lint` stays green. */
export async function writeJson(r: Results, file: string): Promise<void> {
  let text =
    JSON.stringify(r, (_k, v) => (typeof v === "number" && !Number.isInteger(v) ? round3(v) : v), 2) + "\n";
  try {
    const root = path.join(__dirname, "..");
    const prettier = createRequire(path.join(root, "package.json"))("prettier") as {
      format(source: string, options: object): Promise<string>;
      resolveConfig(file: string): Promise<object | null>;
    };
    const options = (await prettier.resolveConfig(file)) || {};
    text = await prettier.format(text, { ...options, parser: "json" });
  } catch {
    // JSON.stringify's layout is close; prettier only changes short arrays
  }
  fs.writeFileSync(file, text);
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
