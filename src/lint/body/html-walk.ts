// One pass over an HTML body with htmlparser2's tokenizer, driven directly. Its Parser would do the same
// work and more: an attribute object for every element, its open elements kept with `Array.unshift` (a body
// nested 10,000 deep cost 10,000² moves), and HTML5's entity table in the bundle. Here the open elements are
// a stack with push/pop, attributes are kept only where asked, and references are decoded by ./entities.
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { dict, setOf } from "../text/dict";
import { decodeEntities } from "./entities";

export type Attributes = { [name: string]: string };

export interface HtmlHandler {
  /** `start`/`end`: the tag in the source, from "<" to after ">" */
  open(name: string, attribs: Attributes, start: number, end: number): void;
  /** every element opened and not void is closed once, innermost first (implied closings included) */
  close(name: string): void;
  text(data: string): void;
}

/** Which attributes to keep: every one on these elements, on the others only these names. */
export interface Keep {
  allOn: { [tag: string]: true };
  names: { [attribute: string]: true };
}

// As htmlparser2's Parser: an opening tag closes these open elements first (`<p>a<p>b`, `<li>`, `<td>`…).
const P = ["p"];
const FORM = ["input", "option", "optgroup", "select", "button", "datalist", "textarea"];
const IMPLIES_CLOSE = dict<{ [name: string]: true }>();
const implies = (tags: string[], closed: string[]) => {
  for (const tag of tags) IMPLIES_CLOSE[tag] = setOf(closed);
};
implies(["tr"], ["tr", "th", "td"]);
implies(["th"], ["th"]);
implies(["td"], ["thead", "th", "td"]);
implies(["body"], ["head", "link", "script"]);
implies(["li"], ["li"]);
implies(["option"], ["option"]);
implies(["optgroup"], ["optgroup", "option"]);
implies(["dd", "dt"], ["dd", "dt"]);
implies(["rt", "rp"], ["rt", "rp"]);
implies(["tbody", "tfoot"], ["thead", "tbody"]);
implies(["select", "input", "output", "button", "datalist", "textarea"], FORM);
implies(
  "p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul".split(
    " ",
  ),
  P,
);

export const VOID = setOf(
  "area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr".split(
    " ",
  ),
);

const RAW_TEXT = setOf(["script", "style", "xmp"]);
const RCDATA = setOf(["title", "textarea"]);

/** Shared by the elements with no attribute kept: never written to. */
export const NO_ATTRIBUTES: Attributes = {};

// Tag and attribute names, lower-cased, kept across walks: a name met again is found from its characters in
// the source rather than copied and lower-cased, and it is the same string each time, which makes the
// lookups keyed by it (IMPLIES_CLOSE, VOID, the handler's) fast. Open addressing, at most half full; capped so
// that tag soup with ever new names cannot make it grow: past the cap, names are copied as before.
const SLOTS = 1024;
const MAX_NAMES = SLOTS / 2;
const MAX_NAME_LENGTH = 16;
const names: string[] = new Array<string>(SLOTS).fill("");
let named = 0;

/** Whether `html.slice(start, end).toLowerCase()` is `name`, told from ASCII characters only: false for others. */
function isName(html: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = start; i < end; i++) {
    let c = html.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 0x20;
    else if (c >= 0x80) return false;
    if (c !== name.charCodeAt(i - start)) return false;
  }
  return true;
}

/**
 * The slot of the name `html.slice(start, end)` lower-cases to, or the free slot where it goes; -1 if it is
 * not for the table: empty, long, or not ASCII (lower-casing may then change more than A–Z).
 */
function slotOf(html: string, start: number, end: number): number {
  if (end <= start || end - start > MAX_NAME_LENGTH) return -1;
  let hash = 0;
  for (let i = start; i < end; i++) {
    let c = html.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 0x20;
    else if (c >= 0x80) return -1;
    hash = (hash * 31 + c) | 0;
  }
  let slot = hash & (SLOTS - 1);
  while (names[slot] !== "" && !isName(html, start, end, names[slot])) slot = (slot + 1) & (SLOTS - 1);
  return slot;
}

