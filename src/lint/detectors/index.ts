// Personal identifiers found in a draft: NIR, IBAN, payment card, passport and identity card numbers.

import { findCards } from "./card";
import { Detection, digitRuns, disjointSpans, overlapsAny } from "./detection";
import { findIbans } from "./iban";
import { findIdentityDocuments } from "./identity-document";
import { findNirs } from "./nir";

export { findCards, hasIssuerPrefix, luhnValid } from "./card";
export type { Detection, IdentifierKind, Span } from "./detection";
export { findIbans } from "./iban";
export { findIdentityDocuments } from "./identity-document";
export { findNirs, nirKey } from "./nir";

/**
 * Runs every detector and returns non-overlapping detections sorted by start. IBANs go first (their checksum
 * covers the longest value), then NIRs outside them; cards and identity documents are looked for outside
 * both, since a card-like or ID-like run of digits inside an IBAN or NIR is just part of it.
 */
export function findIdentifiers(text: string): Detection[] {
  const ibans = findIbans(text);
  const ibanSpans = disjointSpans(ibans);
  const nirs = findNirs(text).filter((d) => !overlapsAny(ibanSpans, d.start, d.end));
  const beforeCards = ibans.concat(nirs);
  const runs = digitRuns(text);
  const cards = findCards(text, beforeCards, runs);
  const taken = disjointSpans(beforeCards.concat(cards));
  const documents = findIdentityDocuments(text, runs).filter((d) => !overlapsAny(taken, d.start, d.end));
  return beforeCards.concat(cards, documents).sort((a, b) => a.start - b.start);
}
