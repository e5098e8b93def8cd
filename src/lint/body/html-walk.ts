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

export function walkHtml(html: string, keep: Keep, handler: HtmlHandler): void {
  // Most attributes (style, lang, width…) are not wanted: their names are not even copied when no wanted
  // name has their length.
  const lengths: boolean[] = [];
  for (const name of Object.keys(keep.names)) lengths[name.length] = true;
  const stack: string[] = [];
  let tag = "";
  let tagStart = 0;
  let attribs: Attributes = NO_ATTRIBUTES;
  let allAttributes = false;
  let attribute = "";
  let valueStart = -1;
  let valueEnd = -1;
  /** where the next node begins: a tag's "<", as htmlparser2's Parser counts it (`</ p>`, `< p>` included) */
  let next = 0;
  let ending = false;

  const openTag = (name: string, start: number) => {
    const closes = IMPLIES_CLOSE[name];
    if (closes !== undefined) {
      while (stack.length > 0 && closes[stack[stack.length - 1]] === true)
        handler.close(stack.pop() as string);
    }
    if (VOID[name] !== true) stack.push(name);
    tag = name;
    tagStart = start;
    attribs = NO_ATTRIBUTES;
    allAttributes = keep.allOn[name] === true;
  };
  const endOpenTag = (end: number) => {
    handler.open(tag, attribs, tagStart, end);
    tag = "";
  };

  const skipped = (_start: number, end: number) => {
    next = end + 1;
  };
  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      openTag(html.slice(start, end).toLowerCase(), next);
    },
    onattribname(start, end) {
      attribute = "";
      valueStart = valueEnd = -1;
      if (!allAttributes && lengths[end - start] !== true) return;
      const name = html.slice(start, end).toLowerCase();
      if (allAttributes || keep.names[name] === true) attribute = name;
    },
    onattribdata(start, end) {
      if (attribute === "") return;
      if (valueStart < 0) valueStart = start;
      valueEnd = end;
    },
    onattribend() {
      if (attribute === "") return;
      if (attribs === NO_ATTRIBUTES) attribs = {};
      // The first of two same-named attributes wins, as in browsers.
      if (!Object.prototype.hasOwnProperty.call(attribs, attribute) && attribute !== "__proto__")
        attribs[attribute] = valueStart < 0 ? "" : decodeEntities(html.slice(valueStart, valueEnd), true);
      attribute = "";
    },
    onopentagend(end) {
      endOpenTag(end + 1);
      next = end + 1;
    },
    onselfclosingtag(end) {
      const name = tag;
      endOpenTag(end + 1);
      next = end + 1;
      if (stack.length > 0 && stack[stack.length - 1] === name) handler.close(stack.pop() as string);
    },
    onclosetag(start, end) {
      const name = html.slice(start, end).toLowerCase();
      if (VOID[name] !== true) {
        const at = stack.lastIndexOf(name);
        if (at >= 0) {
          while (stack.length > at) handler.close(stack.pop() as string);
        } else if (name === "p") {
          // `</p>` with no `<p>` open is an empty paragraph.
          openTag("p", next);
          endOpenTag(end + 1);
          handler.close(stack.pop() as string);
        }
      } else if (name === "br") {
        // `</br>` is a line break.
        openTag("br", next);
        endOpenTag(end + 1);
      }
      next = end + 1;
    },
    ontext(start, end) {
      const raw = html.slice(start, end);
      // The content of <script>, <style> and <xmp> is raw text, and so is an unfinished tag or comment that the
      // tokenizer gives back as text when the input ends (outside <title> and <textarea>, whose text it is):
      // references in them are not decoded.
      const top = stack.length > 0 ? stack[stack.length - 1] : "";
      const undecoded = RAW_TEXT[top] === true || (ending && RCDATA[top] !== true);
      handler.text(undecoded ? raw : decodeEntities(raw));
      next = end;
    },
    onend() {
      while (stack.length > 0) handler.close(stack.pop() as string);
    },
    // References are left in the text by the tokenizer (decodeEntities: false) and decoded above.
    ontextentity() {},
    onattribentity() {},
    oncdata: skipped,
    oncomment: skipped,
    ondeclaration: skipped,
    onprocessinginstruction: skipped,
  };
  const tokenizer = new Tokenizer({ decodeEntities: false }, callbacks);
  tokenizer.write(html);
  ending = true;
  tokenizer.end();
}
