// Words and phrase lists, matched on whole words, ignoring case and accents (RULES.md "Vocabulary").
import { fold, foldCode, isWordChar } from "./fold";
import { dict } from "./dict";

/**
 * The words of a text, in text order: word `i` is `fold(text.slice(start(i), end(i)))`. Only their offsets are
 * kept, in a typed array, and a word is folded and made a string when asked for: a body holds tens of thousands
 * of words, most never looked at as strings, and compared to keywords character by character.
 */
export class Words {
  readonly length: number;

  constructor(
    /** the text the words stand in, as written */
    readonly text: string,
    /** start and end of each word in turn, from word `first` on */
    private readonly offsets: Int32Array,
    private readonly first = 0,
    length = offsets.length / 2 - first,
  ) {
    this.length = length;
  }

  start(i: number): number {
    return this.offsets[2 * (this.first + i)];
  }

  end(i: number): number {
    return this.offsets[2 * (this.first + i) + 1];
  }

  /** the word, folded */
  word(i: number): string {
    return fold(this.text.slice(this.start(i), this.end(i)));
  }

  /** `word(i) === word` for a folded `word`, without making a string */
  is(i: number, word: string): boolean {
    const start = this.start(i);
    if (this.end(i) - start !== word.length) return false;
    for (let k = 0; k < word.length; k++)
      if (foldCode(this.text.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
    return true;
  }

  /** every word, folded */
  toArray(): string[] {
    const words: string[] = [];
    for (let i = 0; i < this.length; i++) words.push(this.word(i));
    return words;
  }

  /** words `from` to `to` (excluded), sharing these offsets */
  slice(from: number, to: number): Words {
    return new Words(this.text, this.offsets, this.first + from, to - from);
  }

  /** the words for which `keep(i)` holds */
  filter(keep: (i: number) => boolean): Words {
    const list = new WordList(this.text, this.length);
    for (let i = 0; i < this.length; i++) if (keep(i)) list.push(this.start(i), this.end(i));
    return list.done();
  }

  /** Copies words `from` to `to` (excluded) to `offsets` at `at`: one typed array copy. */
  copy(from: number, to: number, offsets: Int32Array, at: number): void {
    offsets.set(this.offsets.subarray(2 * (this.first + from), 2 * (this.first + to)), at);
  }
}

/** Words gathered in text order: one at a time, or runs of another list's words at once. */
export class WordList {
  private offsets: Int32Array;
  private taken = 0;

  /** `expected`: how many words will come, at most (the list then never grows) */
  constructor(
    private readonly text: string,
    expected: number,
  ) {
    this.offsets = new Int32Array(2 * expected);
  }

  private room(words: number): void {
    if (this.taken + 2 * words > this.offsets.length)
      this.offsets = grown(this.offsets, this.taken + 2 * words);
  }

  push(start: number, end: number): void {
    this.room(1);
    this.offsets[this.taken++] = start;
    this.offsets[this.taken++] = end;
  }

  /** words `from` to `to` (excluded) of `words` */
  pushRun(words: Words, from: number, to: number): void {
    this.room(to - from);
    words.copy(from, to, this.offsets, this.taken);
    this.taken += 2 * (to - from);
  }

  /** ends the last word at `end` at the latest */
  cutAt(end: number): void {
    if (this.taken > 0 && this.offsets[this.taken - 1] > end) this.offsets[this.taken - 1] = end;
  }

  done(): Words {
    return new Words(this.text, this.offsets, 0, this.taken / 2);
  }
}

/** `offsets` copied into an array of at least `size` (twice as long, or more). */
function grown(offsets: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(Math.max(2 * offsets.length, size));
  bigger.set(offsets);
  return bigger;
}

/**
 * Splits text into words. Apostrophes and hyphens separate words (`l'inventaire`, `rendez-vous`).
 * In file names, `_`, `-`, `.` and digits separate words too (`arret_maladie_2026.pdf`).
 */
export function tokenize(written: string, options?: { fileName?: boolean }): Words {
  const text = written.length <= SHORT ? sequential(written) : written;
  const classes = options && options.fileName === true ? FILE_NAME_CLASSES : TEXT_CLASSES;
  // This loop sees every character of the body: its state is local (a method or a field per word cost twice
  // the time), and the offsets go into a typed array sized for prose, a word every 5 characters or so. A short
  // text's stays within V8's 64 bytes of typed array kept on its heap: larger ones cost 20 times as much to make.
  let offsets: Int32Array = new Int32Array(2 * Math.ceil(text.length / 5) + 2);
  let taken = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Skip to a word's first character, then to the character after its last. Beyond Latin-1, a word character
    // once folded: ’ and ʼ are apostrophes, Ω (ohm) a letter.
    while (i < n && !inWord(classes, text.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    for (i++; i < n && inWord(classes, text.charCodeAt(i)); i++);
    if (taken === offsets.length) offsets = grown(offsets, taken + 2);
    offsets[taken++] = start;
    offsets[taken++] = i;
  }
  return new Words(text, offsets, 0, taken / 2);
}

/** Texts up to this length are copied before they are split (see sequential); a body is longer. */
const SHORT = 4096;

/**
 * The same text as a flat string of its own. V8 compiles the loops that read words character by character for
 * the kinds of string they have met, and past four kinds (flat, sliced, joined, interned; one or two bytes a
 * character) every read of a character goes the slow way. A lint splits subjects, file names, link texts and
 * the body, which arrive as all of these: with the short ones copied, the body's words are read twice as fast
 * (2 ms instead of 4.4 on the 1 MB body, bench/README.md).
 */
function sequential(text: string): string {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) codes.push(text.charCodeAt(i));
  return String.fromCharCode.apply(null, codes);
}

function inWord(classes: Uint8Array, code: number): boolean {
  return code < 0x100 ? classes[code] === 1 : isWordChar(foldCode(code));
}

/**
 * Below U+0100, 1 for the characters of words (isWordChar once folded, written out for ASCII and Latin-1:
 * letters, digits, and the accented letters from U+00C0 but × and ÷); in file names, digits are not.
 */
const TEXT_CLASSES = new Uint8Array(0x100);
const FILE_NAME_CLASSES = new Uint8Array(0x100);
for (let code = 0; code < 0x100; code++) {
  const letter =
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
  const digit = code >= 48 && code <= 57;
  TEXT_CLASSES[code] = letter || digit ? 1 : 0;
  FILE_NAME_CLASSES[code] = letter ? 1 : 0;
}

export interface PhraseSet {
  /** first word → the phrases (as word lists) that begin with it, longest first */
  byFirst: { [word: string]: string[][] };
  /** first word → the same phrases joined by spaces (what a match reports) */
  joined: { [word: string]: string[] };
  /** the first words, found from a token without reading it as a string (see wordOf) */
  firsts: WordTable;
  size: number;
}

/** Words by bucket: a word's bucket comes from its length and its first and last characters. */
type WordTable = (string[] | undefined)[];

const BUCKETS = 1024;

/** The bucket of `fold(text.slice(start, end))`. */
function bucketOf(text: string, start: number, end: number): number {
  const first = foldCode(text.charCodeAt(start));
  return ((end - start) * 31 + first * 7 + foldCode(text.charCodeAt(end - 1))) & (BUCKETS - 1);
}

function wordTable(words: string[]): WordTable {
  const table: WordTable = [];
  for (let b = 0; b < BUCKETS; b++) table.push(undefined);
  for (const word of words) {
    const b = bucketOf(word, 0, word.length);
    (table[b] || (table[b] = [])).push(word);
  }
  return table;
}

/** The word of `table` that word `i` is, if any: most words of a body are in no table, and are never copied. */
function wordOf(table: WordTable, words: Words, i: number): string | undefined {
  const list = table[bucketOf(words.text, words.start(i), words.end(i))];
  if (list !== undefined) for (let k = 0; k < list.length; k++) if (words.is(i, list[k])) return list[k];
  return undefined;
}

/** `hospitalisé(e)` → hospitalise, hospitalisee; `pièce(s) jointe(s)` → 4 forms. */
export function expandVariants(phrase: string): string[] {
  const m = /\(([^()]*)\)/.exec(phrase);
  if (!m) return [phrase];
  const before = phrase.slice(0, m.index);
  const after = phrase.slice(m.index + m[0].length);
  return expandVariants(before + after).concat(expandVariants(before + m[1] + after));
}

export function compilePhrases(phrases: string[]): PhraseSet {
  const variants: string[] = [];
  for (const phrase of phrases) variants.push(...expandVariants(phrase));
  // The variants are split in one call, a line each (words never span a line break): hundreds of calls on
  // short strings made V8 compile tokenize in a way that then read a body at half its speed.
  const all = tokenize(variants.join("\n"));
  const byFirst = dict<string[][]>();
  let size = 0;
  let w = 0;
  let end = -1;
  for (const variant of variants) {
    end += variant.length + 1;
    const words: string[] = [];
    for (; w < all.length && all.start(w) < end; w++) words.push(all.word(w));
    if (words.length === 0) continue;
    const list = byFirst[words[0]] || (byFirst[words[0]] = []);
    if (!list.some((known) => known.join(" ") === words.join(" "))) {
      list.push(words);
      size++;
    }
  }
  const joined = dict<string[]>();
  for (const key of Object.keys(byFirst)) {
    byFirst[key].sort((a, b) => b.length - a.length);
    joined[key] = byFirst[key].map((words) => words.join(" "));
  }
  return { byFirst, joined, firsts: wordTable(Object.keys(byFirst)), size };
}

export interface PhraseMatch {
  /** the matched words, folded and joined by spaces */
  phrase: string;
  /** index of the first token */
  token: number;
  /** number of tokens */
  length: number;
  start: number;
  end: number;
}

/** The longest phrase of `set` starting at word `i`, its first word being `first`. */
function phraseAt(tokens: Words, i: number, set: PhraseSet, first: string): PhraseMatch | undefined {
  const candidates = set.byFirst[first];
  for (let p = 0; p < candidates.length; p++) {
    const words = candidates[p];
    if (i + words.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = tokens.is(i + k, words[k]);
    if (ok) {
      const end = tokens.end(i + words.length - 1);
      return { phrase: set.joined[first][p], token: i, length: words.length, start: tokens.start(i), end };
    }
  }
  return undefined;
}

/** Every non-overlapping occurrence, leftmost and then longest first. One pass over the tokens. */
export function matchPhrases(tokens: Words, set: PhraseSet): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = wordOf(set.firsts, tokens, i);
    const match = first === undefined ? undefined : phraseAt(tokens, i, set, first);
    if (match === undefined) continue;
    matches.push(match);
    i += match.length - 1;
  }
  return matches;
}

/** Per list of phrase sets: the first words of any of them, and for each the sets that have phrases starting with it. */
const mergedIndexes = new WeakMap<PhraseSet[], { firsts: WordTable; having: { [word: string]: number[] } }>();

/**
 * `sets.map((set) => matchPhrases(tokens, set))` in one pass over the tokens: one lookup per token instead of
 * one per token and set. Pass the same `sets` array again to reuse its merged index.
 */
export function matchPhrasesMany(tokens: Words, sets: PhraseSet[]): PhraseMatch[][] {
  let merged = mergedIndexes.get(sets);
  if (merged === undefined) {
    const having = dict<number[]>();
    for (let c = 0; c < sets.length; c++) {
      for (const word of Object.keys(sets[c].byFirst)) (having[word] || (having[word] = [])).push(c);
    }
    merged = { firsts: wordTable(Object.keys(having)), having };
    mergedIndexes.set(sets, merged);
  }
  const results: PhraseMatch[][] = sets.map(() => []);
  // For each set, the first token it may match from (matches of one set do not overlap).
  const next: number[] = sets.map(() => 0);
  for (let i = 0; i < tokens.length; i++) {
    const first = wordOf(merged.firsts, tokens, i);
    if (first === undefined) continue;
    for (const c of merged.having[first]) {
      if (i < next[c]) continue;
      const match = phraseAt(tokens, i, sets[c], first);
      if (match === undefined) continue;
      results[c].push(match);
      next[c] = i + match.length;
    }
  }
  return results;
}

/** True when the whole token list is covered by phrases of the set (e.g. "merci bien reçu"). */
export function onlyPhrases(tokens: Words, set: PhraseSet): boolean {
  let covered = 0;
  for (const m of matchPhrases(tokens, set)) {
    if (m.token !== covered) return false;
    covered += m.length;
  }
  return covered === tokens.length;
}

/**
 * Words as a reader (or Word) counts them: runs of non-space characters holding a letter or digit, so
 * "l'affiche", "ci-dessous" and "12/12/2026" are one word each and "—" none.
 */
export function countWords(text: string): number {
  return countWordsOf(text, tokenize(text));
}

/** `countWords(text)` given `tokenize(text)`. */
export function countWordsOf(text: string, tokens: Words): number {
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i === 0 || hasSpace(text, tokens.end(i - 1), tokens.start(i))) words++;
  }
  return words;
}

/** `/\s/.test(text.slice(from, to))`, without the slice. */
function hasSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** The characters of `\s` in a regular expression (white space and line terminators). */
export function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
