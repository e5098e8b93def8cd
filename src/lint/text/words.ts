// Words and phrase lists, matched on whole words, ignoring case and accents (RULES.md "Vocabulary").
import { fold, foldCode, isWordChar } from "./fold";
import { dict } from "./dict";

/**
 * The words of a text, in text order: word `i` is `fold(text.slice(start(i), end(i)))`. Offsets are kept in
 * typed arrays, and a word is folded and made a string only when asked for: a body holds tens of thousands of
 * words, most never looked at as strings, and compared to keywords character by character.
 */
export class Words {
  constructor(
    /** the text the words stand in, as written */
    readonly text: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    readonly length: number,
  ) {}

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  /** the word, folded */
  word(i: number): string {
    return fold(this.text.slice(this.starts[i], this.ends[i]));
  }

  /** `word(i) === word` for a folded `word`, without making a string */
  is(i: number, word: string): boolean {
    const start = this.starts[i];
    if (this.ends[i] - start !== word.length) return false;
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

  /** words `from` to `to` (excluded), sharing these arrays */
  slice(from: number, to: number): Words {
    return new Words(this.text, this.starts.subarray(from, to), this.ends.subarray(from, to), to - from);
  }

  /** the words for which `keep(i)` holds */
  filter(keep: (i: number) => boolean): Words {
    const list = new WordList(this.text);
    for (let i = 0; i < this.length; i++) if (keep(i)) list.push(this.starts[i], this.ends[i]);
    return list.done();
  }
}

/** Words collected in text order. */
export class WordList {
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  /** `capacity`: how many words are expected (the arrays grow past it) */
  constructor(
    private readonly text: string,
    capacity = 16,
  ) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }

  push(start: number, end: number): void {
    if (this.length === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
    }
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }

  /** words `from` to `to` (excluded) of `words` */
  pushAll(words: Words, from: number, to: number): void {
    for (let i = from; i < to; i++) this.push(words.start(i), words.end(i));
  }

  done(): Words {
    return new Words(this.text, this.starts, this.ends, this.length);
  }
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * Splits text into words. Apostrophes and hyphens separate words (`l'inventaire`, `rendez-vous`).
 * In file names, `_`, `-`, `.` and digits separate words too (`arret_maladie_2026.pdf`).
 */
export function tokenize(text: string, options: { fileName?: boolean } = {}): Words {
  const fileName = options.fileName === true;
  // Prose has a word every 6 characters or so.
  const words = new WordList(text, text.length / 6);
  let start = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // A word character once folded (isWordChar): ’ and ʼ are apostrophes, Ω (ohm) a letter. The ASCII test is
    // written out: this loop sees every character of the body.
    const inWord =
      code < 0x80
        ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57 && !fileName)
        : isWordChar(foldCode(code));
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(start, i);
      start = -1;
    }
  }
  if (start >= 0) words.push(start, n);
  return words.done();
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
  const byFirst = dict<string[][]>();
  let size = 0;
  for (const phrase of phrases) {
    for (const variant of expandVariants(phrase)) {
      const words = tokenize(variant).toArray();
      if (words.length === 0) continue;
      const list = byFirst[words[0]] || (byFirst[words[0]] = []);
      if (!list.some((w) => w.join(" ") === words.join(" "))) {
        list.push(words);
        size++;
      }
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
