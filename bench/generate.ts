// Drafts for the benchmarks: realistic Outlook HTML of a chosen size, drafts with many recipients, images or
// attachments, and adversarial bodies. Deterministic (seeded), so runs compare.
import type { Address, Attachment, Draft } from "../src/lint";

/** mulberry32: a small seeded generator, enough to vary the text. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: T[]): T => list[Math.floor(rnd() * list.length)];

// French prose as Outlook writes it: raw accents, &nbsp; before ? ! : ; (French typography), &#8217; apostrophes.
const SENTENCES = [
  "Je vous prie de trouver le planning des congés de décembre, validé hier par la direction.",
  "Pourriez-vous vérifier les créneaux réservés à l&#8217;équipe d&#8217;accueil avant vendredi&nbsp;?",
  "La réunion de service aura lieu jeudi à 14&nbsp;h&nbsp;30 en salle Émile-Zola, au deuxième étage.",
  "Merci de me faire un retour d&#8217;ici la fin de la semaine, même succinct.",
  "Les élèves de l&#8217;école élémentaire seront accueillis au gymnase pendant les travaux.",
  "Le budget prévisionnel a été présenté à la commission des finances&nbsp;; il reste deux arbitrages.",
  "N&#8217;hésitez pas à revenir vers moi si besoin, je suis joignable au 04&nbsp;67&nbsp;12&nbsp;34&nbsp;56.",
  "Côté logistique, le traiteur confirme la livraison à 11&nbsp;h et reprendra la vaisselle à 16&nbsp;h.",
  "Pensez à déposer vos justificatifs sur l&#8217;espace partagé avant le 15 décembre.",
  "L&#8217;agent concerné a été reçu en entretien annuel&nbsp;: les objectifs sont à mettre à jour.",
  "Nous avons reçu trois candidatures pour le poste d&#8217;adjoint technique, dont une interne.",
  "Le prestataire a relancé au sujet de la facture n°&nbsp;2026-0412, toujours en attente de visa.",
  "À noter&nbsp;: la médiathèque sera fermée le lundi 7 décembre pour inventaire.",
  "Les horaires d&#8217;été s&#8217;appliquent jusqu&#8217;au 30 septembre inclus, sauf pour l&#8217;état civil.",
  "Ça me convient très bien, je préviens l&#8217;équipe et je réserve la salle du conseil.",
  "Pour mémoire, la procédure de déclaration d&#8217;accident est décrite dans la note de service de mars.",
];
const FIRST = ["Jeanne", "Paul", "Émilie", "Hélène", "Loïc", "François", "Zoé", "Agnès", "Mathéo", "Inès"];
const LAST = ["Dupont", "Martin", "Lefèvre", "Garçon", "Bérénger", "Rousseau", "Noël", "Castan", "Perrin"];
const TOPICS = [
  "Planning des congés de décembre",
  "Réunion de service du jeudi",
  "Budget prévisionnel 2027",
  "Travaux du gymnase",
  "Recrutement adjoint technique",
];
const LINK_TEXTS = [
  "le formulaire de demande de congés",
  "la note de service de mars",
  "l&#8217;espace partagé de la direction",
  "cliquez ici",
  "le planning en ligne",
];
const IMAGE_ALTS = ["Graphique des effectifs 2026", "Plan d&#8217;accès au gymnase", "image001.png"];

const STYLE =
  '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator ' +
  'content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n@font-face\n' +
  '\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n' +
  "\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n" +
  '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n' +
  "a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n" +
  'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n' +
  '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-family:"Calibri",sans-serif;}\n@page WordSection1\n' +
  "\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n" +
  "--></style></head>";

const SPAN = "<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif;color:#1F3864'>";

let imageCounter = 0;

function paragraph(rnd: () => number): string {
  const n = 1 + Math.floor(rnd() * 3);
  let s = "";
  for (let i = 0; i < n; i++) s += (i > 0 ? " " : "") + pick(rnd, SENTENCES);
  return "<p class=MsoNormal>" + SPAN + s + "<o:p></o:p></span></p>\n";
}

function link(rnd: () => number): string {
  const text = pick(rnd, LINK_TEXTS);
  return (
    "<p class=MsoNormal>" +
    SPAN +
    'Voir <a href="https://intranet.mairie-exemple.fr/rh/documents?id=' +
    Math.floor(rnd() * 100000) +
    '&amp;lang=fr">' +
    text +
    "</a>.<o:p></o:p></span></p>\n"
  );
}

function image(rnd: () => number): string {
  imageCounter++;
  const id =
    "image" +
    String(imageCounter % 1000)
      .replace(/^(\d)$/, "00$1")
      .replace(/^(\d\d)$/, "0$1");
  const cid = "cid:" + id + ".png@01DB3F2A.5C1E8A40";
  const r = rnd();
  // About half with a description, some with a file name for alt, some without alt, a few tracking pixels.
  const alt = r < 0.45 ? ' alt="' + pick(rnd, IMAGE_ALTS) + '"' : r < 0.55 ? ' alt=""' : "";
  const size = r > 0.95 ? "width=1 height=1" : "width=624 height=351 style='width:6.5in;height:3.6562in'";
  return (
    "<p class=MsoNormal><img border=0 " +
    size +
    ' id="Image_x0020_' +
    imageCounter +
    '" src="' +
    cid +
    '"' +
    alt +
    "></p>\n"
  );
}

function table(rnd: () => number): string {
  const cell = (text: string) =>
    "<td width=302 valign=top style='width:226.55pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>" +
    "<p class=MsoNormal>" +
    text +
    "<o:p></o:p></p></td>";
  let rows = "";
  const n = 2 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++)
    rows +=
      "<tr>" +
      cell(pick(rnd, FIRST) + " " + pick(rnd, LAST)) +
      cell("du " + (1 + i) + " au " + (8 + i) + " décembre") +
      "</tr>\n";
  return (
    "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>" +
    "<tbody>" +
    rows +
    "</tbody></table>\n"
  );
}

function signature(): string {
  return (
    '<div id="Signature"><p class=MsoNormal>' +
    SPAN +
    "Cordialement,<o:p></o:p></span></p><p class=MsoNormal><b>" +
    SPAN +
    "Jeanne Dupont</span></b>" +
    SPAN +
    "<br>Direction des ressources humaines<br>Mairie d&#8217;Exemple – 1 place de l&#8217;Hôtel de Ville<br>" +
    "Tél. 04&nbsp;67&nbsp;00&nbsp;00&nbsp;00</span></p>" +
    '<p class=MsoNormal><img width=120 height=40 src="cid:logo.png@01DB3F2A.5C1E8A40" alt=""></p></div>\n'
  );
}

/** One earlier message: Outlook's header block, then its text, sometimes a quote of the one before. */
function historyMessage(rnd: () => number): string {
  const from = pick(rnd, FIRST) + " " + pick(rnd, LAST);
  const header =
    '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">' +
    '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>De&nbsp;:</b> ' +
    from +
    " &lt;" +
    from.toLowerCase().replace(/[^a-z]+/g, ".") +
    "@mairie-exemple.fr&gt;<br><b>Envoyé&nbsp;:</b> mardi 24 novembre 2026 10:12<br><b>À&nbsp;:</b> " +
    "Jeanne Dupont &lt;jeanne.dupont@mairie-exemple.fr&gt;<br><b>Objet&nbsp;:</b> RE: " +
    pick(rnd, TOPICS) +
    "</font><div>&nbsp;</div></div>\n";
  let body = "<div><div class=WordSection1>\n<p class=MsoNormal>Bonjour,<o:p></o:p></p>\n";
  const n = 2 + Math.floor(rnd() * 5);
  for (let i = 0; i < n; i++) body += paragraph(rnd);
  if (rnd() < 0.3) body += table(rnd);
  if (rnd() < 0.3) body += link(rnd);
  if (rnd() < 0.2) body += image(rnd);
  if (rnd() < 0.4)
    body +=
      "<blockquote style='border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt'>" +
      paragraph(rnd) +
      paragraph(rnd) +
      "</blockquote>\n";
  body += "<p class=MsoNormal>" + from + "<o:p></o:p></p>\n</div></div>\n";
  return header + body;
}

