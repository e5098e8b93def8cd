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

/** Lower-case, strip accents and turn typographic apostrophes into `'`; same length as the input. */
export function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text.charAt(i);
    } else if (code === 0x2019 || code === 0x2018 || code === 0x02bc) {
      out += "'";
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += text.charAt(i); // half of a surrogate pair: keep as is
    } else {
      out += foldChar(text.charAt(i));
    }
  }
  return out;
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
