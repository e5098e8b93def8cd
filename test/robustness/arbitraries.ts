// Generators of hostile drafts for the robustness properties: any Unicode (astral, lone surrogates, NUL,
// RTL marks, emoji), tag soup, malformed addresses, odd attachments, bad dates and unknown time zones —
// mixed with the words the rules look for, so that the rules do more than return early.
import fc from "fast-check";
import type { Address, Attachment, ComposeType, Draft } from "../../src/lint";

/** Code points over the whole range: astral characters, but no lone surrogates. */
export const fullUnicode = (maxLength = 40): fc.Arbitrary<string> => fc.string({ unit: "binary", maxLength });

/** Any UTF-16 code units, lone surrogates included: what a JavaScript string may hold. */
export const utf16 = (maxLength = 40): fc.Arbitrary<string> =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });

/** Pieces that exercise the rules and the text code: keywords, identifiers, history marks, odd characters. */
export const PIECES = [
  "Bonjour",
  "Merci",
  "merci beaucoup",
  "bien reçu",
  "ci-joint",
  "pièce jointe",
  "voir PJ",
  "mot de passe : Xy7!kLm2",
  "password is Hunter2!",
  "code PIN : 4981",
  "arrêt maladie",
  "hospitalisé(e)",
  "RQTH",
  "casier judiciaire",
  "URGENT À SIGNER AVANT CE SOIR",
  "cliquez ici",
  "4111 1111 1111 1111",
  "4111-1111-1111-1111",
  "1 84 12 75 123 456 78",
  "2A 12",
  "FR76 3000 6000 0112 3456 7890 189",
  "passeport 12AB34567",
  "carte d'identité X4RTBPFW4",
  "-- ",
  "--",
  "> ",
  ">>> ",
  "-----Original Message-----",
  "---------- Forwarded message ---------",
  "De : Paul",
  "From: Paul <paul@x.fr>",
  "Envoyé : lundi",
  "Sent: Monday",
  "Objet : RE: budget",
  "Subject: x",
  "Le 12 mars 2026 à 10:00, Paul a écrit :",
  "On Mon, Paul wrote:",
  "RE: ",
  "TR: ",
  "Fwd: ",
  "[EXT] ",
  "RE[2]: ",
  "constructor",
  "__proto__",
  "hasOwnProperty",
  "toString",
  "😀",
  "👍🏽",
  "👨‍👩‍👧",
  "\u200d",
  "\ufe0f",
  "مرحبا بالعالم",
  "שלום",
  "\u202e",
  "\u200f",
  "\u0000",
  "\ud800",
  "\udfff",
  "\r\n",
  "\n",
  "\t",
  "\u00a0",
  "\u202f",
  "\u2028",
  " ",
  "’",
  "«",
  "»",
  '"',
  "'",
  "&",
  "<",
  ">",
  "e\u0301",
  "ǅ",
  "ß",
  "İ",
  "ﬃ",
  "한국말",
  "中文",
  "1234567890",
  "...",
  "!!!",
  "http://example.com/a?b#c",
  "jeanne.martin@gmail.com",
];

export const piece = fc.constantFrom(...PIECES);

/** Text: random Unicode, random UTF-16, the pieces above, or a mix of all three. */
export const text = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 2, arbitrary: fullUnicode(maxLength) },
    { weight: 1, arbitrary: utf16(maxLength) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength }) },
    {
      weight: 4,
      arbitrary: fc
        .array(fc.oneof(piece, fullUnicode(8), fc.constantFrom(" ", " ", "\n", ", ")), { maxLength: 12 })
        .map((parts) => parts.join("")),
    },
  );

// ---------------------------------------------------------------------------------------------------------
// HTML tag soup

const TAG_NAMES = [
  "div",
  "p",
  "span",
  "b",
  "a",
  "img",
  "IMG",
  "Img",
  "br",
  "hr",
  "pre",
  "blockquote",
  "table",
  "tr",
  "td",
  "ul",
  "li",
  "script",
  "style",
  "title",
  "head",
  "body",
  "html",
  "template",
  "svg",
  "math",
  "font",
  "o:p",
  "x-custom",
  "constructor",
  "__proto__",
];

