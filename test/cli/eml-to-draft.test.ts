// CLI.md, "How an .eml file becomes a draft": small messages and the draft fields they give.
import { checkHeaderBlock, emlToDraft } from "../../src/cli/eml-to-draft";
import { InputError } from "../../src/cli/messages";
import type { Draft } from "../../src/lint";

const eml = (...lines: string[]): Buffer => Buffer.from(lines.join("\r\n"), "utf8");
const NOW = Date.parse("2026-11-24T10:00:00+01:00");
const toDraft = (raw: Buffer): Promise<Draft> => emlToDraft(raw, { now: NOW, timeZone: "Europe/Paris" });

const HEAD = [
  "From: Jeanne Martin <jeanne.martin@ville-exemple.fr>",
  "To: Paul Durand <paul.durand@ville-exemple.fr>",
  "Date: Tue, 24 Nov 2026 10:00:00 +0100",
  "MIME-Version: 1.0",
];

const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
const PNG_BYTES = Buffer.from(PNG, "base64").length;

const cases: { why: string; raw: Buffer; expected: Partial<Draft> }[] = [
  {
    why: "encoded-word subject and names (Q and B), Cc and Bcc, Date with its offset",
    raw: eml(
      "From: =?UTF-8?Q?H=C3=A9l=C3=A8ne_L=C3=A9ger?= <helene.leger@ville-exemple.fr>",
      "To: =?ISO-8859-1?Q?Fran=E7ois?= <francois@ville-exemple.fr>, zoe@partenaire.fr",
      "Cc: Team: a@ville-exemple.fr, b@ville-exemple.fr;",
      "Bcc: undisclosed-recipients:;, =?UTF-8?B?w4lsb2RpZQ==?= <elodie@ville-exemple.fr>",
      "Subject: =?UTF-8?B?UsOpdW5pb24gYnVkZ2V0IDIwMjcg4oCUIGpldWRpIDEyLzEy?=",
      "Date: Fri, 27 Nov 2026 21:40:00 +0100",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Bonjour",
    ),
    expected: {
      from: { name: "Hélène Léger", address: "helene.leger@ville-exemple.fr" },
      to: [{ name: "François", address: "francois@ville-exemple.fr" }, { address: "zoe@partenaire.fr" }],
      cc: [{ address: "a@ville-exemple.fr" }, { address: "b@ville-exemple.fr" }],
      bcc: [{ name: "Élodie", address: "elodie@ville-exemple.fr" }],
      subject: "Réunion budget 2027 — jeudi 12/12",
      body: { text: "Bonjour\n" },
      composeType: "new",
      sendAt: "2026-11-27T21:40:00+01:00",
      timeZone: "Europe/Paris",
    },
  },
  {
    why: "an HTML image shown by cid: is an inline attachment",
    raw: eml(
      ...HEAD,
      "Subject: Logo du service culture pour la plaquette",
      'Content-Type: multipart/related; boundary="rel"',
      "",
      "--rel",
      "Content-Type: text/html; charset=utf-8",
      "",
      '<p>Voici le logo :</p><img src="cid:logo@ville-exemple.fr">',
      "--rel",
      'Content-Type: image/png; name="logo.png"',
      "Content-Transfer-Encoding: base64",
      "Content-ID: <logo@ville-exemple.fr>",
      "",
      PNG,
      "--rel--",
    ),
    expected: {
      body: { html: '<p>Voici le logo :</p><img src="cid:logo@ville-exemple.fr">\n' },
      attachments: [
        {
          name: "logo.png",
          size: PNG_BYTES,
          contentType: "image/png",
          inline: true,
          contentId: "logo@ville-exemple.fr",
        },
      ],
    },
  },
  {
    why: "Content-Disposition: attachment makes a (non-inline) attachment; inline with a Content-ID is inline",
    raw: eml(
      ...HEAD,
      "Subject: Rapport annuel 2026 du service culture",
      'Content-Type: multipart/mixed; boundary="mix"',
      "",
      "--mix",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Le rapport est joint.",
      "--mix",
      "Content-Type: application/pdf",
      'Content-Disposition: attachment; filename="=?UTF-8?Q?rapport_annuel_=C3=A9t=C3=A9.pdf?="',
      "Content-Transfer-Encoding: base64",
      "",
      "JVBERi0xLjQK",
      "--mix",
      "Content-Type: image/png",
      "Content-Disposition: inline",
      "Content-ID: <sig@ville-exemple.fr>",
      "Content-Transfer-Encoding: base64",
      "",
      PNG,
      "--mix",
      "Content-Type: text/csv",
      "Content-Disposition: attachment",
      "",
      "a;b",
      "--mix--",
    ),
    expected: {
      body: { text: "Le rapport est joint.\n" },
      attachments: [
        { name: "rapport annuel été.pdf", size: 9, contentType: "application/pdf" },
        {
          name: "sig@ville-exemple.fr",
          size: PNG_BYTES,
          contentType: "image/png",
          inline: true,
          contentId: "sig@ville-exemple.fr",
        },
        { name: "", size: 4, contentType: "text/csv" },
      ],
    },
  },
  {
    why: "a bounce's original message is an attachment, named by its subject, without a file name",
    raw: eml(
      "From: Mail Delivery System <MAILER-DAEMON@ville-exemple.fr>",
      "To: jeanne.martin@ville-exemple.fr",
      "Subject: Undelivered Mail Returned to Sender",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="rep"',
      "",
      "--rep",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Your message could not be delivered. It is attached below.",
      "--rep",
      "Content-Type: message/delivery-status",
      "",
      "Final-Recipient: rfc822; nobody@partenaire.fr",
      "Action: failed",
      "--rep",
      "Content-Type: message/rfc822",
      "",
      "From: jeanne.martin@ville-exemple.fr",
      "Subject: =?UTF-8?Q?R=C3=A9union_budget?=",
      "",
      "Bonjour",
      "--rep--",
    ),
    expected: {
      attachments: [{ name: "Réunion budget.eml", size: 87, contentType: "message/rfc822" }],
    },
  },
  {
    why: "In-Reply-To makes a reply even without a prefix",
    raw: eml(
      ...HEAD,
      "Subject: Budget 2027 du service culture",
      "In-Reply-To: <abc@ville-exemple.fr>",
      "",
      "Merci.",
    ),
    expected: { composeType: "reply" },
  },
  {
    why: "References alone make a reply too",
    raw: eml(...HEAD, "Subject: Budget 2027", "References: <abc@ville-exemple.fr>", "", "Merci."),
    expected: { composeType: "reply" },
  },
  {
    why: "a reply prefix makes a reply",
    raw: eml(...HEAD, "Subject: RE: Budget 2027", "", "Merci."),
    expected: { composeType: "reply", subject: "RE: Budget 2027" },
  },
  {
    why: "TR: makes a forward, even with In-Reply-To",
    raw: eml(...HEAD, "Subject: TR: Budget 2027", "In-Reply-To: <abc@ville-exemple.fr>", "", "Pour info."),
    expected: { composeType: "forward" },
  },
  {
    why: "Fwd:, WG:, I: are forward prefixes",
    raw: eml(...HEAD, "Subject: [EXT] Fwd: Budget 2027", "", "Pour info."),
    expected: { composeType: "forward" },
  },
  {
    why: "a forwarded-message block in a plain-text body makes a forward",
    raw: eml(
      ...HEAD,
      "Subject: Budget 2027",
      "",
      "Pour info.",
      "",
      "---------- Forwarded message ---------",
      "From: Paul <paul@ville-exemple.fr>",
      "Subject: Budget 2027",
    ),
    expected: { composeType: "forward" },
  },
  {
    why: "a French Thunderbird forward block in an HTML body makes a forward",
    raw: eml(
      ...HEAD,
      "Subject: Budget 2027",
      "Content-Type: text/html; charset=utf-8",
      "",
      "<p>Pour info.</p><div>-------- Message transf&eacute;r&eacute; --------</div><p>Sujet : Budget</p>",
    ),
    expected: { composeType: "forward" },
  },
  {
    why: "Apple Mail's forward line makes a forward",
    raw: eml(
      ...HEAD,
      "Subject: Budget 2027",
      "",
      "Pour info.",
      "",
      "Début du message réexpédié :",
      "",
      "De : Paul",
    ),
    expected: { composeType: "forward" },
  },
  {
    why: "'-----Original Message-----' alone is not a forward (Outlook puts it in replies)",
    raw: eml(...HEAD, "Subject: Budget 2027", "", "Vu.", "", "-----Original Message-----", "From: Paul"),
    expected: { composeType: "new" },
  },
  {
    why: "plain text only: the text part is the body; no attachment field",
    raw: eml(
      ...HEAD,
      "Subject: Budget 2027",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Bonjour Paul,",
      "",
      "Jeanne",
    ),
    expected: { body: { text: "Bonjour Paul,\n\nJeanne\n" }, attachments: undefined, composeType: "new" },
  },
  {
    why: "text and HTML alternatives: the HTML part is the body",
    raw: eml(
      ...HEAD,
      "Subject: Budget 2027",
      'Content-Type: multipart/alternative; boundary="alt"',
      "",
      "--alt",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Bonjour",
      "--alt",
      "Content-Type: text/html; charset=utf-8",
      "",
      "<p>Bonjour</p>",
      "--alt--",
    ),
    expected: { body: { html: "<p>Bonjour</p>\n" } },
  },
  {
    why: "no Date header: the send moment is --now",
    raw: eml("From: a@ville-exemple.fr", "To: b@ville-exemple.fr", "Subject: Budget 2027", "", "x"),
    expected: { sendAt: "2026-11-24T10:00:00+01:00", subject: "Budget 2027" },
  },
  {
    why: "an unreadable Date header counts as none; no To header gives an empty list; no subject an empty one",
    raw: eml("From: a@ville-exemple.fr", "Date: someday", "", "x"),
    expected: { sendAt: "2026-11-24T10:00:00+01:00", to: [], subject: "" },
  },
  {
    why: "a Date in another offset is shown in the draft's zone",
    raw: eml(
      "From: a@ville-exemple.fr",
      "To: b@x.fr",
      "Subject: s",
      "Date: Tue, 24 Nov 2026 09:00:00 -0500",
      "",
      "x",
    ),
    expected: { sendAt: "2026-11-24T15:00:00+01:00" },
  },
  {
    why: "an mbox 'From ' line before the headers is tolerated",
    raw: eml(
      "From jeanne@ville-exemple.fr Tue Nov 24 10:00:00 2026",
      ...HEAD,
      "Subject: Budget 2027",
      "",
      "x",
    ),
    expected: {
      subject: "Budget 2027",
      to: [{ name: "Paul Durand", address: "paul.durand@ville-exemple.fr" }],
    },
  },
];

