// The body index walks HTML with htmlparser2's tokenizer and its own element stack (src/lint/body/html-walk.ts)
// instead of htmlparser2's Parser. On any tag soup it must see what the Parser sees: the same elements opened
// and closed in the same order (implied closings included), the same text, the same attributes, the same tag
// offsets. Character references are decoded by src/lint/body/entities.ts (HTML 4.01's names), the Parser's by
// HTML5's table: the soup uses references both know.
import fc from "fast-check";
import { Parser, Tokenizer } from "htmlparser2";
import { walkHtml, VOID, type Attributes, type Keep } from "../../src/lint/body/html-walk";
import * as arb from "./arbitraries";

const RUNS = Number(process.env.FC_RUNS) || 300;
/** A fixed seed keeps CI repeatable; `npm run test:fuzz` runs more cases with a random one. */
const SEED = process.env.FC_SEED === "random" ? undefined : Number(process.env.FC_SEED) || 20261126;

const KEEP: Keep = {
  allOn: Object.assign(Object.create(null), { img: true }),
  names: Object.assign(Object.create(null), { id: true, class: true, href: true, type: true }),
};

type Event = ["open", string, Attributes, number, number] | ["close", string] | ["text", string];

/** Adjacent text events as one (the Parser cuts text at every reference). */
function push(events: Event[], event: Event) {
  const last = events[events.length - 1];
  if (event[0] === "text" && last !== undefined && last[0] === "text") last[1] += event[1];
  else if (event[0] !== "text" || event[1] !== "") events.push(event);
}

function kept(name: string, attribs: Attributes): Attributes {
  const out: Attributes = {};
  for (const key of Object.keys(attribs))
    if (KEEP.allOn[name] === true || KEEP.names[key] === true) out[key] = attribs[key];
  return out;
}

function walked(html: string): Event[] {
  const events: Event[] = [];
  walkHtml(html, KEEP, {
    open: (name, attribs, start, end) => push(events, ["open", name, { ...attribs }, start, end]),
    close: (name) => push(events, ["close", name]),
    text: (data) => push(events, ["text", data]),
  });
  return events;
}

function parsed(html: string): Event[] {
  const events: Event[] = [];
  const parser: Parser = new Parser(
    {
      onopentag: (name, attribs) =>
        push(events, ["open", name, kept(name, attribs), parser.startIndex, parser.endIndex + 1]),
      // The Parser also "closes" void elements; the walker does not.
      onclosetag: (name) => {
        if (VOID[name] !== true) push(events, ["close", name]);
      },
      ontext: (data) => push(events, ["text", data]),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return events;
}

describe("walkHtml sees what htmlparser2's Parser sees", () => {
  test.each<[string, string]>([
    [
      "an Outlook paragraph with references",
      "<p class=MsoNormal>Cordialement,&nbsp;l&#8217;&eacute;quipe</p>",
    ],
    [
      "implied closings: <p> by a block, <li> by <li>, <td> by <td>",
      "<p>a<div>b</div><ul><li>1<li>2</ul><table><tr><td>x<td>y</table>",
    ],
    ["</p> with no <p> open is an empty paragraph; </br> a line break", "a</p>b</br>c"],
    ["the first of two same-named attributes wins", '<img alt="one" ALT="two" src=x.png>'],
    ["self-closing tags close themselves", "<div/><span/>text<br/>"],
    ["<body> closes an unclosed <head>", "<html><head><title>t</title><body><p>x</p>"],
    ["script and style content is text to the tokenizer", "<style>p{}</style><script>if (a < b) {}</script>"],
    [
      "names in any case, closing tags in another case than their opening one",
      "<DIV Class=a ID=b><Span TYPE=c>x</SPAN></Div><IMG SRC=x.png Alt=y><Ul><LI>1<li>2</uL><B><i>z</B></I><P>p</p >",
    ],
    [
      "names beyond ASCII: the Kelvin sign lower-cases to k, İ to two characters",
      "<\u212A>a</k><dİv>b</DİV><p \u212Alass=x İd=y>c</P>",
    ],
    [
      // a0k and a2- share a hash in the walker's table of names; abq and p, bdd and b, its slot.
      "names that collide in the walker's table",
      "<a0k><A2->x</A0K></a2-><div><P>y<abq>z</ABQ></p><bdd><b>w</BDD></div><p ABQ=1 a0k=2 A2-=3>",
    ],
    [
      "text and quoted values skipped to their end by indexOf, up to the end of the input",
      "<p class='a b' title=\"c > d\">text &amp; more</p>and text with no tag after it",
    ],
    ["an attribute value that never closes", '<p class="never closed>text</p>'],
    ["a comment and a tag that never close", "a<!-- b <p>c"],
  ])("%s", (_why, html) => {
    expect(walked(html)).toEqual(parsed(html));
  });

  test("htmlparser2's tokenizer still skips text in the fastForwardTo that the walk's scanner replaces", () => {
    // Were it renamed, the walk would silently go back to reading a character at a time.
    expect(typeof (Tokenizer.prototype as unknown as { fastForwardTo?: unknown }).fastForwardTo).toBe(
      "function",
    );
  });

  test("on generated tag soup", () => {
    fc.assert(
      fc.property(arb.tagSoup(40), (soup) => {
        // In <title> and <textarea>, htmlparser2 decodes references or not depending on what precedes them
        // and where its buffer stops ("<title>&amp; <b" → "&", "<title></&lt;" → "</&lt;"). Their text is never
        // mail content (a title is hidden, a mail has no form): the soup's are renamed.
        const html = soup.replace(/<(\/?)(title|textarea)/gi, "<$1span");
        expect(walked(html)).toEqual(parsed(html));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test("more names than the walker's table keeps", () => {
    const html = Array.from({ length: 1500 }, (_, i) => `<x${i} a${i}=v><IMG W${i}=1>t</X${i}>`).join("");
    expect(walked(html)).toEqual(parsed(html));
    expect(walked("<Div><P>a</p></DIV>")).toEqual(parsed("<Div><P>a</p></DIV>"));
  });

  test("a wanted attribute spelt with the Kelvin sign is kept, as lower-casing gives its name", () => {
    const opened: Attributes[] = [];
    const keep: Keep = {
      allOn: Object.create(null),
      names: Object.assign(Object.create(null), { kind: true }),
    };
    walkHtml("<p \u212AIND=x kind=y Kinds=z>", keep, {
      open: (_name, attribs) => opened.push({ ...attribs }),
      close: () => undefined,
      text: () => undefined,
    });
    expect(opened).toEqual([{ kind: "x" }]);
  });

  test("a body nested 50,000 deep is walked, every element closed innermost first", () => {
    const depth = 50_000;
    const closed: string[] = [];
    let opened = 0;
    walkHtml("<div><span>".repeat(depth / 2) + "x", KEEP, {
      open: () => opened++,
      close: (name) => closed.push(name),
      text: () => undefined,
    });
    expect(opened).toBe(depth);
    expect(closed).toHaveLength(depth);
    expect(closed.slice(0, 2)).toEqual(["span", "div"]);
  });
});
