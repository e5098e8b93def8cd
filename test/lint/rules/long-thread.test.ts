import { draft, ruleTester } from "../rule-tester";

const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join("");

// Quoted messages as the mail clients write them. Each quoted message has a few lines of its own.
/** Outlook on the web: the first reply header block (divRplyFwdMsg), then the message. */
const outlookReply = (from: string, date: string, subject: string, ...lines: string[]) =>
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
  '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
  `<b>De :</b> ${from}<br><b>Envoyé :</b> ${date}<br>` +
  "<b>À :</b> Jeanne Martin &lt;jeanne.martin@ville-exemple.fr&gt;<br>" +
  `<b>Objet :</b> ${subject}</font><div>&nbsp;</div></div>` +
  `<div dir="ltr">${p(...lines)}</div>`;
/** Outlook desktop: an earlier message's header block under a top border. */
const outlookEarlier = (from: string, date: string, subject: string, ...lines: string[]) =>
  '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
  `<p class="MsoNormal"><b>From:</b> ${from}<br><b>Sent:</b> ${date}<br>` +
  "<b>To:</b> Service RH &lt;rh@ville-exemple.fr&gt;<br><b>Cc:</b> Léa Bernard &lt;lea.bernard@ville-exemple.fr&gt;<br>" +
  `<b>Subject:</b> ${subject}</p></div>` +
  p(...lines);
/** Gmail / Thunderbird: an attribution line, then the quoted message. */
const wrote = (attribution: string, ...lines: string[]) =>
  `<div class="moz-cite-prefix">${attribution}<br></div><blockquote type="cite">${p(...lines)}</blockquote>`;

const Q1 = outlookReply(
  "Paul Durand &lt;paul.durand@ville-exemple.fr&gt;",
  "lundi 23 novembre 2026 17:42",
  "RE: Planning des astreintes de décembre",
  "Bonjour Jeanne,",
  "Je prends le week-end du 24, Léa celui du 31.",
  "Paul",
);
const Q2 = outlookEarlier(
  "Léa Bernard &lt;lea.bernard@ville-exemple.fr&gt;",
  "Monday, November 23, 2026 3:10 PM",
  "RE: Planning des astreintes de décembre",
  "Bonjour à tous,",
  "Le 31 me convient si je récupère le 2 janvier.",
  "Léa",
);
const Q3 = wrote(
  "Le 23/11/2026 à 11:02, Marc Petit &lt;marc.petit@ville-exemple.fr&gt; a écrit :",
  "Bonjour,",
  "Je suis en congé du 20 au 27 décembre, ne me comptez pas.",
  "Marc",
);
const Q4 = wrote(
  "On Mon, Nov 23, 2026 at 10:15 AM Anna Smith &lt;anna.smith@ville-exemple.fr&gt; wrote:",
  "Hi all,",
  "I can cover the 26th if needed.",
  "Anna",
);
const Q5 = outlookEarlier(
  "Jeanne Martin &lt;jeanne.martin@ville-exemple.fr&gt;",
  "Monday, November 23, 2026 9:00 AM",
  "Planning des astreintes de décembre",
  "Bonjour à tous,",
  "Merci de me dire avant mercredi quels week-ends vous prenez.",
  "Jeanne",
);
const NEW_TEXT = p(
  "Bonjour à tous,",
  "Merci, je fais la synthèse et j'envoie le planning définitif lundi.",
  "Jeanne",
);
const html = (...quoted: string[]) => ({ html: NEW_TEXT + quoted.join("") });

/** Outlook's plain-text reply: each earlier message under an "-----Original Message-----" separator. */
const original = (n: number) =>
  "-----Original Message-----\n" +
  `From: Agent ${n} <agent${n}@ville-exemple.fr>\n` +
  `Sent: Monday, November 23, 2026 ${n + 8}:00 AM\n` +
  "To: Service RH <rh@ville-exemple.fr>\n" +
  "Subject: RE: December on-call rota\n\n" +
  `Hello,\nI can take week-end number ${n}.\nAgent ${n}\n\n`;
const plain = (count: number) => {
  let text = "Thanks all, the final rota will follow on Monday.\nJeanne\n\n";
  for (let n = 1; n <= count; n++) text += original(n);
  return { text };
};

/** French typography: "Message d'origine" separators and "De : … Objet :" blocks, three of them. */
const ORIGINE =
  "Voici la synthèse.\n\n" +
  [1, 2, 3]
    .map(
      (n) =>
        "-------- Message d'origine --------\n" +
        `De : Agent ${n} <agent${n}@ville-exemple.fr>\n` +
        `Date : 23/11/2026 1${n}:00\n` +
        "À : Service RH <rh@ville-exemple.fr>\n" +
        "Objet : RE: Astreintes\n\n" +
        `Bonjour,\nJe prends le week-end ${n}.\nAgent ${n}\n\n`,
    )
    .join("");

const history = (count: number) => ({
  messageId: "history",
  data: { count },
  location: { part: "body", zone: "quote" },
  noFix: true as const,
});

