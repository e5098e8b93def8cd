import type { Draft } from "../../../src/lint";
import { draft, ruleTester } from "../rule-tester";

const html = (source: string): Draft => draft({ body: { html: source } });

const FORM = "https://intranet.ville-exemple.fr/formation/inscription";
const a = (text: string, href = FORM) => `<a href="${href}">${text}</a>`;

/** Where the link text stands: `before` is the visible text before it (a block ends with "\n"). */
const at = (before: string, text: string) => ({
  part: "body",
  zone: "new",
  start: before.length,
  end: before.length + text.length,
});

const SIGNATURE =
  '<div id="Signature"><p>Jeanne Martin — Direction des ressources humaines<br>' +
  `Prendre rendez-vous : ${a("ici", "https://outlook.office.com/bookwithme/jeanne")}</p></div>`;
const HISTORY =
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
  '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
  "<b>De :</b> Service formation &lt;formation@ville-exemple.fr&gt;<br><b>Envoyé :</b> lundi 23 novembre 2026 17:42<br>" +
  "<b>À :</b> Jeanne Martin &lt;jeanne.martin@ville-exemple.fr&gt;<br>" +
  "<b>Objet :</b> Formation RGPD</font><div>&nbsp;</div></div>" +
  `<div dir="ltr"><p>Pour vous inscrire, ${a("cliquez ici")}.</p><p>${a("En savoir plus")}</p></div>`;

