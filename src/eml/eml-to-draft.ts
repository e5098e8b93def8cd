// An `.eml` file (RFC 5322 / MIME) as the draft the engine reads; README, "How an .eml file becomes a draft".
// Shared by the CLI (src/cli/eml-to-draft.ts, in Node) and the preview page (in the browser): no Node built-in,
// only postal-mime (which runs in both), the engine and the web platform's TextEncoder / TextDecoder.
import PostalMime, { decodeWords } from "postal-mime";
import type { Address, Attachment, ComposeType, Draft, LocalText } from "../lint";
import { formatInstant } from "../lint/calendar";
import { analyzeSubject } from "../lint/subject";

/** A file that is not a readable message; `reason` in both languages. */
export class EmlError extends Error {
  constructor(readonly reason: LocalText) {
    super(reason.en);
    this.name = "EmlError";
  }
}

export interface EmlOptions {
  /** ms since epoch: the send moment when the message has no usable Date header; default: now */
  now?: number;
  /** IANA zone of the draft: the policy's, else the machine's */
  timeZone?: string;
}

/** How far into the file the header block is looked for. */
const HEADER_SCAN_BYTES = 256 * 1024;
const BINARY_SCAN_BYTES = 8000;
/** A header field line: a name of printable ASCII without space or colon, then a colon. */
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;

/**
 * Rejects what is not a message at all, which postal-mime would accept as an empty one: an empty file, binary
 * data, or text with no `Name: value` header line before the first blank line.
 */
export function checkHeaderBlock(raw: Uint8Array): void {
  if (raw.length === 0) throw new EmlError({ fr: "fichier vide", en: "empty file" });
  // As git and file(1) judge: a NUL byte near the start means binary data; no MIME message holds one there.
  if (raw.subarray(0, Math.min(raw.length, BINARY_SCAN_BYTES)).indexOf(0) >= 0) throw binary();
  const head = raw.subarray(0, Math.min(raw.length, HEADER_SCAN_BYTES));
  const text = latin1(head);
  if (text.trim() === "")
    throw new EmlError({ fr: "fichier vide (que des blancs)", en: "empty file (only white space)" });
  const lines = headerBlockLines(text);
  const block = lines.join("\n");
  let control = 0;
  for (let i = 0; i < block.length; i++) {
    const c = block.charCodeAt(i);
    // Tab, LF, CR and ESC (ISO-2022-JP headers) are at home in a header block.
    if ((c < 32 || c === 127) && c !== 9 && c !== 10 && c !== 13 && c !== 27) control++;
  }
  if (control > 0 && control * 20 >= block.length) throw binary();
  // An mbox export starts with a "From sender date" line before the headers.
  if (lines.length > 0 && /^From /.test(lines[0])) lines.shift();
  if (!lines.some((line) => HEADER_LINE.test(line)))
    throw new EmlError({
      fr: "pas un message MIME : aucune ligne d'en-tête « Nom: valeur » avant la première ligne vide",
      en: 'not a MIME message: no "Name: value" header line before the first blank line',
    });
}

/** Bytes as ISO-8859-1 text, one character per byte (Node's "latin1"; TextDecoder's "latin1" is windows-1252). */
function latin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192)
    out += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 8192)));
  return out;
}

const binary = () =>
  new EmlError({
    fr: "données binaires, pas un message MIME (aucun en-tête lisible)",
    en: "binary data, not a MIME message (no readable header)",
  });

/** The header block's lines: up to the first blank line (which may be the very first line). */
function headerBlockLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  const blank = lines.findIndex((line) => line.trim() === "");
  return blank < 0 ? lines : lines.slice(0, blank);
}

