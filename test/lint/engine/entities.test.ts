// Character references, decoded by the engine (src/lint/body/entities.ts) rather than by htmlparser2's HTML5
// table, which stays out of the send-time bundle.
import { decodeHTML } from "entities";
import { decodeEntities, entityNames } from "../../../src/lint/body/entities";

describe("decodeEntities", () => {
  test.each<[string, string, string, boolean?]>([
    ["text without references is returned as it is", "Bonjour Paul", "Bonjour Paul"],
    [
      "Outlook's non-breaking spaces and accents",
      "Cordialement,&nbsp;l&#8217;&eacute;quipe",
      "Cordialement,\u00a0l’équipe",
    ],
    ["hexadecimal, either case", "&#x2019;&#X2019;", "’’"],
    ["&apos; (XHTML editors) is known though not HTML 4", "l&apos;agent", "l'agent"],
    ["decoded once: &amp;eacute; is the text &eacute;", "&amp;eacute;", "&eacute;"],
    ["an unknown name is left as written", "&bogus; & co", "&bogus; & co"],
    ["names are case-sensitive", "&Eacute;&EACUTE;", "É&EACUTE;"],
    ["a Latin-1 name without its semicolon, in text", "&copy 2026 &eacutequipe", "© 2026 &eacutequipe"],
    ["a name beyond Latin-1 needs its semicolon", "&ne &ne;", "&ne ≠"],
    [
      "in an attribute, no name without semicolon (URL parameters)",
      "?a=1&copy=2&amp;b",
      "?a=1&copy=2&b",
      true,
    ],
    ["Windows-1252 numbers read as browsers read them", "&#146;&#128;", "’€"],
    [
      "nul, surrogates and numbers past Unicode become U+FFFD",
      "&#0;&#xD800;&#99999999;",
      "\ufffd\ufffd\ufffd",
    ],
    ["a number beyond the BMP gives a surrogate pair", "&#x1F600;", "😀"],
    ["a lone & or &# is text", "a & b &#; &#x;", "a & b &#; &#x;"],
  ])("%s", (_why, raw, decoded, inAttribute = false) => {
    expect(decodeEntities(raw, inAttribute)).toBe(decoded);
  });

  test("every name known is HTML 4.01's (and &apos;), decoded as HTML5 decodes it", () => {
    const names = entityNames();
    expect(names).toHaveLength(253);
    for (const name of names)
      expect([name, decodeEntities(`&${name};`)]).toEqual([name, decodeHTML(`&${name};`)]);
  });
});
