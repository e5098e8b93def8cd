// The simulated compose window's fields as text, and the Draft they stand for, both ways. Pure: no DOM, no
// React, so that Node tests can check that every sample survives the trip draft → form → draft.
import type { Address, Attachment, ComposeType, Draft } from "../lint";
import { formatInstant, fromWallClock, toWallClock } from "../lint/calendar";

/** The zones the send-moment select offers (a draft in another zone adds its own). */
export const TIME_ZONES = ["Europe/Paris", "America/Martinique", "Indian/Reunion", "UTC"];
export const DEFAULT_TIME_ZONE = TIME_ZONES[0];

export interface AttachmentRow {
  /** React key only */
  id: number;
  name: string;
  /** bytes, as typed */
  size: string;
  inline: boolean;
  /** kept from the draft, not shown */
  contentType?: string;
  contentId?: string;
}

export interface FormState {
  from: string;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  bodyFormat: "html" | "text";
  body: string;
  attachments: AttachmentRow[];
  composeType: ComposeType;
  /** datetime-local value ("2026-11-27T21:40"), wall time in `timeZone` */
  sendAt: string;
  timeZone: string;
  /** datetime-local value, "" for none */
  deliverAt: string;
}

let nextRowId = 1;
export const newRowId = (): number => nextRowId++;

// ---------------------------------------------------------------------------------------------------------------
// Addresses: `Name <a@b>, c@d, "Durand, Paul" <p@d>`, commas or semicolons between them.