const ATTR_NAMES = [
  "alt",
  "ALT",
  "src",
  "href",
  "width",
  "height",
  "style",
  "class",
  "id",
  "type",
  "data-smartmail",
  "title",
  "constructor",
  "__proto__",
];

const ATTR_VALUES = [
  "",
  "cite",
  "gmail_quote",
  "gmail_signature",
  "moz-signature",
  "divRplyFwdMsg",
  "appendonsend",
  "Signature",
  "1",
  "2px",
  " 1 px ",
  "640",
  "width: 1px; height:1px",
  "width:100px",
  "cid:image001.png@01D",
  "https://x.fr/a/b/photo.jpg?x=1#y",
  "data:image/png;base64,AAAA",
  "image001.png",
  "IMG_2041.JPG",
  "Description générée automatiquement",
  "ici",
  "a > b",
  'say "hi"',
  "l'été",
];

const attrValue = fc.oneof(fc.constantFrom(...ATTR_VALUES), text(12));

const attribute = fc
  .tuple(
    fc.oneof(fc.constantFrom(...ATTR_NAMES), fc.string({ maxLength: 6 })),
    attrValue,
    fc.constantFrom('"', "'", "", "none", "spaced"),
  )
  .map(([name, value, quote]) => {
    if (quote === "none") return name;
    if (quote === "spaced") return `${name} = "${value}"`;
    return `${name}=${quote}${value}${quote}`;
  });

const openTag = fc
  .tuple(
    fc.constantFrom(...TAG_NAMES),
    fc.array(attribute, { maxLength: 4 }),
    fc.constantFrom(">", "/>", " >", "", "\n>"),
  )
  .map(([name, attrs, end]) => `<${name}${attrs.map((a) => " " + a).join("")}${end}`);

const closeTag = fc.constantFrom(...TAG_NAMES).map((name) => `</${name}>`);

const oddMarkup = fc.constantFrom(
  "<!-- comment -->",
  "<!--",
  "-->",
  "<!---->",
  "<![CDATA[ x < y ]]>",
  "<![CDATA[",
  "]]>",
  "<!DOCTYPE html>",
  "<?xml version='1.0'?>",
  "<img",
  "<img ",
  "<img src=",
  '<img alt="',
  "<img alt='x",
  "<IMG SRC=x.png ALT=>",
  "<img/src=a.png>",
  "</",
  "<",
  ">",
  "< p>",
  "</ p>",
  "<p <p>",
  "&amp;",
  "&lt;",
  "&#x1F600;",
  "&#0;",
  "&#xD800;",
  "&#99999999;",
  "&bogus;",
  "&nbsp;",
  "&",
);

/** A fragment of HTML: text, tags (closed or not), comments, CDATA, entities, broken markup. */
export const tagSoup = (maxParts = 30): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: text(30) },
        { weight: 3, arbitrary: openTag },
        { weight: 2, arbitrary: closeTag },
        { weight: 2, arbitrary: oddMarkup },
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(""));

// ---------------------------------------------------------------------------------------------------------
// Recipients, attachments, dates

const DOMAINS = [
  "ville-exemple.fr",
  "rh.ville-exemple.fr",
  "gmail.com",
  "gmial.com",
  "hotmial.fr",
  "montpelier.fr",
  "montpellier.fr",
  "partner.com",
  "other.org",
  "example.co.uk",
  "localhost",
  "x",
  "",
  "..",
  "a..b",
  "xn--bcher-kva.example",
  "bücher.de",
  "constructor",
  "__proto__",
];

