import type { Draft } from "../../../src/lint";
import { draft, ruleTester } from "../rule-tester";

const html = (source: string): Draft => draft({ body: { html: source } });

const AFFICHE = '<img src="cid:image001.png@01DB4F2A.7C1E3B40" alt="Affiche du forum emploi du 12 décembre">';
const FLYER =
  '<img src="https://intranet.ville-exemple.fr/com/flyer-gdpr.png" alt="Data protection day flyer">';
const PIXEL = '<img src="https://t.exemple-routage.fr/o.gif?id=42" width="1" height="1">';

// Outlook on the web: the signature block (with the logo), then the quoted history.
const SIGNATURE =
  '<div id="Signature"><p>Jeanne Martin<br>Chargée de mission RH — Direction des ressources humaines<br>' +
  "Ville d'Exemple · 01 23 45 67 89</p>" +
  '<img src="cid:logo-ville.png@01DB" alt="Ville d\'Exemple" width="120" height="40"></div>';
const HISTORY =
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
  '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
  "<b>De :</b> Paul Durand &lt;paul.durand@ville-exemple.fr&gt;<br><b>Envoyé :</b> lundi 23 novembre 2026 17:42<br>" +
  "<b>À :</b> Jeanne Martin &lt;jeanne.martin@ville-exemple.fr&gt;<br>" +
  "<b>Objet :</b> Affiche du forum</font><div>&nbsp;</div></div>" +
  '<div dir="ltr"><p>Voici l\'affiche :</p><p><img src="cid:image002.png@01DB" alt="Affiche du forum"></p></div>';

ruleTester("image-only-body", {
  valid: [
    {
      why: "a tracking pixel alone is not an image that carries information",
      draft: html(`<p>Merci !</p>${PIXEL}`),
    },
    {
      why: "a pixel declared 1 px by inline style is a tracking pixel too",
      draft: html(
        '<p>Thanks!</p><img src="https://t.example.com/p.gif" style="width:1px;height:1px;border:0">',
      ),
    },
    {
      why: 'a decorative image (alt="") next to a short text carries no information',
      draft: html('<p>Bonne fin de semaine !</p><img src="cid:filet.png@01DB" alt="">'),
    },
    {
      why: "the only image is the logo of the signature: a short reply with a signature is normal",
      draft: html(`<p>Merci Paul, c'est noté.</p>${SIGNATURE}`),
    },
    {
      why: "the only images are in Outlook's quoted history, written by someone else",
      draft: html(`<p>Bien reçu, merci.</p>${SIGNATURE}${HISTORY}`),
    },
    {
      why: 'an image inside <blockquote type="cite"> is quoted mail',
      draft: html(
        `<p>Super, thanks!</p><blockquote type="cite"><p>Here is the flyer:</p>${FLYER}</blockquote>`,
      ),
    },
    {
      why: "exactly 10 words of new text is enough (« l'affiche », « 12 » count as one word each)",
      draft: html(`<p>Voici l'affiche du forum de l'emploi du 12 décembre prochain.</p>${AFFICHE}`),
    },
    {
      why: "10+ words of English text around the image carry the information as text",
      draft: html(
        "<p>Hi all,</p><p>Data protection day is on 28 January, 10:00 to 12:00 in room 204. Everyone is welcome.</p>" +
          FLYER,
      ),
    },
    {
      why: "a short message without any image",
      draft: html("<p>Merci !</p>"),
    },
    {
      why: "a plain-text body has no image",
      draft: draft({ body: { text: "Ok merci.\n-- \nJeanne" } }),
    },
  ],
  invalid: [
    {
      why: "an affiche (cid image) with no text at all",
      draft: html(`<div>${AFFICHE}</div>`),
      findings: [
        {
          messageId: "image-only",
          data: { words: 0, images: 1 },
          location: { part: "body", zone: "new", image: 0 },
          noFix: true,
        },
      ],
    },
    {
      why: "« Voir ci-dessous » and an image from the web: the information is in the picture",
      draft: html(`<p>Voir ci-dessous.</p><p>${FLYER}</p>`),
      findings: [
        {
          messageId: "image-only",
          data: { words: 2, images: 1 },
          location: { part: "body", zone: "new", image: 0 },
          noFix: true,
        },
      ],
    },
    {
      why: "an affiche with a greeting and a sign-off: 8 words do not say what, when or where",
      draft: html(
        `<p>Bonjour à tous,</p><p>Voici l'affiche.</p><p>${AFFICHE}</p><p>Bonne journée,<br>Jeanne</p>`,
      ),
      findings: [
        {
          messageId: "image-only",
          data: { words: 8, images: 1 },
          location: { part: "body", zone: "new", image: 0 },
          noFix: true,
        },
      ],
    },
    {
      why: "exactly 9 words of new text (« l'affiche », « l'emploi » one word each) is under the threshold of 10",
      draft: html(`<p>Voici l'affiche du forum de l'emploi du 12 décembre.</p>${AFFICHE}`),
      findings: [
        {
          messageId: "image-only",
          data: { words: 9, images: 1 },
          location: { part: "body", zone: "new", image: 0 },
          noFix: true,
        },
      ],
    },
    {
      why: "several images (screenshots of a table) with « FYI »: one finding counting them all",
      draft: html(
        '<p>FYI</p><p><img src="cid:image001.png@01DB" alt="Planning semaine 49"></p>' +
          '<p><img src="cid:image002.png@01DB" alt="Planning semaine 50"></p>' +
          '<p><img src="https://intranet.ville-exemple.fr/planning-51.png" alt="Planning semaine 51"></p>',
      ),
      findings: [
        {
          messageId: "image-only",
          data: { words: 1, images: 3 },
          location: { part: "body", zone: "new", image: 0 },
          noFix: true,
        },
      ],
    },
    {
      why: "English: « Please see the flyer below. Thanks! » around an image",
      draft: html(`<p>Please see the flyer below. Thanks!</p>${FLYER}`),
      findings: [
        {
          messageId: "image-only",
          data: { words: 6, images: 1 },
          location: { part: "body", zone: "new", image: 0 },
          noFix: true,
        },
      ],
    },
    {
      why: "a tracking pixel first and a content image second: the finding points at the content image",
      draft: html(`<p>Programme ci-dessous.</p>${PIXEL}${AFFICHE}`),
      findings: [
        {
          messageId: "image-only",
          data: { words: 2, images: 1 },
          location: { part: "body", zone: "new", image: 1 },
          noFix: true,
        },
      ],
    },
    {
      why: "a decorative separator is not counted, the content image is",
      draft: html(`<p>Pour info :</p><img src="cid:filet.png@01DB" alt="">${AFFICHE}`),
      findings: [
        {
          messageId: "image-only",
          data: { words: 2, images: 1 },
          location: { part: "body", zone: "new", image: 1 },
          noFix: true,
        },
      ],
    },
    {
      why: "a reply: the long signature and quoted history do not count as new text",
      draft: draft({
        subject: "RE: Affiche du forum",
        composeType: "reply",
        body: { html: `<p>Version corrigée :</p><p>${AFFICHE}</p>${SIGNATURE}${HISTORY}` },
      }),
      findings: [
        {
          messageId: "image-only",
          data: { words: 2, images: 1 },
          location: { part: "body", zone: "new", image: 0 },
          noFix: true,
        },
      ],
    },
  ],
});