/**
 * A reply as Outlook writes it, about `bytes` long (UTF-16 units of HTML): new text (paragraphs, a table,
 * links, images with and without alt) for about a third, a signature, then quoted history.
 */
export function outlookHtml(bytes: number, seed = 1): string {
  const rnd = random(seed);
  imageCounter = 0;
  const head = bytes >= 8000 ? "<html>" + STYLE : "<html><head></head>";
  let html =
    head +
    '<body lang=FR link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>' +
    "<div class=WordSection1>\n<p class=MsoNormal>" +
    SPAN +
    "Bonjour Paul,<o:p></o:p></span></p>\n";
  const tail = "</div></body></html>";
  const newTarget = Math.max(200, bytes / 3);
  let k = 0;
  while (html.length < newTarget) {
    const r = k++ % 8;
    html += r === 3 ? link(rnd) : r === 5 ? image(rnd) : r === 7 ? table(rnd) : paragraph(rnd);
  }
  html += signature();
  html += '<div id="appendonsend"></div>\n';
  while (html.length + tail.length < bytes) html += historyMessage(rnd);
  return html + tail;
}

const SENDER: Address = { name: "Jeanne Dupont", address: "jeanne.dupont@mairie-exemple.fr" };

/** A working-day send moment in Paris (no after-hours finding to format). */
export const SEND_AT = "2026-11-24T10:15:00+01:00";
export const NOW = Date.parse(SEND_AT);