describe("emlToDraft", () => {
  it.each(cases)("$why", async ({ raw, expected }) => {
    const draft = await toDraft(raw);
    for (const [key, value] of Object.entries(expected))
      expect([key, draft[key as keyof Draft]]).toEqual([key, value]);
  });

  it("without a time zone uses the machine's, and the sendAt still has an offset", async () => {
    const draft = await emlToDraft(eml(...HEAD, "Subject: s", "", "x"));
    expect(draft.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(draft.sendAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(Date.parse(draft.sendAt as string)).toBe(Date.parse("2026-11-24T10:00:00+01:00"));
  });
});

describe("what is not a message", () => {
  const reject = (raw: Uint8Array): string => {
    try {
      checkHeaderBlock(raw);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as InputError).reason.en;
    }
    throw new Error("accepted");
  };

  it.each([
    ["an empty file", Buffer.alloc(0), "empty file"],
    ["white space only", Buffer.from("\r\n\r\n  \n"), "empty file"],
    [
      "binary data",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]),
      "binary data",
    ],
    [
      "prose without a header",
      Buffer.from("Bonjour Paul,\n\nvoici le budget.\n"),
      'no "Name: value" header line',
    ],
    [
      "a blank line before any header",
      Buffer.from("\nSubject: late\n\nbody"),
      'no "Name: value" header line',
    ],
  ])("%s is refused", (_what, raw, reason) => {
    expect(reject(raw)).toContain(reason);
  });

  it("emlToDraft refuses it too, with the reason", async () => {
    await expect(toDraft(Buffer.alloc(0))).rejects.toMatchObject({ reason: { en: "empty file" } });
  });
});
