// French passport and national identity card numbers. Their formats alone match too many references, so
// they count only next to a word naming the document.

import { fold, isWordChar } from "../text/fold";
import { Detection, IdentifierKind, Span } from "./detection";

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

// Whole ASCII alphanumeric tokens; classified below by shape.
const TOKEN_RE = /[0-9A-Za-z]+/g;
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

/**
 * Finds passport and identity card numbers that have a naming keyword within 40 characters. `folded` is
 * `fold(text)` when the caller has it already.
 */
export function findIdentityDocuments(text: string, folded: string = fold(text)): Detection[] {
  const keywords = findKeywords(folded);
  const found: Detection[] = [];
  if (keywords.length === 0) return found;
  let k = 0; // keywords and tokens both come in text order, so one forward pointer is enough
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const token = m[0];
    const start = m.index;
    const end = start + token.length;
    const kind = classify(token);
    // Tokens are maximal ASCII runs; also refuse ones glued to accented letters.
    if (
      kind === null ||
      (start > 0 && isWordChar(text.charCodeAt(start - 1))) ||
      (end < text.length && isWordChar(text.charCodeAt(end)))
    ) {
      continue;
    }
    while (k < keywords.length && start - keywords[k].end > KEYWORD_DISTANCE) k++;
    if (k < keywords.length && keywords[k].start - end <= KEYWORD_DISTANCE) {
      found.push({ kind, start, end, masked: mask(token) });
    }
  }
  return found;
}

/** Keeps the last 2 characters. */
function mask(token: string): string {
  let out = "";
  for (let i = 0; i < token.length - 2; i++) out += "*";
  return out + token.substring(token.length - 2);
}
