import { lint, RULES, type Draft } from "../../../src/lint";

// Words taken from mail are used as map keys: none of them may reach Object.prototype.
const WORDS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype"];

describe("words that are Object.prototype members", () => {
  it.each(WORDS)("%s in every field of a draft is read as a plain word", (word) => {
    const draft: Draft = {
      from: { name: word, address: `${word}@${word}.fr` },
      to: [{ name: word, address: `${word}@${word}.com` }, { address: `${word}@gmail.com` }],
      cc: [{ address: `${word}@${word}.com` }],
      subject: `${word} ${word}`,
      body: {
        html: `<${word} ${word}="${word}"><p>${word} ci-joint ${word}</p><a href="${word}">${word}</a><img src="${word}" alt="${word}"></${word}>`,
      },
      attachments: [{ name: `${word}.pdf` }],
      composeType: "reply",
      sendAt: "2026-11-24T10:00:00+01:00",
      timeZone: "Europe/Paris",
    };
    const findings = lint(draft);
    expect(findings.every((f) => RULES.some((r) => r.meta.id === f.ruleId))).toBe(true);
  });
});
