import { findNirs, nirKey } from "../../../src/lint/detectors/nir";

interface Case {
  why: string;
  text: string;
  /** Each expected detection: the exact text it covers and its masked form. */
  expected: Array<[string, string]>;
}

// Keys below were computed once with 97 − (n mod 97) (2A → 19, 2B → 18) and hard-coded on purpose.
const cases: Case[] = [
  {
    why: "the usual grouped form with a valid key",
    text: "Mon numéro de sécu : 1 84 12 75 123 456 40.",
    expected: [["1 84 12 75 123 456 40", "1 84 12 ** *** *** 40"]],
  },
  {
    why: "the same number written without separators",
    text: "NIR 184127512345640 merci",
    expected: [["184127512345640", "1 84 12 ** *** *** 40"]],
  },
  {
    why: "dots and dashes are separators too",
    text: "1.84.12.75.123.456.40 / 1-84-12-75-123-456-40",
    expected: [
      ["1.84.12.75.123.456.40", "1 84 12 ** *** *** 40"],
      ["1-84-12-75-123-456-40", "1 84 12 ** *** *** 40"],
    ],
  },
  {
    why: "no-break spaces, as Outlook inserts in French text, separate groups as well",
    text: "1\u00a084\u00a012\u00a075\u00a0123\u00a0456\u00a040",
    expected: [["1\u00a084\u00a012\u00a075\u00a0123\u00a0456\u00a040", "1 84 12 ** *** *** 40"]],
  },
  {
    why: "a wrong key (41 instead of 40) is not a NIR",
    text: "1 84 12 75 123 456 41",
    expected: [],
  },
  {
    why: "Corsica 2A counts as 19 when computing the key (valid key 88)",
    text: "née en Corse : 2 69 05 2A 123 456 88",
    expected: [["2 69 05 2A 123 456 88", "2 69 05 ** *** *** 88"]],
  },
  {
    why: "Corsica 2B counts as 18 and may be lower-case (valid key 04)",
    text: "1 75 03 2b 045 012 04",
    expected: [["1 75 03 2b 045 012 04", "1 75 03 ** *** *** 04"]],
  },
  {
    why: "2A with the key computed as if 2A were 20 (61, the wrong rule) is rejected",
    text: "2 69 05 2A 123 456 61",
    expected: [],
  },
  {
    why: "overseas department written 3 + 2 (971 + 23) is still 13 characters (valid key 63)",
    text: "2 91 07 971 23 045 63",
    expected: [["2 91 07 971 23 045 63", "2 91 07 ** *** *** 63"]],
  },
  {
    why: "month 35 is one INSEE uses for an unknown month (valid key 20)",
    text: "1 84 35 75 123 456 20",
    expected: [["1 84 35 75 123 456 20", "1 84 35 ** *** *** 20"]],
  },
  {
    why: "month 13 does not exist, even with the key that would match (56)",
    text: "1 84 13 75 123 456 56",
    expected: [],
  },
  {
    why: "sex digit 5 is not used",
    text: "5 84 12 75 123 456 " + String(nirKey("5841275123456")),
    expected: [],
  },
  {
    why: "inside a 20-digit number it is not a NIR",
    text: "Réf 18412751234564012345",
    expected: [],
  },
  {
    why: "preceded by more digits it is not a NIR",
    text: "99184127512345640",
    expected: [],
  },
  {
    why: "glued to letters it is a reference, not a NIR",
    text: "REF184127512345640X",
    expected: [],
  },
  {
    why: "a French phone number is far too short",
    text: "Appelez le 06 12 34 56 78",
    expected: [],
  },
  {
    why: "two NIRs in one sentence are both found",
    text: "184127512345640 et 225057512345653",
    expected: [
      ["184127512345640", "1 84 12 ** *** *** 40"],
      ["225057512345653", "2 25 05 ** *** *** 53"],
    ],
  },
];

describe("findNirs", () => {
  it.each(cases)("$why", ({ text, expected }) => {
    const found = findNirs(text);
    expect(found.map((d) => [text.substring(d.start, d.end), d.masked])).toEqual(expected);
    for (const d of found) {
      expect(d.kind).toBe("nir");
      const digits = text.substring(d.start, d.end).replace(/[^0-9A-Za-z]/g, "");
      expect(d.masked.replace(/ /g, "")).not.toBe(digits);
      expect(d.masked).toContain("*");
    }
  });

  it.each([
    { why: "Corsica letters are replaced before the mod 97", thirteen: "269052A123456", key: 88 },
    { why: "lower-case Corsica letters work as upper-case ones", thirteen: "175032b045012", key: 4 },
    { why: "a key may be 97 when the number is a multiple of 97", thirteen: "1000000000047", key: 97 },
  ])("nirKey: $why", ({ thirteen, key }) => {
    expect(nirKey(thirteen)).toBe(key);
  });

  it.each([
    { why: "100,000 digits in a row", text: "1".repeat(100000) },
    { why: "digits separated by spaces", text: "1 ".repeat(50000) },
    { why: "almost-NIRs that fail only at the very end", text: "1 84 12 75 123 456 4".repeat(5000) },
  ])("processes adversarial input: $why", ({ text }) => {
    expect(Array.isArray(findNirs(text))).toBe(true);
  });
});
