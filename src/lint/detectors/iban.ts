// IBANs, validated by ibantools (country length, BBAN format, national check digits, ISO 7064 checksum).

// ibantools ships one .d.ts for both its CommonJS and ESM builds, and its package says "type": "module", so
// TypeScript's node16 resolution flags this CommonJS-style import (TS1479) although the `require` entry point
// exists and is what Jest and webpack load. The types still come through; only that diagnostic is silenced.
// @ts-expect-error TS1479, see above
import { electronicFormatIBAN, getCountrySpecifications, isValidIBAN } from "ibantools";
import { Detection, isDigitCode, isGroupSpace } from "./detection";

// Where a candidate may begin: country code and check digits. Its length then comes from the country.
const START_RE = /[A-Za-z]{2}[0-9]{2}/g;

let lengths: { [country: string]: number } | undefined;

/** IBAN length per country; getCountrySpecifications() builds a fresh map per call, so keep one. */
function ibanLength(country: string): number {
  if (lengths === undefined) {
    const specs = getCountrySpecifications();
    lengths = {};
    for (const code in specs) {
      const chars = specs[code].chars;
      if (chars) lengths[code] = chars;
    }
  }
  return lengths[country] || 0;
}

function isAlnumCode(code: number): boolean {
  return isDigitCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * End offset of the first `count` alphanumerics from `start`, allowing one separator (space, no-break space,
 * dash) between two of them, or -1 if the run stops short. Taking exactly the country's length is what
 * "shrinks" a candidate that would otherwise swallow the next word ("… 189 MERCI").
 */
function takeAlnums(text: string, start: number, count: number): number {
  let p = start;
  let taken = 0;
  while (taken < count && p < text.length) {
    const code = text.charCodeAt(p);
    if (isAlnumCode(code)) {
      taken++;
      p++;
    } else if (
      taken > 0 &&
      (isGroupSpace(code) || code === 45) &&
      p + 1 < text.length &&
      isAlnumCode(text.charCodeAt(p + 1))
    ) {
      p++;
    } else {
      break;
    }
  }
  return taken === count ? p : -1;
}

/** Finds valid IBANs, upper- or lower-case, compact or grouped; never inside a longer run of digits. */
export function findIbans(text: string): Detection[] {
  const found: Detection[] = [];
  START_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START_RE.exec(text)) !== null) {
    const start = m.index;
    const length = ibanLength(m[0].substring(0, 2).toUpperCase());
    // A digit right before means we are inside some longer reference, not at the start of an IBAN.
    const end =
      length > 0 && !(start > 0 && isDigitCode(text.charCodeAt(start - 1)))
        ? takeAlnums(text, start, length)
        : -1;
    // A digit right after means the run goes on: the IBAN would be a slice of a longer number. A letter is
    // tolerated, since text pulled out of HTML often glues the next word on.
    if (
      end > 0 &&
      !(end < text.length && isDigitCode(text.charCodeAt(end))) &&
      checksumHolds(text, start, end)
    ) {
      // electronicFormatIBAN drops spaces and dashes and upper-cases; no-break spaces are ours to drop.
      const compact = electronicFormatIBAN(text.substring(start, end).replace(/[\u00a0\u202f]/g, ""));
      if (compact !== null && isValidIBAN(compact)) {
        found.push({ kind: "iban", start, end, masked: maskIban(compact) });
        START_RE.lastIndex = end;
        continue;
      }
    }
    START_RE.lastIndex = start + 1;
  }
  return found;
}

/**
 * The check-digit test of ibantools' isValidIBAN (98 − (BBAN, country, "00") mod 97 = check digits), read from
 * the candidate's alphanumerics where they stand. Only 1 candidate in 97 passes it by chance, and those alone
 * go on to ibantools: a body of "FR76 FR76 …" made thousands of string copies and checks for nothing.
 */
export function checksumHolds(text: string, start: number, end: number): boolean {
  let taken = 0;
  let country1 = 0;
  let country2 = 0;
  let check = 0;
  let rest = 0;
  for (let p = start; p < end; p++) {
    let code = text.charCodeAt(p);
    if (code >= 97 && code <= 122) code -= 32; // upper case, as electronicFormatIBAN
    const digit = code >= 48 && code <= 57;
    if (!digit && !(code >= 65 && code <= 90)) continue; // a separator
    if (taken < 2) {
      if (taken === 0) country1 = code - 55;
      else country2 = code - 55;
    } else if (taken < 4) {
      if (!digit) return false;
      check = check * 10 + (code - 48);
    } else rest = digit ? (rest * 10 + (code - 48)) % 97 : (rest * 100 + (code - 55)) % 97;
    taken++;
  }
  rest = (rest * 100 + country1) % 97;
  rest = (rest * 100 + country2) % 97;
  rest = (rest * 100) % 97;
  return 98 - rest === check;
}

/** Keeps country code, check digits and the last 3 characters, in groups of 4: `FR76 **** … **** 189`. */
function maskIban(compact: string): string {
  let out = "";
  for (let i = 0; i < compact.length; i++) {
    if (i > 0 && i % 4 === 0) out += " ";
    out += i < 4 || i >= compact.length - 3 ? compact.charAt(i) : "*";
  }
  return out;
}
