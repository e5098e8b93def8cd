import { buildBodyIndex } from "../../../src/lint/body/body-index";
import { scanHistory } from "../../../src/lint/body/markers";
import type { Zone } from "../../../src/lint";

/** The text of each zone, trimmed, in order. */
function zones(body: Parameters<typeof buildBodyIndex>[0]): [Zone, string][] {
  const index = buildBodyIndex(body);
  return index.segments
    .map((s): [Zone, string] => [s.zone, index.text.slice(s.start, s.end).replace(/\s+/g, " ").trim()])
    .filter(([, t]) => t !== "");
}

const OUTLOOK_REPLY =
  "<html><head><style>p{margin:0}</style></head><body><div><p>Merci, je regarde.</p></div>" +
  '<div id="Signature"><p>Jeanne Martin<br>Direction des finances</p></div>' +
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">' +
  '<div id="divRplyFwdMsg" dir="ltr"><font><b>De :</b> Paul Durand<br><b>Envoyé :</b> lundi 23 novembre 2026 10:02<br>' +
  "<b>À :</b> Jeanne Martin<br><b>Objet :</b> Budget</font></div><div><p>Voici le budget.</p></div></body></html>";

describe("body index: zones", () => {
  it.each<[string, Parameters<typeof buildBodyIndex>[0], [Zone, string][]]>([
    [
      "Outlook reply: signature div, then appendonsend and divRplyFwdMsg start the history",
      { html: OUTLOOK_REPLY },
      [
        ["new", "Merci, je regarde."],
        ["signature", "Jeanne Martin Direction des finances"],
        [
          "quote",
          "De : Paul Durand Envoyé : lundi 23 novembre 2026 10:02 À : Jeanne Martin Objet : Budget Voici le budget.",
        ],
      ],
    ],
    [
      "Thunderbird/Apple: blockquote type=cite is quoted, inline text after it is new again",
      {
        html: '<p>Ma réponse</p><blockquote type="cite"><p>Texte cité</p></blockquote><p>Suite de ma réponse</p>',
      },
      [
        ["new", "Ma réponse"],
        ["quote", "Texte cité"],
        ["new", "Suite de ma réponse"],
      ],
    ],
    [
      "Gmail: 'Le … a écrit :' line starts the history",
      {
        html: '<div>OK pour moi</div><div class="gmail_quote"><div>Le jeu. 26 nov. 2026 à 10:02, Paul &lt;p@x.fr&gt; a écrit :</div><blockquote>Question ?</blockquote></div>',
      },
      [
        ["new", "OK pour moi"],
        ["quote", "Le jeu. 26 nov. 2026 à 10:02, Paul <p@x.fr> a écrit : Question ?"],
      ],
    ],
    [
      "plain text: '-- ' opens the signature, '-----Original Message-----' the history",
      {
        text: "Merci\n-- \nJeanne\n-----Original Message-----\nFrom: Paul\nSent: Monday\nTo: Jeanne\nSubject: x\n\nBody",
      },
      [
        ["new", "Merci"],
        ["signature", "-- Jeanne"],
        ["quote", "-----Original Message----- From: Paul Sent: Monday To: Jeanne Subject: x Body"],
      ],
    ],
    [
      "plain text: '>' lines are quoted, the lines between them are new",
      { text: "Oui.\n> Tu viens ?\nÀ demain\n" },
      [
        ["new", "Oui."],
        ["quote", "> Tu viens ?"],
        ["new", "À demain"],
      ],
    ],
    [
      "English header block without Outlook's div still starts the history",
      {
        html: "<p>See below.</p><p>From: Anne<br>Sent: Monday<br>To: Bob<br>Subject: Plan</p><p>Old text</p>",
      },
      [
        ["new", "See below."],
        ["quote", "From: Anne Sent: Monday To: Bob Subject: Plan Old text"],
      ],
    ],
    [
      "a 'De :' line without the rest of a header block is new text",
      { html: "<p>De : la part de la direction, merci.</p><p>Objet : réunion</p>" },
      [["new", "De : la part de la direction, merci. Objet : réunion"]],
    ],
    ["no body at all", undefined, []],
  ])("%s", (_why, body, expected) => {
    expect(zones(body)).toEqual(expected);
  });
});

