import { applyFix, setImageAlt, type Draft } from "../../../src/lint";

describe("setImageAlt rewrites only that attribute", () => {
  it.each([
    [
      "replaces a double-quoted alt",
      '<p>x</p><img alt="image001.png" src="a.png"><p>y</p>',
      8,
      45,
      "Plan",
      '<p>x</p><img alt="Plan" src="a.png"><p>y</p>',
    ],
    [
      "replaces a single-quoted alt",
      "<img src='a.png' alt='IMG_1.JPG'>",
      0,
      33,
      "Carte",
      "<img src='a.png' alt='Carte'>",
    ],
    ["quotes an unquoted alt", "<img alt=photo.jpg src=a.png>", 0, 29, "Vue", '<img alt="Vue" src=a.png>'],
    ["gives a value to a bare alt", "<img alt src=a.png>", 0, 19, "Vue", '<img alt="Vue" src=a.png>'],
    [
      "inserts a missing alt right after <img",
      '<IMG SRC="a.png"/>',
      0,
      18,
      "Logo",
      '<IMG alt="Logo" SRC="a.png"/>',
    ],
    [
      "escapes quotes, ampersands and angle brackets",
      '<img src="a.png">',
      0,
      17,
      'A "B" & <C>',
      '<img alt="A &quot;B&quot; &amp; &lt;C&gt;" src="a.png">',
    ],
    [
      "is not fooled by alt inside another value",
      '<img title="alt=x" src="a.png">',
      0,
      31,
      "V",
      '<img alt="V" title="alt=x" src="a.png">',
    ],
  ])("%s", (_why, html, start, end, alt, expected) => {
    expect(html.slice(start, end)).toMatch(/^<img/i);
    expect(setImageAlt(html, start, end, alt)).toBe(expected);
  });

  it("refuses a span that is not an img tag (the body changed since the lint)", () => {
    expect(() => setImageAlt("<p>x</p>", 0, 3, "a")).toThrow(/no <img>/);
  });
});

const base: Draft = {
  from: { name: "Me", address: "me@org.fr" },
  to: [{ address: "a@x.fr" }, { address: "B@y.fr" }],
  cc: [{ address: "c@z.fr" }],
  bcc: [{ address: "d@w.fr" }],
  subject: "RE: RE: Budget",
};

describe("applyFix", () => {
  it.each<[string, Parameters<typeof applyFix>[1], Partial<Draft>]>([
    [
      "move-to-bcc moves the named addresses (any case), keeps existing Bcc, puts the sender in To",
      { kind: "move-to-bcc", addresses: ["b@y.fr", "c@z.fr"], senderToTo: true },
      {
        to: [{ name: "Me", address: "me@org.fr" }, { address: "a@x.fr" }],
        cc: [],
        bcc: [{ address: "d@w.fr" }, { address: "B@y.fr" }, { address: "c@z.fr" }],
      },
    ],
    [
      "remove-recipients drops exactly the named addresses from every field",
      { kind: "remove-recipients", addresses: ["A@X.FR", "d@w.fr"] },
      { to: [{ address: "B@y.fr" }], cc: [{ address: "c@z.fr" }], bcc: [] },
    ],
    [
      "set-subject sets the subject",
      { kind: "set-subject", subject: "RE: Budget" },
      { subject: "RE: Budget" },
    ],
    [
      "replace-recipient swaps one address and keeps the display name",
      { kind: "replace-recipient", from: "c@z.fr", to: "c@zz.fr" },
      { cc: [{ address: "c@zz.fr" }] },
    ],
    [
      "schedule-delivery sets the delivery time",
      { kind: "schedule-delivery", at: "2026-11-30T08:00:00+01:00", label: { fr: "lundi", en: "Monday" } },
      { deliverAt: "2026-11-30T08:00:00+01:00" },
    ],
  ])("%s", (_why, fix, changed) => {
    expect(applyFix(base, fix)).toEqual({ ...base, ...changed });
  });

  it("set-image-alt applies to the HTML body only and leaves a plain-text body alone", () => {
    const html = '<p>a</p><img src="x.png">';
    const fixed = applyFix(
      { ...base, body: { html } },
      { kind: "set-image-alt", image: 0, start: 8, end: 24, alt: "X" },
    );
    expect(fixed.body).toEqual({ html: '<p>a</p><img alt="X" src="x.png">' });
    const text = { ...base, body: { text: "a" } };
    expect(applyFix(text, { kind: "set-image-alt", image: 0, start: 0, end: 1, alt: "X" })).toBe(text);
  });
});

describe("setImageAlt keeps the attribute's own quotes valid", () => {
  it("escapes an apostrophe inside a single-quoted alt, and leaves it alone inside double quotes", () => {
    expect(setImageAlt("<img src='a.png' alt='x.png'>", 0, 29, "Plan d'accès")).toBe(
      "<img src='a.png' alt='Plan d&#39;accès'>",
    );
    expect(setImageAlt('<img alt="x.png">', 0, 17, "Plan d'accès")).toBe('<img alt="Plan d\'accès">');
  });
});

describe("move-to-bcc and the sender", () => {
  it("moves a sender who was in Cc to To, without a duplicate", () => {
    const d: Draft = {
      from: { address: "me@org.fr" },
      to: [{ address: "a@x.fr" }],
      cc: [{ address: "ME@org.fr" }],
      subject: "s",
    };
    expect(applyFix(d, { kind: "move-to-bcc", addresses: ["a@x.fr"], senderToTo: true })).toEqual({
      ...d,
      to: [{ address: "me@org.fr" }],
      cc: [],
      bcc: [{ address: "a@x.fr" }],
    });
  });
});