/** `html.slice(start, end).toLowerCase()`, the interned string when there is one. */
function nameAt(html: string, start: number, end: number): string {
  const slot = slotOf(html, start, end);
  if (slot >= 0 && names[slot] !== "") return names[slot];
  const name = html.slice(start, end).toLowerCase();
  if (slot >= 0 && named < MAX_NAMES) {
    names[slot] = name;
    named++;
  }
  return name;
}

// The names known here, and the commonest others of mail, are interned first (as these very strings): a walk
// of tag soup that fills the table leaves them found.
for (const name of Object.keys(IMPLIES_CLOSE).concat(
  Object.keys(VOID),
  Object.keys(RAW_TEXT),
  Object.keys(RCDATA),
  "html head thead a b i u span font o:p center small big strong em sup sub src alt width height style".split(
    " ",
  ),
)) {
  const slot = slotOf(name, 0, name.length);
  if (names[slot] === "") {
    names[slot] = name;
    named++;
  }
}

/**
 * htmlparser2's tokenizer, finding the end of text and of attribute values with the native `indexOf`. Without
 * references to decode, it skips them in `fastForwardTo`, a JavaScript loop over one character at a time that
 * took a twentieth of a lint; the search is the same (test/robustness/html-walk.test.ts checks that the method
 * is still there to replace, and the walk against htmlparser2's Parser).
 */
class Scanner extends Tokenizer {}
Object.defineProperty(Scanner.prototype, "fastForwardTo", {
  value: function fastForwardTo(
    this: { buffer: string; index: number; offset: number },
    code: number,
  ): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(code), this.index + 1 - this.offset);
    // Past the end, the tokenizer expects its index on the last character (its loop moves it on).
    this.index = (at < 0 ? this.buffer.length - 1 : at) + this.offset;
    return at >= 0;
  },
});

export function walkHtml(html: string, keep: Keep, handler: HtmlHandler): void {
  const walk = new Walk(html, keep, handler);
  const tokenizer = new Scanner({ decodeEntities: false }, walk);
  tokenizer.write(html);
  walk.ending = true;
  tokenizer.end();
}

// The tokenizer's callbacks are methods rather than closures made for each walk: its call sites see the same
// functions every time, which the optimizing compiler inlines.
class Walk implements TokenizerCallbacks {
  /** The wanted attribute names by length: the others (style, lang, width…) are told apart in the source. */
  private readonly wanted: string[][] = [];
  private readonly stack: string[] = [];
  private tag = "";
  private tagStart = 0;
  private attribs: Attributes = NO_ATTRIBUTES;
  private allAttributes = false;
  private attribute = "";
  private valueStart = -1;
  private valueEnd = -1;
  /** where the next node begins: a tag's "<", as htmlparser2's Parser counts it (`</ p>`, `< p>` included) */
  private next = 0;
  /** set once the whole input is written: what the tokenizer gives back as text then is unfinished markup */
  ending = false;

  constructor(
    private readonly html: string,
    private readonly keep: Keep,
    private readonly handler: HtmlHandler,
  ) {
    for (const name of Object.keys(keep.names))
      (this.wanted[name.length] || (this.wanted[name.length] = [])).push(name);
  }

  /** The wanted name `html.slice(start, end)` lower-cases to, or "": found without copying the name. */
  private wantedAt(start: number, end: number): string {
    const candidates = this.wanted[end - start];
    if (candidates === undefined) return "";
    for (const name of candidates) if (isName(this.html, start, end, name)) return name;
    // Beyond ASCII, only lower-casing tells (the Kelvin sign is a "k").
    for (let i = start; i < end; i++) {
      if (this.html.charCodeAt(i) >= 0x80) {
        const name = this.html.slice(start, end).toLowerCase();
        return this.keep.names[name] === true ? name : "";
      }
    }
    return "";
  }

