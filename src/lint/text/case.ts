// Capitals: a subject or paragraph "written in capitals" (RULES.md all-caps), acronyms set aside.
import { fold } from "./fold";
import { isSpaceCode, tokenize } from "./words";
import { dict } from "./dict";

const hasLetters = (w: string) => w.toLowerCase() !== w.toUpperCase();
const isUpperWord = (w: string) => hasLetters(w) && w === w.toUpperCase();

/**
 * At least 4 letters, at least 80 % of them upper-case, and more than acronyms: at least one word in
 * capitals that is not an acronym ("MERCI", "URGENT"; "RGPD" or "DRH CNIL RGPD" alone do not count).
 */
export function isShouting(text: string): boolean {
  // Every a-z is a letter that is not a capital, so capitals reach 80 % of the letters only if they outnumber
  // the a-z four to one: text with more than a fifth of a-z (most prose) is not shouting. This exact shortcut
  // spares the count below to almost every paragraph.
  let lower = 0;
  const most = text.length / 5;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122 && ++lower > most) return false;
  }
  let letters = 0;
  let upper = 0;
  let plainUpper = false;
  let nonSpace = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) nonSpace++;
  const words = tokenize(text);
  for (let w = 0; w < words.length; w++) {
    const word = text.slice(words.start(w), words.end(w));
    let wordLetters = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      // ASCII in a word: a digit (no letter), a capital or a small letter; the rest as below.
      if (code < 0x80) {
        if (code >= 65 && code <= 90) {
          wordLetters++;
          upper++;
        } else if (code >= 97 && code <= 122) wordLetters++;
        continue;
      }
      const c = word.charAt(i);
      if (c.toLowerCase() === c.toUpperCase()) {
        // Letters without case (한국말, 中文) dilute the capitals; digits do not count.
        if (!/[0-9]/.test(c)) letters++;
        continue;
      }
      wordLetters++;
      if (c === c.toUpperCase()) upper++;
    }
    letters += wordLetters;
    if (!plainUpper && wordLetters >= 2 && isUpperWord(word) && !isAcronym(word)) plainUpper = true;
  }
  // Mostly digits and punctuation ("BCL:0;PCL:0;RULEID:(22001)") is data, not shouting.
  return letters >= 4 && upper / letters >= 0.8 && plainUpper && letters / nonSpace >= 0.6;
}

// Short everyday words with one vowel or none (folded): in capitals they look like acronyms ("DE",
// "LES", "SUR") but are words.
const COMMON = dict<true>();
for (const w of (
  "le la les de des du un en et je tu il ne se me te ce ces sa ma ta son mon ton ses mes tes nos vos on " +
  "ni si est ont sont font dont donc sur par pas dans sans vers chez plus non bon fin tel mer car lu vu " +
  "the an and of to in on at by it is be we he me my as or if so up us do go no not but can for all any " +
  "are was has had his her its who how new get set per via yes let than that this then them what when " +
  "with will from just must next last best test help plan"
).split(" "))
  COMMON[w] = true;

/**
 * Looks like an acronym: 2–4 capitals with at most one vowel (RQTH, DRH, CNIL, RGPD) that are not an
 * everyday word ("DE", "LES"); a word in capitals with a digit (14H, A4) is kept as it is too.
 */
function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 4 || !isUpperWord(word)) return false;
  const folded = fold(word);
  if (/[0-9]/.test(folded)) return true;
  return (folded.match(/[aeiouy]/g) || []).length <= 1 && !COMMON[folded];
}

/** "URGENT : DOSSIER RQTH À SIGNER" → "Urgent : dossier RQTH à signer". */
export function sentenceCase(text: string): string {
  let out = "";
  let last = 0;
  let first = true;
  const words = tokenize(text);
  for (let w = 0; w < words.length; w++) {
    const word = text.slice(words.start(w), words.end(w));
    out += text.slice(last, words.start(w));
    const lower = isAcronym(word) ? word : word.toLowerCase();
    out += first && hasLetters(lower) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    if (hasLetters(word)) first = false;
    last = words.end(w);
  }
  return out + text.slice(last);
}
