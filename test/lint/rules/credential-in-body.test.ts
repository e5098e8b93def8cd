import { lint, messageOf, type Draft } from "../../../src/lint";
import { draft, ruleTester, type InvalidCase } from "../rule-tester";

const MESSAGE = { fr: "Le message", en: "The message" };
const SUBJECT = { fr: "L'objet", en: "The subject" };

/** A plain-text message; offsets in the findings are offsets in this text. */
const text = (body: string, overrides: Partial<Draft> = {}) => draft({ body: { text: body }, ...overrides });

/** Where `secret` stands in the new text of `body`. */
function inBody(body: string, secret: string) {
  const start = body.indexOf(secret);
  return { part: "body", zone: "new", start, end: start + secret.length };
}

const fr1 = "Bonjour Paul,\nTon mot de passe : Xy7!kLm2\nPense à le changer.\nJeanne";
const fr2 = "Accès au portail RH :\nidentifiant jmartin, mdp = Soleil2026";
const fr3 = "Pour le poste d'accueil, MDP: azerty12";
const en1 = "Hi John,\nyour account is ready: login jsmith, password: hunter22\nBest,\nJeanne";
const en2 = "Hi John,\nYour password is Welcome1! Please change it at first login.";
const fr4 = "Votre nouvelle carte est arrivée, code PIN : 4821.";
const en3 = "For the archive vault, passphrase: correct-horse";
const fr5 = "Bienvenue ! Votre mot de passe provisoire : Abc12345";
const fr6 = "Le mot de passe est : Soleil2026 pour tout le service.";
const fr7 = "mdp : azerty, à changer à la première connexion";
const en4 = "Server access: user=admin pwd=Qwerty!23";
const en5 = "Your new card is on its way. Your PIN is 7390.";
const fr8 = "Carte achat du service : code confidentiel : 1234";

type Case = InvalidCase & { secret: string };

