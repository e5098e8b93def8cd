import { findIdentityDocuments } from "../../../src/lint/detectors/identity-document";
import type { IdentifierKind } from "../../../src/lint/detectors/detection";

interface Case {
  why: string;
  text: string;
  /** Each expected detection: kind, the exact text it covers and its masked form. */
  expected: Array<[IdentifierKind, string, string]>;
}

const filler = (n: number) => "x".repeat(n);

const cases: Case[] = [
  {
    why: "passport number after the French keyword",
    text: "Numéro de passeport : 12AB34567",
    expected: [["passport", "12AB34567", "*******67"]],
  },
  {
    why: "the keyword may come after the number, in English",
    text: "12AB34567 is my passport number",
    expected: [["passport", "12AB34567", "*******67"]],
  },
  {
    why: "new (2021) identity card number next to CNI",
    text: "CNI n° X4RTBPFW4",
    expected: [["id-card", "X4RTBPFW4", "*******W4"]],
  },
  {
    why: "old 12-digit identity card number next to carte d'identité",
    text: "Ma carte d'identité : 880692310285",
    expected: [["id-card", "880692310285", "**********85"]],
  },
  {
    why: "keyword in capitals, with accents and a typographic apostrophe",
    text: "CARTE NATIONALE D’IDENTITÉ N° 880692310285",
    expected: [["id-card", "880692310285", "**********85"]],
  },
  {
    why: "ID card, in English",
    text: "ID card: X4RTBPFW4",
    expected: [["id-card", "X4RTBPFW4", "*******W4"]],
  },
  {
    why: "the format decides the kind: a passport-shaped number near 'identity card' is a passport",
    text: "identity card or 12AB34567",
    expected: [["passport", "12AB34567", "*******67"]],
  },
  {
    why: "both documents in one sentence",
    text: "passeport 12AB34567 et CNI 880692310285",
    expected: [
      ["passport", "12AB34567", "*******67"],
      ["id-card", "880692310285", "**********85"],
    ],
  },
  {
    why: "without any keyword a passport-shaped reference is left alone",
    text: "Référence dossier 12AB34567",
    expected: [],
  },
  {
    why: "without any keyword a 12-digit number is left alone",
    text: "Commande 880692310285",
    expected: [],
  },
  {
    why: "keyword 60 characters before the number is too far",
    text: "passeport " + filler(60) + " 12AB34567",
    expected: [],
  },
  {
    why: "keyword 60 characters after the number is too far",
    text: "12AB34567 " + filler(60) + " passeport",
    expected: [],
  },
  {
    why: "exactly 40 characters between keyword and number is near enough",
    text: "passeport" + " " + filler(38) + " " + "12AB34567",
    expected: [["passport", "12AB34567", "*******67"]],
  },
  {
    why: "41 characters between keyword and number is too far",
    text: "passeport" + " " + filler(39) + " " + "12AB34567",
    expected: [],
  },
  {
    why: "CNIL (the regulator) is not the word CNI",
    text: "La CNIL rappelle la règle X4RTBPFW4",
    expected: [],
  },
  {
    why: "a new-format card number must be upper-case",
    text: "CNI x4rtbpfw4",
    expected: [],
  },
  {
    why: "a new-format card number needs at least 2 digits",
    text: "CNI ABCDEFGH1",
    expected: [],
  },
  {
    why: "a new-format card number needs at least 2 letters",
    text: "CNI 12345678A",
    expected: [],
  },
  {
    why: "a longer token is not a passport number",
    text: "passeport 12AB345678",
    expected: [],
  },
  {
    why: "12 digits inside a longer number are not an identity card number",
    text: "CNI 8806923102851",
    expected: [],
  },
];

describe("findIdentityDocuments", () => {
  it.each(cases)("$why", ({ text, expected }) => {
    const found = findIdentityDocuments(text);
    expect(found.map((d) => [d.kind, text.substring(d.start, d.end), d.masked])).toEqual(expected);
    for (const d of found) {
      const value = text.substring(d.start, d.end);
      expect(d.masked).not.toContain(value.substring(0, value.length - 2));
      expect(d.masked.replace(/\*/g, "")).toBe(value.substring(value.length - 2));
    }
  });

  it.each([
    { why: "100,000 digits", text: "passeport " + "1".repeat(100000) },
    { why: "digits separated by spaces", text: "CNI " + "1 ".repeat(50000) },
    { why: '"FR76" repeated', text: "FR76".repeat(25000) },
    { why: "many keywords and numbers", text: "passeport 12AB34567 ".repeat(5000) },
    { why: "a keyword start followed by a long run of spaces", text: "carte" + " ".repeat(100000) + "x" },
  ])("processes adversarial input: $why", ({ text }) => {
    expect(Array.isArray(findIdentityDocuments(text))).toBe(true);
  });
});
