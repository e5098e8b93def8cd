import { lint, type Fix } from "../../src/lint";
import { applyFixToItem } from "../../src/outlook/apply-fix";
import { createMockOffice, person, type MockOptions } from "./mock-office";

const JEANNE = { name: "Jeanne Martin", address: "jeanne.martin@ville-exemple.fr" };
const PAUL = person("paul.durand@ville-exemple.fr", "Paul Durand");
const DRH = person("drh@ville-exemple.fr");
const AVOCAT = person("m.leroy@cabinet-leroy-avocats.fr", "Maître Leroy", "externalUser");
const ASSO = person("contact@asso-quartier.fr", "Association du quartier", "externalUser");
const ARCHIVES = person("archives@ville-exemple.fr", "Archives");

function apply(options: MockOptions, fix: Fix) {
  const mock = createMockOffice(options);
  return { mock, done: applyFixToItem({ item: mock.item, from: JEANNE }, fix) };
}

/** The recipients Outlook is given: address and display name. */
const written = (...people: { emailAddress: string; displayName: string }[]) =>
  people.map((p) => ({ emailAddress: p.emailAddress, displayName: p.displayName }));

describe("applyFixToItem: recipients", () => {
  const options: MockOptions = { to: [PAUL, AVOCAT, ASSO], cc: [DRH], bcc: [ARCHIVES] };

  test("move-to-bcc writes To, Cc and Bcc, with the sender in To", async () => {
    const { mock, done } = apply(options, {
      kind: "move-to-bcc",
      addresses: ["m.leroy@cabinet-leroy-avocats.fr", "CONTACT@asso-quartier.fr", "drh@ville-exemple.fr"],
      senderToTo: true,
    });
    await done;
    expect(mock.writes).toEqual([
      {
        call: "to.setAsync",
        value: [
          { emailAddress: "jeanne.martin@ville-exemple.fr", displayName: "Jeanne Martin" },
          ...written(PAUL),
        ],
      },
      { call: "cc.setAsync", value: [] },
      { call: "bcc.setAsync", value: written(ARCHIVES, AVOCAT, ASSO, DRH) },
    ]);
    // The three reads come first, together, then the three writes.
    expect(mock.log.filter((l) => l.startsWith("call:"))).toEqual([
      "call:to.getAsync",
      "call:cc.getAsync",
      "call:bcc.getAsync",
      "call:to.setAsync",
      "call:cc.setAsync",
      "call:bcc.setAsync",
    ]);
  });

  test("move-to-bcc without senderToTo leaves the sender out", async () => {
    const { mock, done } = apply(options, {
      kind: "move-to-bcc",
      addresses: ["contact@asso-quartier.fr"],
      senderToTo: false,
    });
    await done;
    expect(mock.writes).toEqual([
      { call: "to.setAsync", value: written(PAUL, AVOCAT) },
      { call: "bcc.setAsync", value: written(ARCHIVES, ASSO) },
    ]);
  });

  test("remove-recipients writes only the fields that changed", async () => {
    const { mock, done } = apply(options, {
      kind: "remove-recipients",
      addresses: ["m.leroy@cabinet-leroy-avocats.fr"],
    });
    await done;
    expect(mock.writes).toEqual([{ call: "to.setAsync", value: written(PAUL, ASSO) }]);
    expect(mock.state.cc).toEqual([DRH].map((p) => person(p.emailAddress, p.displayName)));
  });

  test("remove-recipients across fields writes each of them", async () => {
    const { mock, done } = apply(options, {
      kind: "remove-recipients",
      addresses: ["contact@asso-quartier.fr", "archives@ville-exemple.fr"],
    });
    await done;
    expect(mock.writes).toEqual([
      { call: "to.setAsync", value: written(PAUL, AVOCAT) },
      { call: "bcc.setAsync", value: [] },
    ]);
  });

  test("replace-recipient rewrites the address where it stands and keeps the name", async () => {
    const typo = person("paul.durand@ville-exmple.fr", "Paul Durand");
    const { mock, done } = apply(
      { to: [DRH], cc: [typo] },
      {
        kind: "replace-recipient",
        from: "paul.durand@ville-exmple.fr",
        to: "paul.durand@ville-exemple.fr",
      },
    );
    await done;
    expect(mock.writes).toEqual([
      {
        call: "cc.setAsync",
        value: [{ emailAddress: "paul.durand@ville-exemple.fr", displayName: "Paul Durand" }],
      },
    ]);
  });

  test("a recipient read failing rejects and writes nothing", async () => {
    const { mock, done } = apply(
      { ...options, fail: { "cc.getAsync": "Busy" } },
      {
        kind: "remove-recipients",
        addresses: ["m.leroy@cabinet-leroy-avocats.fr"],
      },
    );
    await expect(done).rejects.toThrow("Busy");
    expect(mock.writes).toEqual([]);
  });

  test("a write failing rejects with Office's message", async () => {
    const { done } = apply(
      { ...options, fail: { "to.setAsync": "Too many recipients" } },
      {
        kind: "remove-recipients",
        addresses: ["m.leroy@cabinet-leroy-avocats.fr"],
      },
    );
    await expect(done).rejects.toThrow("Too many recipients");
  });
});

