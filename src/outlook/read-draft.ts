// Reads the compose item into a Draft. Every read is issued at once (or as many at once as the client
// allows) and awaited together.
import type { Address, Attachment, ComposeType, Draft } from "../lint";
import { concurrencyGate, officeCall, settleAll, withTimeout } from "./office-call";

/** The part of the Office host this module reads; Office.context in the add-in, a mock in tests. */
export interface MailboxContext {
  mailbox: {
    item?: Office.MessageCompose | null;
    userProfile?: { emailAddress?: string; displayName?: string };
  };
  displayLanguage?: string;
}

export type DraftField =
  "subject" | "to" | "cc" | "bcc" | "body" | "attachments" | "composeType" | "deliverAt";

export interface DraftRead {
  draft: Draft;
  /** fields that could not be read (the draft holds an empty value for them), with the reason */
  failed: { field: DraftField; reason: string }[];
  language: string;
}

const COMPOSE_TYPES: { [office: string]: ComposeType } = {
  newMail: "new",
  reply: "reply",
  forward: "forward",
};

/** Outlook on the web and new Outlook allow 3 simultaneous asynchronous calls; the others have no such limit. */
export function maxConcurrentReads(platform: string): number | undefined {
  return platform === "web" ? 3 : undefined;
}

/** `getAsync` gives a Date or 0. Not `instanceof`: the Date may come from another realm (frame, test VM). */
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

const toAddresses = (list: Office.EmailAddressDetails[]): Address[] =>
  (list || []).map((r) =>
    typeof r.displayName === "string" && r.displayName && r.displayName !== r.emailAddress
      ? { name: r.displayName, address: r.emailAddress }
      : { address: r.emailAddress },
  );

/**
 * Reads subject, recipients, HTML body, attachments, compose type and delivery time together. Reads that
 * fail or take longer than `timeoutMs` leave their field empty and are listed in `failed`.
 */
export function readDraft(
  context: MailboxContext,
  options: { timeoutMs: number; now?: () => Date; maxConcurrent?: number },
): Promise<DraftRead> {
  const item = context.mailbox.item;
  if (!item) return Promise.reject(new Error("No message is being composed."));
  const gate = concurrencyGate(options.maxConcurrent);
  // Each read's time limit starts when the read itself starts, not while it waits for the gate.
  const read = <T>(field: DraftField, start: (cb: (r: Office.AsyncResult<T>) => void) => void) =>
    gate(() => withTimeout(officeCall<T>(start), options.timeoutMs, field));
  const fields: DraftField[] = [
    "subject",
    "to",
    "cc",
    "bcc",
    "body",
    "attachments",
    "composeType",
    "deliverAt",
  ];
  const has = (o: unknown) => o !== undefined && o !== null;
  const calls: Promise<unknown>[] = [
    read<string>("subject", (cb) => item.subject.getAsync(cb)),
    read<Office.EmailAddressDetails[]>("to", (cb) => item.to.getAsync(cb)),
    read<Office.EmailAddressDetails[]>("cc", (cb) => item.cc.getAsync(cb)),
    read<Office.EmailAddressDetails[]>("bcc", (cb) => item.bcc.getAsync(cb)),
    read<string>("body", (cb) => item.body.getAsync("html" as Office.CoercionType, cb)),
    // Attachments (1.8), compose type (1.10) and delivery time (1.13) may be missing on older clients.
    typeof item.getAttachmentsAsync === "function"
      ? read<Office.AttachmentDetailsCompose[]>("attachments", (cb) => item.getAttachmentsAsync(cb))
      : Promise.resolve([]),
    typeof item.getComposeTypeAsync === "function"
      ? read<{ composeType: string }>("composeType", (cb) => item.getComposeTypeAsync(cb as never))
      : Promise.resolve({ composeType: "newMail" }),
    has(item.delayDeliveryTime)
      ? read<Date | 0>("deliverAt", (cb) => item.delayDeliveryTime.getAsync(cb))
      : Promise.resolve(0),
  ];
  return settleAll(calls).then((results) => {
    const failed: DraftRead["failed"] = [];
    // A read that answers with something of the wrong shape counts as failed, like one that errs.
    const value = <T>(i: number, fallback: T, valid: (v: unknown) => boolean): T => {
      const r = results[i];
      if (r.ok && valid(r.value)) return r.value as T;
      failed.push({ field: fields[i], reason: r.ok ? "unexpected value" : r.error.message });
      return fallback;
    };
    const isString = (v: unknown) => typeof v === "string";
    const isListOf = (ok: (x: { [k: string]: unknown }) => boolean) => (v: unknown) =>
      Array.isArray(v) &&
      v.every((x) => typeof x === "object" && x !== null && ok(x as { [k: string]: unknown }));
    const recipients = isListOf((r) => typeof r.emailAddress === "string");
    const profile = context.mailbox.userProfile || {};
    const attachments = value<Office.AttachmentDetailsCompose[]>(
      5,
      [],
      isListOf((a) => typeof a.name === "string"),
    ).map((a) => {
      const out: Attachment = { name: a.name, inline: a.isInline === true };
      if (typeof a.size === "number" && a.size >= 0) out.size = a.size;
      if (a.contentId) out.contentId = a.contentId;
      return out;
    });
    const deliver = value<Date | 0>(7, 0, (v) => v === 0 || isDate(v));
    const compose = value<{ composeType: string }>(
      6,
      { composeType: "newMail" },
      (v) => typeof v === "object" && v !== null && isString((v as { composeType?: unknown }).composeType),
    );
    const draft: Draft = {
      to: toAddresses(value(1, [], recipients)),
      cc: toAddresses(value(2, [], recipients)),
      bcc: toAddresses(value(3, [], recipients)),
      subject: value(0, "", isString),
      body: { html: value(4, "", isString) },
      attachments,
      composeType: COMPOSE_TYPES[compose.composeType] || "new",
      sendAt: (options.now ? options.now() : new Date()).toISOString(),
    };
    if (profile.emailAddress) {
      draft.from = profile.displayName
        ? { name: profile.displayName, address: profile.emailAddress }
        : { address: profile.emailAddress };
    }
    if (isDate(deliver) && !isNaN(deliver.getTime())) draft.deliverAt = deliver.toISOString();
    return { draft, failed, language: context.displayLanguage || "fr-FR" };
  });
}