ruleTester("long-thread", {
  valid: [
    {
      why: "two stacked prefixes stay under the default threshold of three",
      draft: draft({ subject: "RE: TR: Budget 2027 du service culture" }),
    },
    {
      why: "a gateway tag and one prefix: « [EXT] RE: »",
      draft: draft({ subject: "[EXT] RE: Convention de partenariat 2027" }),
    },
    {
      why: "a counted prefix « RE[3]: » is one prefix",
      draft: draft({ subject: "RE[3]: Budget 2027 du service culture" }),
    },
    {
      why: "colons inside the subject core are not prefixes: « RE: Objet : réunion CT : ordre du jour »",
      draft: draft({ subject: "RE: Objet : réunion CT : ordre du jour" }),
    },
    {
      why: "four quoted messages (Outlook header blocks, « a écrit » and « wrote » lines) stay under five",
      draft: draft({ subject: "RE: Planning des astreintes de décembre", body: html(Q1, Q2, Q3, Q4) }),
    },
    {
      why: "four « -----Original Message----- » blocks in plain text stay under five",
      draft: draft({ subject: "RE: December on-call rota", body: plain(4) }),
    },
    {
      why: "three « Message d'origine » blocks, each with its header, count three, not six",
      draft: draft({ subject: "TR: Astreintes", body: { text: ORIGINE } }),
    },
    {
      why: "a policy may allow more prefixes",
      policy: { thresholds: { threadPrefixes: 4 } },
      draft: draft({ subject: "RE: RE: TR: Budget" }),
    },
    {
      why: "a policy may allow a longer history",
      policy: { thresholds: { threadMessages: 6 } },
      draft: draft({ subject: "RE: Planning des astreintes de décembre", body: html(Q1, Q2, Q3, Q4, Q5) }),
    },
  ],
  invalid: [
    {
      why: "three stacked prefixes; the fix keeps the first one",
      draft: draft({ subject: "RE: RE: TR: Budget" }),
      findings: [
        {
          messageId: "prefixes",
          data: { count: 3 },
          location: { part: "subject", start: 0, end: 12 },
          fix: { kind: "set-subject", output: draft({ subject: "RE: Budget" }) },
        },
      ],
    },
    {
      why: "a gateway tag before stacked prefixes: « [EXT] RE: RE: Fwd: »",
      draft: draft({ subject: "[EXT] RE: RE: Fwd: Convention de partenariat 2027" }),
      findings: [
        {
          messageId: "prefixes",
          data: { count: 3 },
          location: { part: "subject", start: 0, end: 19 },
          fix: { kind: "set-subject", output: draft({ subject: "RE: Convention de partenariat 2027" }) },
        },
      ],
    },
    {
      why: "French spacing before the colons: « RE : RE : TR : »",
      draft: draft({ subject: "RE : RE : TR : Planning des astreintes" }),
      findings: [
        {
          messageId: "prefixes",
          data: { count: 3 },
          location: { part: "subject", start: 0, end: 15 },
          fix: { kind: "set-subject", output: draft({ subject: "RE: Planning des astreintes" }) },
        },
      ],
    },
    {
      why: "a forward of a long reply chain keeps « TR: »",
      draft: draft({ subject: "TR: RE: RE: RE: Inscription à la formation RGPD" }),
      findings: [
        {
          messageId: "prefixes",
          data: { count: 4 },
          location: { part: "subject", start: 0, end: 16 },
          fix: { kind: "set-subject", output: draft({ subject: "TR: Inscription à la formation RGPD" }) },
        },
      ],
    },
    {
      why: "English prefixes in mixed case: « Fw: RE: Re: »",
      draft: draft({ subject: "Fw: RE: Re: December on-call rota" }),
      findings: [
        {
          messageId: "prefixes",
          data: { count: 3 },
          location: { part: "subject", start: 0, end: 12 },
          fix: { kind: "set-subject", output: draft({ subject: "FW: December on-call rota" }) },
        },
      ],
    },
    {
      why: "a policy threshold of two prefixes",
      policy: { thresholds: { threadPrefixes: 2 } },
      draft: draft({ subject: "RE: TR: Budget 2027 du service culture" }),
      findings: [
        {
          messageId: "prefixes",
          data: { count: 2 },
          location: { part: "subject", start: 0, end: 8 },
          fix: { kind: "set-subject", output: draft({ subject: "RE: Budget 2027 du service culture" }) },
        },
      ],
    },
    {
      why: "five quoted messages: Outlook header blocks, a « Le … a écrit : » line and an « On … wrote: » line",
      draft: draft({ subject: "RE: Planning des astreintes de décembre", body: html(Q1, Q2, Q3, Q4, Q5) }),
      findings: [history(5)],
    },
    {
      why: "five « -----Original Message----- » blocks in a plain-text body",
      draft: draft({ subject: "RE: December on-call rota", body: plain(5) }),
      findings: [history(5)],
    },
    {
      why: "six quoted messages report their count",
      draft: draft({ subject: "RE: December on-call rota", body: plain(6) }),
      findings: [history(6)],
    },
    {
      why: "a policy threshold of three quoted messages",
      policy: { thresholds: { threadMessages: 3 } },
      draft: draft({ subject: "TR: Astreintes", body: { text: ORIGINE } }),
      findings: [history(3)],
    },
    {
      why: "both findings at once: stacked prefixes and a long history",
      draft: draft({
        subject: "RE: RE: TR: Planning des astreintes de décembre",
        body: html(Q1, Q2, Q3, Q4, Q5),
      }),
      findings: [
        {
          messageId: "prefixes",
          data: { count: 3 },
          location: { part: "subject", start: 0, end: 12 },
          fix: {
            kind: "set-subject",
            output: draft({
              subject: "RE: Planning des astreintes de décembre",
              body: html(Q1, Q2, Q3, Q4, Q5),
            }),
          },
        },
        history(5),
      ],
    },
  ],
});