describe("applyFixToItem: subject and delivery time", () => {
  test("set-subject writes the subject and nothing else", async () => {
    const { mock, done } = apply(
      { subject: "Question" },
      {
        kind: "set-subject",
        subject: "Question sur le budget 2027 : réponse avant le 12 décembre",
      },
    );
    await done;
    expect(mock.writes).toEqual([
      { call: "subject.setAsync", value: "Question sur le budget 2027 : réponse avant le 12 décembre" },
    ]);
  });

  test("schedule-delivery writes a Date at the fix's instant", async () => {
    const at = "2026-11-30T08:00:00+01:00";
    const { mock, done } = apply(
      {},
      {
        kind: "schedule-delivery",
        at,
        label: { fr: "lundi 30 novembre à 08:00", en: "Monday 30 November at 08:00" },
      },
    );
    await done;
    expect(mock.writes).toHaveLength(1);
    const { call, value } = mock.writes[0];
    expect(call).toBe("delayDeliveryTime.setAsync");
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).getTime()).toBe(Date.parse(at));
    expect((value as Date).toISOString()).toBe("2026-11-30T07:00:00.000Z");
  });

  test("schedule-delivery rejects on a client without delayDeliveryTime (before 1.13)", async () => {
    const { mock, done } = apply(
      { delayDeliveryTime: null },
      {
        kind: "schedule-delivery",
        at: "2026-11-30T08:00:00+01:00",
        label: { fr: "", en: "" },
      },
    );
    await expect(done).rejects.toThrow("delayDeliveryTime is not supported here.");
    expect(mock.writes).toEqual([]);
  });
});

// A message as classic Outlook writes it: Word's HTML with conditional comments, VML namespaces, a MsoNormal
// style sheet, non-breaking spaces, CRLF line ends, and three images: a chart without alt, a map with the alt
// text Outlook generates by itself, and a signature logo with a single-quoted alt.
const OUTLOOK_BODY = [
  '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" ' +
    'xmlns="http://www.w3.org/TR/REC-html40">',
  "<head>",
  '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
  '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
  "<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}",
  "o\\:* {behavior:url(#default#VML);}",
  "</style><![endif]--><style><!--",
  "/* Font Definitions */",
  "@font-face",
  "\t{font-family:Aptos;}",
  "/* Style Definitions */",
  "p.MsoNormal, li.MsoNormal, div.MsoNormal",
  "\t{margin:0cm;",
  "\tfont-size:12.0pt;",
  '\tfont-family:"Aptos",sans-serif;',
  "\tmso-ligatures:standardcontextual;",
  "\tmso-fareast-language:EN-US;}",
  "span.EmailStyle17",
  "\t{mso-style-type:personal-compose;}",
  "@page WordSection1",
  "\t{size:612.0pt 792.0pt;",
  "\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}",
  "div.WordSection1",
  "\t{page:WordSection1;}",
  "--></style><!--[if gte mso 9]><xml>",
  '<o:shapedefaults v:ext="edit" spidmax="1026" />',
  "</xml><![endif]-->",
  "</head>",
  '<body lang="FR" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
  '<div class="WordSection1">',
  '<p class="MsoNormal">Bonjour à toutes et à tous,<o:p></o:p></p>',
  '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
  '<p class="MsoNormal">Voici l’évolution des effectifs du service culture entre 2022 et 2026&nbsp;:<o:p></o:p></p>',
  '<p class="MsoNormal"><img width="602" height="301" style="width:6.2708in;height:3.1354in" ' +
    'id="Image_x0020_1" src="cid:image001.png@01DB4F2A.7C1E3B40"><o:p></o:p></p>',
  '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
  '<p class="MsoNormal">Et le plan d’accès à la nouvelle salle&nbsp;:<o:p></o:p></p>',
  '<p class="MsoNormal"><img border=0 width=400 height=250 id="Image_x0020_2" ' +
    'src="cid:image002.jpg@01DB4F2A.7C1E3B40" alt="Une image contenant texte, carte\r\n\r\nDescription générée ' +
    'automatiquement"><o:p></o:p></p>',
  '<p class="MsoNormal">Bien cordialement,<o:p></o:p></p>',
  '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
  '<div id="Signature"><p class="MsoNormal"><b><span style="color:#1F3864">Jeanne Martin</span></b><br>',
  "Direction des ressources humaines — Ville d’Exemple<br><img width=120 height=40 " +
    "src=\"cid:image003.png@01DB4F2A.7C1E3B40\" alt='Logo de la Ville d&#39;Exemple'></p></div>",
  "</div>",
  "</body>",
  "</html>",
].join("\r\n");

