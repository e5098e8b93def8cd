import type { Draft } from "../../../src/lint";
import { draft, ruleTester } from "../rule-tester";

const FR = "le comité technique se réunira jeudi pour arrêter le budget définitif du service culture".split(
  " ",
);
const EN =
  "the steering committee will meet on Thursday to agree the final budget of the culture department".split(
    " ",
  );
// 10 words but 14 tokens: « l'ordre », « qu'il », « d'ici », « aujourd'hui » are one word each.
const ELIDED = "l'ordre du jour qu'il propose d'ici jeudi reste aujourd'hui provisoire".split(" ");

/** `n` words taken in turn from `words`, one paragraph per 50 words. */
function words(n: number, from: string[] = FR): string {
  let out = "<p>";
  for (let i = 0; i < n; i++) {
    out += from[i % from.length] + (i === n - 1 ? "</p>" : (i + 1) % 50 === 0 ? "</p><p>" : " ");
  }
  return n === 0 ? "" : out;
}
const plain = (n: number, from: string[] = FR) =>
  words(n, from)
    .replace(/<\/p><p>/g, "\n")
    .replace(/<\/?p>/g, "");

const html = (source: string): Draft => draft({ body: { html: source } });

const SIGNATURE = (n: number) =>
  '<div id="Signature"><p>Jeanne Martin<br>Chargée de mission RH — Direction des ressources humaines</p>' +
  `${words(n)}</div>`;
const HISTORY = (n: number) =>
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
  '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
  "<b>De :</b> Paul Durand &lt;paul.durand@ville-exemple.fr&gt;<br><b>Envoyé :</b> lundi 23 novembre 2026 17:42<br>" +
  "<b>À :</b> Jeanne Martin &lt;jeanne.martin@ville-exemple.fr&gt;<br>" +
  "<b>Objet :</b> Budget 2027 du service culture</font><div>&nbsp;</div></div>" +
  `<div dir="ltr">${words(n)}</div>`;

const reply = (source: string): Draft =>
  draft({ subject: "RE: Budget 2027 du service culture", composeType: "reply", body: { html: source } });

ruleTester("long-message", {
  valid: [
    {
      why: "exactly 400 words of new text is not over 400",
      draft: html(words(400)),
    },
    {
      why: "English, 400 words",
      draft: html(words(400, EN)),
    },
    {
      why: "400 words with elisions (« l'ordre », « aujourd'hui »): words are counted as a reader counts them",
      draft: html(words(400, ELIDED)),
    },
    {
      why: "a short reply over a long quoted history: only the new text counts",
      draft: reply(`<p>D'accord, je valide le budget.</p>${SIGNATURE(0)}${HISTORY(1200)}`),
    },
    {
      why: "a long signature (disclaimer) is not the new text",
      draft: html(`<p>Merci Paul, c'est noté.</p>${SIGNATURE(600)}`),
    },
    {
      why: "plain text: a long « > » quoted message under a short answer",
      draft: draft({ body: { text: "Ok pour moi.\n\n" + plain(900).replace(/^/gm, "> ") } }),
    },
    {
      why: "plain text: a long signature after « -- »",
      draft: draft({ body: { text: "Thanks, see you on Thursday.\n-- \n" + plain(500, EN) } }),
    },
    {
      why: "a policy threshold of 100 words: 100 words is not over it",
      draft: html(words(100)),
      policy: { thresholds: { messageWords: 100 } },
    },
    {
      why: "the policy may turn the rule off",
      draft: html(words(900)),
      policy: { rules: { "long-message": "off" } },
    },
    {
      why: "a draft without body",
      draft: draft({ body: undefined }),
    },
  ],
  invalid: [
    {
      why: "401 words of French new text",
      draft: html(words(401)),
      findings: [
        { messageId: "long", data: { words: 401 }, location: { part: "body", zone: "new" }, noFix: true },
      ],
    },
    {
      why: "401 words of English new text",
      draft: html(words(401, EN)),
      findings: [
        { messageId: "long", data: { words: 401 }, location: { part: "body", zone: "new" }, noFix: true },
      ],
    },
    {
      why: "401 words with elisions",
      draft: html(words(401, ELIDED)),
      findings: [
        { messageId: "long", data: { words: 401 }, location: { part: "body", zone: "new" }, noFix: true },
      ],
    },
    {
      why: "a greeting, 420 words and a sign-off all count",
      draft: html(`<p>Bonjour à tous,</p>${words(420)}<p>Bonne journée,<br>Jeanne</p>`),
      findings: [
        { messageId: "long", data: { words: 426 }, location: { part: "body", zone: "new" }, noFix: true },
      ],
    },
    {
      why: "a long reply: its own 450 words count, the signature and history do not",
      draft: reply(`${words(450)}${SIGNATURE(200)}${HISTORY(800)}`),
      findings: [
        { messageId: "long", data: { words: 450 }, location: { part: "body", zone: "new" }, noFix: true },
      ],
    },
    {
      why: "plain text, 500 words before the « -- » signature",
      draft: draft({
        body: { text: plain(500) + "\n-- \nJeanne Martin\nDirection des ressources humaines" },
      }),
      findings: [
        { messageId: "long", data: { words: 500 }, location: { part: "body", zone: "new" }, noFix: true },
      ],
    },
    {
      why: "policy threshold « thresholds: { messageWords: 100 } »: 101 words is over it",
      draft: html(words(101, EN)),
      policy: { thresholds: { messageWords: 100 } },
      findings: [
        { messageId: "long", data: { words: 101 }, location: { part: "body", zone: "new" }, noFix: true },
      ],
    },
    {
      why: "the policy may raise the rule to a warning",
      draft: html(words(401)),
      policy: { rules: { "long-message": "warning" } },
      findings: [
        {
          messageId: "long",
          severity: "warning",
          data: { words: 401 },
          location: { part: "body", zone: "new" },
          noFix: true,
        },
      ],
    },
  ],
});