export async function emlToDraft(raw: Uint8Array, options: EmlOptions = {}): Promise<Draft> {
  checkHeaderBlock(raw);
  let email: PostalMime.Email;
  try {
    email = await PostalMime.parse(raw);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new EmlError({
      fr: `message MIME illisible : ${message}`,
      en: `unreadable MIME message: ${message}`,
    });
  }
  const timeZone = options.timeZone || machineTimeZone();
  const subject = email.subject || "";
  const html = email.html;
  const draft: Draft = {
    to: addresses(email.to),
    subject,
  };
  const from = addresses(email.from ? [email.from] : undefined)[0];
  if (from) draft.from = from;
  const cc = addresses(email.cc);
  if (cc.length > 0) draft.cc = cc;
  const bcc = addresses(email.bcc);
  if (bcc.length > 0) draft.bcc = bcc;
  if (html !== undefined && html.trim() !== "") draft.body = { html };
  else if (email.text !== undefined) draft.body = { text: email.text };
  else if (html !== undefined) draft.body = { html };
  const attachments = attachmentsOf(email, html);
  if (attachments.length > 0) draft.attachments = attachments;
  draft.composeType = composeTypeOf(email, subject);
  draft.sendAt = formatInstant(sendMoment(email, options.now), timeZone);
  draft.timeZone = timeZone;
  return draft;
}

export function machineTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
  } catch (e) {
    return undefined;
  }
}

/** Mailboxes in order, group members unwrapped, entries without an address left out. */
function addresses(list: PostalMime.Address[] | undefined): Address[] {
  const out: Address[] = [];
  const add = (m: PostalMime.Mailbox) => {
    const address = (m.address || "").trim();
    if (address === "") return;
    const name = (m.name || "").trim();
    out.push(name !== "" ? { name, address } : { address });
  };
  for (const a of list || []) {
    if (a.group !== undefined) a.group.forEach(add);
    else add(a);
  }
  return out;
}

function header(email: PostalMime.Email, key: string): string | undefined {
  for (const h of email.headers) if (h.key === key) return h.value;
  return undefined;
}

/** The Date header's instant, else `now`, else the present moment. */
function sendMoment(email: PostalMime.Email, now: number | undefined): number {
  for (const value of [email.date, header(email, "date")]) {
    if (!value) continue;
    const ms = Date.parse(value.trim().replace(/\s*\([^)]*\)\s*$/, ""));
    // Beyond year 9999 an ISO string needs an extended year; such a Date is as good as none.
    if (!isNaN(ms) && ms < 253402300800000 && ms >= -62167219200000) return ms;
  }
  return now !== undefined ? now : Date.now();
}

function contentIdOf(a: PostalMime.Attachment): string | undefined {
  const id = (a.contentId || "").trim().replace(/^<|>$/g, "").trim();
  return id !== "" ? id : undefined;
}