describe("applyFixToItem: set-image-alt", () => {
  const CHART = '<img width="602" height="301" style="width:6.2708in;height:3.1354in" id="Image_x0020_1"';
  const PLAN_ALT = 'alt="Une image contenant texte, carte\r\n\r\nDescription générée automatiquement"';
  /** The fix the engine proposes for that image, with what the user typed. */
  function fixFor(body: string, image: number, alt: string): Fix {
    const findings = lint(
      { to: [{ address: "paul.durand@ville-exemple.fr" }], subject: "Effectifs", body: { html: body } },
      { only: ["image-missing-alt"] },
    );
    for (const f of findings) {
      for (const fix of f.fixes)
        if (fix.kind === "set-image-alt" && fix.image === image) return { ...fix, alt };
    }
    throw new Error("no set-image-alt fix for image " + image);
  }

  test("the body written is the original, byte for byte, but for the new alt attribute", async () => {
    const alt = "Effectifs 2022-2026 : de 41 à 47 agents";
    const { mock, done } = apply({ body: OUTLOOK_BODY }, fixFor(OUTLOOK_BODY, 0, alt));
    await done;
    expect(mock.writes).toHaveLength(1);
    expect(mock.writes[0].call).toBe("body.setAsync");
    const at = OUTLOOK_BODY.indexOf(CHART) + "<img".length;
    const expected = OUTLOOK_BODY.slice(0, at) + ' alt="' + alt + '"' + OUTLOOK_BODY.slice(at);
    expect(mock.writes[0].value).toBe(expected);
  });

  test("an existing alt is replaced inside its quotes; quotes and angle brackets in the text are escaped", async () => {
    const alt = 'Plan : entrée "rue Victor-Hugo" <au fond>';
    const { mock, done } = apply({ body: OUTLOOK_BODY }, fixFor(OUTLOOK_BODY, 1, alt));
    await done;
    const at = OUTLOOK_BODY.indexOf(PLAN_ALT);
    const escaped = "Plan : entrée &quot;rue Victor-Hugo&quot; &lt;au fond&gt;";
    expect(mock.writes[0].value).toBe(
      OUTLOOK_BODY.slice(0, at) + 'alt="' + escaped + '"' + OUTLOOK_BODY.slice(at + PLAN_ALT.length),
    );
  });

  test("the image is found again by its position when text was added before it since the lint", async () => {
    const fix = fixFor(OUTLOOK_BODY, 1, "Plan d'accès à la salle Molière");
    const added = '<p class="MsoNormal">PS&nbsp;: la réunion commence à 9&nbsp;h 30.<o:p></o:p></p>\r\n';
    const current = OUTLOOK_BODY.replace(
      '<p class="MsoNormal">Bonjour',
      added + '<p class="MsoNormal">Bonjour',
    );
    const { mock, done } = apply({ body: current }, fix);
    await done;
    const at = current.indexOf(PLAN_ALT);
    // The tag moved past where the lint saw it.
    expect(fix.kind === "set-image-alt" && at > fix.end).toBe(true);
    expect(mock.writes[0].value).toBe(
      current.slice(0, at) + 'alt="Plan d\'accès à la salle Molière"' + current.slice(at + PLAN_ALT.length),
    );
  });

  test("an image that is gone is not looked for elsewhere: rejects, writes nothing", async () => {
    const fix = fixFor(OUTLOOK_BODY, 1, "Plan");
    const withoutImages = '<p class="MsoNormal">Bonjour,</p>';
    const { mock, done } = apply({ body: withoutImages }, fix);
    await expect(done).rejects.toThrow("The image is no longer in the message.");
    expect(mock.writes).toEqual([]);
  });
});
