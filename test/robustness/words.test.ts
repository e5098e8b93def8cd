// The words of a text are found and compared on the text as written, each unit folded on the spot (foldCode),
// never on a folded copy of the whole text: these properties hold them to the definition on the folded text.
import fc from "fast-check";
import { buildBodyIndex } from "../../src/lint/body/body-index";
import type { Zone } from "../../src/lint";
import { fold, foldCode, isWordChar } from "../../src/lint/text/fold";
import { compilePhrases, countWords, matchPhrases, tokenize, type Words } from "../../src/lint/text/words";
import { PIECES, tagSoup, utf16 } from "./arbitraries";

const RUNS = Number(process.env.FC_RUNS) || 300;
const SEED = process.env.FC_SEED === "random" ? undefined : Number(process.env.FC_SEED) || 20261127;

/** The definition: maximal runs of word characters of fold(text), as [start, end, folded word]. */
function reference(text: string, fileName = false): [number, number, string][] {
  const folded = fold(text);
  const words: [number, number, string][] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 32;
    const inWord = isWordChar(code) && !(fileName && code >= 48 && code <= 57);
    if (inWord && start < 0) start = i;
    if (!inWord && start >= 0) {
      words.push([start, i, folded.slice(start, i)]);
      start = -1;
    }
  }
  return words;
}

function found(text: string, fileName = false): [number, number, string][] {
  return listed(tokenize(text, { fileName }));
}

function listed(words: Words): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (let i = 0; i < words.length; i++) out.push([words.start(i), words.end(i), words.word(i)]);
  return out;
}

/** Mail-like text: pieces the rules read, between any UTF-16 units. */
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES, "Ω", "ʼ", "İ", "ΣΑΣ", "ǅ", "ﬁ"), utf16(6)), { maxLength: 12 })
  .map((parts) => parts.join(" "));

describe("words on the text as written", () => {
  it("foldCode is fold, unit by unit, over the whole BMP", () => {
    let units = "";
    for (let code = 0; code < 0x10000; code++) units += String.fromCharCode(code);
    const folded = fold(units);
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (foldCode(code) !== folded.charCodeAt(code)) differ.push(code);
      if (fold(String.fromCharCode(code)).charCodeAt(0) !== foldCode(code)) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it("takes every BMP unit for a word character exactly when it folds to one", () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      const expected = isWordChar(foldCode(code));
      if ((tokenize(unit).length === 1) !== expected) differ.push(code);
      if ((tokenize(unit, { fileName: true }).length === 1) !== (expected && !(code >= 48 && code <= 57)))
        differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it("splits as fold(text) splits, with the same offsets and folded words", () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, fileName) => {
        expect(found(t, fileName)).toEqual(reference(t, fileName));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("tells a word from a folded string without making one", () => {
    fc.assert(
      fc.property(text, utf16(4), (t, other) => {
        const words = tokenize(t);
        const probe = fold(other);
        for (let i = 0; i < words.length; i++) {
          expect(words.is(i, words.word(i))).toBe(true);
          expect(words.is(i, probe)).toBe(words.word(i) === probe);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("matches phrases as on folded words", () => {
    const set = compilePhrases(["mot de passe", "arrêt maladie", "RIB", "rob", "pièce(s) jointe(s)", "Ω"]);
    fc.assert(
      fc.property(text, (t) => {
        const byHand: string[] = [];
        const words = reference(t).map((w) => w[2]);
        for (let i = 0; i < words.length; i++) {
          const phrases = (set.byFirst[words[i]] || []).filter((p) => p.every((w, k) => words[i + k] === w));
          if (phrases.length > 0) {
            byHand.push(phrases[0].join(" "));
            i += phrases[0].length - 1;
          }
        }
        expect(matchPhrases(tokenize(t), set).map((m) => m.phrase)).toEqual(byHand);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("gives a body's words per zone as if the other zones were blanked out", () => {
    const zoneSets: Zone[][] = [
      ["new"],
      ["quote"],
      ["signature"],
      ["quote", "signature"],
      ["new", "signature"],
    ];
    // Quoted and signed parts (and ">" lines in plain text) next to words, across and inside them.
    const marks = fc.constantFrom(
      '<blockquote type="cite">',
      "</blockquote>",
      '<div class="gmail_quote">',
      '<div id="Signature">',
      "</div>",
      "mot<blockquote type=cite>clé",
      // inline: the zone changes within a word
      '<span id="signature">',
      '<span class="gmail_quote">',
      "</span>",
      "mot",
      "Clé",
      "\n-- \n",
      "\n> ",
      "\n",
    );
    const body = fc.oneof(
      fc.array(fc.oneof(tagSoup(6), marks), { maxLength: 10 }).map((parts) => ({ html: parts.join("") })),
      fc.array(fc.oneof(text, marks), { maxLength: 10 }).map((parts) => ({ text: parts.join("") })),
    );
    fc.assert(
      fc.property(body, (b) => {
        const index = buildBodyIndex(b);
        for (const zones of zoneSets) {
          const blanked = index.textIn(zones);
          expect(listed(index.wordsIn(zones))).toEqual(reference(blanked));
          expect(index.countWordsIn(zones)).toBe(countWords(blanked));
          const starting = listed(index.tokens()).filter(
            ([start]) => zones.indexOf(index.zoneAt(start)) >= 0,
          );
          expect(listed(index.tokensIn(zones))).toEqual(starting);
        }
        // Paragraphs in order (as the rules read them), then backwards: each gets the words starting in it.
        const all = listed(index.tokens());
        for (const p of index.paragraphs.concat(index.paragraphs.slice().reverse())) {
          const inside = all.filter(([start]) => start >= p.start && start < p.end);
          expect(listed(index.wordsBetween(p.start, p.end))).toEqual(inside);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
