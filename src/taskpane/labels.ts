// Words for what the engine gives as data: where a finding was made, and what each fix button does.
import type { Address, Draft, Finding, Fix, Location } from "../lint";
import { formatSlotLabel } from "../lint/calendar";
import type { Strings, UiLang } from "./strings";

const lower = (s: string) => s.trim().toLowerCase();

function allRecipients(draft: Draft | undefined): Address[] {
  if (!draft) return [];
  return (draft.to || []).concat(draft.cc || [], draft.bcc || []);
}

/** The recipient as written in the draft: its display name, else its address. */
export function recipientName(draft: Draft | undefined, address: string): string {
  const found = allRecipients(draft).filter((a) => lower(a.address) === lower(address))[0];
  return found && found.name ? found.name : address;
}

/** "Paul Durand (paul.durand@ville.fr)", or the address alone. */
export function recipientLine(draft: Draft | undefined, address: string): string {
  const name = recipientName(draft, address);
  return name === address ? address : `${name} (${address})`;
}

export interface LocationWords {
  label: string;
  /** addresses or file names, listed under the label */
  items?: string[];
}

export function locationWords(
  location: Location,
  draft: Draft | undefined,
  s: Strings,
  lang: UiLang,
  timeZone: string | undefined,
): LocationWords {
  switch (location.part) {
    case "subject":
      return { label: s.subject };
    case "body": {
      const base = location.zone ? s.bodyZone[location.zone] : s.body;
      return { label: location.image !== undefined ? `${base}, ${s.image(location.image + 1)}` : base };
    }
    case "recipients":
      return {
        label: s.recipients(location.field),
        items: location.addresses.map((a) => recipientLine(draft, a)),
      };
    case "attachments":
      return { label: s.attachments, items: location.names.slice() };
    case "send-time": {
      const at = Date.parse(location.at);
      return { label: s.sendTime(isNaN(at) ? location.at : formatSlotLabel(at, lang, timeZone)) };
    }
  }
}

/** The addresses that stay once the fix removed its own, the sender excepted. */
function remainingAfter(draft: Draft | undefined, removed: string[]): Address[] {
  const gone = removed.map(lower);
  const sender = draft && draft.from ? lower(draft.from.address) : "";
  const seen: string[] = [];
  return allRecipients(draft).filter((a) => {
    const k = lower(a.address);
    if (gone.indexOf(k) >= 0 || k === sender || seen.indexOf(k) >= 0) return false;
    seen.push(k);
    return true;
  });
}

/** The label of a plain fix button (set-subject, set-image-alt and schedule-delivery have their own UI). */
export function fixLabel(
  fix: Fix,
  finding: Finding,
  draft: Draft | undefined,
  s: Strings,
  lang: UiLang,
): string {
  switch (fix.kind) {
    case "move-to-bcc":
      return s.moveToBcc(fix.addresses.length);
    case "remove-recipients": {
      const n = fix.addresses.length;
      if (finding.ruleId === "external-sensitive-content") return s.removeExternal(n);
      if (n === 1) return s.removeOne(recipientName(draft, fix.addresses[0]));
      const remaining = remainingAfter(draft, fix.addresses);
      if (remaining.length === 1) return s.keepOnly(remaining[0].name || remaining[0].address);
      return s.removeRecipients(n);
    }
    case "replace-recipient":
      return s.replaceWith(fix.to);
    case "set-subject":
      return s.useSubject(fix.subject);
    case "set-image-alt":
      return s.altApply;
    case "schedule-delivery":
      return s.scheduleFor(fix.label[lang]);
  }
}
