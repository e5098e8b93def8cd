import { findCards, hasIssuerPrefix, luhnValid } from "../../../src/lint/detectors/card";

interface Case {
  why: string;
  text: string;
  exclude?: Array<{ start: number; end: number }>;
  /** Each expected detection: the exact text it covers and its masked form. */
  expected: Array<[string, string]>;
}

const VISA_MASK = "**** **** **** 1111";

const cases: Case[] = [
  {
    why: "Visa test number grouped 4-4-4-4",
    text: "Ma carte : 4111 1111 1111 1111.",
    expected: [["4111 1111 1111 1111", VISA_MASK]],
  },
  {
    why: "Visa test number without separators",
    text: "CB 4111111111111111",
    expected: [["4111111111111111", VISA_MASK]],
  },
  {
    why: "Mastercard 51-55 range, grouped with dashes",
    text: "5555-5555-5555-4444",
    expected: [["5555-5555-5555-4444", "**** **** **** 4444"]],
  },
  {
    why: "Mastercard 2221-2720 range",
    text: "2223 0031 2200 3222",
    expected: [["2223 0031 2200 3222", "**** **** **** 3222"]],
  },
  {
    why: "Amex, 15 digits grouped 4-6-5",
    text: "Amex 3782 822463 10005",
    expected: [["3782 822463 10005", "*** **** **** 0005"]],
  },
  {
    why: "Discover 6011 and 65",
    text: "6011 1111 1111 1117 / 6500 0000 0000 0002",
    expected: [
      ["6011 1111 1111 1117", "**** **** **** 1117"],
      ["6500 0000 0000 0002", "**** **** **** 0002"],
    ],
  },
  {
    why: "Diners, 14 digits",
    text: "3056 9309 0259 04",
    expected: [["3056 9309 0259 04", "** **** **** 5904"]],
  },
  {
    why: "JCB 3528-3589",
    text: "3530 1113 3330 0000",
    expected: [["3530 1113 3330 0000", "**** **** **** 0000"]],
  },
  {
    why: "UnionPay 62",
    text: "6200000000000005",
    expected: [["6200000000000005", "**** **** **** 0005"]],
  },
  {
    why: "13-digit Visa, the shortest length",
    text: "4222222222222",
    expected: [["4222222222222", "* **** **** 2222"]],
  },
  {
    why: "19-digit Visa, the longest length",
    text: "4111 1111 1111 1111 003",
    expected: [["4111 1111 1111 1111 003", "*** **** **** **** 1003"]],
  },
  {
    why: "no-break spaces between groups",
    text: "4111\u00a01111\u00a01111\u00a01111",
    expected: [["4111\u00a01111\u00a01111\u00a01111", VISA_MASK]],
  },
  {
    why: "Luhn fails (last digit changed)",
    text: "4111 1111 1111 1112",
    expected: [],
  },
  {
    why: "Luhn-valid but no issuer starts with 1",
    text: "1234 5678 9012 3452",
    expected: [],
  },
  {
    why: "Amex prefix with 16 digits is not an Amex, even Luhn-valid",
    text: "3782822463100052",
    expected: [],
  },
  {
    why: "a French phone number has only 10 digits",
    text: "Appelez-moi au 06 12 34 56 78",
    expected: [],
  },
  {
    why: "an order number that starts like a Visa but fails Luhn",
    text: "Commande n° 4000 1234 5678 9012",
    expected: [],
  },
  {
    why: "a 12-digit order number is too short",
    text: "Commande 2024-0001-2345",
    expected: [],
  },
  {
    why: "inside a 20-digit run there is no card",
    text: "41111111111111110000",
    expected: [],
  },
  {
    why: "glued to letters it is a reference",
    text: "REF4111111111111111",
    expected: [],
  },
  {
    why: "a CVV after the number is not taken in (the 19-digit window fails Luhn)",
    text: "4111 1111 1111 1111 123",
    expected: [["4111 1111 1111 1111", VISA_MASK]],
  },
  {
    why: "a date in the same run of groups does not hide the card",
    text: "le 2024-01-05 4111 1111 1111 1111",
    expected: [["4111 1111 1111 1111", VISA_MASK]],
  },
  {
    why: "spans the caller excludes (an IBAN) are skipped",
    text: "xx 4111 1111 1111 1111",
    exclude: [{ start: 0, end: 5 }],
    expected: [],
  },
  {
    why: "excluded spans elsewhere do not matter",
    text: "xx 4111 1111 1111 1111",
    exclude: [{ start: 0, end: 2 }],
    expected: [["4111 1111 1111 1111", VISA_MASK]],
  },
];

describe("findCards", () => {
  it.each(cases)("$why", ({ text, exclude, expected }) => {
    const found = findCards(text, exclude);
    expect(found.map((d) => [text.substring(d.start, d.end), d.masked])).toEqual(expected);
    for (const d of found) {
      expect(d.kind).toBe("card");
      const digits = text.substring(d.start, d.end).replace(/[^0-9]/g, "");
      expect(d.masked.replace(/[^0-9]/g, "")).toBe(digits.substring(digits.length - 4));
    }
  });

  it.each([
    { why: "Luhn doubles every second digit from the right", digits: "79927398713", valid: true },
    { why: "a single wrong digit breaks Luhn", digits: "79927398710", valid: false },
  ])("luhnValid: $why", ({ digits, valid }) => {
    expect(luhnValid(digits)).toBe(valid);
  });

  it.each([
    { why: "Diners 300-305", digits: "30569309025904", known: true },
    { why: "306 is not Diners", digits: "30669309025904", known: false },
    { why: "Mastercard ends at 2720", digits: "2721000000000000", known: false },
    { why: "JCB starts at 3528", digits: "3527000000000000", known: false },
    { why: "Discover 644-649", digits: "6445000000000000", known: true },
  ])("hasIssuerPrefix: $why", ({ digits, known }) => {
    expect(hasIssuerPrefix(digits)).toBe(known);
  });

  it.each([
    { why: "100,000 digits in a row", text: "1".repeat(100000) },
    { why: "digits separated by spaces", text: "1 ".repeat(50000) },
    { why: "groups of 4 separated by spaces", text: "4111 ".repeat(20000) },
    { why: '"FR76" repeated', text: "FR76".repeat(25000) },
  ])("processes adversarial input: $why", ({ text }) => {
    expect(Array.isArray(findCards(text))).toBe(true);
  });
});