/** A reply with three recipients and two attachments, around the body given. */
export function draftWith(body: Draft["body"], overrides: Partial<Draft> = {}): Draft {
  return {
    from: SENDER,
    to: [{ name: "Paul Martin", address: "paul.martin@mairie-exemple.fr" }],
    cc: [
      { name: "Hélène Noël", address: "helene.noel@mairie-exemple.fr" },
      { name: "Cabinet Conseil", address: "contact@cabinet-conseil.fr" },
    ],
    subject: "RE: Planning des congés de décembre",
    body,
    attachments: [
      { name: "Planning congés décembre 2026.xlsx", size: 48213, contentType: "application/vnd.ms-excel" },
      { name: "image001.png", size: 10240, inline: true, contentId: "image001.png@01DB3F2A.5C1E8A40" },
    ],
    composeType: "reply",
    sendAt: SEND_AT,
    timeZone: "Europe/Paris",
    ...overrides,
  };
}

/** The same reply with `n` recipients: a third internal, a third at partner organisations, a third webmail. */
export function recipients(n: number): Address[] {
  const out: Address[] = [];
  const webmail = ["gmail.com", "hotmail.fr", "orange.fr", "yahoo.fr", "free.fr", "laposte.net"];
  for (let i = 0; i < n; i++) {
    const name = FIRST[i % FIRST.length] + " " + LAST[(i * 7) % LAST.length] + " " + i;
    const local = "agent." + i;
    const domain =
      i % 3 === 0
        ? "mairie-exemple.fr"
        : i % 3 === 1
          ? "partenaire-" + i + ".asso.fr"
          : webmail[i % webmail.length];
    out.push({ name, address: local + "@" + domain });
  }
  return out;
}

/** A short body with `n` images: cid: sources, alt present, empty, a file name or missing. */
export function imagesHtml(n: number): string {
  const rnd = random(7);
  imageCounter = 0;
  let html = "<html><body><p class=MsoNormal>Bonjour Paul,</p>" + paragraph(rnd);
  for (let i = 0; i < n; i++) html += image(rnd);
  return html + signature() + "</body></html>";
}

