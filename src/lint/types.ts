// The shapes the engine reads and writes. `Draft` follows ../shared/spec/draft.schema.json.

export interface Address {
  name?: string;
  address: string;
}

export interface Attachment {
  name: string;
  /** bytes */
  size?: number;
  contentType?: string;
  inline?: boolean;
  contentId?: string;
}

export type ComposeType = "new" | "reply" | "forward";

export interface Draft {
  from?: Address;
  to: Address[];
  cc?: Address[];
  bcc?: Address[];
  subject: string;
  body?: { html: string } | { text: string };
  attachments?: Attachment[];
  composeType?: ComposeType;
  /** ISO 8601 with offset: the moment the user presses Send. */
  sendAt?: string;
  /** ISO 8601 with offset: a delayed delivery time already set on the draft. */
  deliverAt?: string;
  /** IANA time zone of the sender. */
  timeZone?: string;
}

export type Severity = "error" | "warning" | "info";
export type Lang = "fr" | "en";

/** Text in both languages; every user-facing string exists in French and English. */
export interface LocalText {
  fr: string;
  en: string;
}

export type RecipientField = "to" | "cc" | "bcc";
export type Zone = "new" | "quote" | "signature";

/** Where a finding was made. Body offsets are in the body index's visible text unless named `source…`. */
export type Location =
  | { part: "subject"; start?: number; end?: number }
  | { part: "body"; zone?: Zone; start?: number; end?: number; image?: number }
  | { part: "recipients"; field?: RecipientField; addresses: string[] }
  | { part: "attachments"; names: string[] }
  | { part: "send-time"; at: string };

/** Fixes are data: an adapter (Office, the preview, tests) applies them; see fixes.ts. */
export type Fix =
  | { kind: "move-to-bcc"; addresses: string[]; senderToTo: boolean }
  | { kind: "remove-recipients"; addresses: string[] }
  | { kind: "set-subject"; subject: string }
  /** `alt` is typed by the user; `start`/`end` delimit the `<img …>` tag in the HTML source. */
  | { kind: "set-image-alt"; image: number; start: number; end: number; alt: string }
  | { kind: "schedule-delivery"; at: string; label: LocalText }
  | { kind: "replace-recipient"; from: string; to: string };

export type FixKind = Fix["kind"];

export type MessageData = { [key: string]: string | number | LocalText };

export interface Finding {
  ruleId: string;
  severity: Severity;
  messageId: string;
  data: MessageData;
  location: Location;
  fixes: Fix[];
}