const invalid: Case[] = [
  {
    why: "'mot de passe : Xy7!kLm2' in the new text",
    secret: "Xy7!kLm2",
    draft: text(fr1),
    findings: [
      {
        messageId: "secret",
        data: { where: MESSAGE, keyword: "mot de passe", masked: "X*******" },
        location: inBody(fr1, "Xy7!kLm2"),
        noFix: true,
      },
    ],
  },
  {
    why: "'mdp = Soleil2026': the short form and '='",
    secret: "Soleil2026",
    draft: text(fr2),
    findings: [
      {
        messageId: "secret",
        data: { keyword: "mdp", masked: "S*********" },
        location: inBody(fr2, "Soleil2026"),
        noFix: true,
      },
    ],
  },
  {
    why: "'MDP: azerty12' in capitals, no space before the colon",
    secret: "azerty12",
    draft: text(fr3),
    findings: [
      { messageId: "secret", data: { keyword: "MDP" }, location: inBody(fr3, "azerty12"), noFix: true },
    ],
  },
  {
    why: "English: 'password: hunter22'",
    secret: "hunter22",
    draft: text(en1),
    findings: [
      { messageId: "secret", data: { keyword: "password" }, location: inBody(en1, "hunter22"), noFix: true },
    ],
  },
  {
    why: "'Your password is Welcome1!': after 'is', a token with a digit",
    secret: "Welcome1",
    draft: text(en2),
    findings: [
      {
        messageId: "secret",
        data: { keyword: "password", masked: "W*******" },
        location: inBody(en2, "Welcome1"),
        noFix: true,
      },
    ],
  },
  {
    why: "'code PIN : 4821': four digits are enough",
    secret: "4821",
    draft: text(fr4),
    findings: [
      {
        messageId: "secret",
        data: { keyword: "code PIN", masked: "4***" },
        location: inBody(fr4, "4821"),
        noFix: true,
      },
    ],
  },
  {
    why: "'passphrase: correct-horse'",
    secret: "correct-horse",
    draft: text(en3),
    findings: [
      {
        messageId: "secret",
        data: { keyword: "passphrase" },
        location: inBody(en3, "correct-horse"),
        noFix: true,
      },
    ],
  },
  {
    why: "the secret in the subject ('Accès VPN – mot de passe : Xy7!kLm2')",
    secret: "Xy7!kLm2",
    draft: draft({ subject: "Accès VPN – mot de passe : Xy7!kLm2" }),
    findings: [
      {
        messageId: "secret",
        data: { where: SUBJECT, keyword: "mot de passe" },
        location: { part: "subject", start: 27, end: 35 },
        noFix: true,
      },
    ],
  },
  {
    why: "'mot de passe provisoire : Abc12345': a temporary password is still a password",
    secret: "Abc12345",
    draft: text(fr5),
    findings: [
      { messageId: "secret", data: { masked: "A*******" }, location: inBody(fr5, "Abc12345"), noFix: true },
    ],
  },
  {
    why: "'Le mot de passe est : Soleil2026'",
    secret: "Soleil2026",
    draft: text(fr6),
    findings: [{ messageId: "secret", location: inBody(fr6, "Soleil2026"), noFix: true }],
  },
  {
    why: "a plain word closed by a comma is a value: 'mdp : azerty, à changer…'",
    secret: "azerty",
    draft: text(fr7),
    findings: [{ messageId: "secret", location: inBody(fr7, "azerty"), noFix: true }],
  },
  {
    why: "'pwd=Qwerty!23' in an English technical note",
    secret: "Qwerty!23",
    draft: text(en4),
    findings: [
      { messageId: "secret", data: { keyword: "pwd" }, location: inBody(en4, "Qwerty!23"), noFix: true },
    ],
  },
  {
    why: "'Your PIN is 7390': PIN alone, after 'is'",
    secret: "7390",
    draft: text(en5),
    findings: [{ messageId: "secret", data: { keyword: "PIN" }, location: inBody(en5, "7390"), noFix: true }],
  },
  {
    why: "'code confidentiel : 1234': the French bank card's word for a PIN",
    secret: "1234",
    draft: text(fr8),
    findings: [
      {
        messageId: "secret",
        data: { keyword: "code confidentiel" },
        location: inBody(fr8, "1234"),
        noFix: true,
      },
    ],
  },
  {
    why: "a table of credentials in HTML: the value stands alone in the next cell",
    secret: "Printemps2026",
    draft: draft({
      body: {
        html:
          "<p>Vos accès :</p><table><tr><td>Identifiant :</td><td>jmartin</td></tr>" +
          "<tr><td>Mot de passe :</td><td>Printemps2026</td></tr></table>",
      },
    }),
    findings: [
      {
        messageId: "secret",
        data: { keyword: "Mot de passe" },
        // visible text: "Vos accès :\nIdentifiant :\njmartin\nMot de passe :\nPrintemps2026\n"
        location: { part: "body", zone: "new", start: 49, end: 62 },
        noFix: true,
      },
    ],
  },
  {
    why: "written above a reply's quoted history: the new text still holds the secret",
    secret: "Abc12345",
    draft: draft({
      subject: "RE: Accès au logiciel de paie",
      composeType: "reply",
      body: {
        html:
          "<p>Mot de passe : Abc12345</p>" +
          '<div id="divRplyFwdMsg"><p><b>De :</b> Paul Durand<br><b>Envoyé :</b> lundi 23 novembre 2026<br>' +
          "<b>À :</b> Jeanne Martin<br><b>Objet :</b> Accès au logiciel de paie</p></div><p>Tu peux m'envoyer l'accès ?</p>",
      },
    }),
    findings: [
      { messageId: "secret", location: { part: "body", zone: "new", start: 15, end: 23 }, noFix: true },
    ],
  },
];

