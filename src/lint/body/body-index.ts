import { dict, setOf } from "../text/dict";
// The body, parsed once per lint (htmlparser2) into what the rules read: visible text split into zones
// (new text, quoted history, signature), images with their source offsets, links, paragraphs.
import type { Zone } from "../types";
import { countWordsOf, isSpaceCode, tokenize, WordList, type Words } from "../text/words";
import { NO_ATTRIBUTES, VOID, walkHtml } from "./html-walk";
import { elementMarks, HISTORY, isSignatureDelimiter, QUOTE, scanHistory, SIGNATURE } from "./markers";

export interface ImageRef {
  /** position among the body's images, from 0 */
  index: number;
  zone: Zone;
  /** the `<img …>` tag in the HTML source: [start, end) */
  start: number;
  end: number;
  attrs: { [name: string]: string };
  /** declared width/height in px (attribute or inline style), when given */
  width?: number;
  height?: number;
  /** offset in the visible text where the image stands */
  textOffset: number;
}

export interface LinkRef {
  zone: Zone;
  href: string;
  /** visible text of the link */
  text: string;
  start: number;
  end: number;
}

export interface Segment {
  zone: Zone;
  start: number;
  end: number;
}

export interface BodyIndex {
  format: "html" | "text" | "none";
  source: string;
  /** visible text; blocks and line breaks become "\n" */
  text: string;
  /** consecutive, covering the whole text */
  segments: Segment[];
  images: ImageRef[];
  links: LinkRef[];
  /** non-empty lines of the visible text */
  paragraphs: Segment[];
  /** earlier messages in the quoted history */
  historyMessages: number;
  zoneAt(offset: number): Zone;
  /** the visible text with every character outside `zones` blanked (offsets unchanged) */
  textIn(zones: Zone[]): string;
  /** the words of the visible text that stand in `zones` (a word belongs to the zone of its first letter) */
  tokensIn(zones: Zone[]): Words;
  /** `tokenize(text)` */
  tokens(): Words;
  /** the words starting between `start` and `end` (a paragraph's words: words never span a line break) */
  wordsBetween(start: number, end: number): Words;
  /** `tokenize(textIn(zones))`, from the words already found: a word across a zone's edge is cut there */
  wordsIn(zones: Zone[]): Words;
  /** `countWords(textIn(zones))` */
  countWordsIn(zones: Zone[]): number;
}

// What the index does at an element, as bits: one lookup per tag.
const BLOCK = 1;
const HIDDEN = 2;
const BREAK = 4;
const PRE = 8;
const KIND = dict<number>();
for (const name of "address article aside blockquote dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split(
  " ",
))
  KIND[name] = BLOCK;
for (const name of ["head", "script", "style", "title", "template"]) KIND[name] = HIDDEN;
KIND.br = BREAK;
KIND.pre |= PRE;

/** An element's zone marks, inherited by what it holds: QUOTE and SIGNATURE bits (see ./markers). */
type Flags = number;

export function buildBodyIndex(body: { html: string } | { text: string } | undefined): BodyIndex {
  if (body === undefined) return finish("none", "", "", [{ at: 0, flags: 0 }], -1, [], []);
  if ("html" in body) return indexHtml(body.html);
  return indexText(body.text);
}

interface FlagChange {
  at: number;
  flags: Flags;
}

