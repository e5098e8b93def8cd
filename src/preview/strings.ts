// The preview page's own words, in French and English (the pane brings its own, src/taskpane/strings.ts).
import type { ComposeType } from "../lint";
import type { UiLang } from "../taskpane/strings";

export interface PreviewStrings {
  pageTitle: string;
  intro: string;
  settings: string;
  language: string;
  theme: string;
  light: string;
  dark: string;
  gallery: string;
  galleryHint: string;
  cleanSample: string;
  ruleSample: (ruleId: string) => string;
  loadEml: string;
  loadEmlHint: string;
  chooseFile: string;
  loaded: (file: string) => string;
  loadFailed: (file: string, reason: string) => string;
  compose: string;
  composeHint: string;
  from: string;
  to: string;
  cc: string;
  bcc: string;
  addressHint: string;
  subject: string;
  body: string;
  bodyFormat: string;
  formats: { html: string; text: string };
  bodySource: string;
  bodyView: string;
  bodyViewHint: string;
  attachments: string;
  noAttachment: string;
  attachmentName: string;
  attachmentSize: string;
  attachmentInline: string;
  addAttachment: string;
  removeAttachment: (name: string) => string;
  attachmentLabel: (n: number) => string;
  composeType: string;
  composeTypes: { [t in ComposeType]: string };
  sendAt: string;
  sendAtHint: string;
  timeZone: string;
  deliverAt: string;
  deliverAtHint: string;
  clearDelivery: string;
  pane: string;
}

export const PREVIEW_STRINGS: { [l in UiLang]: PreviewStrings } = {
  fr: {
    pageTitle: "Aperçu — Hygiène des mails",
    intro:
      "Une fenêtre de rédaction simulée et le vrai volet du complément. Tout reste dans ce navigateur : aucune donnée n'est envoyée.",
    settings: "Réglages du volet",
    language: "Langue",
    theme: "Thème du volet",
    light: "Clair",
    dark: "Sombre",
    gallery: "Brouillons d'exemple",
    galleryHint: "Un exemple par règle, et deux messages sans remarque.",
    cleanSample: "sans remarque",
    ruleSample: (id) => "règle " + id,
    loadEml: "Ouvrir un fichier .eml",
    loadEmlHint: "Le message est lu dans ce navigateur, il n'est envoyé nulle part.",
    chooseFile: "Choisir un fichier…",
    loaded: (file) => `Fichier « ${file} » chargé.`,
    loadFailed: (file, reason) => `Le fichier « ${file} » n'a pas pu être lu : ${reason}.`,
    compose: "Fenêtre de rédaction (simulée)",
    composeHint: "Modifiez le brouillon : le volet le relit aussitôt. Ses corrections s'appliquent ici.",
    from: "De",
    to: "À",
    cc: "Cc",
    bcc: "Cci",
    addressHint: "Adresses séparées par des virgules, avec un nom facultatif : Nom <adresse@domaine.fr>",
    subject: "Objet",
    body: "Corps du message",
    bodyFormat: "Format",
    formats: { html: "HTML", text: "Texte brut" },
    bodySource: "Source du message",
    bodyView: "Rendu du message (lecture seule)",
    bodyViewHint: "Rendu isolé : ni script, ni image ou lien extérieur.",
    attachments: "Pièces jointes",
    noAttachment: "Aucune pièce jointe.",
    attachmentName: "Nom du fichier",
    attachmentSize: "Taille (octets)",
    attachmentInline: "Incorporée (image dans le texte)",
    addAttachment: "Ajouter une pièce jointe",
    removeAttachment: (name) => `Retirer la pièce jointe ${name || "sans nom"}`,
    attachmentLabel: (n) => `Pièce jointe ${n}`,
    composeType: "Type de message",
    composeTypes: { new: "Nouveau message", reply: "Réponse", forward: "Transfert" },
    sendAt: "Moment de l'envoi",
    sendAtHint: "Le moment où l'on clique sur Envoyer ; c'est aussi l'heure du volet.",
    timeZone: "Fuseau horaire",
    deliverAt: "Envoi différé",
    deliverAtHint: "Vide : le message part à l'envoi.",
    clearDelivery: "Effacer l'envoi différé",
    pane: "Volet du complément",
  },
  en: {
    pageTitle: "Preview — Mail Hygiene",
    intro:
      "A simulated compose window and the add-in's real task pane. Everything stays in this browser: no data is sent.",
    settings: "Pane settings",
    language: "Language",
    theme: "Pane theme",
    light: "Light",
    dark: "Dark",
    gallery: "Sample drafts",
    galleryHint: "One sample per rule, and two messages with nothing to report.",
    cleanSample: "nothing to report",
    ruleSample: (id) => "rule " + id,
    loadEml: "Open an .eml file",
    loadEmlHint: "The message is read in this browser and sent nowhere.",
    chooseFile: "Choose a file…",
    loaded: (file) => `Loaded “${file}”.`,
    loadFailed: (file, reason) => `“${file}” could not be read: ${reason}.`,
    compose: "Compose window (simulated)",
    composeHint: "Edit the draft: the pane reads it again at once. Its fixes apply here.",
    from: "From",
    to: "To",
    cc: "Cc",
    bcc: "Bcc",
    addressHint: "Addresses separated by commas, with an optional name: Name <address@domain.com>",
    subject: "Subject",
    body: "Message body",
    bodyFormat: "Format",
    formats: { html: "HTML", text: "Plain text" },
    bodySource: "Message source",
    bodyView: "Rendered message (read-only)",
    bodyViewHint: "Isolated rendering: no script, no outside image or link.",
    attachments: "Attachments",
    noAttachment: "No attachment.",
    attachmentName: "File name",
    attachmentSize: "Size (bytes)",
    attachmentInline: "Inline (image in the text)",
    addAttachment: "Add an attachment",
    removeAttachment: (name) => `Remove the attachment ${name || "without a name"}`,
    attachmentLabel: (n) => `Attachment ${n}`,
    composeType: "Message type",
    composeTypes: { new: "New message", reply: "Reply", forward: "Forward" },
    sendAt: "Send moment",
    sendAtHint: "When Send is pressed; also the pane's clock.",
    timeZone: "Time zone",
    deliverAt: "Delayed delivery",
    deliverAtHint: "Empty: the message leaves when sent.",
    clearDelivery: "Clear the delayed delivery",
    pane: "Add-in task pane",
  },
};
