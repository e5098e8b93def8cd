// The read-only view's document: the message's markup without what runs, loads or navigates.
import { htmlView, textView } from "../../src/preview/body-view";

const body = (doc: string) => {
  const m = /<body>([\s\S]*)<\/body><\/html>$/.exec(doc);
  if (!m) throw new Error("no body in " + doc);
  return m[1];
};

describe("the body's read-only view", () => {
  it("starts with its own strict policy", () => {
    expect(htmlView("<p>x</p>")).toMatch(
      /^<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/,
    );
  });

  it("keeps text and harmless markup", () => {
    expect(body(htmlView('<p style="color: red">Bonjour <b>Paul</b> &amp; Léa</p>'))).toBe(
      '<p style="color: red">Bonjour <b>Paul</b> &amp; Léa</p>',
    );
  });

  it("drops scripts, frames, objects, meta, link and base elements with their content", () => {
    const out = body(
      htmlView(
        "<p>a</p><script>window.__pwned=1</script><iframe src=https://evil.example></iframe>" +
          '<object data="x.swf"></object><embed src=x><meta http-equiv=refresh content="0;url=https://evil.example">' +
          '<link rel=stylesheet href="https://cdn.example/x.css"><base href="https://evil.example/"><noscript>n</noscript><p>b</p>',
      ),
    );
    expect(out).toBe("<p>a</p><p>b</p>");
  });

  it("drops event handlers, and every URL except data: images", () => {
    const out = body(
      htmlView(
        '<img src=x onerror="alert(1)" alt="Plan"><img src="data:image/png;base64,AAAA">' +
          '<a href="javascript:alert(1)" onclick="x()">ici</a><a href="https://intranet.example/" title="Intranet">là</a>' +
          '<a href="https://intranet.example/rgpd">formulaire</a>' +
          '<form action="https://evil.example"><button formaction="https://evil.example">go</button></form>' +
          '<svg><a xlink:href="javascript:alert(1)"><text>t</text></a></svg><body onload="alert(1)">',
      ),
    );
    expect(out).not.toMatch(/onerror|onclick|onload|javascript:|evil\.example|src=x|href=/i);
    expect(out).toContain('<img alt="Plan">');
    expect(out).toContain('<img src="data:image/png;base64,AAAA">');
    expect(out).toContain("<a data-href>ici</a>");
    expect(out).toContain('<a title="Intranet" data-href>là</a>');
    expect(out).toContain('<a data-href title="https://intranet.example/rgpd">formulaire</a>');
  });

  it("makes CSS that would load something inert", () => {
    const out = body(
      htmlView(
        '<p style="background:url(https://tracker.example/a.png)">x</p>' +
          "<style>@import url(https://fonts.example/f.css); p { background: URL( 'https://t.example/b.png' ) }</style>",
      ),
    );
    expect(out).not.toMatch(/(^|[^-\w])url\s*\(/i);
    expect(out).not.toMatch(/@import/i);
  });

  it("shows a plain-text body as text", () => {
    expect(body(textView("a < b & <script>alert(1)</script>\n"))).toBe(
      "<pre>a &lt; b &amp; &lt;script&gt;alert(1)&lt;/script&gt;\n</pre>",
    );
  });
});