function indexHtml(html: string): BodyIndex {
  // The visible text is kept as a list of pieces joined once at the end: reading the last character or a
  // slice of a string grown with `+=` flattens it, which made each block element cost the whole text so far.
  const parts: string[] = [];
  let length = 0;
  let lastCode = -1;
  const append = (piece: string) => {
    if (piece.length === 0) return;
    parts.push(piece);
    length += piece.length;
    lastCode = piece.charCodeAt(piece.length - 1);
  };
  const changes: FlagChange[] = [{ at: 0, flags: 0 }];
  /** the open elements' flags, with ANCHOR on links (their start is on `anchors`) */
  const stack: number[] = [];
  const anchors: { href: string; start: number }[] = [];
  const images: { img: Omit<ImageRef, "zone">; flags: Flags; inHistory: boolean }[] = [];
  /** each link's text is text[start, end), read once the text is joined */
  const links: { href: string; start: number; end: number; flags: Flags }[] = [];
  let hidden = 0;
  let pre = 0;
  let historyAt = -1;
  let flags: Flags = 0;

  const newline = () => {
    if (length > 0 && lastCode !== 10) append("\n");
  };
  const setFlags = (next: Flags) => {
    if (next === flags) return;
    flags = next;
    const last = changes[changes.length - 1];
    if (last.at === length) last.flags = next;
    else changes.push({ at: length, flags: next });
  };

  walkHtml(html, KEEP, {
    open(name, attribs, start, end) {
      const kind = KIND[name] || 0;
      if ((kind & HIDDEN) !== 0) hidden++;
      if (hidden > 0) return;
      if ((kind & BLOCK) !== 0) newline();
      if ((kind & BREAK) !== 0) append("\n");
      if ((kind & PRE) !== 0) pre++;
      const marks = attribs === NO_ATTRIBUTES ? 0 : elementMarks(name, attribs);
      if (historyAt < 0 && (marks & HISTORY) !== 0) historyAt = length;
      const next = flags | (marks & (QUOTE | SIGNATURE));
      if (name === "img") {
        images.push({
          img: {
            index: images.length,
            start,
            end,
            attrs: attribs === NO_ATTRIBUTES ? {} : attribs,
            width: dimension(attribs, "width"),
            height: dimension(attribs, "height"),
            textOffset: length,
          },
          flags: next,
          inHistory: historyAt >= 0,
        });
      } else if (!VOID[name]) {
        if (name === "a" && attribs.href !== undefined) {
          anchors.push({ href: attribs.href, start: length });
          stack.push(next | ANCHOR);
        } else stack.push(next);
      }
      setFlags(next);
    },
    close(name) {
      const kind = KIND[name] || 0;
      if ((kind & HIDDEN) !== 0) {
        hidden = Math.max(0, hidden - 1);
        return;
      }
      if (hidden > 0) return;
      // The walker closes every element it opened, innermost first: the top of the stack is this one.
      const entry = stack.pop() || 0;
      if ((entry & ANCHOR) !== 0) {
        const anchor = anchors.pop() as (typeof anchors)[number];
        links.push({ href: anchor.href, start: anchor.start, end: length, flags: entry & ~ANCHOR });
      }
      if ((kind & PRE) !== 0) pre = Math.max(0, pre - 1);
      if ((kind & BLOCK) !== 0) newline();
      setFlags(stack.length > 0 ? stack[stack.length - 1] & ~ANCHOR : 0);
    },
    text(data) {
      if (hidden > 0) return;
      // Runs of white space become one space; most text has single spaces only, and is kept as it is. The
      // commonest other text, the line break between two tags of Word's HTML, is told without the expression.
      if (pre === 0) {
        if (data === "\n") data = " ";
        else if (MULTI_SPACE.test(data)) data = data.replace(/[ \t\r\n\f]+/g, " ");
      }
      append(data);
    },
  });

  const finished = finish("html", html, parts.join(""), changes, historyAt, [], []);
  // An image opened after the history's start element is history, even with no text before it.
  for (const { img, flags: f, inHistory } of images)
    finished.images.push({ ...img, zone: inHistory ? "quote" : zoneFor(finished, img.textOffset, f, true) });
  for (const link of links) {
    // Offsets cover the visible words, not the spaces around them ("<a> ici </a>").
    const raw = finished.text.slice(link.start, link.end);
    const trimmed = raw.trim();
    const start = link.start + (trimmed === "" ? 0 : raw.indexOf(trimmed));
    finished.links.push({
      href: link.href,
      text: trimmed,
      start,
      end: start + trimmed.length,
      zone: zoneFor(finished, start, link.flags, false),
    });
  }
  return finished;
}

/** On the stack of flags: the element is a link. */
const ANCHOR = 1 << 8;

/** Text that `/[ \t\r\n\f]+/g → " "` changes: white space other than a space, or two in a row. */
const MULTI_SPACE = /[\t\r\n\f]| {2}/;

/** What the index reads of attributes: all of an image's; of other elements, what marks history, quotes and
 * signatures, and links' targets. */
const KEEP = { allOn: setOf(["img"]), names: setOf(["id", "class", "type", "href", "data-smartmail"]) };

/**
 * An element's own quote/signature flags win. An image stands *between* two characters: it belongs with
 * the text before it, so one that ends the new text is not taken for the history that follows.
 */
