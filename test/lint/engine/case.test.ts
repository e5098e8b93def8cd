import { isShouting, sentenceCase } from "../../../src/lint/text/case";

describe("isShouting", () => {
  it.each([
    ["URGENT !!!", true, "one plain word in capitals"],
    ["MERCI DE RENVOYER LE FORMULAIRE", true, "a sentence in capitals"],
    ["RGPD", false, "an acronym alone"],
    ["Point RGPD avec la DRH", false, "acronyms in an ordinary sentence"],
    ["NOTE: 한국말로 하는 것", false, "letters without case dilute the capitals (corpus: mikel raw_email)"],
    [
      "UriScan:;BCL:0;PCL:0;RULEID:(22001)(4636009)(16000) SFV:NSPM; BCL:0",
      false,
      "diagnostic data, mostly digits and punctuation (corpus: flanker office365)",
    ],
  ])("%p → %p (%s)", (text, expected) => {
    expect(isShouting(text)).toBe(expected);
  });
});

describe("sentenceCase", () => {
  it("lower-cases all but the first letter and acronyms", () => {
    expect(sentenceCase("URGENT : DOSSIER RQTH À SIGNER")).toBe("Urgent : dossier RQTH à signer");
  });
});