export const addressString: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.stringMatching(/^[a-z0-9._+-]{1,12}$/), fc.constantFrom(...DOMAINS))
      .map(([local, domain]) => `${local}@${domain}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "@",
      "@@",
      "a@b@c@d",
      "no-at-sign",
      "spaces in@side.fr",
      " padded@ville-exemple.fr ",
      "UPPER@VILLE-EXEMPLE.FR",
      "trailing@dots.fr...",
      "a@",
      "@b.fr",
      "<a@b.fr>",
      '"quoted local"@x.fr',
      "\u0000@\u0000",
      "😀@😀.fr",
      "constructor@__proto__",
    ),
  },
  { weight: 1, arbitrary: text(30) },
);

export const address: fc.Arbitrary<Address> = fc.record(
  { name: text(20), address: addressString },
  { requiredKeys: ["address"] },
);

export const recipients = (maxLength = 8): fc.Arbitrary<Address[]> => fc.array(address, { maxLength });

const fileName = fc.oneof(
  fc.constantFrom(
    "",
    "scan.pdf",
    "Document1.docx",
    "arret_maladie_2026.pdf",
    "../../etc/passwd",
    "C:\\Users\\x\\Desktop\\facture.exe",
    "a/b/c.zip",
    "dir\\sub\\file.js",
    "setup.EXE ",
    "photo.jpg.exe",
    ".hidden",
    "noextension",
    "x.",
    "image001.png",
    "constructor",
  ),
  text(30),
);

export const attachment: fc.Arbitrary<Attachment> = fc.record(
  {
    name: fileName,
    size: fc.oneof(
      fc.nat(),
      fc.constantFrom(0, 1, 10 * 1048576, 20 * 1048576 + 1, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER),
      fc.maxSafeNat(),
    ),
    contentType: fc.oneof(
      fc.constantFrom("application/pdf", "image/png", "application/x-msdownload", "", "text/html"),
      text(10),
    ),
    inline: fc.boolean(),
    contentId: fc.oneof(fc.constantFrom("image001.png@01D", ""), text(10)),
  },
  { requiredKeys: ["name"] },
);

export const composeType: fc.Arbitrary<ComposeType> = fc.constantFrom("new", "reply", "forward");

const isoWithOffset = fc
  .tuple(
    fc.date({
      min: new Date("0001-01-01T00:00:00Z"),
      max: new Date("9999-12-31T23:59:59Z"),
      noInvalidDate: true,
    }),
    fc.constantFrom("Z", "+01:00", "+02:00", "-05:00", "+14:00", "-12:00", "+05:45"),
  )
  .map(([d, offset]) => d.toISOString().replace("Z", offset));

export const dateString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: isoWithOffset },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "",
      "not a date",
      "2026-02-30T10:00:00+01:00",
      "2026-13-01T10:00:00+01:00",
      "2026-11-30T25:61:00+01:00",
      "2026-11-30",
      "2026-11-30T10:00",
      "30/11/2026 10:00",
      "Mon, 30 Nov 2026 10:00:00 +0100",
      "+275760-09-13T00:00:00.000Z",
      "-271821-04-20T00:00:00.000Z",
      "+275760-09-12T23:00:00.000Z",
      "0000-01-01T00:00:00Z",
      "1970-01-01T00:00:00Z",
      "9999-12-31T23:59:59+14:00",
      "2026-03-29T02:30:00+01:00",
      "2026-10-25T02:30:00+02:00",
      "NaN",
      "Infinity",
      "\u0000",
    ),
  },
  { weight: 1, arbitrary: text(30) },
);

export const timeZone: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "Europe/Paris",
    "America/Cayenne",
    "Pacific/Noumea",
    "Pacific/Kiritimati",
    "Etc/GMT-14",
    "Etc/GMT+12",
    "Asia/Kathmandu",
    "UTC",
    "",
    "Mars/Olympus",
    "Europe/Pariss",
    "+01:00",
    "GMT+1",
    "constructor",
    "__proto__",
    "toString",
    "../../etc/localtime",
  ),
  text(20),
);

export interface DraftOptions {
  maxRecipients?: number;
  maxSoupParts?: number;
}

export const draft = (options: DraftOptions = {}): fc.Arbitrary<Draft> =>
  fc.record(
    {
      from: address,
      to: recipients(options.maxRecipients),
      cc: recipients(options.maxRecipients),
      bcc: recipients(options.maxRecipients),
      subject: fc.oneof(
        text(60),
        fc.array(piece, { maxLength: 8 }).map((p) => p.join("")),
        fc.constantFrom("", "RE: RE: TR: RE: budget", "URGENT : DOSSIER RQTH À SIGNER", "Re:"),
      ),
      body: fc.oneof(
        tagSoup(options.maxSoupParts).map((html) => ({ html })),
        text(200).map((t) => ({ text: t })),
        fc.array(piece, { maxLength: 40 }).map((p) => ({ text: p.join(" ") })),
      ),
      attachments: fc.array(attachment, { maxLength: 5 }),
      composeType,
      sendAt: dateString,
      deliverAt: dateString,
      timeZone,
    },
    { requiredKeys: ["to", "subject"] },
  );

/** Send moments over Date's whole range, with weight on the near future. */
export const now: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2028-01-01T00:00:00Z") }),
  fc.integer({ min: -8.64e15, max: 8.64e15 }),
);

const RULE_IDS = [
  "after-hours-send",
  "all-caps",
  "bulk-without-bcc",
  "credential-in-body",
  "external-sensitive-content",
  "forgotten-attachment",
  "image-missing-alt",
  "image-only-body",
  "long-message",
  "long-thread",
  "non-descriptive-link",
  "personal-mailbox-export",
  "recipient-typo",
  "reply-all-overuse",
  "risky-attachment",
  "vague-attachment-name",
  "vague-subject",
  "constructor",
];

const THRESHOLDS = [
  "replyAll",
  "bulkExternal",
  "bulk",
  "subjectLength",
  "threadPrefixes",
  "threadMessages",
  "messageWords",
  "attachmentMB",
  "attachmentsTotalMB",
  "constructor",
];

const CATEGORIES = [
  "generic-subject",
  "stopwords",
  "acknowledgement",
  "health",
  "special-category",
  "hr",
  "bank",
  "marking",
  "attachment-announce",
  "negation",
  "credential",
  "vague-link",
  "vague-attachment-name",
  "__proto__",
];

const hourMinute = fc.oneof(
  fc.constantFrom("08:00", "19:00", "00:00", "24:00", "23:59", "8:00", "25:00", ""),
  fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => {
    const two = (n: number) => (n < 10 ? "0" + n : String(n));
    return two(h) + ":" + two(m);
  }),
);

const anyJson = fc.jsonValue({ maxDepth: 2 });

/** Policies as JSON: any JSON at all, or the policy's fields with values right, odd or wrong. */
export const policyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: anyJson },
  {
    weight: 4,
    arbitrary: fc.record(
      {
        internalDomains: fc.oneof(fc.array(fc.constantFrom(...DOMAINS), { maxLength: 4 }), anyJson),
        personalDomains: fc.oneof(fc.array(fc.constantFrom(...DOMAINS), { maxLength: 4 }), anyJson),
        timeZone: fc.oneof(timeZone, anyJson),
        workingTime: fc.oneof(
          fc.record(
            {
              days: fc.oneof(fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 8 }), anyJson),
              start: fc.oneof(hourMinute, anyJson),
              end: fc.oneof(hourMinute, anyJson),
              closureDays: fc.oneof(
                fc.array(fc.constantFrom("2026-11-30", "2026-02-30", "x", "2026-12-24"), { maxLength: 3 }),
                anyJson,
              ),
              holidays: fc.oneof(fc.constantFrom("FR", "FR-alsace-moselle", "none", "XX"), anyJson),
            },
            { requiredKeys: [] },
          ),
          anyJson,
        ),
        thresholds: fc.oneof(
          fc.dictionary(
            fc.constantFrom(...THRESHOLDS),
            fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constantFrom(0, -1, 1.5, 2 ** 40), anyJson),
          ),
          anyJson,
        ),
        rules: fc.oneof(
          fc.dictionary(
            fc.constantFrom(...RULE_IDS),
            fc.oneof(fc.constantFrom("error", "warning", "info", "off"), anyJson),
          ),
          anyJson,
        ),
        blockingRules: fc.oneof(fc.array(fc.constantFrom(...RULE_IDS), { maxLength: 3 }), anyJson),
        keywords: fc.oneof(
          fc.dictionary(
            fc.constantFrom(...CATEGORIES),
            fc.oneof(
              fc.array(fc.oneof(piece, text(20)), { maxLength: 4 }),
              fc.record({
                fr: fc.array(text(20), { maxLength: 3 }),
                en: fc.array(text(20), { maxLength: 3 }),
              }),
              anyJson,
            ),
          ),
          anyJson,
        ),
      },
      { requiredKeys: [] },
    ),
  },
);
