// Applies the engine's fixes to the compose item. Recipient fixes reuse the engine's own `applyFix` on the
// current recipients, so the Outlook item and the in-memory Draft change in exactly the same way.
import {
  applyFix as applyToDraft,
  setImageAlt,
  type Address,
  type Draft,
  type Fix,
  type RecipientField,
} from "../lint";
import { buildBodyIndex } from "../lint/body/body-index";
import { officeCall } from "./office-call";

type Item = Office.MessageCompose;
const FIELDS: RecipientField[] = ["to", "cc", "bcc"];

const toDetails = (list: Address[]) =>
  list.map((a) => ({ emailAddress: a.address, displayName: a.name || a.address }) as Office.EmailUser);

function readRecipients(item: Item): Promise<Pick<Draft, "to" | "cc" | "bcc">> {
  return Promise.all(
    FIELDS.map((f) => officeCall<Office.EmailAddressDetails[]>((cb) => item[f].getAsync(cb))),
  ).then(([to, cc, bcc]) => {
    const plain = (list: Office.EmailAddressDetails[]) =>
      list.map((r) => ({ name: r.displayName, address: r.emailAddress }));
    return { to: plain(to), cc: plain(cc), bcc: plain(bcc) };
  });
}

const sameList = (a: Address[] | undefined, b: Address[] | undefined) =>
  JSON.stringify((a || []).map((x) => x.address.toLowerCase())) ===
  JSON.stringify((b || []).map((x) => x.address.toLowerCase()));

/** Writes only the recipient fields the fix changed. */
function applyRecipientFix(item: Item, fix: Fix, from: Address | undefined): Promise<void> {
  return readRecipients(item).then((current) => {
    const before: Draft = { ...current, subject: "", from };
    const after = applyToDraft(before, fix);
    const writes = FIELDS.filter((f) => !sameList(before[f], after[f])).map((f) =>
      officeCall<void>((cb) => item[f].setAsync(toDetails(after[f] || []), cb)),
    );
    return Promise.all(writes).then(() => undefined);
  });
}

/** Rewrites one image's alt in the current body; the image is found again by its position among images. */
function applyAltFix(item: Item, fix: Extract<Fix, { kind: "set-image-alt" }>): Promise<void> {
  return officeCall<string>((cb) => item.body.getAsync("html" as Office.CoercionType, cb)).then((html) => {
    const image = buildBodyIndex({ html }).images[fix.image];
    if (!image) throw new Error("The image is no longer in the message.");
    const next = setImageAlt(html, image.start, image.end, fix.alt);
    return officeCall<void>((cb) =>
      item.body.setAsync(next, { coercionType: "html" as Office.CoercionType }, cb),
    );
  });
}

export interface FixContext {
  item: Item;
  /** the sender, put in To by move-to-bcc */
  from?: Address;
}

export function applyFixToItem(context: FixContext, fix: Fix): Promise<void> {
  const { item } = context;
  switch (fix.kind) {
    case "set-subject":
      return officeCall<void>((cb) => item.subject.setAsync(fix.subject, cb));
    case "move-to-bcc":
    case "remove-recipients":
    case "replace-recipient":
      return applyRecipientFix(item, fix, context.from);
    case "set-image-alt":
      return applyAltFix(item, fix);
    case "schedule-delivery":
      if (!item.delayDeliveryTime)
        return Promise.reject(new Error("delayDeliveryTime is not supported here."));
      return officeCall<void>((cb) => item.delayDeliveryTime.setAsync(new Date(fix.at), cb));
  }
}
