import type { Address, Draft } from "../../../src/lint";
import { draft, ruleTester } from "../rule-tester";

const me = { name: "Jeanne Martin", address: "jeanne.martin@ville-exemple.fr" };
const paul = { name: "Paul Durand", address: "paul.durand@ville-exemple.fr" };
const lea = { name: "Léa Bernard", address: "lea.bernard@ville-exemple.fr" };
const marc = { name: "Marc Petit", address: "marc.petit@ville-exemple.fr" };
const sophie = { name: "Sophie Lambert", address: "sophie.lambert@ville-exemple.fr" };
const karim = { name: "Karim Benali", address: "karim.benali@ville-exemple.fr" };

// Outlook on the web: new text, the signature block, then the quoted history with many words of its own.
const SIGNATURE =
  '<div id="Signature"><p>Jeanne Martin<br>Chargée de mission RH — Direction des ressources humaines<br>' +
  "Ville d'Exemple · 01 23 45 67 89</p></div>";
const HISTORY =
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
  '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
  "<b>De :</b> Paul Durand &lt;paul.durand@ville-exemple.fr&gt;<br><b>Envoyé :</b> lundi 23 novembre 2026 17:42<br>" +
  "<b>À :</b> Jeanne Martin &lt;jeanne.martin@ville-exemple.fr&gt;; Léa Bernard &lt;lea.bernard@ville-exemple.fr&gt;<br>" +
  "<b>Cc :</b> Marc Petit &lt;marc.petit@ville-exemple.fr&gt;<br>" +
  "<b>Objet :</b> Planning des astreintes de décembre</font><div>&nbsp;</div></div>" +
  '<div dir="ltr"><p>Bonjour à tous,</p><p>Voici le planning des astreintes de décembre, merci de me signaler ' +
  "toute erreur avant vendredi.</p><p>Paul</p></div>";
const HISTORY_EN =
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
  '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
  "<b>From:</b> Paul Durand &lt;paul.durand@ville-exemple.fr&gt;<br><b>Sent:</b> Monday, November 23, 2026 5:42 PM<br>" +
  "<b>To:</b> Jeanne Martin &lt;jeanne.martin@ville-exemple.fr&gt;; Léa Bernard &lt;lea.bernard@ville-exemple.fr&gt;<br>" +
  "<b>Subject:</b> On-call rota for December</font><div>&nbsp;</div></div>" +
  '<div dir="ltr"><p>Hi all,</p><p>Here is the on-call rota for December; please report any error by Friday.</p>' +
  "<p>Paul</p></div>";

const said = (text: string) =>
  `<div class="elementToProof" style="font-family: Aptos, sans-serif">${text}</div>`;

/** A reply-all as Outlook writes it: To the person answered and Léa, Cc Marc. */
function replyAll(newHtml: string, overrides: Partial<Draft> = {}): Draft {
  return draft({
    subject: "RE: Planning des astreintes de décembre",
    composeType: "reply",
    to: [paul, lea],
    cc: [marc],
    body: { html: newHtml + SIGNATURE + HISTORY },
    ...overrides,
  });
}

/** The fix keeps the first To recipient (the person answered) and drops the others. */
function toPaulOnly(d: Draft, cc: Address[] | undefined = []): Draft {
  const fixed: Draft = { ...d, to: [paul] };
  if (cc !== undefined) fixed.cc = cc;
  return fixed;
}

const others = { part: "recipients", addresses: [lea.address, marc.address] };

const CONTENT_FR = said(
  "Merci Paul, une correction : je suis en congé le 24, Léa me remplace pour l'astreinte de ce jour-là.",
);
const CONTENT_EN = said("Thanks Paul — I can't cover the 24th; Léa has agreed to swap with me for that day.");
// 15 words (the sign-off name counts), all acknowledgement, greeting or sign-off.
const ACK_15 = said(
  "Merci beaucoup à tous, bien reçu, c'est noté. Très bien, bonne journée. Cordialement, Jeanne",
);
const ACK_16 = said(
  "Bonjour, merci beaucoup à tous, bien reçu, c'est noté. Très bien, bonne journée. Cordialement, Jeanne",
);

const PLAIN_ACK =
  "Ok pour moi, merci.\n\n-- \nJeanne Martin\nDirection des ressources humaines\n\n" +
  "Le lun. 23 nov. 2026 à 17:42, Paul Durand <paul.durand@ville-exemple.fr> a écrit :\n" +
  "> Bonjour à tous,\n> voici le planning des astreintes de décembre, merci de me signaler toute erreur.\n> Paul\n";
const THUNDERBIRD_ACK =
  "<p>Noted, thanks!</p>" +
  '<div class="moz-cite-prefix">On 23/11/2026 17:42, Paul Durand wrote:<br></div>' +
  '<blockquote type="cite"><p>Hi all, here is the on-call rota for December; please report any error by Friday.</p></blockquote>';
