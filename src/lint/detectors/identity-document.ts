// French passport and national identity card numbers. Their formats alone match too many references, so
// they count only next to a word naming the document.

import { fold, isWordChar } from "../text/fold";
import { Detection, digitRuns, IdentifierKind, Span } from "./detection";

/** How far (characters between the two) a keyword may stand from the number. */
const KEYWORD_DISTANCE = 40;

// Run on folded text, so case and accents are already gone (and ’ is '). Spaces between words are one class
// repeated between literal words, which cannot overlap what surrounds it: no catastrophic backtracking.
const W = "[ \\u00a0\\u202f]+";
const KEYWORD_RE = new RegExp(
  [
    "passeport",
    "passport",
    "cni",
    "carte" + W + "(?:nationale" + W + ")?d'[ \\u00a0\\u202f]*identite",
    "identity" + W + "card",
    "id" + W + "card",
  ].join("|"),
  "g",
);

const PASSPORT_RE = /^[0-9]{2}[A-Za-z]{2}[0-9]{5}$/;
const OLD_CNI_RE = /^[0-9]{12}$/;
const NEW_CNI_RE = /^[0-9A-Z]{9}$/;

/**
 * Passport: 2 digits, 2 letters, 5 digits (12AB34567). ID card: 12 digits (cards issued before 2021), or 9
 * upper-case letters and digits with at least 2 of each (since 2021, e.g. X4RTBPFW4).
 */
function classify(token: string): IdentifierKind | null {
  if (token.length === 9) {
    if (PASSPORT_RE.test(token)) return "passport";
    if (NEW_CNI_RE.test(token)) {
      const digits = token.replace(/[^0-9]/g, "").length;
      if (digits >= 2 && digits <= 7) return "id-card";
    }
    return null;
  }
  return OLD_CNI_RE.test(token) ? "id-card" : null;
}

function findKeywords(folded: string): Span[] {
  const spans: Span[] = [];
  KEYWORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KEYWORD_RE.exec(folded)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    // Whole words only: "cni" must not fire inside "CNIL".
    const before = start > 0 && isWordChar(folded.charCodeAt(start - 1));
    const after = end < folded.length && isWordChar(folded.charCodeAt(end));
    if (!before && !after) spans.push({ start, end });
    else KEYWORD_RE.lastIndex = start + 1;
  }
  return spans;
}

const isAsciiAlphanumeric = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Finds passport and identity card numbers that have a naming keyword within 40 characters. The numbers come
 * first: most text has none, and is then never folded nor searched for keywords.
 */
export function findIdentityDocuments(text: string, runs: Int32Array = digitRuns(text)): Detection[] {
  const candidates: Detection[] = [];
  // Every number classified below holds a digit: tokens (whole ASCII alphanumeric runs) are read around runs of
  // digits, each once (a token may hold several runs: 12AB34567).
  let end = 0;
  for (let r = 0; r < runs.length; r += 2) {
    if (runs[r] < end) continue;
    let start = runs[r];
    while (start > 0 && isAsciiAlphanumeric(text.charCodeAt(start - 1))) start--;
    end = runs[r + 1];
    while (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
    // Only 9 or 12 characters make a number (classify): most runs of digits, dates and phone numbers, are
    // never copied.
    if (end - start !== 9 && end - start !== 12) continue;
    const token = text.slice(start, end);
    const kind = classify(token);
    // Tokens are maximal ASCII runs; also refuse ones glued to accented letters.
    if (
      kind !== null &&
      !(start > 0 && isWordChar(text.charCodeAt(start - 1))) &&
      !(end < text.length && isWordChar(text.charCodeAt(end)))
    )
      candidates.push({ kind, start, end, masked: mask(token) });
  }
  if (candidates.length === 0) return candidates;
  const keywords = findKeywords(fold(text));
  let k = 0; // keywords and numbers both come in text order, so one forward pointer is enough
  return candidates.filter((d) => {
    while (k < keywords.length && d.start - keywords[k].end > KEYWORD_DISTANCE) k++;
    return k < keywords.length && keywords[k].start - d.end <= KEYWORD_DISTANCE;
  });
}

/** Keeps the last 2 characters. */
function mask(token: string): string {
  let out = "";
  for (let i = 0; i < token.length - 2; i++) out += "*";
  return out + token.substring(token.length - 2);
}