  private openTag(name: string, start: number): void {
    const stack = this.stack;
    const closes = IMPLIES_CLOSE[name];
    if (closes !== undefined) {
      while (stack.length > 0 && closes[stack[stack.length - 1]] === true)
        this.handler.close(stack.pop() as string);
    }
    if (VOID[name] !== true) stack.push(name);
    this.tag = name;
    this.tagStart = start;
    this.attribs = NO_ATTRIBUTES;
    this.allAttributes = this.keep.allOn[name] === true;
  }

  private endOpenTag(end: number): void {
    this.handler.open(this.tag, this.attribs, this.tagStart, end);
    this.tag = "";
  }

  private skipped(end: number): void {
    this.next = end + 1;
  }

  onopentagname(start: number, end: number): void {
    this.openTag(nameAt(this.html, start, end), this.next);
  }

  onattribname(start: number, end: number): void {
    this.attribute = this.allAttributes ? nameAt(this.html, start, end) : this.wantedAt(start, end);
    this.valueStart = this.valueEnd = -1;
  }

  onattribdata(start: number, end: number): void {
    if (this.attribute === "") return;
    if (this.valueStart < 0) this.valueStart = start;
    this.valueEnd = end;
  }

  onattribend(): void {
    const attribute = this.attribute;
    if (attribute === "") return;
    if (this.attribs === NO_ATTRIBUTES) this.attribs = {};
    // The first of two same-named attributes wins, as in browsers.
    if (!Object.prototype.hasOwnProperty.call(this.attribs, attribute) && attribute !== "__proto__")
      this.attribs[attribute] =
        this.valueStart < 0 ? "" : decodeEntities(this.html.slice(this.valueStart, this.valueEnd), true);
    this.attribute = "";
  }

  onopentagend(end: number): void {
    this.endOpenTag(end + 1);
    this.next = end + 1;
  }

  onselfclosingtag(end: number): void {
    const name = this.tag;
    const stack = this.stack;
    this.endOpenTag(end + 1);
    this.next = end + 1;
    if (stack.length > 0 && stack[stack.length - 1] === name) this.handler.close(stack.pop() as string);
  }

  onclosetag(start: number, end: number): void {
    const stack = this.stack;
    // Most often the innermost open element is the one closed.
    if (stack.length > 0 && isName(this.html, start, end, stack[stack.length - 1])) {
      this.handler.close(stack.pop() as string);
    } else {
      const name = nameAt(this.html, start, end);
      if (VOID[name] !== true) {
        const at = stack.lastIndexOf(name);
        if (at >= 0) {
          while (stack.length > at) this.handler.close(stack.pop() as string);
        } else if (name === "p") {
          // `</p>` with no `<p>` open is an empty paragraph.
          this.openTag("p", this.next);
          this.endOpenTag(end + 1);
          this.handler.close(stack.pop() as string);
        }
      } else if (name === "br") {
        // `</br>` is a line break.
        this.openTag("br", this.next);
        this.endOpenTag(end + 1);
      }
    }
    this.next = end + 1;
  }

  ontext(start: number, end: number): void {
    const raw = this.html.slice(start, end);
    // The content of <script>, <style> and <xmp> is raw text, and so is an unfinished tag or comment that the
    // tokenizer gives back as text when the input ends (outside <title> and <textarea>, whose text it is):
    // references in them are not decoded.
    const stack = this.stack;
    const top = stack.length > 0 ? stack[stack.length - 1] : "";
    const undecoded = RAW_TEXT[top] === true || (this.ending && RCDATA[top] !== true);
    this.handler.text(undecoded ? raw : decodeEntities(raw));
    this.next = end;
  }

  onend(): void {
    const stack = this.stack;
    while (stack.length > 0) this.handler.close(stack.pop() as string);
  }

  // References are left in the text by the tokenizer (decodeEntities: false) and decoded above.
  ontextentity(): void {}
  onattribentity(): void {}

  oncdata(_start: number, end: number): void {
    this.skipped(end);
  }
  oncomment(_start: number, end: number): void {
    this.skipped(end);
  }
  ondeclaration(_start: number, end: number): void {
    this.skipped(end);
  }
  onprocessinginstruction(_start: number, end: number): void {
    this.skipped(end);
  }
}