function zoneFor(index: BodyIndex, offset: number, flags: Flags, between: boolean): Zone {
  if ((flags & QUOTE) !== 0) return "quote";
  const zone = index.zoneAt(between && offset > 0 ? offset - 1 : offset);
  if (zone === "quote") return "quote";
  return (flags & SIGNATURE) !== 0 ? "signature" : zone;
}

function indexText(source: string): BodyIndex {
  // Plain text is its own visible text; `>` lines are quoted mail.
  const changes: FlagChange[] = [{ at: 0, flags: 0 }];
  let pos = 0;
  while (pos < source.length) {
    let nl = source.indexOf("\n", pos);
    if (nl < 0) nl = source.length;
    const flags = /^[ \t]*>/.test(source.slice(pos, Math.min(nl, pos + 16))) ? QUOTE : 0;
    const last = changes[changes.length - 1];
    if (flags !== last.flags) {
      if (last.at === pos) last.flags = flags;
      else changes.push({ at: pos, flags });
    }
    pos = nl + 1;
  }
  return finish("text", source, source, changes, -1, [], []);
}

function dimension(attribs: { [name: string]: string }, name: "width" | "height"): number | undefined {
  const attr = attribs[name];
  if (attr !== undefined && /^\s*\d+(\.\d+)?\s*(px\s*)?$/i.test(attr)) return parseFloat(attr);
  const style = attribs.style;
  if (style !== undefined) {
    const m = new RegExp("(?:^|;|\\s)" + name + "\\s*:\\s*(\\d+(?:\\.\\d+)?)px", "i").exec(style);
    if (m) return parseFloat(m[1]);
  }
  return undefined;
}

function finish(
  format: BodyIndex["format"],
  source: string,
  text: string,
  changes: FlagChange[],
  historyAt: number,
  images: ImageRef[],
  links: LinkRef[],
): BodyIndex {
  const history = scanHistory(text);
  let quoteFrom = historyAt;
  if (history.start >= 0 && (quoteFrom < 0 || history.start < quoteFrom)) quoteFrom = history.start;
  const sigFrom = signatureDelimiter(text, quoteFrom < 0 ? text.length : quoteFrom);

  // Turn flag changes into zones, then apply the history start and the "-- " delimiter.
  const cuts: number[] = [0, text.length];
  for (const c of changes) cuts.push(c.at);
  if (quoteFrom >= 0) cuts.push(quoteFrom);
  if (sigFrom >= 0) cuts.push(sigFrom);
  cuts.sort((a, b) => a - b);
  const segments: Segment[] = [];
  let ci = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i];
    const end = cuts[i + 1];
    if (end <= start) continue;
    while (ci + 1 < changes.length && changes[ci + 1].at <= start) ci++;
    const f = changes[ci].flags;
    let zone: Zone = (f & QUOTE) !== 0 ? "quote" : (f & SIGNATURE) !== 0 ? "signature" : "new";
    if (quoteFrom >= 0 && start >= quoteFrom) zone = "quote";
    else if (zone === "new" && sigFrom >= 0 && start >= sigFrom) zone = "signature";
    const last = segments[segments.length - 1];
    if (last && last.zone === zone) last.end = end;
    else segments.push({ zone, start, end });
  }
  if (segments.length === 0) segments.push({ zone: "new", start: 0, end: 0 });

  const zoneAt = (offset: number): Zone => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return segments[lo].zone;
  };

  const paragraphs: Segment[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    if (!blankBetween(text, pos, nl)) paragraphs.push({ zone: zoneAt(pos), start: pos, end: nl });
    pos = nl + 1;
  }

  let allTokens: Words | undefined;
  /** where the last wordsBetween ended: the next one usually starts there */
  let lastBetween = 0;
  const tokens = (): Words => {
    if (allTokens === undefined) allTokens = tokenize(text);
    return allTokens;
  };
  /** The runs of characters in `zones`, as [start, end) pairs: wanted segments side by side make one run. */
  const runsIn = (zones: Zone[]): number[] => {
    const runs: number[] = [];
    for (const s of segments) {
      if (zones.indexOf(s.zone) < 0) continue;
      if (runs.length > 0 && runs[runs.length - 1] === s.start) runs[runs.length - 1] = s.end;
      else runs.push(s.start, s.end);
    }
    return runs;
  };

  /**
   * The words that start in `runs`, whole; with `cut`, the words of the runs' text alone (tokenize(textIn)): a
   * word is cut at its run's end, and a word begun before a run gives its part in the run. Words and runs are
   * both in text order: a run's words are found by two binary searches, and those of a run alone are shared.
   */
  const wordsOfRuns = (runs: number[], cut: boolean): Words => {
    const all = tokens();
    if (runs.length === 0) return all.slice(0, 0);
    // At most the words between the first run's start and the last one's end, and a cut word per run.
    const list = new WordList(
      text,
      firstStartingAt(all, runs[runs.length - 1]) - firstStartingAt(all, runs[0]) + runs.length / 2,
    );
    for (let r = 0; r < runs.length; r += 2) {
      const start = runs[r];
      const end = runs[r + 1];
      const from = firstStartingAt(all, start);
      const to = firstStartingAt(all, end);
      const head = cut && from > 0 && all.end(from - 1) > start;
      const tail = cut && to > from && all.end(to - 1) > end;
      if (runs.length === 2 && !head && !tail) return all.slice(from, to);
      if (head) list.push(start, Math.min(all.end(from - 1), end));
      list.pushRun(all, from, to);
      if (tail) list.cutAt(end);
    }
    return list.done();
  };

  return {
    format,
    source,
    text,
    segments,
    images,
    links,
    paragraphs,
    historyMessages: history.messages,
    zoneAt,
    tokens,
    wordsBetween(start, end) {
      const all = tokens();
      const from = firstStartingAt(all, start, lastBetween);
      lastBetween = firstStartingAt(all, end, from);
      return all.slice(from, lastBetween);
    },
    textIn: perZones((zones) => {
      const runs = runsIn(zones);
      if (runs.length === 2 && runs[0] === 0 && runs[1] === text.length) return text;
      const pieces: string[] = [];
      let at = 0;
      for (let r = 0; r < runs.length; r += 2) {
        blank(text, at, runs[r], pieces);
        pieces.push(text.slice(runs[r], runs[r + 1]));
        at = runs[r + 1];
      }
      blank(text, at, text.length, pieces);
      return pieces.join("");
    }),
    tokensIn: perZones((zones) => wordsOfRuns(runsIn(zones), false)),
    wordsIn: perZones((zones) => wordsOfRuns(runsIn(zones), true)),
    // countWords(textIn(zones)) without that text: within a run it is the text; between runs, blanks.
    countWordsIn: perZones((zones) => {
      const runs = runsIn(zones);
      let count = 0;
      for (let r = 0; r < runs.length; r += 2)
        count += countWordsOf(text, wordsOfRuns(runs.slice(r, r + 2), true));
      return count;
    }),
  };
}

