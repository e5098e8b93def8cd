// Every string the pane shows, in French and English. Text that comes from the engine (finding messages, why,
// guide references, slot labels) is already in both languages and is not repeated here.
import type { Severity } from "../lint";
import type { ComposeHost } from "../outlook/host";
import type { DraftField } from "../outlook/read-draft";

export type UiLang = "fr" | "en";

export type Platform = ComposeHost["platform"];
export type Counts = { [s in Severity]: number };

export interface Strings {
  appName: string;
  loading: string;
  notInOutlook: string;
  readErrorTitle: string;
  readErrorBody: string;
  staleError: string;
  errorDetail: (reason: string) => string;
  retry: string;
  failedReadTitle: string;
  failedRead: (fields: string) => string;
  fields: { [f in DraftField]: string };
  list: (items: string[]) => string;

  summaryHeading: string;
  counts: (counts: Counts) => string;
  announceCount: (total: number, counts: Counts) => string;
  severityGroup: { [s in Severity]: string };
  severityBadge: { [s in Severity]: string };
  groupHeading: (severity: Severity, count: number) => string;
  flaggedHeading: string;
  flaggedBadge: string;
  flaggedIntro: string;

  where: string;
  why: string;
  guide: string;
  subject: string;
  body: string;
  bodyZone: { new: string; quote: string; signature: string };
  image: (n: number) => string;
  recipients: (field?: "to" | "cc" | "bcc") => string;
  attachments: string;
  sendTime: (label: string) => string;
  showMore: (n: number) => string;
  showLess: string;

  fixApplied: string;
  fixFailedTitle: string;
  fixFailed: (reason: string) => string;
  applying: string;

  moveToBcc: (n: number) => string;
  moveToBccHint: string;
  keepOnly: (name: string) => string;
  removeExternal: (n: number) => string;
  removeRecipients: (n: number) => string;
  removeOne: (name: string) => string;
  replaceWith: (address: string) => string;
  useSubject: (subject: string) => string;
  subjectField: string;
  subjectEmpty: string;
  altField: (image: string) => string;
  altHint: string;
  altApply: string;
  altApplyLabel: (image: string) => string;
  altDecorative: string;
  altDecorativeLabel: (image: string) => string;

  confirmTitle: (n: number) => string;
  confirmBody: string;
  confirmRemove: string;
  cancel: string;

  scheduleFor: (label: string) => string;
  chooseAnother: string;
  hideChooser: string;
  chooserHeading: string;
  day: string;
  time: string;
  noSlot: (why: string) => string;
  offDay: { weekend: string; holiday: (name: string) => string; closure: string; past: string; none: string };
  scheduleChosen: (label: string) => string;
  scheduledFor: (label: string) => string;
  scheduleHeading: string;
  clearSchedule: string;
  clearedLabel: string;
  stillPressSend: string;
  waitsIn: { [p in Platform]: string };
  manualIntro: (label: string) => string;
  manualIntroNoSlot: string;
  manualSteps: { [p in Exclude<Platform, "other">]: { name: string; steps: string[] } };

  emptyTitle: string;
  emptyBody: (n: number) => string;
  emptyAreas: string;
  showChecks: string;
  hideChecks: string;

  opening: string;
  policyNoticeTitle: string;
  /** the notice's sentence, naming each faulty field */
  policyProblems: (fields: string[]) => string;
  /** how the notice names a problem with the whole file (its path is empty) */
  policyWholeFile: string;
  policyShowDetails: (n: number) => string;
  policyHideDetails: string;
  /** the problem recorded when the served policy.json is not JSON */
  policyNotJson: (detail: string) => string;

  hiddenByPreferences: (n: number) => string;
  announceHidden: (n: number) => string;