const TEXT_HEADER_ACK =
  "<p>Noted, thanks!</p><p>Best regards,<br>Jeanne</p>" +
  "<p>From: Paul Durand &lt;paul.durand@ville-exemple.fr&gt;<br>Sent: Monday, November 23, 2026 5:42 PM<br>" +
  "To: Jeanne Martin; Léa Bernard; Marc Petit<br>Subject: On-call rota for December</p>" +
  "<p>Hi all, here is the on-call rota for December; please report any error by Friday.</p>";

ruleTester("reply-all-overuse", {
  valid: [
    {
      why: "a reply-all with real content: the others need the correction",
      draft: replyAll(CONTENT_FR),
    },
    {
      why: "an English reply-all with real content, above an English Outlook history",
      draft: replyAll(CONTENT_EN, { body: { html: CONTENT_EN + SIGNATURE + HISTORY_EN } }),
    },
    {
      why: "« Merci ! » to the sender alone is exactly what the guide asks for",
      draft: replyAll(said("Merci !"), { to: [paul], cc: undefined }),
    },
    {
      why: "the person answered again in Cc with other capitals counts once: one visible recipient",
      draft: replyAll(said("Merci !"), { to: [paul], cc: [{ address: "PAUL.Durand@Ville-Exemple.fr" }] }),
    },
    {
      why: "the sender's own address in Cc never counts as a recipient",
      draft: replyAll(said("Merci !"), { to: [paul], cc: [me] }),
    },
    {
      why: "Bcc recipients are not visible: « Thanks all 👍 » with the others in Bcc is not a reply-all",
      draft: replyAll(said("Thanks all 👍"), { to: [paul], cc: undefined, bcc: [lea, marc] }),
    },
    {
      why: "a forward is not a reply, whatever it says",
      draft: replyAll(said("Merci à tous !"), {
        subject: "TR: Planning des astreintes de décembre",
        composeType: "forward",
      }),
    },
    {
      why: "a new message is not a reply",
      draft: draft({ to: [paul, lea, marc], body: { html: said("Thanks all 👍") } }),
    },
    {
      why: "16 words of thanks and greetings are more than the 15 an acknowledgement may have",
      draft: replyAll(ACK_16),
    },
    {
      why: "4 visible recipients with real content stay under the default threshold of 5",
      draft: replyAll(CONTENT_FR, { cc: [marc, sophie] }),
    },
    {
      why: "the policy may raise the threshold: 5 visible recipients under replyAll 6",
      draft: replyAll(CONTENT_EN, { cc: [marc, sophie, karim] }),
      policy: { thresholds: { replyAll: 6 } },
    },
  ],
  invalid: [
    {
      why: "« Merci ! » to three people: the signature and the quoted history are not new text",
      draft: replyAll(said("Merci !")),
      findings: [
        {
          messageId: "acknowledgement",
          data: { count: 3, sender: "Paul Durand" },
          location: others,
          fix: { kind: "remove-recipients", output: toPaulOnly(replyAll(said("Merci !"))) },
        },
      ],
    },
    {
      why: "English « Thanks all 👍 »: the emoji is a reaction, not content",
      draft: replyAll(said("Thanks all 👍"), {
        body: { html: said("Thanks all 👍") + SIGNATURE + HISTORY_EN },
      }),
      findings: [
        {
          messageId: "acknowledgement",
          location: others,
          fix: {
            kind: "remove-recipients",
            output: toPaulOnly(
              replyAll(said("Thanks all 👍"), {
                body: { html: said("Thanks all 👍") + SIGNATURE + HISTORY_EN },
              }),
            ),
          },
        },
      ],
    },
    {
      why: "« Bien reçu, merci. Cordialement »: acknowledgement and sign-off only",
      draft: replyAll(said("Bien reçu, merci. Cordialement")),
      findings: [
        {
          messageId: "acknowledgement",
          location: others,
          fix: {
            kind: "remove-recipients",
            output: toPaulOnly(replyAll(said("Bien reçu, merci. Cordialement"))),
          },
        },
      ],
    },
    {
      why: "« Merci Paul ! » signed « Jeanne »: the names of the people written to and of the sender belong to the greeting",
      draft: replyAll(said("Merci Paul !<br><br>Jeanne")),
      findings: [
        {
          messageId: "acknowledgement",
          location: others,
          fix: {
            kind: "remove-recipients",
            output: toPaulOnly(replyAll(said("Merci Paul !<br><br>Jeanne"))),
          },
        },
      ],
    },
    {
      why: "a thumbs-up alone, with a skin tone, is only a reaction",
      draft: replyAll(said("👍🏻")),
      findings: [
        {
          messageId: "acknowledgement",
          location: others,
          fix: { kind: "remove-recipients", output: toPaulOnly(replyAll(said("👍🏻"))) },
        },
      ],
    },
    {
      why: "« +1 » is an acknowledgement",
      draft: replyAll(said("+1")),
      findings: [
        {
          messageId: "acknowledgement",
          location: others,
          fix: { kind: "remove-recipients", output: toPaulOnly(replyAll(said("+1"))) },
        },
      ],
    },
    {
      why: "exactly 15 words of thanks, greetings and sign-off are still only an acknowledgement",
      draft: replyAll(ACK_15),
      findings: [
        {
          messageId: "acknowledgement",
          location: others,
          fix: { kind: "remove-recipients", output: toPaulOnly(replyAll(ACK_15)) },
        },
      ],
    },
    {
      why: "a plain-text reply: « Ok pour moi, merci. » above the « -- » signature and the « > » quoted lines",
      draft: replyAll("", { body: { text: PLAIN_ACK } }),
      findings: [
        {
          messageId: "acknowledgement",
          location: others,
          fix: { kind: "remove-recipients", output: toPaulOnly(replyAll("", { body: { text: PLAIN_ACK } })) },
        },
      ],
    },
    {
      why: "« Noted, thanks! » above a Thunderbird « wrote: » line and a cite blockquote",
      draft: replyAll("", { body: { html: THUNDERBIRD_ACK } }),
      findings: [
        {
          messageId: "acknowledgement",
          location: others,
          fix: {
            kind: "remove-recipients",
            output: toPaulOnly(replyAll("", { body: { html: THUNDERBIRD_ACK } })),
          },
        },
      ],
    },
    {
      why: "« Noted, thanks! Best regards, Jeanne » above a From:/Sent:/To:/Subject: block written as plain paragraphs",
      draft: replyAll("", { body: { html: TEXT_HEADER_ACK } }),
      findings: [
        {
          messageId: "acknowledgement",
          location: others,
          fix: {
            kind: "remove-recipients",
            output: toPaulOnly(replyAll("", { body: { html: TEXT_HEADER_ACK } })),
          },
        },
      ],
    },
    {
      why: "5 visible recipients (the default threshold) with real content: info, do they all need it?",
      draft: replyAll(CONTENT_FR, { cc: [marc, sophie, karim] }),
      findings: [
        {
          messageId: "many",
          severity: "info",
          data: { count: 5, sender: "Paul Durand" },
          location: {
            part: "recipients",
            addresses: [lea.address, marc.address, sophie.address, karim.address],
          },
          fix: {
            kind: "remove-recipients",
            output: toPaulOnly(replyAll(CONTENT_FR, { cc: [marc, sophie, karim] })),
          },
        },
      ],
    },
    {
      why: "a pure acknowledgement to many people is reported once, as the acknowledgement warning",
      draft: replyAll(said("Thanks!"), { cc: [marc, sophie, karim] }),
      findings: [
        {
          messageId: "acknowledgement",
          data: { count: 5 },
          location: {
            part: "recipients",
            addresses: [lea.address, marc.address, sophie.address, karim.address],
          },
          fix: {
            kind: "remove-recipients",
            output: toPaulOnly(replyAll(said("Thanks!"), { cc: [marc, sophie, karim] })),
          },
        },
      ],
    },
    {
      why: "the policy's replyAll threshold replaces 5: 3 visible recipients reach a threshold of 3",
      draft: replyAll(CONTENT_EN),
      policy: { thresholds: { replyAll: 3 } },
      findings: [
        {
          messageId: "many",
          severity: "info",
          data: { count: 3 },
          location: others,
          fix: { kind: "remove-recipients", output: toPaulOnly(replyAll(CONTENT_EN)) },
        },
      ],
    },
    {
      why: "the policy may raise the rule to error: the acknowledgement then stops the send",
      draft: replyAll(said("Parfait, merci !")),
      policy: { rules: { "reply-all-overuse": "error" } },
      findings: [
        {
          messageId: "acknowledgement",
          severity: "error",
          location: others,
          fix: { kind: "remove-recipients", output: toPaulOnly(replyAll(said("Parfait, merci !"))) },
        },
      ],
    },
    {
      why: "no To recipient but the sender: nobody is known to be the person answered, so no fix is offered",
      draft: replyAll(said("D'accord, merci !"), { to: [me], cc: [paul, lea] }),
      findings: [
        {
          messageId: "acknowledgement",
          data: { count: 2, sender: "Paul Durand" },
          location: { part: "recipients", addresses: [paul.address, lea.address] },
          noFix: true,
        },
      ],
    },
  ],
});
