// The shared corpus of real messages (../shared/corpus/eml/): each .eml as the CLI reads it, linted; its lint
// time against a bare parse of its HTML body.
import * as fs from "fs";
import * as path from "path";
import { emlToDraft } from "../src/cli/eml-to-draft";
import type { Draft } from "../src/lint";
import { bareParse } from "./engine";
import { NOW } from "./generate";
import type { Engine } from "./load-engine";
import { measureMany } from "./measure";

export const CORPUS = path.join(__dirname, "..", "..", "shared", "corpus", "eml");

export interface CorpusResult {
  files: number;
  /** drafts with an HTML body */
  html: number;
  /** sum of the HTML bodies, UTF-16 code units */
  htmlBytes: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  slowest: string;
  /** Σ lint / Σ bare parse over the HTML drafts */
  ratio: number;
  totalLintMs: number;
}

export async function loadCorpus(): Promise<{ name: string; draft: Draft }[]> {
  if (!fs.existsSync(CORPUS)) return [];
  const out: { name: string; draft: Draft }[] = [];
  for (const name of fs
    .readdirSync(CORPUS)
    .filter((f) => /\.eml$/i.test(f))
    .sort()) {
    try {
      const raw = new Uint8Array(fs.readFileSync(path.join(CORPUS, name)));
      out.push({ name, draft: await emlToDraft(raw, { now: NOW, timeZone: "Europe/Paris" }) });
    } catch {
      // A file the CLI rejects is not a draft; the CLI's own tests cover those.
    }
  }
  return out;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

export function corpusCost(engine: Engine, drafts: { name: string; draft: Draft }[]): CorpusResult {
  const times: { name: string; ms: number }[] = [];
  let lintHtml = 0;
  let parseHtml = 0;
  let html = 0;
  let htmlBytes = 0;
  for (const { name, draft } of drafts) {
    const body = draft.body && "html" in draft.body ? draft.body.html : undefined;
    const lint = () => engine.lint(draft, { now: NOW });
    if (body === undefined) {
      const [l] = measureMany([lint], { warmup: 3, targetMs: 20, minRuns: 3 });
      times.push({ name, ms: l.median });
      continue;
    }
    const [l, p] = measureMany([lint, () => bareParse(engine, body)], {
      warmup: 3,
      targetMs: 30,
      minRuns: 3,
    });
    times.push({ name, ms: l.median });
    lintHtml += l.median;
    parseHtml += p.median;
    html++;
    htmlBytes += body.length;
  }
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a), { name: "", ms: -1 });
  return {
    files: drafts.length,
    html,
    htmlBytes,
    medianMs: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    maxMs: slowest.ms,
    slowest: slowest.name,
    ratio: parseHtml > 0 ? lintHtml / parseHtml : NaN,
    totalLintMs: sorted.reduce((a, b) => a + b, 0),
  };
}
