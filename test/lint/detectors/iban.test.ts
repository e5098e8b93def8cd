import { findIbans } from "../../../src/lint/detectors/iban";

interface Case {
  why: string;
  text: string;
  /** Each expected detection: the exact text it covers and its masked form. */
  expected: Array<[string, string]>;
}

const FR_MASK = "FR76 **** **** **** **** **** 189";
const DE_MASK = "DE89 **** **** **** ***0 00";
const BE_MASK = "BE68 **** **** *034";
const ES_MASK = "ES91 **** **** **** **** *332";

const cases: Case[] = [
  {
    why: "French IBAN grouped by 4",
    text: "Mon IBAN : FR76 3000 6000 0112 3456 7890 189.",
    expected: [["FR76 3000 6000 0112 3456 7890 189", FR_MASK]],
  },
  {
    why: "French IBAN without spaces",
    text: "IBAN FR7630006000011234567890189",
    expected: [["FR7630006000011234567890189", FR_MASK]],
  },
  {
    why: "German IBAN grouped",
    text: "Konto: DE89 3704 0044 0532 0130 00",
    expected: [["DE89 3704 0044 0532 0130 00", DE_MASK]],
  },
  {
    why: "German IBAN compact",
    text: "DE89370400440532013000",
    expected: [["DE89370400440532013000", DE_MASK]],
  },
  {
    why: "Belgian IBAN grouped (16 characters)",
    text: "BE68 5390 0754 7034",
    expected: [["BE68 5390 0754 7034", BE_MASK]],
  },
  {
    why: "Belgian IBAN compact",
    text: "(BE68539007547034)",
    expected: [["BE68539007547034", BE_MASK]],
  },
  {
    why: "Spanish IBAN grouped",
    text: "ES91 2100 0418 4502 0005 1332",
    expected: [["ES91 2100 0418 4502 0005 1332", ES_MASK]],
  },
  {
    why: "Spanish IBAN compact",
    text: "ES9121000418450200051332",
    expected: [["ES9121000418450200051332", ES_MASK]],
  },
  {
    why: "a wrong check digit (77 instead of 76) fails the checksum",
    text: "FR77 3000 6000 0112 3456 7890 189",
    expected: [],
  },
  {
    why: "one changed account digit fails the checksum",
    text: "FR76 3000 6000 0112 3456 7890 188",
    expected: [],
  },
  {
    why: "typed in lower case it is still an IBAN",
    text: "iban fr76 3000 6000 0112 3456 7890 189",
    expected: [["fr76 3000 6000 0112 3456 7890 189", FR_MASK]],
  },
  {
    why: "the next word is not swallowed: the candidate shrinks to the country's length",
    text: "FR76 3000 6000 0112 3456 7890 189 MERCI",
    expected: [["FR76 3000 6000 0112 3456 7890 189", FR_MASK]],
  },
  {
    why: "a word glued to the end (HTML-to-text often loses the space) is left out too",
    text: "FR7630006000011234567890189Merci",
    expected: [["FR7630006000011234567890189", FR_MASK]],
  },
  {
    why: "groups of other sizes and dashes are accepted",
    text: "FR76-30006-00001-12345678901-89",
    expected: [["FR76-30006-00001-12345678901-89", FR_MASK]],
  },
  {
    why: "no-break spaces between groups",
    text: "BE68\u00a05390\u00a00754\u00a07034",
    expected: [["BE68\u00a05390\u00a00754\u00a07034", BE_MASK]],
  },
  {
    why: "followed by more digits it is a slice of a longer number, not an IBAN",
    text: "DE893704004405320130001",
    expected: [],
  },
  {
    why: "preceded by a digit it is inside another reference",
    text: "9DE89370400440532013000",
    expected: [],
  },
  {
    why: "too short: stops before the country's length",
    text: "FR76 3000 6000 0112 3456 7890 18",
    expected: [],
  },
  {
    why: "unknown country code",
    text: "ZZ76 3000 6000 0112 3456 7890 189",
    expected: [],
  },
  {
    why: "two IBANs in one line are both found",
    text: "FR76 3000 6000 0112 3456 7890 189 ou DE89 3704 0044 0532 0130 00",
    expected: [
      ["FR76 3000 6000 0112 3456 7890 189", FR_MASK],
      ["DE89 3704 0044 0532 0130 00", DE_MASK],
    ],
  },
];

describe("findIbans", () => {
  it.each(cases)("$why", ({ text, expected }) => {
    const found = findIbans(text);
    expect(found.map((d) => [text.substring(d.start, d.end), d.masked])).toEqual(expected);
    for (const d of found) {
      expect(d.kind).toBe("iban");
      const compact = text
        .substring(d.start, d.end)
        .replace(/[^0-9A-Za-z]/g, "")
        .toUpperCase();
      const visible = d.masked.replace(/[ *]/g, "");
      // Never more than the first 4 and last 3 characters.
      expect(visible.length).toBeLessThanOrEqual(7);
      expect(d.masked.replace(/ /g, "")).not.toContain(compact.substring(4));
    }
  });

  it.each([
    { why: "100,000 digits", text: "1".repeat(100000) },
    { why: "digits separated by spaces", text: "1 ".repeat(50000) },
    { why: '"FR76" repeated', text: "FR76".repeat(25000) },
    { why: '"FR76 " repeated: every one is a candidate start', text: "FR76 ".repeat(20000) },
  ])("processes adversarial input: $why", ({ text }) => {
    expect(Array.isArray(findIbans(text))).toBe(true);
  });
});