ruleTester("non-descriptive-link", {
  valid: [
    {
      why: "the link text names its destination: « le formulaire d'inscription »",
      draft: html(`<p>Merci de remplir ${a("le formulaire d'inscription")} avant vendredi.</p>`),
    },
    {
      why: "a bare URL as link text says where it leads",
      draft: html(`<p>Le formulaire : ${a(FORM)}</p>`),
    },
    {
      why: "« cliquez ici » followed by the destination in the same link text is descriptive",
      draft: html(`<p>${a("Cliquez ici pour vous inscrire à la formation RGPD")}</p>`),
    },
    {
      why: "« En savoir plus sur le télétravail » names its topic",
      draft: html(
        `<p>${a("En savoir plus sur le télétravail", "https://intranet.ville-exemple.fr/teletravail")}</p>`,
      ),
    },
    {
      why: "a generic word next to a name is fine: « Lien Teams de la réunion »",
      draft: html(
        `<p>${a("Lien Teams de la réunion", "https://teams.microsoft.com/l/meetup-join/19%3a")}</p>`,
      ),
    },
    {
      why: "English: « Register for the data protection training »",
      draft: html(`<p>Please ${a("register for the data protection training")} by Friday.</p>`),
    },
    {
      why: "vague links in Outlook's quoted history were written by someone else",
      draft: draft({
        subject: "RE: Formation RGPD",
        composeType: "reply",
        body: { html: `<p>Inscrite, merci !</p>${HISTORY}` },
      }),
    },
    {
      why: 'a vague link in <blockquote type="cite"> is quoted mail',
      draft: html(`<p>Thanks!</p><blockquote type="cite"><p>The agenda is ${a("here")}.</p></blockquote>`),
    },
    {
      why: "« ici » in the signature (a booking link) is not the new text",
      draft: html(`<p>Merci Paul, c'est noté.</p>${SIGNATURE}`),
    },
    {
      why: "an image link with a descriptive alt has no visible text to judge (image-missing-alt's concern)",
      draft: html(
        `<p>Le programme :</p>${a('<img src="cid:programme.png@01DB" alt="Programme du forum emploi">')}`,
      ),
    },
    {
      why: "« ici » outside a link, the link itself being a URL",
      draft: html(`<p>Le formulaire est ici : ${a(FORM)}</p>`),
    },
    {
      why: "an <a> without href is an anchor, not a link",
      draft: html('<p><a name="haut">ici</a> commence le compte rendu de la réunion.</p>'),
    },
  ],
  invalid: [
    {
      why: "« ici » says nothing about the destination",
      draft: html(`<p>Le formulaire d'inscription est ${a("ici")}.</p>`),
      findings: [
        {
          messageId: "vague",
          data: { text: "ici" },
          location: at("Le formulaire d'inscription est ", "ici"),
          noFix: true,
        },
      ],
    },
    {
      why: "« cliquez ici »",
      draft: html(`<p>Bonjour,</p><p>Pour vous inscrire, ${a("cliquez ici")}.</p>`),
      findings: [
        {
          messageId: "vague",
          data: { text: "cliquez ici" },
          location: at("Bonjour,\nPour vous inscrire, ", "cliquez ici"),
          noFix: true,
        },
      ],
    },
    {
      why: "« Cliquez ICI »: case does not matter",
      draft: html(`<p>${a("Cliquez ICI")} pour le sondage.</p>`),
      findings: [
        { messageId: "vague", data: { text: "Cliquez ICI" }, location: at("", "Cliquez ICI"), noFix: true },
      ],
    },
    {
      why: "« lien »",
      draft: html(`<p>Voici le ${a("lien")} vers le sondage.</p>`),
      findings: [
        { messageId: "vague", data: { text: "lien" }, location: at("Voici le ", "lien"), noFix: true },
      ],
    },
    {
      why: "« ce lien »",
      draft: html(`<p>Merci de répondre au sondage via ${a("ce lien")}.</p>`),
      findings: [
        {
          messageId: "vague",
          data: { text: "ce lien" },
          location: at("Merci de répondre au sondage via ", "ce lien"),
          noFix: true,
        },
      ],
    },
    {
      why: "« En savoir plus » alone",
      draft: html(`<p>La campagne de mobilité interne est ouverte. ${a("En savoir plus")}</p>`),
      findings: [
        {
          messageId: "vague",
          data: { text: "En savoir plus" },
          location: at("La campagne de mobilité interne est ouverte. ", "En savoir plus"),
          noFix: true,
        },
      ],
    },
    {
      why: "English « click here »",
      draft: html(`<p>To register, ${a("click here")}.</p>`),
      findings: [
        {
          messageId: "vague",
          data: { text: "click here" },
          location: at("To register, ", "click here"),
          noFix: true,
        },
      ],
    },
    {
      why: "English « here »",
      draft: html(`<p>The agenda is ${a("here")}.</p>`),
      findings: [
        { messageId: "vague", data: { text: "here" }, location: at("The agenda is ", "here"), noFix: true },
      ],
    },
    {
      why: "English « link »",
      draft: html(
        `<p>Join the meeting with this ${a("link", "https://teams.microsoft.com/l/meetup-join/19%3a")}.</p>`,
      ),
      findings: [
        {
          messageId: "vague",
          data: { text: "link" },
          location: at("Join the meeting with this ", "link"),
          noFix: true,
        },
      ],
    },
    {
      why: "English « Read more… »: the ellipsis does not make it descriptive",
      draft: html(`<p>New remote-work rules apply from January. ${a("Read more…")}</p>`),
      findings: [
        {
          messageId: "vague",
          data: { text: "Read more…" },
          location: at("New remote-work rules apply from January. ", "Read more…"),
          noFix: true,
        },
      ],
    },
    {
      why: "nested markup <a href><b>ici</b></a>: the visible text is still « ici »",
      draft: html(`<p>Le planning est <a href="${FORM}"><b>ici</b></a>.</p>`),
      findings: [
        { messageId: "vague", data: { text: "ici" }, location: at("Le planning est ", "ici"), noFix: true },
      ],
    },
    {
      why: "spaces inside the link: the location points at the words, not the spaces",
      draft: html(`<p>Pour le sondage,<a href="${FORM}"> cliquer ici </a>merci.</p>`),
      findings: [
        {
          messageId: "vague",
          data: { text: "cliquer ici" },
          location: at("Pour le sondage, ", "cliquer ici"),
          noFix: true,
        },
      ],
    },
    {
      why: "one finding per vague link; the descriptive link between them is not reported",
      draft: html(
        `<p>Le programme est ${a("ici", "https://x.fr/programme")}, ` +
          `${a("le formulaire d'inscription")} et le plan d'accès ${a("ici", "https://x.fr/plan")}.</p>`,
      ),
      findings: [
        { messageId: "vague", data: { text: "ici" }, location: at("Le programme est ", "ici"), noFix: true },
        {
          messageId: "vague",
          data: { text: "ici" },
          location: at("Le programme est ici, le formulaire d'inscription et le plan d'accès ", "ici"),
          noFix: true,
        },
      ],
    },
    {
      why: "a reply: the vague link in the new text is reported, those of the history are not",
      draft: draft({
        subject: "RE: Formation RGPD",
        composeType: "reply",
        body: {
          html: `<p>Le support est ${a("ici", "https://x.fr/support.pdf")}.</p>${SIGNATURE}${HISTORY}`,
        },
      }),
      findings: [
        { messageId: "vague", data: { text: "ici" }, location: at("Le support est ", "ici"), noFix: true },
      ],
    },
  ],
});
