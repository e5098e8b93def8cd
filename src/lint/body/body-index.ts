import { setOf } from "../text/dict";
// The body, parsed once per lint (htmlparser2) into what the rules read: visible text split into zones
// (new text, quoted history, signature), images with their source offsets, links, paragraphs.
import { Parser } from "htmlparser2";
import type { Zone } from "../types";
import { tokenize, type Token } from "../text/words";
import {
  isQuoteElement,
  isSignatureDelimiter,
  isSignatureElement,
  scanHistory,
  startsHistory,
} from "./markers";

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
  /** the words of the visible text that stand in `zones` */
  tokensIn(zones: Zone[]): Token[];
}

const BLOCKS = setOf([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);
const HIDDEN = setOf(["head", "script", "style", "title", "template"]);

interface Flags {
  quote: boolean;
  signature: boolean;
}

export function buildBodyIndex(body: { html: string } | { text: string } | undefined): BodyIndex {
  if (body === undefined) return finish("none", "", "", [{ at: 0, flags: NONE }], -1, [], []);
  if ("html" in body) return indexHtml(body.html);
  return indexText(body.text);
}

const NONE: Flags = { quote: false, signature: false };

interface FlagChange {
  at: number;
  flags: Flags;
}

function indexHtml(html: string): BodyIndex {
  let text = "";
  const changes: FlagChange[] = [{ at: 0, flags: NONE }];
  const stack: { name: string; flags: Flags; anchor?: { href: string; start: number } }[] = [];
  const images: { img: Omit<ImageRef, "zone">; flags: Flags; inHistory: boolean }[] = [];
  const links: { link: Omit<LinkRef, "zone">; flags: Flags }[] = [];
  let hidden = 0;
  let pre = 0;
  let historyAt = -1;
  let flags = NONE;

  const newline = () => {
    if (text.length > 0 && text.charCodeAt(text.length - 1) !== 10) text += "\n";
  };
  const setFlags = (next: Flags) => {
    if (next.quote === flags.quote && next.signature === flags.signature) return;
    flags = next;
    const last = changes[changes.length - 1];
    if (last.at === text.length) last.flags = next;
    else changes.push({ at: text.length, flags: next });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (HIDDEN[name]) hidden++;
        if (hidden > 0) return;
        if (BLOCKS[name]) newline();
        if (name === "br") text += "\n";
        if (name === "pre") pre++;
        if (historyAt < 0 && startsHistory(name, attribs)) historyAt = text.length;
        const next: Flags = {
          quote: flags.quote || isQuoteElement(name, attribs),
          signature: flags.signature || isSignatureElement(attribs),
        };
        const entry: (typeof stack)[number] = { name, flags: next };
        if (name === "a" && attribs.href !== undefined)
          entry.anchor = { href: attribs.href, start: text.length };
        if (name === "img") {
          images.push({
            img: {
              index: images.length,
              start: parser.startIndex,
              end: parser.endIndex + 1,
              attrs: attribs,
              width: dimension(attribs, "width"),
              height: dimension(attribs, "height"),
              textOffset: text.length,
            },
            flags: next,
            inHistory: historyAt >= 0,
          });
        }
        if (!VOID[name]) stack.push(entry);
        setFlags(next);
      },
      onclosetag(name) {
        if (HIDDEN[name]) {
          hidden = Math.max(0, hidden - 1);
          return;
        }
        if (hidden > 0 || VOID[name]) return;
        // Pop up to the matching element; htmlparser2 closes implied ones for us in order.
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i].name !== name) continue;
          const entry = stack[i];
          stack.length = i;
          if (entry.anchor) {
            // Offsets cover the visible words, not the spaces around them ("<a> ici </a>").
            const raw = text.slice(entry.anchor.start);
            const trimmed = raw.trim();
            const start = entry.anchor.start + (trimmed === "" ? 0 : raw.indexOf(trimmed));
            links.push({
              link: { href: entry.anchor.href, text: trimmed, start, end: start + trimmed.length },
              flags: entry.flags,
            });
          }
          break;
        }
        if (name === "pre") pre = Math.max(0, pre - 1);
        if (BLOCKS[name]) newline();
        setFlags(stack.length > 0 ? stack[stack.length - 1].flags : NONE);
      },
      ontext(data) {
        if (hidden > 0) return;
        text += pre > 0 ? data : data.replace(/[ \t\r\n\f]+/g, " ");
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();

  const finished = finish("html", html, text, changes, historyAt, [], []);
  // An image opened after the history's start element is history, even with no text before it.
  for (const { img, flags: f, inHistory } of images)
    finished.images.push({ ...img, zone: inHistory ? "quote" : zoneFor(finished, img.textOffset, f, true) });
  for (const { link, flags: f } of links)
    finished.links.push({ ...link, zone: zoneFor(finished, link.start, f, false) });
  return finished;
}

const VOID = setOf([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/**
 * An element's own quote/signature flags win. An image stands *between* two characters: it belongs with
 * the text before it, so one that ends the new text is not taken for the history that follows.
 */
function zoneFor(index: BodyIndex, offset: number, flags: Flags, between: boolean): Zone {
  if (flags.quote) return "quote";
  const zone = index.zoneAt(between && offset > 0 ? offset - 1 : offset);
  if (zone === "quote") return "quote";
  return flags.signature ? "signature" : zone;
}

function indexText(source: string): BodyIndex {
  // Plain text is its own visible text; `>` lines are quoted mail.
  const changes: FlagChange[] = [{ at: 0, flags: NONE }];
  let pos = 0;
  while (pos < source.length) {
    let nl = source.indexOf("\n", pos);
    if (nl < 0) nl = source.length;
    const quoted = /^[ \t]*>/.test(source.slice(pos, Math.min(nl, pos + 16)));
    const last = changes[changes.length - 1];
    if (quoted !== last.flags.quote) {
      const flags = { quote: quoted, signature: false };
      if (last.at === pos) last.flags = flags;
      else changes.push({ at: pos, flags });
    }
    pos = nl + 1;
  }
  return finish("text", source, source, changes, -1, [], []);
}

function dimension(attribs: { [name: string]: string }, name: "width" | "height"): number | undefined {
  const attr = attribs[name];
  if (attr !== undefined && /^\s*\d+(\.\d+)?\s*(px)?\s*$/i.test(attr)) return parseFloat(attr);
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
    let zone: Zone = f.quote ? "quote" : f.signature ? "signature" : "new";
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
    if (text.slice(pos, nl).trim() !== "") paragraphs.push({ zone: zoneAt(pos), start: pos, end: nl });
    pos = nl + 1;
  }

  let allTokens: Token[] | undefined;
  const textCache: { [key: string]: string } = {};
  const tokenCache: { [key: string]: Token[] } = {};

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
    textIn(zones) {
      const key = zones.slice().sort().join(",");
      let cached = textCache[key];
      if (cached === undefined) {
        cached = "";
        for (const s of segments) {
          const part = text.slice(s.start, s.end);
          cached += zones.indexOf(s.zone) >= 0 ? part : part.replace(/[^\n]/g, " ");
        }
        textCache[key] = cached;
      }
      return cached;
    },
    tokensIn(zones) {
      const key = zones.slice().sort().join(",");
      let cached = tokenCache[key];
      if (cached === undefined) {
        if (allTokens === undefined) allTokens = tokenize(text);
        cached = allTokens.filter((t) => zones.indexOf(zoneAt(t.start)) >= 0);
        tokenCache[key] = cached;
      }
      return cached;
    },
  };
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