/** `make(zones)`, made once per set of zones. */
function perZones<T>(make: (zones: Zone[]) => T): (zones: Zone[]) => T {
  const made = dict<T>();
  return (zones) => {
    const key = zones.slice().sort().join(",");
    const found = made[key];
    return found !== undefined ? found : (made[key] = make(zones));
  };
}

/**
 * The index of the first word starting at or after `offset` (words.length if none), searched from `near` out
 * (galloping, then binary search): readers going through the paragraphs in order pay for the distance walked,
 * not for a whole search each time.
 */
function firstStartingAt(words: Words, offset: number, near = 0): number {
  let lo = 0;
  let hi = words.length;
  if (near > 0 && near <= words.length && words.start(near - 1) < offset) {
    lo = near;
    for (let step = 1; lo + step <= words.length; step *= 2) {
      if (lo + step === words.length || words.start(lo + step) >= offset) {
        hi = lo + step;
        break;
      }
      lo += step;
    }
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `text.slice(from, to).trim() === ""`, without the copy. */
function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Pushes `text.slice(from, to)` with spaces for every character but line breaks. */
function blank(text: string, from: number, to: number, pieces: string[]): void {
  let pos = from;
  while (pos < to) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0 || nl >= to) nl = to;
    pieces.push(" ".repeat(nl - pos));
    if (nl < to) pieces.push("\n");
    pos = nl + 1;
  }
}

/** The "-- " line that opens a signature, before quoted history. */
function signatureDelimiter(text: string, before: number): number {
  let pos = 0;
  while (pos < before) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    if (nl - pos <= 3 && isSignatureDelimiter(text.slice(pos, nl))) return pos;
    pos = nl + 1;
  }
  return -1;
}
