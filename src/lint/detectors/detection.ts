// Shared shape of what the identifier detectors report, and the small helpers they all need.

export type IdentifierKind = "nir" | "iban" | "card" | "passport" | "id-card";

export interface Detection {
  kind: IdentifierKind;
  /** Offset of the first character of the value in the input text. */
  start: number;
  /** Offset just past the last character of the value (exclusive). */
  end: number;
  /** the value with most characters replaced by '*' */
  masked: string;
}

/** A half-open range of offsets, `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

const DIGIT = /[0-9]/g;

/**
 * The runs of ASCII digits of `text`, as [start, end) pairs in text order: found once per text for the
 * detectors that start from digits (cards, identity documents). The regular expression engine skips prose
 * faster than a loop over its characters.
 */
export function digitRuns(text: string): Int32Array {
  const runs: number[] = [];
  DIGIT.lastIndex = 0;
  while (DIGIT.test(text)) {
    const start = DIGIT.lastIndex - 1;
    let end = start + 1;
    while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
    runs.push(start, end);
    DIGIT.lastIndex = end;
  }
  return new Int32Array(runs);
}

/** Spaces people (and Outlook's French typography) put between groups of digits. */
export function isGroupSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f;
}

/** `spans` sorted by start with overlapping ones merged: the form `overlapsAny` searches. */
export function disjointSpans(spans: ReadonlyArray<Span>): Span[] {
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (last !== undefined && sorted[i].start < last.end) {
      if (sorted[i].end > last.end) last.end = sorted[i].end;
    } else {
      out.push({ start: sorted[i].start, end: sorted[i].end });
    }
  }
  return out;
}

/**
 * True when `[start, end)` overlaps one of `spans`, which must come from `disjointSpans`. Binary search, so
 * callers testing many candidates stay close to linear.
 */
export function overlapsAny(spans: ReadonlyArray<Span>, start: number, end: number): boolean {
  // Find the last span starting before `end`; being disjoint and sorted, only it can reach past `start`.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && spans[lo - 1].end > start;
}
