// Case- and accent-folding that keeps every character in place (one UTF-16 unit in, one out), so offsets
// found in folded text are offsets in the original text too.

const cache: { [ch: string]: string } = {};

function foldChar(ch: string): string {
  let folded = cache[ch];
  if (folded === undefined) {
    const base = ch.normalize("NFD").charAt(0).toLowerCase();
    folded = base.length === 1 ? base : ch;
    cache[ch] = folded;
  }
  return folded;
}

// Runs that fold changes: ASCII capitals, and anything beyond ASCII. Everything else (most of a French
// text) is copied as it is by `replace`, far faster than building the result one character at a time.
const TO_FOLD = /[A-Z]+|[\u0080-\uffff]+/g;

function foldRun(run: string): string {
  const first = run.charCodeAt(0);
  if (first < 0x80) return run.toLowerCase(); // ASCII capitals only
  let out = "";
  for (let i = 0; i < run.length; i++) out += String.fromCharCode(foldCode(run.charCodeAt(i)));
  return out;
}

/** Folded unit per unit beyond ASCII (0: not known yet), filled as units are met. */
const unitFolds = new Uint16Array(0x10000);

/** `fold` of one UTF-16 unit: fold works unit by unit, so `fold(text)[i]` is `foldCode(text[i])`. */
export function foldCode(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  let folded = unitFolds[code];
  if (folded === 0) {
    if (code === 0x2019 || code === 0x2018 || code === 0x02bc) folded = 39;
    else if (code >= 0xd800 && code <= 0xdfff)
      folded = code; // half of a surrogate pair: kept as is
    else folded = foldChar(String.fromCharCode(code)).charCodeAt(0);
    unitFolds[code] = folded;
  }
  return folded;
}

// toLowerCase() on the whole text does what fold does to each character, except around these: İ becomes two
// characters, Σ becomes ς at the end of a word, and capitals beyond the BMP (surrogate pairs) are lowered too.
const WHOLE_LOWER_DIFFERS = /[\u0130\u03a3\ud800-\udfff]/;

/** Lower-case, strip accents and turn typographic apostrophes into `'`; same length as the input. */
export function fold(text: string): string {
  if (WHOLE_LOWER_DIFFERS.test(text)) return text.replace(TO_FOLD, foldRun);
  // The native toLowerCase first; once lowered, each character folds as it would have (checked over the
  // whole BMP), and below U+00C0 it is folded already. The rest (accented letters, ’) is replaced in a copy
  // made of slices, only where a character changes.
  const lowered = text.toLowerCase();
  let out = "";
  let copied = 0;
  for (let i = 0; i < lowered.length; i++) {
    const code = lowered.charCodeAt(i);
    if (code < 0xc0) continue;
    const folded = foldCode(code);
    if (folded === code) continue;
    out += lowered.slice(copied, i) + String.fromCharCode(folded);
    copied = i + 1;
  }
  return copied === 0 ? lowered : out + lowered.slice(copied);
}

/** True for the characters that make up words once folded: ASCII letters and digits, and other letters. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  }
  // Latin-1 and beyond: letters, minus punctuation, symbols and spaces. Astral characters (surrogate
  // halves: emoji above all) and variation selectors are reactions, not words.
  return !(
    code <= 0xbf ||
    code === 0xd7 ||
    code === 0xf7 ||
    (code >= 0x2000 && code <= 0x2bff) ||
    code === 0x3000 ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xfe00 && code <= 0xfe0f)
  );
}
