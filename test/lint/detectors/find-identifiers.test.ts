import { findCards, findIdentifiers } from "../../../src/lint/detectors";
import type { IdentifierKind } from "../../../src/lint/detectors";

interface Case {
  why: string;
  text: string;
  /** Each expected detection, in order: kind and the exact text it covers. */
  expected: Array<[IdentifierKind, string]>;
}

const cases: Case[] = [
  {
    why: "every kind in one draft comes back sorted by position",
    text:
      "Bonjour, voici mon passeport 12AB34567, mon NIR 1 84 12 75 123 456 40, " +
      "mon IBAN FR76 3000 6000 0112 3456 7890 189 et ma carte 4111 1111 1111 1111 (CNI X4RTBPFW4).",
    expected: [
      ["passport", "12AB34567"],
      ["nir", "1 84 12 75 123 456 40"],
      ["iban", "FR76 3000 6000 0112 3456 7890 189"],
      ["card", "4111 1111 1111 1111"],
      ["id-card", "X4RTBPFW4"],
    ],
  },
  {
    why: "this NIR is also Luhn-valid with a Mastercard prefix: reported once, as a NIR",
    text: "NIR 225037512345621",
    expected: [["nir", "225037512345621"]],
  },
  {
    why: "this IBAN holds a Visa-looking group run: reported once, as an IBAN",
    text: "DE95 4111 1111 1111 1111 00",
    expected: [["iban", "DE95 4111 1111 1111 1111 00"]],
  },
  {
    why: "nothing personal in an ordinary sentence with numbers",
    text: "Réunion le 2024-01-05 à 14h, salle 12, tél. 06 12 34 56 78, commande 880692310285.",
    expected: [],
  },
];

describe("findIdentifiers", () => {
  it.each(cases)("$why", ({ text, expected }) => {
    const found = findIdentifiers(text);
    expect(found.map((d) => [d.kind, text.substring(d.start, d.end)])).toEqual(expected);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    for (const d of found) expect(d.masked).not.toBe(text.substring(d.start, d.end));
  });

  it("the card detector alone would report the NIR and the IBAN above (why they are excluded)", () => {
    expect(findCards("NIR 225037512345621").length).toBe(1);
    expect(findCards("DE95 4111 1111 1111 1111 00").length).toBe(1);
  });

  it.each([
    { why: "100,000 digits", text: "1".repeat(100000) },
    { why: "digits separated by spaces", text: "1 ".repeat(50000) },
    { why: '"FR76" repeated', text: "FR76".repeat(25000) },
    {
      why: "many real identifiers",
      text: "passeport 12AB34567 4111 1111 1111 1111 184127512345640 ".repeat(2000),
    },
  ])("processes adversarial input: $why", ({ text }) => {
    expect(Array.isArray(findIdentifiers(text))).toBe(true);
  });
});