  prefsHeading: string;
  prefsLanguage: string;
  prefsLanguageOutlook: (name: string) => string;
  /** each language's own name */
  languageNames: { [l in UiLang]: string };
  prefsRules: string;
  prefsRulesHint: string;
  prefsBlocking: string;
  prefsHours: string;
  prefsHoursHint: (start: string, end: string) => string;
  prefsHoursNow: (start: string, end: string, own: boolean) => string;
  prefsStart: string;
  prefsEnd: string;
  prefsUseOrgHours: string;
  prefsHoursMissing: string;
  prefsHoursInvalid: string;
  prefsHoursOutside: (start: string, end: string) => string;
  prefsHoursOrder: string;
  prefsInvalid: string;
  prefsSave: string;
  prefsSaving: string;
  prefsSaved: string;
  prefsSaveFailedTitle: string;
  prefsSaveFailed: (reason: string) => string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const fr: Strings = {
  appName: "Hygiène des mails",
  loading: "Lecture du brouillon…",
  notInOutlook: "Ouvrez ce volet depuis un message en cours de rédaction dans Outlook.",
  readErrorTitle: "Impossible de lire le brouillon",
  readErrorBody:
    "Outlook n'a pas transmis le message en cours de rédaction. Vérifiez qu'il est toujours ouvert, puis réessayez.",
  staleError:
    "La dernière relecture du brouillon a échoué : les résultats ci-dessous peuvent ne plus être à jour.",
  errorDetail: (reason) => `Détail : ${reason}`,
  retry: "Réessayer",
  failedReadTitle: "Lecture incomplète",
  failedRead: (fields) =>
    `Outlook n'a pas pu lire : ${fields}. Les vérifications qui en dépendent n'ont pas pu se faire ; les autres résultats restent valables.`,
  fields: {
    subject: "l'objet",
    to: "les destinataires (À)",
    cc: "les destinataires en copie (Cc)",
    bcc: "les destinataires en copie cachée (Cci)",
    body: "le corps du message",
    attachments: "les pièces jointes",
    composeType: "le type de message (nouveau, réponse, transfert)",
    deliverAt: "l'heure d'envoi programmée",
  },
  list: (items) =>
    items.length <= 1 ? items.join("") : items.slice(0, -1).join(", ") + " et " + items[items.length - 1],

  summaryHeading: "Résultat de la vérification",
  counts: (c) => {
    const parts: string[] = [];
    if (c.error) parts.push(`${c.error} ${plural(c.error, "erreur", "erreurs")}`);
    if (c.warning) parts.push(`${c.warning} ${plural(c.warning, "avertissement", "avertissements")}`);
    if (c.info) parts.push(`${c.info} ${plural(c.info, "suggestion", "suggestions")}`);
    return parts.length ? parts.join(", ") : "Aucun point à revoir";
  },
  announceCount: (total, c) =>
    total === 0
      ? "Aucun point à revoir."
      : `${total} ${plural(total, "point à revoir", "points à revoir")} : ${fr.counts(c)}.`,
  severityGroup: { error: "Erreurs", warning: "Avertissements", info: "Suggestions" },
  severityBadge: { error: "Erreur", warning: "Avertissement", info: "Suggestion" },
  groupHeading: (s, n) => `${fr.severityGroup[s]} (${n})`,
  flaggedHeading: "Signalé à l'envoi",
  flaggedBadge: "Signalé à l'envoi",
  flaggedIntro:
    "L'envoi a été interrompu pour ces points. Corrigez-les, puis cliquez de nouveau sur Envoyer.",

  where: "Où",
  why: "Pourquoi le guide le demande",
  guide: "Référence",
  subject: "Dans l'objet",
  body: "Dans le corps du message",
  bodyZone: {
    new: "Dans le corps du message : votre texte",
    quote: "Dans le corps du message : l'historique cité (messages précédents)",
    signature: "Dans le corps du message : la signature",
  },
  image: (n) => `image n° ${n}`,
  recipients: (field) =>
    field === "to"
      ? "Destinataires (À)"
      : field === "cc"
        ? "Destinataires en copie (Cc)"
        : field === "bcc"
          ? "Destinataires en copie cachée (Cci)"
          : "Destinataires",
  attachments: "Pièces jointes",
  sendTime: (label) => `Heure d'envoi : ${label}`,
  showMore: (n) => `Afficher ${plural(n, "l'autre adresse", `les ${n} autres adresses`)}`,
  showLess: "Afficher moins d'adresses",

  fixApplied: "Correction appliquée.",
  fixFailedTitle: "La correction n'a pas pu être appliquée",
  fixFailed: (reason) => `La correction n'a pas pu être appliquée : ${reason}`,
  applying: "Application…",

  moveToBcc: (n) => (n === 1 ? "Mettre le destinataire en Cci" : `Mettre les ${n} destinataires en Cci`),
  moveToBccHint: "Votre propre adresse sera placée en À.",
  keepOnly: (name) => `Garder seulement ${name}`,
  removeExternal: (n) =>
    n === 1 ? "Retirer le destinataire externe" : `Retirer les ${n} destinataires externes`,
  removeRecipients: (n) => `Retirer les ${n} destinataires`,
  removeOne: (name) => `Retirer ${name}`,
  replaceWith: (address) => `Remplacer par ${address}`,
  useSubject: (subject) => `Utiliser l'objet « ${subject} »`,
  subjectField: "Objet proposé (modifiable)",
  subjectEmpty: "Saisissez un objet.",
  altField: (image) => `Texte alternatif de l'image « ${image} »`,
  altHint: "Décrivez ce que l'image apporte au message.",
  altApply: "Appliquer",
  altApplyLabel: (image) => `Appliquer ce texte alternatif à l'image « ${image} »`,
  altDecorative: "Image décorative",
  altDecorativeLabel: (image) => `Image décorative : texte alternatif vide pour « ${image} »`,

  confirmTitle: (n) => (n === 1 ? "Retirer ce destinataire ?" : `Retirer ces ${n} destinataires ?`),
  confirmBody: "Ces personnes ne recevront pas le message :",
  confirmRemove: "Retirer",
  cancel: "Annuler",

  scheduleFor: (label) => `Programmer l'envoi pour ${label}`,
  chooseAnother: "Choisir un autre moment",
  hideChooser: "Masquer le choix d'un autre moment",
  chooserHeading: "Un autre moment, pendant les heures de travail",
  day: "Jour",
  time: "Heure",
  noSlot: (why) => `Aucun créneau disponible ce jour-là : ${why}.`,
  offDay: {
    weekend: "jour non travaillé",
    holiday: (name) => `jour férié (${name})`,
    closure: "jour de fermeture",
    past: "les heures de travail sont passées",
    none: "hors des heures de travail",
  },
  scheduleChosen: (label) => `Programmer pour ${label}`,
  scheduledFor: (label) => `Envoi programmé pour ${label}`,
  scheduleHeading: "Envoi différé",
  clearSchedule: "Annuler la programmation",
  clearedLabel: "envoi immédiat",
  stillPressSend: "Cliquez ensuite sur Envoyer : le message partira à l'heure prévue.",
  waitsIn: {
    "classic-windows":
      "Une fois envoyé, le message attend dans Éléments envoyés jusqu'à l'heure prévue ; il ne peut plus être modifié ni annulé.",
    web: "Une fois envoyé, le message attend dans Brouillons jusqu'à l'heure prévue ; vous pouvez encore l'ouvrir et le modifier.",
    mac: "Une fois envoyé, le message attend dans Brouillons jusqu'à l'heure prévue ; vous pouvez encore l'ouvrir et le modifier.",
    other:
      "Une fois envoyé, le message attend jusqu'à l'heure prévue : dans Éléments envoyés avec Outlook classique pour Windows (il n'est alors plus modifiable), dans Brouillons avec Outlook sur le web, le nouvel Outlook et Outlook pour Mac (il reste modifiable).",
  },
  manualIntro: (label) =>
    `Votre version d'Outlook ne permet pas au complément de programmer l'envoi. Programmez-le vous-même pour ${label} :`,
  manualIntroNoSlot:
    "Votre version d'Outlook ne permet pas au complément de programmer l'envoi. Programmez-le vous-même :",
  manualSteps: {
    "classic-windows": {
      name: "Outlook classique pour Windows",
      steps: [
        "Onglet Options › Différer la livraison.",
        "Cochez « Ne pas distribuer avant » et choisissez le jour et l'heure.",
        "Fermez la fenêtre, puis cliquez sur Envoyer.",
      ],
    },
    web: {
      name: "Outlook sur le web et nouvel Outlook",
      steps: [
        "Cliquez sur la flèche à côté du bouton Envoyer.",
        "Choisissez « Planifier l'envoi ».",
        "Choisissez le jour et l'heure, puis validez.",
      ],
    },
    mac: {
      name: "Outlook pour Mac",
      steps: [
        "Cliquez sur la flèche à côté du bouton Envoyer.",
        "Choisissez « Envoyer plus tard ».",
        "Choisissez le jour et l'heure, puis validez.",
      ],
    },
  },

  emptyTitle: "Rien à signaler",
  emptyBody: (n) => `${n} ${plural(n, "vérification passée", "vérifications passées")} :`,
  emptyAreas:
    "objet, destinataires, pièces jointes, heure d'envoi, images, liens, données sensibles, mots de passe, longueur du message…",
  showChecks: "Voir le détail des vérifications",
  hideChecks: "Masquer le détail des vérifications",

  opening: "Lecture du message et de la politique de l'organisation…",
  policyNoticeTitle: "Politique de l'organisation",
  policyProblems: (fields) =>
    `La politique de l'organisation contient des erreurs ; les valeurs par défaut s'appliquent pour : ${fields.join(", ")}. Prévenez votre administrateur.`,
  policyWholeFile: "l'ensemble du fichier",
  policyShowDetails: (n) => `Voir le détail ${plural(n, "de l'erreur", `des ${n} erreurs`)}`,
  policyHideDetails: "Masquer le détail des erreurs",
  policyNotJson: (detail) => `Le fichier policy.json n'est pas du JSON valide (${detail}).`,

  hiddenByPreferences: (n) =>
    `${n} ${plural(n, "remarque masquée", "remarques masquées")} par vos préférences`,
  announceHidden: (n) => `${fr.hiddenByPreferences(n)}.`,

  prefsHeading: "Préférences",
  prefsLanguage: "Langue du volet",
  prefsLanguageOutlook: (name) => `Celle d'Outlook (${name})`,
  languageNames: { fr: "Français", en: "English" },
  prefsRules: "Règles à masquer dans le volet",
  prefsRulesHint:
    "Leurs remarques ne s'affichent plus dans ce volet. La vérification à l'envoi ne change pas.",
  prefsBlocking: "Règle bloquante dans votre organisation : elle ne peut pas être masquée.",
  prefsHours: "Vos horaires de travail",
  prefsHoursHint: (start, end) =>
    `Dans les horaires de l'organisation, entre ${start} et ${end}. Ils décident des remarques d'envoi hors horaires et des moments proposés pour l'envoi différé.`,
  prefsHoursNow: (start, end, own) =>
    own
      ? `Horaires appliqués : les vôtres, ${start}–${end}.`
      : `Horaires appliqués : ceux de l'organisation, ${start}–${end}.`,
  prefsStart: "Début de votre journée",
  prefsEnd: "Fin de votre journée",
  prefsUseOrgHours: "Utiliser les horaires de l'organisation",
  prefsHoursMissing: "Indiquez le début et la fin, ou utilisez les horaires de l'organisation.",
  prefsHoursInvalid: "Heure attendue au format HH:MM.",
  prefsHoursOutside: (start, end) =>
    `En dehors des horaires de l'organisation : choisissez une heure entre ${start} et ${end}.`,
  prefsHoursOrder: "La fin de votre journée doit venir après son début.",
  prefsInvalid: "Préférences non enregistrées : corrigez vos horaires de travail.",
  prefsSave: "Enregistrer les préférences",
  prefsSaving: "Enregistrement…",
  prefsSaved: "Préférences enregistrées.",
  prefsSaveFailedTitle: "Les préférences n'ont pas pu être enregistrées",
  prefsSaveFailed: (reason) => `Les préférences n'ont pas pu être enregistrées : ${reason}`,
};

const en: Strings = {
  appName: "Mail Hygiene",
  loading: "Reading the draft…",
  notInOutlook: "Open this pane from a message you are writing in Outlook.",
  readErrorTitle: "The draft could not be read",
  readErrorBody:
    "Outlook did not hand over the message being written. Check that it is still open, then try again.",
  staleError: "The last re-read of the draft failed: the results below may be out of date.",
  errorDetail: (reason) => `Details: ${reason}`,
  retry: "Retry",
  failedReadTitle: "Incomplete read",
  failedRead: (fields) =>
    `Outlook could not read ${fields}. The checks that depend on them could not run; the other results still hold.`,
  fields: {
    subject: "the subject",
    to: "the recipients (To)",
    cc: "the Cc recipients",
    bcc: "the Bcc recipients",
    body: "the message body",
    attachments: "the attachments",
    composeType: "the message type (new, reply, forward)",
    deliverAt: "the scheduled send time",
  },
  list: (items) =>
    items.length <= 1 ? items.join("") : items.slice(0, -1).join(", ") + " and " + items[items.length - 1],

  summaryHeading: "Check results",
  counts: (c) => {
    const parts: string[] = [];
    if (c.error) parts.push(`${c.error} ${plural(c.error, "error", "errors")}`);
    if (c.warning) parts.push(`${c.warning} ${plural(c.warning, "warning", "warnings")}`);
    if (c.info) parts.push(`${c.info} ${plural(c.info, "suggestion", "suggestions")}`);
    return parts.length ? parts.join(", ") : "Nothing to review";
  },
  announceCount: (total, c) =>
    total === 0
      ? "Nothing to review."
      : `${total} ${plural(total, "thing", "things")} to review: ${en.counts(c)}.`,
  severityGroup: { error: "Errors", warning: "Warnings", info: "Suggestions" },
  severityBadge: { error: "Error", warning: "Warning", info: "Suggestion" },
  groupHeading: (s, n) => `${en.severityGroup[s]} (${n})`,
  flaggedHeading: "Flagged at send",
  flaggedBadge: "Flagged at send",
  flaggedIntro: "Sending was stopped for these. Fix them, then click Send again.",

  where: "Where",
  why: "Why the guide asks for it",
  guide: "Reference",
  subject: "In the subject",
  body: "In the message body",
  bodyZone: {
    new: "In the message body: your text",
    quote: "In the message body: the quoted history (earlier messages)",
    signature: "In the message body: the signature",
  },
  image: (n) => `image #${n}`,
  recipients: (field) =>
    field === "to"
      ? "Recipients (To)"
      : field === "cc"
        ? "Recipients (Cc)"
        : field === "bcc"
          ? "Recipients (Bcc)"
          : "Recipients",
  attachments: "Attachments",
  sendTime: (label) => `Send time: ${label}`,
  showMore: (n) => `Show ${plural(n, "the other address", `the ${n} other addresses`)}`,
  showLess: "Show fewer addresses",

  fixApplied: "Fix applied.",
  fixFailedTitle: "The fix could not be applied",
  fixFailed: (reason) => `The fix could not be applied: ${reason}`,
  applying: "Applying…",

  moveToBcc: (n) => (n === 1 ? "Move the recipient to Bcc" : `Move the ${n} recipients to Bcc`),
  moveToBccHint: "Your own address will be put in To.",
  keepOnly: (name) => `Keep only ${name}`,
  removeExternal: (n) => (n === 1 ? "Remove the external recipient" : `Remove the ${n} external recipients`),
  removeRecipients: (n) => `Remove the ${n} recipients`,
  removeOne: (name) => `Remove ${name}`,
  replaceWith: (address) => `Replace with ${address}`,
  useSubject: (subject) => `Use the subject “${subject}”`,
  subjectField: "Suggested subject (you can edit it)",
  subjectEmpty: "Type a subject.",
  altField: (image) => `Alternative text for the image “${image}”`,
  altHint: "Describe what the image brings to the message.",
  altApply: "Apply",
  altApplyLabel: (image) => `Apply this alternative text to the image “${image}”`,
  altDecorative: "Decorative image",
  altDecorativeLabel: (image) => `Decorative image: empty alternative text for “${image}”`,

  confirmTitle: (n) => (n === 1 ? "Remove this recipient?" : `Remove these ${n} recipients?`),
  confirmBody: "These people will not receive the message:",
  confirmRemove: "Remove",
  cancel: "Cancel",

  scheduleFor: (label) => `Schedule for ${label}`,
  chooseAnother: "Choose another time",
  hideChooser: "Hide the choice of another time",
  chooserHeading: "Another time, within working hours",
  day: "Day",
  time: "Time",
  noSlot: (why) => `No time available that day: ${why}.`,
  offDay: {
    weekend: "non-working day",
    holiday: (name) => `public holiday (${name})`,
    closure: "closure day",
    past: "working hours are over",
    none: "outside working hours",
  },
  scheduleChosen: (label) => `Schedule for ${label}`,
  scheduledFor: (label) => `Send scheduled for ${label}`,
  scheduleHeading: "Scheduled send",
  clearSchedule: "Clear the schedule",
  clearedLabel: "send now",
  stillPressSend: "Then click Send: the message will leave at the set time.",
  waitsIn: {
    "classic-windows":
      "Once sent, the message waits in Sent Items until the set time; it can no longer be edited or cancelled.",
    web: "Once sent, the message waits in Drafts until the set time; you can still open and edit it.",
    mac: "Once sent, the message waits in Drafts until the set time; you can still open and edit it.",
    other:
      "Once sent, the message waits until the set time: in Sent Items with classic Outlook for Windows (no longer editable), in Drafts with Outlook on the web, the new Outlook and Outlook for Mac (still editable).",
  },
  manualIntro: (label) =>
    `Your version of Outlook does not let the add-in schedule the send. Schedule it yourself for ${label}:`,
  manualIntroNoSlot:
    "Your version of Outlook does not let the add-in schedule the send. Schedule it yourself:",
  manualSteps: {
    "classic-windows": {
      name: "Classic Outlook for Windows",
      steps: [
        "Options tab › Delay Delivery.",
        "Tick “Do not deliver before” and choose the day and time.",
        "Close the window, then click Send.",
      ],
    },
    web: {
      name: "Outlook on the web and new Outlook",
      steps: [
        "Select the arrow next to the Send button.",
        "Choose “Schedule send”.",
        "Pick the day and time, then confirm.",
      ],
    },
    mac: {
      name: "Outlook for Mac",
      steps: [
        "Select the arrow next to the Send button.",
        "Choose “Send Later”.",
        "Pick the day and time, then confirm.",
      ],
    },
  },

  emptyTitle: "All clear",
  emptyBody: (n) => `${n} ${plural(n, "check", "checks")} passed:`,
  emptyAreas:
    "subject, recipients, attachments, send time, images, links, sensitive data, passwords, message length…",
  showChecks: "Show what was checked",
  hideChecks: "Hide what was checked",

  opening: "Reading the message and the organisation's policy…",
  policyNoticeTitle: "Organisation policy",
  policyProblems: (fields) =>
    `The organisation's policy contains errors; the default values apply to: ${fields.join(", ")}. Let your administrator know.`,
  policyWholeFile: "the whole file",
  policyShowDetails: (n) => `Show ${plural(n, "the error", `the ${n} errors`)}`,
  policyHideDetails: "Hide the errors",
  policyNotJson: (detail) => `The policy.json file is not valid JSON (${detail}).`,

  hiddenByPreferences: (n) => `${n} ${plural(n, "finding", "findings")} hidden by your preferences`,
  announceHidden: (n) => `${en.hiddenByPreferences(n)}.`,

  prefsHeading: "Preferences",
  prefsLanguage: "Pane language",
  prefsLanguageOutlook: (name) => `Outlook's (${name})`,
  languageNames: { fr: "Français", en: "English" },
  prefsRules: "Rules to hide in the pane",
  prefsRulesHint: "Their findings no longer show in this pane. The check at send time does not change.",
  prefsBlocking: "A blocking rule in your organisation: it cannot be hidden.",
  prefsHours: "Your working hours",
  prefsHoursHint: (start, end) =>
    `Within the organisation's hours, between ${start} and ${end}. They decide the after-hours findings and the times offered for a scheduled send.`,
  prefsHoursNow: (start, end, own) =>
    own ? `Hours in use: yours, ${start}–${end}.` : `Hours in use: the organisation's, ${start}–${end}.`,
  prefsStart: "Start of your day",
  prefsEnd: "End of your day",
  prefsUseOrgHours: "Use the organisation's hours",
  prefsHoursMissing: "Give both the start and the end, or use the organisation's hours.",
  prefsHoursInvalid: "Time expected as HH:MM.",
  prefsHoursOutside: (start, end) =>
    `Outside the organisation's hours: choose a time between ${start} and ${end}.`,
  prefsHoursOrder: "The end of your day must come after its start.",
  prefsInvalid: "Preferences not saved: correct your working hours.",
  prefsSave: "Save preferences",
  prefsSaving: "Saving…",
  prefsSaved: "Preferences saved.",
  prefsSaveFailedTitle: "The preferences could not be saved",
  prefsSaveFailed: (reason) => `The preferences could not be saved: ${reason}`,
};

export const STRINGS: { [l in UiLang]: Strings } = { fr, en };
