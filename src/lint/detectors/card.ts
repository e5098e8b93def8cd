// Payment card numbers (PAN): 13-19 digits, Luhn-valid, with a known issuer prefix.

import { isWordChar } from "../text/fold";
import { Detection, Span, digitRuns, disjointSpans, overlapsAny } from "./detection";

// A run of digit groups joined by single separators (space, no-break spaces, dash), made of the text's runs of
// digits rather than found with /[0-9]+(?:[ \u00a0\u202f-][0-9]+)*/g, which is linear but keeps one backtracking
// entry per group: a body of millions of "1 " overflows V8's regexp stack (RangeError).
const isSeparatorCode = (code: number) => code === 32 || code === 0xa0 || code === 0x202f || code === 45;

const MIN_DIGITS = 13;
const MAX_DIGITS = 19;
// Cards are written 4-4-4-4, 4-6-5, 4-4-4-4-3…: inside a longer run (a date, a phone number, a CVV before
// or after), only groups this long are taken as part of a card, so runs of small numbers never make one.
const MIN_GROUP_IN_RUN = 3;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Visa, Mastercard, Amex (15 digits), Discover, Diners, JCB, UnionPay. */
export function hasIssuerPrefix(digits: string): boolean {
  const p2 = parseInt(digits.substring(0, 2), 10);
  const p3 = parseInt(digits.substring(0, 3), 10);
  const p4 = parseInt(digits.substring(0, 4), 10);
  return (
    digits.charAt(0) === "4" || // Visa
    (p2 >= 51 && p2 <= 55) ||
    (p4 >= 2221 && p4 <= 2720) || // Mastercard
    ((p2 === 34 || p2 === 37) && digits.length === 15) || // Amex
    p4 === 6011 ||
    (p3 >= 644 && p3 <= 649) ||
    p2 === 65 || // Discover
    (p3 >= 300 && p3 <= 305) ||
    p2 === 36 ||
    p2 === 38 ||
    p2 === 39 || // Diners
    (p4 >= 3528 && p4 <= 3589) || // JCB
    p2 === 62 // UnionPay
  );
}

// A block's digit groups, as two arrays of offsets rather than an object per group: a body of a million
// "1 " made as many objects for the garbage collector.
interface Groups {
  start: number[];
  end: number[];
}

/**
 * Finds card numbers. A run of digit groups is a card when all of it is; in a longer run, a window of whole
 * groups of at least 3 digits may be (so "2 4111 1111 1111 1111" or a card followed by its CVV still count).
 * Never part of a digit run glued to other digits or letters. Candidates overlapping `exclude` (IBAN, NIR
 * spans) are skipped.
 */
export function findCards(
  text: string,
  exclude?: Array<{ start: number; end: number }>,
  runs: Int32Array = digitRuns(text),
): Detection[] {
  const excluded = disjointSpans(exclude || []);
  const found: Detection[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    // A block: this run of digits and the ones that follow it across a single separator.
    const start = runs[r];
    while (
      r + 2 < runs.length &&
      runs[r + 2] === runs[r + 1] + 1 &&
      isSeparatorCode(text.charCodeAt(runs[r + 1]))
    )
      r += 2;
    const end = runs[r + 1];
    // Fewer characters than a card has digits: most runs of prose ("14 h 30", "2026").
    if (end - start < MIN_DIGITS) continue;
    const groups = splitGroups(text.slice(start, end), start);
    // A group glued to a letter (a reference such as "REF4111…") cannot be part of a card.
    const gluedBefore = start > 0 && isWordChar(text.charCodeAt(start - 1));
    const gluedAfter = end < text.length && isWordChar(text.charCodeAt(end));
    scanBlock(text, groups, gluedBefore, gluedAfter, excluded, found);
  }
  return found;
}

function splitGroups(block: string, offset: number): Groups {
  const groups: Groups = { start: [], end: [] };
  let groupStart = 0;
  for (let i = 0; i <= block.length; i++) {
    if (i === block.length || isSeparatorCode(block.charCodeAt(i))) {
      groups.start.push(offset + groupStart);
      groups.end.push(offset + i);
      groupStart = i + 1;
    }
  }
  return groups;
}

function scanBlock(
  text: string,
  groups: Groups,
  gluedBefore: boolean,
  gluedAfter: boolean,
  excluded: Span[],
  found: Detection[],
): void {
  const last = groups.start.length - 1;
  let first = 0;
  while (first <= last) {
    const card = longestCardFrom(text, groups, first, gluedBefore, gluedAfter, excluded);
    if (card === null) {
      first++;
    } else {
      found.push(card.detection);
      first = card.next;
    }
  }
}

/** Longest window of groups starting at `first` that is a card; windows hold at most 19 digits, so few. */
function longestCardFrom(
  text: string,
  groups: Groups,
  first: number,
  gluedBefore: boolean,
  gluedAfter: boolean,
  excluded: Span[],
): { detection: Detection; next: number } | null {
  const last = groups.start.length - 1;
  if (first === 0 && gluedBefore) return null;
  let digits = "";
  let best: { detection: Detection; next: number } | null = null;
  for (let g = first; g <= last; g++) {
    // Past the block's first group only windows of long groups count: a short group ends the search (in a
    // run of single digits "1 2 3 …", each start no longer costs 19 steps).
    if (first > 0 && groups.end[g] - groups.start[g] < MIN_GROUP_IN_RUN) break;
    digits += text.substring(groups.start[g], groups.end[g]);
    if (digits.length > MAX_DIGITS) break;
    if (digits.length < MIN_DIGITS) continue;
    if (g === last && gluedAfter) break;
    const whole = first === 0 && g === last;
    if (!whole && !allGroupsAtLeast(groups, first, g, MIN_GROUP_IN_RUN)) continue;
    const start = groups.start[first];
    const end = groups.end[g];
    if (luhnValid(digits) && hasIssuerPrefix(digits) && !overlapsAny(excluded, start, end)) {
      best = { detection: { kind: "card", start, end, masked: maskCard(digits) }, next: g + 1 };
    }
  }
  return best;
}

function allGroupsAtLeast(groups: Groups, from: number, to: number, size: number): boolean {
  for (let g = from; g <= to; g++) if (groups.end[g] - groups.start[g] < size) return false;
  return true;
}

/** Keeps the last 4 digits, in groups of 4 counted from the end: `**** **** **** 1234`. */
function maskCard(digits: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    const fromEnd = digits.length - i;
    if (i > 0 && fromEnd % 4 === 0) out += " ";
    out += fromEnd <= 4 ? digits.charAt(i) : "*";
  }
  return out;
}
