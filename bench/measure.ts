// Timing: medians of repeated runs after warm-up, interleaved pairs, and the least-squares exponent of a
// log-log fit.
import { performance } from "perf_hooks";
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";

export interface Sample {
  /** median wall time of one run, ms */
  median: number;
  min: number;
  /** median CPU time of one run (user + system, all threads of the process), ms */
  cpu: number;
  runs: number;
}

export interface MeasureOptions {
  /** untimed runs first, so the code is compiled and the caches are warm */
  warmup?: number;
  minRuns?: number;
  maxRuns?: number;
  /** stop adding runs once this much time was spent in them (after minRuns) */
  targetMs?: number;
}

let collect: (() => void) | undefined;
try {
  setFlagsFromString("--expose-gc");
  collect = runInNewContext("gc") as () => void;
} catch {
  collect = undefined;
}

/** A full garbage collection, so that one measurement's garbage is not collected during the next one's. */
export function gc(): void {
  if (collect) collect();
}

export function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Wall and CPU time of one call, ms. */
function timeBoth(fn: () => unknown): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * Runs shorter than ~50 µs are timed in batches (the timer's resolution and call overhead would dominate);
 * the batch time divided by its size counts as one run.
 */
function batchSize(fn: () => unknown): number {
  let n = 1;
  while (n < 4096) {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    if (performance.now() - start >= 0.5) break;
    n *= 2;
  }
  return n;
}

export function measure(fn: () => unknown, options: MeasureOptions = {}): Sample {
  return measureMany([fn], options)[0];
}

/**
 * Measures several functions in alternation (a, b, a, b, …), so that a slow phase of the machine weighs on
 * all of them alike: what their ratio needs.
 */
export function measureMany(fns: Array<() => unknown>, options: MeasureOptions = {}): Sample[] {
  const warmup = options.warmup === undefined ? 10 : options.warmup;
  const minRuns = options.minRuns === undefined ? 5 : options.minRuns;
  const maxRuns = options.maxRuns === undefined ? 41 : options.maxRuns;
  const targetMs = options.targetMs === undefined ? 400 : options.targetMs;
  // Garbage from earlier measurements goes now. Not between runs: a forced collection shrinks the young
  // generation and flushes compiled code, which then slows the next runs down several times over.
  gc();
  // Warm-up: up to `warmup` rounds, fewer when each is slow (about 300 ms of it is enough for the JIT).
  const warmStart = performance.now();
  for (let i = 0; i < warmup && (i === 0 || performance.now() - warmStart < 300); i++)
    for (const fn of fns) fn();
  const batches = fns.map(batchSize);
  const times: number[][] = fns.map(() => []);
  const cpus: number[][] = fns.map(() => []);
  let spent = 0;
  for (let run = 0; run < maxRuns && (run < minRuns || spent < targetMs); run++) {
    fns.forEach((fn, k) => {
      const n = batches[k];
      const t = timeBoth(() => {
        for (let i = 0; i < n; i++) fn();
      });
      spent += t.wall;
      times[k].push(t.wall / n);
      cpus[k].push(t.cpu / n);
    });
  }
  return times.map((t, k) => ({
    median: median(t),
    min: Math.min.apply(null, t),
    cpu: median(cpus[k]),
    runs: t.length,
  }));
}

export interface Point {
  n: number;
  ms: number;
}

/** Least squares on (log n, log ms): the slope. 1.0 = linear, 2.0 = quadratic. */
export function fitExponent(points: Point[]): number {
  const usable = points.filter((p) => p.n > 0 && p.ms > 0);
  if (usable.length < 2) return NaN;
  const xs = usable.map((p) => Math.log(p.n));
  const ys = usable.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) * (xs[i] - mx);
  }
  return num / den;
}

export interface ScalingResult {
  points: Point[];
  exponent: number;
  /** sizes skipped because the time projected from the smaller ones was over the limit */
  skipped: number[];
}

/**
 * Times `run(n)` for each n (ascending). A size whose projected time (from the last two, at least linear)
 * exceeds `limitMs` per run is skipped: a quadratic case must not take the whole benchmark down with it.
 * The sizes are then timed again `rounds - 1` times, in turn, and each keeps its fastest: measured one after
 * the other only, a slow minute of the machine under the largest size alone tilted the slope by 0.1 or more.
 */
export function scaling(
  sizes: number[],
  prepare: (n: number) => () => unknown,
  options: MeasureOptions & { limitMs?: number; fitFrom?: number; rounds?: number } = {},
): ScalingResult {
  const limitMs = options.limitMs === undefined ? 8000 : options.limitMs;
  const rounds = options.rounds === undefined ? 3 : options.rounds;
  const points: Point[] = [];
  const runs: Array<() => unknown> = [];
  const skipped: number[] = [];
  // A run over a second is timed once: at that length compilation is lost in the noise.
  const time = (fn: () => unknown) => {
    const first = timeOnce(fn);
    return first > 1000 ? first : measure(fn, { warmup: 1, ...options }).median;
  };
  for (const n of sizes) {
    if (points.length > 0) {
      const last = points[points.length - 1];
      const slope = points.length >= 2 ? Math.max(1, fitExponent(points.slice(-2))) : 1;
      const projected = last.ms * Math.pow(n / Math.max(1, last.n), slope);
      if (projected > limitMs) {
        skipped.push(n);
        continue;
      }
    }
    const fn = prepare(n);
    gc();
    points.push({ n, ms: time(fn) });
    runs.push(fn);
  }
  for (let round = 1; round < rounds; round++) {
    points.forEach((point, i) => {
      gc();
      point.ms = Math.min(point.ms, time(runs[i]));
    });
  }
  const fitFrom = options.fitFrom || 0;
  return { points, exponent: fitExponent(points.filter((p) => p.n >= fitFrom)), skipped };
}
