// Words and phrase lists, matched on whole words, ignoring case and accents (RULES.md "Vocabulary").
import { fold, isWordChar } from "./fold";
import { dict } from "./dict";

export interface Token {
  /** folded: lower case, no accents */
  word: string;
  start: number;
  end: number;
}

/**
 * Splits text into words. Apostrophes and hyphens separate words (`l'inventaire`, `rendez-vous`).
 * In file names, `_`, `-`, `.` and digits separate words too (`arret_maladie_2026.pdf`).
 */
export function tokenize(text: string, options: { fileName?: boolean } = {}): Token[] {
  return tokenizeFolded(fold(text), options.fileName === true);
}

/** `tokenize` on text already folded (`fold(text)`): the same tokens, offsets and words. */
export function tokenizeFolded(folded: string, fileName = false): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  const n = folded.length;
  for (let i = 0; i < n; i++) {
    const code = folded.charCodeAt(i);
    // isWordChar, with its ASCII test written out: this loop sees every character of the body.
    const inWord =
      code < 0x80
        ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57 && !fileName)
        : isWordChar(code);
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push({ word: folded.slice(start, i), start, end: i });
      start = -1;
    }
  }
  if (start >= 0) tokens.push({ word: folded.slice(start, n), start, end: n });
  return tokens;
}

export interface PhraseSet {
  /** first word → the phrases (as word lists) that begin with it, longest first */
  byFirst: { [word: string]: string[][] };
  /** first word → the same phrases joined by spaces (what a match reports), when compiled here */
  joined?: { [word: string]: string[] };
  size: number;
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
      const words = tokenize(variant).map((t) => t.word);
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
  return { byFirst, joined, size };
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

/** Every non-overlapping occurrence, leftmost and then longest first. One pass over the tokens. */
export function matchPhrases(tokens: Token[], set: PhraseSet): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = set.byFirst[tokens[i].word];
    if (candidates === undefined) continue;
    for (let p = 0; p < candidates.length; p++) {
      const words = candidates[p];
      if (i + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k].word === words[k];
      if (ok) {
        matches.push({
          phrase: set.joined ? set.joined[tokens[i].word][p] : words.join(" "),
          token: i,
          length: words.length,
          start: tokens[i].start,
          end: tokens[i + words.length - 1].end,
        });
        i += words.length - 1;
        break;
      }
    }
  }
  return matches;
}

/** Per list of phrase sets: the first words of any of them, each with the sets that have phrases starting with it. */
const mergedIndexes = new WeakMap<PhraseSet[], { [word: string]: number[] }>();

/**
 * `sets.map((set) => matchPhrases(tokens, set))` in one pass over the tokens: one lookup per token instead of
 * one per token and set. Pass the same `sets` array again to reuse its merged index.
 */
export function matchPhrasesMany(tokens: Token[], sets: PhraseSet[]): PhraseMatch[][] {
  let merged = mergedIndexes.get(sets);
  if (merged === undefined) {
    merged = dict<number[]>();
    for (let c = 0; c < sets.length; c++) {
      for (const word of Object.keys(sets[c].byFirst)) (merged[word] || (merged[word] = [])).push(c);
    }
    mergedIndexes.set(sets, merged);
  }
  const results: PhraseMatch[][] = sets.map(() => []);
  // For each set, the first token it may match from (matches of one set do not overlap).
  const next: number[] = sets.map(() => 0);
  for (let i = 0; i < tokens.length; i++) {
    const having = merged[tokens[i].word];
    if (having === undefined) continue;
    for (const c of having) {
      if (i < next[c]) continue;
      const set = sets[c];
      const candidates = set.byFirst[tokens[i].word];
      for (let p = 0; p < candidates.length; p++) {
        const words = candidates[p];
        if (i + words.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k].word === words[k];
        if (ok) {
          results[c].push({
            phrase: set.joined ? set.joined[tokens[i].word][p] : words.join(" "),
            token: i,
            length: words.length,
            start: tokens[i].start,
            end: tokens[i + words.length - 1].end,
          });
          next[c] = i + words.length;
          break;
        }
      }
    }
  }
  return results;
}

/** True when the whole token list is covered by phrases of the set (e.g. "merci bien reçu"). */
export function onlyPhrases(tokens: Token[], set: PhraseSet): boolean {
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
export function countWordsOf(text: string, tokens: Token[]): number {
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i === 0 || hasSpace(text, tokens[i - 1].end, tokens[i].start)) words++;
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