/** `cid:` references of the HTML, decoded and lower-cased. */
function cidReferences(html: string | undefined): Set<string> {
  const refs = new Set<string>();
  if (!html) return refs;
  const re = /cid:([^"'\s>)]+)/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) !== null) {
    let id = m[1];
    try {
      id = decodeURIComponent(id);
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
    } catch (e) {
      // keep it as written
    }
    refs.add(id.replace(/^<|>$/g, "").toLowerCase());
  }
  return refs;
}

function bytesOf(content: PostalMime.Attachment["content"]): Uint8Array {
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function sizeOf(content: PostalMime.Attachment["content"]): number {
  return typeof content === "string" ? bytesOf(content).length : content.byteLength;
}

/** An attached message (a bounce's original, a forward as attachment) is an attachment even without a name. */
const MESSAGE_TYPES = ["message/rfc822", "message/global"];

/** The Subject of an attached message, as Outlook names the attachment ("" when it has none). */
function embeddedSubject(content: PostalMime.Attachment["content"]): string {
  const head = new TextDecoder("utf-8").decode(bytesOf(content).subarray(0, HEADER_SCAN_BYTES));
  const lines = headerBlockLines(head);
  for (let i = 0; i < lines.length; i++) {
    const m = /^subject[ \t]*:(.*)$/i.exec(lines[i]);
    if (!m) continue;
    let value = m[1];
    for (let k = i + 1; k < lines.length && /^[ \t]/.test(lines[k]); k++) value += lines[k];
    return decodeWords(value.trim())
      .replace(/[\\/:*?"<>|\r\n]+/g, " ")
      .trim();
  }
  return "";
}

/**
 * Parts with a file name or `Content-Disposition: attachment`, and inline parts. Inline: the HTML refers to it by
 * `cid:`, or it is `Content-Disposition: inline` with a Content-ID. A part without a file name is named by its
 * Content-ID when it is inline (as Outlook shows it), an attached message by its subject, else "".
 */
function attachmentsOf(email: PostalMime.Email, html: string | undefined): Attachment[] {
  const refs = cidReferences(html);
  const out: Attachment[] = [];
  for (const a of email.attachments) {
    const contentId = contentIdOf(a);
    const disposition = (a.disposition || "").toLowerCase();
    const referenced = a.related === true || (contentId !== undefined && refs.has(contentId.toLowerCase()));
    const filename = (a.filename || "").trim();
    const inline = referenced || (disposition === "inline" && contentId !== undefined);
    const message = MESSAGE_TYPES.indexOf(a.mimeType) >= 0;
    if (filename === "" && disposition !== "attachment" && !inline && !message) continue;
    let name = filename;
    if (name === "" && message) {
      const subject = embeddedSubject(a.content);
      if (subject !== "") name = subject + ".eml";
    } else if (name === "" && inline && contentId !== undefined) name = contentId;
    const attachment: Attachment = {
      name,
      size: sizeOf(a.content),
      contentType: a.mimeType,
    };
    if (inline) attachment.inline = true;
    if (contentId !== undefined) attachment.contentId = contentId;
    out.push(attachment);
  }
  return out;
}

// Forwarded-message blocks, on folded (lower-case, accent-free) lines of the body text.
const FORWARD_BLOCKS = [
  /^\s*-{2,}\s*(forwarded message|original forwarded message|message transfere|message reexpedie|weitergeleitete nachricht|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht)\s*-{2,}/m,
  /^\s*(begin forwarded message|debut du message reexpedie|anfang der weitergeleiteten nachricht)\s*:/m,
  /^\s*-{2,}\s*forwarded by\s.{1,200}?-{2,}/m,
];

/** Lower case, no accents, HTML reduced to text lines. */
function foldedBodyText(email: PostalMime.Email): string {
  let text = email.text || "";
  if (!text && email.html) {
    text = email.html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "")
      .replace(/<(br|\/p|\/div|\/tr|\/li|\/h\d|hr)\b[^>]*>/gi, "\n")
      .replace(/<[^>]*>/g, "")
      .replace(/&nbsp;/gi, " ")
      // Accented letters lose their accent below anyway: &eacute; → e.
      .replace(/&([a-z])(acute|grave|circ|uml|cedil|tilde|ring);/gi, "$1")
      .replace(/&#(x[0-9a-f]{1,6}|\d{1,7});/gi, (whole, n: string) => {
        const code = n[0] === "x" || n[0] === "X" ? parseInt(n.slice(1), 16) : parseInt(n, 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      });
  }
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

export function hasForwardedBlock(email: PostalMime.Email): boolean {
  if (email.html && /class\s*=\s*["'][^"']*\bmoz-forward-container\b/i.test(email.html)) return true;
  const text = foldedBodyText(email);
  return FORWARD_BLOCKS.some((re) => re.test(text));
}

/**
 * The subject's first prefix says it when there is one (a forward may carry In-Reply-To); else In-Reply-To or
 * References make a reply; else a forwarded-message block makes a forward.
 */
function composeTypeOf(email: PostalMime.Email, subject: string): ComposeType {
  const info = analyzeSubject(subject);
  if (info.forward) return "forward";
  if (info.reply) return "reply";
  if ((email.inReplyTo || "").trim() !== "" || (email.references || "").trim() !== "") return "reply";
  if (hasForwardedBlock(email)) return "forward";
  return "new";
}