/** `n` attachments with realistic names: dated reports, scans, a few macros and executables, some inline. */
export function attachments(n: number): Attachment[] {
  const names = [
    "Compte-rendu réunion du {i} décembre.docx",
    "scan00{i}.pdf",
    "Planning équipe {i}.xlsx",
    "Fiche de poste adjoint technique {i}.pdf",
    "Budget prévisionnel v{i}.xlsm",
    "IMG_20{i}.jpg",
    "arrêt maladie {i}.pdf",
    "outil_{i}.exe",
  ];
  const out: Attachment[] = [];
  for (let i = 0; i < n; i++) {
    const a: Attachment = {
      name: names[i % names.length].replace("{i}", String(i + 1)),
      size: 20000 + ((i * 7919) % 900000),
      contentType: "application/octet-stream",
    };
    if (i % 10 === 9) {
      a.inline = true;
      a.contentId = "image" + i + "@01DB3F2A";
    }
    out.push(a);
  }
  return out;
}

export interface Adversarial {
  name: string;
  /** what one repetition looks like, for the table */
  unit: string;
  /** the body for `n` repetitions */
  body(n: number): Draft["body"];
  /** repetition counts to measure, smallest first */
  sizes: number[];
}

const REPS = [100000, 300000, 1000000];

/** Bodies built to stress the regular expressions, the tokenizer and the line scans. */
export const ADVERSARIAL: Adversarial[] = [
  {
    name: "digit runs",
    unit: '"7 " (single digits, single spaces)',
    body: (n) => ({ text: repeatDigits(n) }),
    sizes: REPS,
  },
  {
    name: "FR76 repeated",
    unit: '"FR76 "',
    body: (n) => ({ text: repeat("FR76 ", n) }),
    sizes: REPS,
  },
  {
    name: "mot de passe",
    unit: '"mot de passe : "',
    body: (n) => ({ text: repeat("mot de passe : ", n) }),
    sizes: REPS,
  },
  {
    name: ">>>> prefixes",
    unit: '">>>>" (lines quoted 1 to 200 deep)',
    body: (n) => ({ text: quotedLines(n) }),
    sizes: REPS,
  },
  {
    name: "De/Envoyé lines",
    unit: '"De : x\\nEnvoyé : y\\n"',
    body: (n) => ({ text: repeat("De : x\nEnvoyé : y\n", n) }),
    sizes: REPS,
  },
  {
    name: "nested <div>",
    unit: "<div> level",
    body: (n) => ({ html: repeat("<div>", n) + "Bonjour" + repeat("</div>", n) }),
    // Deep enough for the lint to take tens of milliseconds (below, a few ms of noise decide the exponent); the
    // bare parse is quadratic here and skips the largest size.
    sizes: [10000, 30000, 100000],
  },
  {
    name: "one long line",
    unit: "10 chars, no space",
    body: (n) => ({ html: "<p>" + repeat("aZ09+/éè_-", n) + "</p>" }),
    sizes: REPS,
  },
];

function repeat(unit: string, n: number): string {
  return unit.repeat(Math.max(0, Math.floor(n)));
}

function repeatDigits(n: number): string {
  return "0 1 2 3 4 5 6 7 8 9 ".repeat(Math.floor(n / 10)) + "7 ".repeat(n % 10);
}

/** Plain-text quoting gone deep: lines of 1 to 200 ">>>>" prefixes (`n` in all), each "… a écrit :". */
function quotedLines(n: number): string {
  const lines: string[] = [];
  let left = Math.floor(n);
  for (let depth = 1; left > 0; depth = (depth % 200) + 1) {
    const d = Math.min(depth, left);
    lines.push(">>>>".repeat(d) + " Le 24 nov. 2026, Paul a écrit :");
    left -= d;
  }
  return lines.join("\n");
}
