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
  const folded = fold(text);
  const tokens: Token[] = [];
  const digitsSeparate = options.fileName === true;
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 32;
    const inWord = isWordChar(code) && !(digitsSeparate && code >= 48 && code <= 57);
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push({ word: folded.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return tokens;
}

export interface PhraseSet {
  /** first word → the phrases (as word lists) that begin with it, longest first */
  byFirst: { [word: string]: string[][] };
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
  for (const key of Object.keys(byFirst)) byFirst[key].sort((a, b) => b.length - a.length);
  return { byFirst, size };
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
    for (const words of candidates) {
      if (i + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k].word === words[k];
      if (ok) {
        matches.push({
          phrase: words.join(" "),
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
  const tokens = tokenize(text);
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i === 0 || /\s/.test(text.slice(tokens[i - 1].end, tokens[i].start))) words++;
  }
  return words;
}
