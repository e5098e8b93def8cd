// The engine's cost: a full lint against one bare htmlparser2 parse of the same body, and how lint time grows
// with the body, the recipients, the images, the attachments, and on adversarial bodies.
import type { Draft } from "../src/lint";
import { ADVERSARIAL, attachments, draftWith, imagesHtml, NOW, outlookHtml, recipients } from "./generate";
import type { Engine } from "./load-engine";
import { fitExponent, measureMany, scaling, type Point, type ScalingResult } from "./measure";

export const KB = 1024;
export const MB = 1024 * 1024;

export interface CostRow {
  label: string;
  /** length of the HTML body, UTF-16 code units */
  bytes: number;
  lintMs: number;
  parseMs: number;
  /** lintMs / parseMs */
  ratio: number;
  lintCpuMs: number;
  parseCpuMs: number;
  /**
   * Where the lint's time goes, as multiples of the parse: htmlparser2's tokenizer alone (no-op callbacks, no
   * entity decoding: what the engine drives), and the engine's body index (the walk over the tokenizer, visible
   * text, zones, folding, history scan) without the rules.
   */
  tokenizerRatio: number;
  indexRatio: number;
  runs: number;
}

export interface Series extends ScalingResult {
  name: string;
  /** what n counts */
  unit: string;
  /** points with n below this are shown but left out of the fit (the fixed cost of a lint dominates them) */
  fitFrom: number;
  /** HTML bodies: the bare parse's own exponent on the same bodies, to tell the engine's part from the parser's */
  parseExponent?: number;
}

/** The bare parse the budget compares with: htmlparser2 with entity decoding and no-op callbacks. */
export function bareParse(engine: Engine, html: string): void {
  const parser = new engine.Parser({ ontext() {}, onopentag() {} }, { decodeEntities: true });
  parser.write(html);
  parser.end();
}

const lintOf = (engine: Engine, draft: Draft) => () => engine.lint(draft, { now: NOW });

const noop = () => undefined;

/** htmlparser2's tokenizer with no-op callbacks, as the engine runs it (no entity decoding). */
function bareTokenize(engine: Engine, html: string): void {
  const tokenizer = new engine.Tokenizer(
    { decodeEntities: false },
    {
      onattribdata: noop,
      onattribentity: noop,
      onattribend: noop,
      onattribname: noop,
      oncdata: noop,
      onclosetag: noop,
      oncomment: noop,
      ondeclaration: noop,
      onend: noop,
      onopentagend: noop,
      onopentagname: noop,
      onprocessinginstruction: noop,
      onselfclosingtag: noop,
      ontext: noop,
      ontextentity: noop,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
}

const label = (bytes: number) => (bytes >= MB ? bytes / MB + " MB" : bytes / KB + " KB");

/** Part 1: medians of lint and of a bare parse, measured in alternation, per body size. */
export function lintCost(engine: Engine, sizes: number[], log: (line: string) => void): CostRow[] {
  const rows: CostRow[] = [];
  for (const size of sizes) {
    const html = outlookHtml(size);
    const draft = draftWith({ html });
    // Small bodies get more runs: their medians are noisier.
    const targetMs = size >= MB ? 2500 : 1000;
    const [l, p, t, i] = measureMany(
      [
        lintOf(engine, draft),
        () => bareParse(engine, html),
        () => bareTokenize(engine, html),
        () => engine.buildBodyIndex({ html }),
      ],
      { targetMs, maxRuns: 61 },
    );
    const row: CostRow = {
      label: label(size),
      bytes: html.length,
      lintMs: l.median,
      parseMs: p.median,
      ratio: l.median / p.median,
      lintCpuMs: l.cpu,
      parseCpuMs: p.cpu,
      tokenizerRatio: t.median / p.median,
      indexRatio: i.median / p.median,
      runs: l.runs,
    };
    log(`  ${row.label}: lint ${row.lintMs.toFixed(2)} ms, parse ${row.parseMs.toFixed(2)} ms`);
    rows.push(row);
  }
  return rows;
}

/** Part 2: lint time against the size of each part of a draft. */
export function scalingSeries(engine: Engine, cost: CostRow[], log: (line: string) => void): Series[] {
  const series: Series[] = [];
  // Body size: from part 1 (bodies of 20 KB and more; at 1 KB the lint's fixed cost dominates).
  const bodyPoints: Point[] = cost.map((r) => ({ n: r.bytes, ms: r.lintMs }));
  const fitFrom = 20 * KB;
  series.push({
    name: "body size",
    unit: "bytes of HTML",
    fitFrom,
    points: bodyPoints,
    exponent: fitExponent(bodyPoints.filter((p) => p.n >= fitFrom)),
    skipped: [],
  });

  const small = outlookHtml(2 * KB);
  const run = (name: string, unit: string, sizes: number[], from: number, make: (n: number) => Draft) => {
    const result = scaling(sizes, (n) => lintOf(engine, make(n)), { fitFrom: from, targetMs: 300 });
    log(`  ${name}: exponent ${result.exponent.toFixed(2)}`);
    series.push({ name, unit, fitFrom: from, ...result });
  };
  run("recipients", "recipients (To)", [1, 10, 100, 300, 1000, 2000], 100, (n) =>
    draftWith({ html: small }, { to: recipients(n), cc: [] }),
  );
  run("images", "images in the body", [0, 10, 100, 300, 1000, 2000], 100, (n) =>
    draftWith({ html: imagesHtml(n) }),
  );
  run("attachments", "attachments", [0, 10, 50, 100, 250, 500], 50, (n) =>
    draftWith({ html: small }, { attachments: attachments(n) }),
  );
  return series;
}

/** Part 2, adversarial bodies: exponents over their repetition counts. */
export function adversarialSeries(engine: Engine, log: (line: string) => void): Series[] {
  const series: Series[] = [];
  for (const a of ADVERSARIAL) {
    // A quadratic case would take minutes at the largest size: the limit skips sizes projected over 6 s.
    const result = scaling(a.sizes, (n) => lintOf(engine, draftWith(a.body(n))), {
      limitMs: 6000,
      targetMs: 600,
    });
    // HTML bodies: the bare parse on the same bodies, at the sizes measured.
    let parseExponent: number | undefined;
    const sample = a.body(1);
    if (sample && "html" in sample) {
      const sizes = result.points.map((p) => p.n);
      parseExponent = scaling(sizes, (n) => {
        const body = a.body(n);
        const html = body && "html" in body ? body.html : "";
        return () => bareParse(engine, html);
      }).exponent;
    }
    log(
      `  ${a.name}: exponent ${result.exponent.toFixed(2)}` +
        (parseExponent !== undefined ? `, bare parse ${parseExponent.toFixed(2)}` : "") +
        (result.skipped.length ? ` (skipped ${result.skipped.join(", ")})` : ""),
    );
    series.push({ name: a.name, unit: a.unit, fitFrom: 0, ...result, parseExponent });
  }
  return series;
}
