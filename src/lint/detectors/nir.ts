// French social security number (NIR / "numéro de sécurité sociale"): 13 characters plus a 2-digit key.

import { isWordChar } from "../text/fold";
import { Detection } from "./detection";

// One optional separator between groups: space (also the no-break ones Outlook inserts), dot or dash.
const SEP = "[ .\\-\\u00a0\\u202f]?";

// sex, year, month, then department + commune, order, key. Month: 01-12, or 20-42 / 50-99, which INSEE
// allows when the month of birth is unknown and for provisional numbers. Department + commune is 5
// characters, written 2+3 (2A / 2B for Corsica) or 3+2 for overseas departments (971-989). Every part has a
// fixed length, so each attempt is bounded.
const NIR_RE = new RegExp(
  "[123478]" +
    SEP +
    "\\d\\d" +
    SEP +
    "(?:0[1-9]|1[0-2]|[23]\\d|4[0-2]|[5-9]\\d)" +
    SEP +
    "(?:(?:\\d\\d|2[ABab])" +
    SEP +
    "\\d\\d\\d|9[78]\\d" +
    SEP +
    "\\d\\d)" +
    SEP +
    "\\d\\d\\d" +
    SEP +
    "\\d\\d",
  "g",
);

/** 97 − (number mod 97), with Corsica's 2A / 2B read as 19 / 18 (INSEE rule). */
export function nirKey(thirteen: string): number {
  const upper = thirteen.toUpperCase();
  const digits =
    upper.substring(0, 5) +
    upper.substring(5, 7).replace("2A", "19").replace("2B", "18") +
    upper.substring(7);
  // Digit by digit so the value never leaves exact integer range.
  let rest = 0;
  for (let i = 0; i < digits.length; i++) rest = (rest * 10 + (digits.charCodeAt(i) - 48)) % 97;
  return 97 - rest;
}

function isBoundary(text: string, index: number): boolean {
  return index < 0 || index >= text.length || !isWordChar(text.charCodeAt(index));
}

/** Finds NIRs whose key is valid, written with or without separators, never inside a longer token. */
export function findNirs(text: string): Detection[] {
  const found: Detection[] = [];
  NIR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NIR_RE.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const compact = m[0].replace(/[^0-9ABab]/g, "");
    if (
      isBoundary(text, start - 1) &&
      isBoundary(text, end) &&
      compact.length === 15 &&
      nirKey(compact.substring(0, 13)) === parseInt(compact.substring(13), 10)
    ) {
      found.push({ kind: "nir", start, end, masked: maskNir(compact) });
    } else {
      // Retry from the next character: a rejected match may hide one starting inside it.
      NIR_RE.lastIndex = start + 1;
    }
  }
  return found;
}

/** Keeps sex, year, month and key: `1 84 12 ** *** *** 42`. */
function maskNir(compact: string): string {
  return (
    compact.charAt(0) +
    " " +
    compact.substring(1, 3) +
    " " +
    compact.substring(3, 5) +
    " ** *** *** " +
    compact.substring(13, 15)
  );
}
