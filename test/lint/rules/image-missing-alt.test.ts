import type { Draft, Fix } from "../../../src/lint";
import { draft, ruleTester } from "../rule-tester";

const html = (source: string): Draft => draft({ body: { html: source } });

/** What the user types in the pane; the fix carries it. */
const PLAN = "Plan d'accès à la mairie";
const typed = (alt: string) => (f: Fix) => ({ ...f, alt }) as Fix;
const plan = typed(PLAN);

const CID = "cid:image001.png@01DB4F2A.7C1E3B40";
const FR_AUTO =
  "Une image contenant texte, capture d’écran, Police, logo\n\nDescription générée automatiquement";
const EN_AUTO = "A picture containing text, map\n\nDescription automatically generated";

// An Outlook reply: the new text, then the reply header block and the earlier message.
const OUTLOOK_HISTORY =
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
  '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri"><b>De :</b> Paul Durand<br><b>Envoyé :</b> ' +
  "mardi 24 novembre 2026 09:12<br><b>À :</b> Jeanne Martin<br><b>Objet :</b> Plan d'accès</font>" +
  '<div>&nbsp;</div></div><div>Voici le plan :</div><div><img src="cid:image002.png@01DB"></div>';

ruleTester("image-missing-alt", {
  valid: [
    {
      why: 'alt="" marks a decorative image (a separator line): screen readers skip it',
      draft: html(
        '<p>Bonjour,</p><p>Le programme du forum est ci-dessous.</p><img src="cid:filet.png@01DB" alt="">',
      ),
    },
    {
      why: "a real description in French",
      draft: html(
        `<p>Bonjour,</p><p>Voici le plan :</p><img src="${CID}" alt="Plan d'accès à la mairie, entrée rue Victor-Hugo">`,
      ),
    },
    {
      why: "a real description that starts with a camera word is not a file name",
      draft: html(
        '<p>Hi all,</p><p>Here is the new form:</p><img src="form.png" alt="Screenshot of the new leave request form">',
      ),
    },
    {
      why: "a French description that starts with « Photo » is not a file name either",
      draft: html('<p>Bonjour,</p><img src="equipe.jpg" alt="Photo de groupe du service RH au forum 2026">'),
    },
    {
      why: "a tracking pixel declared 1×1 by attributes carries no information",
      draft: html(
        '<p>Hello,</p><p>See you on Thursday.</p><img src="https://t.example.com/o.gif?id=42" width="1" height="1">',
      ),
    },
    {
      why: "a tracking pixel declared by inline style (width:1px) is not an image to describe",
      draft: html(
        '<p>Bonjour,</p><img src="https://t.exemple.fr/p.gif" style="display:block;width:1px;border:0">',
      ),
    },
    {
      why: "an image in Outlook's quoted history was written by someone else",
      draft: html("<div>Merci Paul, c'est noté.</div>" + OUTLOOK_HISTORY),
    },
    {
      why: 'an image inside <blockquote type="cite"> is quoted mail',
      draft: html(
        '<p>Thanks, noted.</p><blockquote type="cite"><p>Map:</p><img src="cid:map.png@01DB"></blockquote>',
      ),
    },
    {
      why: "a plain-text body has no images",
      draft: draft({ body: { text: "Bonjour,\n\nLe plan est en pièce jointe (plan.png).\n\nJeanne" } }),
    },
    {
      why: "a bare alt attribute is an empty alt: decorative",
      draft: html('<p>Hello,</p><img src="divider.png" alt>'),
    },
    {
      why: "a signature logo with a description is fine",
      draft: html(
        '<p>Bonjour,</p><p>Cordialement,</p><div id="Signature"><p>Jeanne Martin</p>' +
          '<img src="cid:logo.png@01DB" alt="Logo de la Ville d\'Exemple"></div>',
      ),
    },
  ],
  invalid: [
    {
      why: "an image without alt: the fix inserts the typed text right after <img",
      draft: html(
        `<p>Bonjour,</p><p>Voici le plan d'accès :</p><p><img src="${CID}" width="480" height="320"></p><p>Jeanne</p>`,
      ),
      findings: [
        {
          messageId: "missing",
          data: { image: "image001.png" },
          location: { part: "body", zone: "new", image: 0, start: 33, end: 33 },
          fix: {
            kind: "set-image-alt",
            fill: plan,
            output: html(
              `<p>Bonjour,</p><p>Voici le plan d'accès :</p><p><img alt="Plan d'accès à la mairie" src="${CID}" width="480" height="320"></p><p>Jeanne</p>`,
            ),
          },
        },
      ],
    },
    {
      why: "alt set to Outlook's file name image001.png: the fix replaces only its value",
      draft: html(`<p>Voici le plan :</p><p><img src="${CID}" alt="image001.png" style="width:6in"></p>`),
      findings: [
        {
          messageId: "file-name",
          data: { image: "image001.png", alt: "image001.png" },
          location: { part: "body", zone: "new", image: 0, start: 16 },
          fix: {
            kind: "set-image-alt",
            fill: plan,
            output: html(
              `<p>Voici le plan :</p><p><img src="${CID}" alt="Plan d'accès à la mairie" style="width:6in"></p>`,
            ),
          },
        },
      ],
    },
    {
      why: "a camera name (IMG_2041.JPG) is not a description; the image is named by its file name",
      draft: html(
        '<p>Hi team,</p><p>The new reception desk:</p><img src="https://intranet.city-example.org/img/desk.jpg" alt="IMG_2041.JPG">',
      ),
      findings: [
        {
          messageId: "file-name",
          data: { image: "desk.jpg", alt: "IMG_2041.JPG" },
          location: { part: "body", zone: "new", image: 0 },
        },
      ],
    },
    {
      why: "a macOS French screenshot name, extension included",
      draft: html(
        '<p>Bonjour,</p><img src="cid:image003.png@01DB" alt="Capture d\'écran 2026-11-26 à 10.02.13.png">',
      ),
      findings: [
        {
          messageId: "file-name",
          data: { image: "image003.png", alt: "Capture d'écran 2026-11-26 à 10.02.13.png" },
          location: { part: "body", zone: "new", image: 0 },
        },
      ],
    },
    {
      why: "a macOS English screenshot name without extension (“… at 10.02.13”)",
      draft: html(
        '<p>Hi,</p><p>The error:</p><img src="cid:image004.png@01DB" alt="Screenshot 2026-11-26 at 10.02.13">',
      ),
      findings: [
        {
          messageId: "file-name",
          data: { alt: "Screenshot 2026-11-26 at 10.02.13" },
          location: { part: "body", zone: "new", image: 0 },
        },
      ],
    },
    {
      why: "photo.jpg is a file name",
      draft: html('<p>Bonjour,</p><p>La salle du conseil :</p><img src="salle.jpg" alt="photo.jpg">'),
      findings: [
        {
          messageId: "file-name",
          data: { image: "salle.jpg", alt: "photo.jpg" },
          location: { part: "body", zone: "new", image: 0 },
          fix: {
            kind: "set-image-alt",
            fill: typed("La salle du conseil municipal"),
            output: html(
              '<p>Bonjour,</p><p>La salle du conseil :</p><img src="salle.jpg" alt="La salle du conseil municipal">',
            ),
          },
        },
      ],
    },
    {
      why: "Office's French automatic description is only info: the user should check it",
      draft: html(`<p>Bonjour,</p><img src="${CID}" alt="${FR_AUTO}">`),
      findings: [
        {
          messageId: "auto-generated",
          severity: "info",
          data: { image: "image001.png" },
          location: { part: "body", zone: "new", image: 0 },
          fix: {
            kind: "set-image-alt",
            fill: plan,
            output: html(`<p>Bonjour,</p><img src="${CID}" alt="${PLAN}">`),
          },
        },
      ],
    },
    {
      why: "Office's English automatic description is info too",
      draft: html(`<p>Hello,</p><img src="cid:map.png@01DB" alt="${EN_AUTO}">`),
      findings: [
        {
          messageId: "auto-generated",
          severity: "info",
          data: { image: "map.png" },
          location: { part: "body", image: 0 },
        },
      ],
    },
    {
      why: "older Office versions wrote “Description generated with very high confidence”",
      draft: html(
        '<p>Hello,</p><img src="cid:logo.png@01DB" alt="A close up of a logo\n\nDescription generated with very high confidence">',
      ),
      findings: [{ messageId: "auto-generated", severity: "info", location: { part: "body", image: 0 } }],
    },
    {
      why: "images in the signature are sent too and count",
      draft: html(
        '<p>Bonjour,</p><p>Cordialement,</p><div id="Signature"><p>Jeanne Martin</p><img src="cid:logo-ville.png@01DB"></div>',
      ),
      findings: [
        {
          messageId: "missing",
          data: { image: "logo-ville.png" },
          location: { part: "body", zone: "signature", image: 0, start: 37, end: 37 },
          fix: {
            kind: "set-image-alt",
            fill: typed("Logo de la Ville d'Exemple"),
            output: html(
              '<p>Bonjour,</p><p>Cordialement,</p><div id="Signature"><p>Jeanne Martin</p><img alt="Logo de la Ville d\'Exemple" src="cid:logo-ville.png@01DB"></div>',
            ),
          },
        },
      ],
    },
    {
      why: "three images, one finding each, named by file name, cid and position; the fix touches only the first",
      draft: html(
        '<p>Bonjour,</p><img src="https://www.ville-exemple.fr/plan%20mairie.png">' +
          '<img src="cid:image005.png@01DB" alt="image005.png"><img src="data:image/png;base64,iVBORw0KGgo=">',
      ),
      findings: [
        {
          messageId: "missing",
          data: { image: "plan mairie.png" },
          location: { part: "body", zone: "new", image: 0 },
          fix: {
            kind: "set-image-alt",
            fill: plan,
            output: html(
              `<p>Bonjour,</p><img alt="${PLAN}" src="https://www.ville-exemple.fr/plan%20mairie.png">` +
                '<img src="cid:image005.png@01DB" alt="image005.png"><img src="data:image/png;base64,iVBORw0KGgo=">',
            ),
          },
        },
        { messageId: "file-name", data: { image: "image005.png" }, location: { part: "body", image: 1 } },
        { messageId: "missing", data: { image: "image 3" }, location: { part: "body", image: 2 } },
      ],
    },
    {
      why: "an unquoted alt=image001.png is replaced by a quoted value, the rest of the tag untouched",
      draft: html("<p>Hi,</p><img src=plan.png alt=image001.png width=400>"),
      findings: [
        {
          messageId: "file-name",
          location: { part: "body", image: 0 },
          fix: {
            kind: "set-image-alt",
            fill: plan,
            output: html(`<p>Hi,</p><img src=plan.png alt="${PLAN}" width=400>`),
          },
        },
      ],
    },
    {
      why: "an upper-case <IMG SRC=…> tag keeps its case; alt goes right after <IMG",
      draft: html('<P>Bonjour,</P><IMG SRC="Plan%20mairie.PNG" BORDER=0>'),
      findings: [
        {
          messageId: "missing",
          data: { image: "Plan mairie.PNG" },
          location: { part: "body", image: 0 },
          fix: {
            kind: "set-image-alt",
            fill: plan,
            output: html(`<P>Bonjour,</P><IMG alt="${PLAN}" SRC="Plan%20mairie.PNG" BORDER=0>`),
          },
        },
      ],
    },
    {
      why: 'the typed text is escaped: ", & and < cannot break out of the attribute',
      draft: html('<p>R&amp;D :</p><img src="organigramme.png"/><p>Merci</p>'),
      findings: [
        {
          messageId: "missing",
          location: { part: "body", image: 0 },
          fix: {
            kind: "set-image-alt",
            fill: typed('Organigramme "R&D" <2027>'),
            output: html(
              '<p>R&amp;D :</p><img alt="Organigramme &quot;R&amp;D&quot; &lt;2027&gt;" src="organigramme.png"/><p>Merci</p>',
            ),
          },
        },
      ],
    },
    {
      why: "a width of 100% or a height of 3 px is not a tracking pixel",
      draft: html(
        '<p>Hello,</p><img src="banner.png" width="100%"><img src="rule.png" height="3" alt="image002.png">',
      ),
      findings: [
        { messageId: "missing", data: { image: "banner.png" }, location: { part: "body", image: 0 } },
        { messageId: "file-name", data: { image: "rule.png" }, location: { part: "body", image: 1 } },
      ],
    },
    {
      why: "the quoted history is skipped, but an image in the new text above it still counts",
      draft: html(`<div>Voici le nouveau plan :</div><div><img src="${CID}"></div>` + OUTLOOK_HISTORY),
      findings: [
        {
          messageId: "missing",
          data: { image: "image001.png" },
          location: { part: "body", zone: "new", image: 0 },
        },
      ],
    },
  ],
});