describe("body index: contents", () => {
  it("skips style, script and head, decodes entities, and keeps block boundaries", () => {
    const index = buildBodyIndex({
      html: "<head><title>T</title><style>p{}</style></head><script>x()</script><p>a&nbsp;&amp;&eacute;</p><p>b<br>c</p>",
    });
    expect(index.text).toBe("a\u00a0&é\nb\nc\n");
    expect(index.paragraphs.map((p) => index.text.slice(p.start, p.end))).toEqual(["a\u00a0&é", "b", "c"]);
  });

  it("records images with their exact source span, attributes, size and zone", () => {
    const html =
      '<p>Plan :</p><IMG SRC="cid:image001.png@01DB" width=600 style="height:2px"><div id="Signature"><img src="logo.png" alt=""></div>' +
      '<div id="divRplyFwdMsg">De : a<br>Envoyé : b<br>Objet : c</div><img src=old.png>';
    const index = buildBodyIndex({ html });
    expect(
      index.images.map((i) => [html.slice(i.start, i.end), i.zone, i.width, i.height, i.attrs.alt]),
    ).toEqual([
      ['<IMG SRC="cid:image001.png@01DB" width=600 style="height:2px">', "new", 600, 2, undefined],
      ['<img src="logo.png" alt="">', "signature", undefined, undefined, ""],
      ["<img src=old.png>", "quote", undefined, undefined, undefined],
    ]);
  });

  it("records links with their visible text and zone", () => {
    const index = buildBodyIndex({
      html: '<p>Voir <a href="https://x.fr/a">cliquez <b>ici</b></a>.</p><blockquote type="cite"><a href="y">lien</a></blockquote>',
    });
    expect(index.links.map((l) => [l.href, l.text, l.zone])).toEqual([
      ["https://x.fr/a", "cliquez ici", "new"],
      ["y", "lien", "quote"],
    ]);
  });

  it("counts earlier messages: header blocks, 'wrote' lines and separators (a separator with its header counts once)", () => {
    const text = [
      "Top",
      "-----Original Message-----",
      "From: A",
      "Sent: x",
      "To: B",
      "Subject: RE: y",
      "text",
      "On Mon, Nov 23, 2026 at 10:00 AM Bob <b@x.com> wrote:",
      "> older",
      "De : C",
      "Envoyé : z",
      "Objet : y",
    ].join("\n");
    expect(buildBodyIndex({ text }).historyMessages).toBe(3);
  });

  it("gives tokens and text per zone with offsets into the whole text", () => {
    const index = buildBodyIndex({ html: OUTLOOK_REPLY });
    const words = index.tokensIn(["new"]).toArray();
    expect(words).toEqual(["merci", "je", "regarde"]);
    const newText = index.textIn(["new"]);
    expect(newText.length).toBe(index.text.length);
    expect(newText.trim()).toBe("Merci, je regarde.");
  });
});

describe("body index: history count edge cases", () => {
  it.each([
    [
      "a one-line quoted message between two header blocks does not hide the second",
      "Merci.\nDe : Paul Durand\nEnvoyé : lundi 23 novembre 2026 17:42\nÀ : Jeanne Martin\nObjet : RE: Planning\nOk pour moi.\nDe : Léa Bernard\nEnvoyé : lundi 23 novembre 2026 15:10\nÀ : Paul Durand\nObjet : Planning\nVoici le planning.\n",
      2,
    ],
    [
      "attribution lines inside '>' quotes count",
      "D'accord pour jeudi.\n\nLe 23/11/2026 à 17:42, Paul Durand a écrit :\n> Jeudi 14 h ?\n>\n> Le 23/11/2026 à 15:10, Léa Bernard a écrit :\n>> On se voit quand ?\n>>\n>> On Mon, Nov 23, 2026 at 10:15 AM Anna Smith wrote:\n>>> Let's meet.\n",
      3,
    ],
  ])("%s", (_why, text, count) => {
    expect(buildBodyIndex({ text }).historyMessages).toBe(count);
  });
});

describe("scanHistory: what comes before a mark, and the lines it does not read", () => {
  it.each<[string, string, { start: number; messages: number }]>([
    [
      "'>' prefixes with any white space, no-break and ideographic spaces included",
      "Ok.\n> \u00a0>\u3000De : Paul\n>\tEnvoyé : lundi\n> \u2003Objet : x",
      { start: 4, messages: 1 },
    ],
    [
      "Outlook's plain text of bold headers",
      "*De :* Paul\n*Envoyé :* lundi\n*À :* Jeanne\n*Objet :* x",
      { start: 0, messages: 1 },
    ],
    [
      "the lines no mark begins with still count in the six after From",
      "From: a\nSent: b\nTo: c\nCc: d\n1\n2\nSubject: e",
      { start: 0, messages: 1 },
    ],
    [
      "… and push a Subject out of the block",
      "From: a\nSent: b\nTo: c\nCc: d\n1\n2\n3\nSubject: e",
      { start: -1, messages: 0 },
    ],
    [
      "a line of 400 white spaces or more is empty: it does not count",
      "From: a\n" + " ".repeat(400) + "x\nSent: b\nTo: c\nCc: d\n1\n2\nSubject: e",
      { start: 0, messages: 1 },
    ],
    [
      "a mark past the 400 characters read is not seen",
      " ".repeat(390) + "Le 1 mars, Paul a écrit :",
      { start: -1, messages: 0 },
    ],
    [
      "a 'wrote' line read past its tail: a space, a colon, spaces",
      "Merci\nOn Mon, Paul wrote : \t\n> x",
      { start: 6, messages: 1 },
    ],
    [
      "… in capitals with accents, or with no colon at all",
      "LE 1 MARS, PAUL A ÉCRIT :\n> x\nLe 2 mars, Jeanne a écrit\n> y",
      { start: 0, messages: 2 },
    ],
    [
      "a 'wrote' word that does not end the line is no mark",
      "Le 1 mars, Paul a écrit : voici",
      { start: -1, messages: 0 },
    ],
    [
      "header lines without their colon are no header block",
      "De Paul\nEnvoyé lundi\nObjet x",
      { start: -1, messages: 0 },
    ],
    [
      "the start is the line's, prefix included",
      "Bonjour\n\n>> Le 1 mars, Paul a écrit :\n>>> x",
      { start: 9, messages: 1 },
    ],
  ])("%s", (_why, text, expected) => {
    expect(scanHistory(text)).toEqual(expected);
  });
});