/** A display name that would not read back as written without quotes. */
const NEEDS_QUOTES = /[,;"<>\\()@]|^\s|\s$/;

export function formatAddress(a: Address): string {
  if (!a.name) return a.address;
  const name = NEEDS_QUOTES.test(a.name) ? '"' + a.name.replace(/[\\"]/g, "\\$&") + '"' : a.name;
  return name + " <" + a.address + ">";
}

export function formatAddresses(list: Address[] | undefined): string {
  return (list || []).map(formatAddress).join(", ");
}

/** Splits at commas and semicolons outside quotes and angle brackets. */
function splitEntries(text: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  let angle = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      current += c;
      if (c === "\\" && i + 1 < text.length) current += text.charAt(++i);
      else if (c === '"') quoted = false;
    } else if (angle) {
      current += c;
      if (c === ">") angle = false;
    } else if (c === "," || c === ";") {
      out.push(current);
      current = "";
    } else {
      current += c;
      if (c === '"') quoted = true;
      else if (c === "<") angle = true;
    }
  }
  out.push(current);
  return out;
}

/** One entry: `Name <address>` (the last `<…>` is the address), `"Quoted, name" <address>`, or an address. */
export function parseAddress(entry: string): Address | undefined {
  let name = "";
  let address = "";
  let hasAngle = false;
  let quoted = false;
  let angle = false;
  for (let i = 0; i < entry.length; i++) {
    const c = entry.charAt(i);
    if (quoted) {
      if (c === "\\" && i + 1 < entry.length) name += entry.charAt(++i);
      else if (c === '"') quoted = false;
      else name += c;
    } else if (angle) {
      if (c === ">") angle = false;
      else address += c;
    } else if (c === '"') quoted = true;
    else if (c === "<") {
      angle = true;
      hasAngle = true;
      address = "";
    } else name += c;
  }
  if (!hasAngle) {
    address = name;
    name = "";
  }
  address = address.trim();
  name = name.replace(/\s+/g, " ").trim();
  if (address === "") return undefined;
  return name ? { name, address } : { address };
}

export function parseAddresses(text: string): Address[] {
  const out: Address[] = [];
  for (const entry of splitEntries(text)) {
    const a = parseAddress(entry);
    if (a) out.push(a);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Moments: an ISO 8601 instant with offset ↔ a datetime-local value in the draft's zone.

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const LOCAL = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?$/;

/** "2026-11-27T21:40:00+01:00" → "2026-11-27T21:40" (seconds only when there are some); "" when unusable. */
export function toLocalInput(iso: string | undefined, timeZone: string): string {
  const ms = iso ? Date.parse(iso) : NaN;
  if (isNaN(ms)) return "";
  const w = toWallClock(ms, timeZone);
  if (isNaN(w.year) || w.year < 1 || w.year > 9999) return "";
  const value = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
  return w.second ? value + ":" + pad(w.second) : value;
}

/** A datetime-local value read in `timeZone` → ISO 8601 with that zone's offset; undefined when incomplete. */
export function fromLocalInput(value: string, timeZone: string): string | undefined {
  const m = LOCAL.exec(value.trim());
  if (!m) return undefined;
  const ms = fromWallClock(
    { year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5], second: m[6] ? +m[6] : 0 },
    timeZone,
  );
  if (isNaN(ms)) return undefined;
  try {
    return formatInstant(ms, timeZone);
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
  } catch (e) {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------

export function draftToForm(draft: Draft): FormState {
  const timeZone = draft.timeZone || DEFAULT_TIME_ZONE;
  const body = draft.body;
  const text = body && "text" in body;
  return {
    from: draft.from ? formatAddress(draft.from) : "",
    to: formatAddresses(draft.to),
    cc: formatAddresses(draft.cc),
    bcc: formatAddresses(draft.bcc),
    subject: draft.subject || "",
    bodyFormat: text ? "text" : "html",
    body: !body ? "" : "text" in body ? body.text : body.html,
    attachments: (draft.attachments || []).map((a) => {
      const row: AttachmentRow = {
        id: newRowId(),
        name: a.name,
        size: a.size !== undefined ? String(a.size) : "",
        inline: a.inline === true,
      };
      if (a.contentType !== undefined) row.contentType = a.contentType;
      if (a.contentId !== undefined) row.contentId = a.contentId;
      return row;
    }),
    composeType: draft.composeType || "new",
    sendAt: toLocalInput(draft.sendAt, timeZone),
    timeZone,
    deliverAt: toLocalInput(draft.deliverAt, timeZone),
  };
}

function attachmentOf(row: AttachmentRow): Attachment {
  const a: Attachment = { name: row.name };
  const size = row.size.trim() === "" ? NaN : Number(row.size);
  if (isFinite(size) && size >= 0) a.size = Math.floor(size);
  if (row.contentType !== undefined) a.contentType = row.contentType;
  if (row.inline) a.inline = true;
  if (row.contentId !== undefined) a.contentId = row.contentId;
  return a;
}

/** The draft the form shows; empty optional fields are left out. */
export function formToDraft(form: FormState): Draft {
  const draft: Draft = { to: parseAddresses(form.to), subject: form.subject };
  const from = parseAddress(form.from);
  if (from) draft.from = from;
  const cc = parseAddresses(form.cc);
  if (cc.length > 0) draft.cc = cc;
  const bcc = parseAddresses(form.bcc);
  if (bcc.length > 0) draft.bcc = bcc;
  if (form.body !== "" || form.bodyFormat === "text")
    draft.body = form.bodyFormat === "text" ? { text: form.body } : { html: form.body };
  if (form.attachments.length > 0) draft.attachments = form.attachments.map(attachmentOf);
  draft.composeType = form.composeType;
  const sendAt = fromLocalInput(form.sendAt, form.timeZone);
  if (sendAt) draft.sendAt = sendAt;
  const deliverAt = fromLocalInput(form.deliverAt, form.timeZone);
  if (deliverAt) draft.deliverAt = deliverAt;
  draft.timeZone = form.timeZone;
  return draft;
}

/** The same draft in the form's terms (what a round trip through the form keeps). */
export const normalizeDraft = (draft: Draft): Draft => formToDraft(draftToForm(draft));

/** JSON with object keys sorted: two drafts with the same fields in another order give the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!v || typeof v !== "object" || Array.isArray(v)) return v;
    const sorted: { [key: string]: unknown } = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as { [key: string]: unknown })[k];
    return sorted;
  });
}

export const sameDraft = (a: Draft, b: Draft): boolean => canonical(a) === canonical(b);
