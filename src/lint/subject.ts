// The subject core: the subject without its stacked reply/forward prefixes (RULES.md "Subject core").

const PREFIX =
  /^\s*(?:\[[^\]\n]{0,40}\]\s*)?(re|tr|fw|fwd|aw|wg|rv|sv|r|i|rif)\s*(?:(?:\[\d{1,4}\]|\(\d{1,4}\))\s*)?:\s*/i;
const FORWARD = /^(tr|fw|fwd|wg|rv|i)$/i;

export interface SubjectInfo {
  raw: string;
  core: string;
  /** offset of the core in the raw subject */
  coreStart: number;
  /** stacked prefixes, in order (upper case, without brackets or colon) */
  prefixes: string[];
  forward: boolean;
  reply: boolean;
}

export function analyzeSubject(raw: string): SubjectInfo {
  const prefixes: string[] = [];
  let rest = raw;
  let consumed = 0;
  for (;;) {
    const m = PREFIX.exec(rest);
    if (!m) break;
    prefixes.push(m[1].toUpperCase());
    consumed += m[0].length;
    rest = rest.slice(m[0].length);
  }
  // A leading tag alone ("[EXT] Budget") is kept: it may be the subject's own label.
  const core = rest.trim();
  const coreStart = core === "" ? raw.length : consumed + rest.indexOf(core);
  const first = prefixes.length > 0 ? prefixes[0] : "";
  return {
    raw,
    core,
    coreStart,
    prefixes,
    forward: FORWARD.test(first),
    reply: first !== "" && !FORWARD.test(first),
  };
}

/** The subject without stacked prefixes, keeping one of the kind of the first (e.g. "RE: RE: TR: x" → "RE: x"). */
export function collapsePrefixes(raw: string): string {
  const info = analyzeSubject(raw);
  if (info.prefixes.length === 0) return raw;
  const keep = info.prefixes[0] === "R" ? "RE" : info.prefixes[0];
  return keep + ": " + info.core;
}