ruleTester("credential-in-body", {
  valid: [
    {
      why: "a meeting's dial-in PIN is shared with every guest by design (corpus: postal-mime-calendar-event)",
      draft: text("Join by phone: +33 1 70 37 97 29 PIN: 498100683#"),
    },
    {
      why: "the same in French, a Teams dial-in",
      draft: text("Rejoindre par téléphone : +33 1 70 37 97 29, code PIN : 4981 0068"),
    },
    {
      why: "'mot de passe oublié': prose, no value",
      draft: text("J'ai un mot de passe oublié, peux-tu le réinitialiser ?"),
    },
    {
      why: "'changez votre mot de passe'",
      draft: text("Pensez à changer votre mot de passe avant vendredi."),
    },
    {
      why: "'votre mot de passe est strictement personnel' (RULES.md)",
      draft: text("Rappel : votre mot de passe est strictement personnel."),
    },
    { why: "a masked value: 'password: ********'", draft: text("Login: jsmith\npassword: ********") },
    {
      why: "'Password is required': no secret-looking token after 'is'",
      draft: text("Password is required to open the file."),
    },
    {
      why: "'mot de passe : voir ci-dessous' points elsewhere and gives no value",
      draft: text("Identifiant : jmartin\nMot de passe : voir ci-dessous"),
    },
    {
      why: "'le mot de passe est à changer tous les 90 jours': a rule, not a value",
      draft: text("Pour rappel, le mot de passe est à changer tous les 90 jours."),
    },
    {
      why: "a secret only in the quoted history is not the sender's new text",
      draft: draft({
        subject: "RE: Accès au logiciel de paie",
        composeType: "reply",
        body: {
          html:
            "<p>Merci, c'est bon pour moi.</p>" +
            '<div id="divRplyFwdMsg"><p><b>De :</b> Paul Durand<br><b>Envoyé :</b> lundi 23 novembre 2026<br>' +
            "<b>À :</b> Jeanne Martin<br><b>Objet :</b> Accès au logiciel de paie</p></div>" +
            "<p>Mot de passe : Abc12345</p>",
        },
      }),
    },
    {
      why: "a secret only in '>'-quoted plain text",
      draft: text("Thanks, it works.\n\n> Your password: hunter22\n> John"),
    },
    {
      why: "a secret only in the signature block",
      draft: draft({
        body: {
          html:
            "<p>Bonjour Paul,</p><p>Le budget est validé.</p>" +
            '<div id="Signature"><p>Jeanne Martin — Wi-Fi invités, mot de passe : Bienvenue2026</p></div>',
        },
      }),
    },
    {
      why: "'mot de passe : celui de votre session Windows': a plain word going on into a sentence",
      draft: text("Identifiant : jmartin\nMot de passe : celui de votre session Windows"),
    },
    {
      why: "'mot de passe : transmis par SMS': how it travels, not what it is",
      draft: text("Votre compte est créé. Mot de passe : transmis par SMS dans la journée."),
    },
    {
      why: "'The password is case-sensitive': a hyphen inside a word is not a symbol",
      draft: text("Note that the password is case-sensitive."),
    },
    {
      why: "'Votre mot de passe est CONFIDENTIEL': capitals for emphasis are not a secret",
      draft: text("Votre mot de passe est CONFIDENTIEL : ne le communiquez à personne."),
    },
    {
      why: "a link to the reset page is not a secret",
      draft: text("Réinitialisez votre mot de passe : https://moncompte.ville-exemple.fr/reset"),
    },
    {
      why: "'password: at least 12 characters': a requirement, not a value",
      draft: text("New rules. Password: at least 12 characters, one digit."),
    },
    {
      why: "a heading 'Changement de mot de passe :' followed by a sentence on the next line",
      draft: draft({
        body: {
          html: "<p>Changement de mot de passe :</p><p>Connectez-vous au portail avec votre badge.</p>",
        },
      }),
    },
    {
      why: "subject 'Mot de passe : réinitialisation': in a subject only a secret-looking token counts",
      draft: draft({ subject: "Mot de passe : réinitialisation" }),
    },
    { why: "English subject 'Password: reminder'", draft: draft({ subject: "Password: reminder" }) },
    {
      why: "'Password issued: …': 'is' must be a word, not the start of 'issued'",
      draft: text("New password issued: check your phone."),
    },
    {
      why: "'le pin' is also a pine tree: no value given",
      draft: text("Le pin est un arbre du parc Borély."),
    },
  ],
  invalid,
});

describe("credential-in-body masks the secret", () => {
  it.each(invalid.map((c) => [c.why, c] as const))("%s", (_why, c) => {
    const [finding] = lint(c.draft, { only: ["credential-in-body"] });
    expect(String(finding.data.masked)).not.toContain(c.secret);
    for (const lang of ["fr", "en"] as const) expect(messageOf(finding, lang)).not.toContain(c.secret);
  });
});
