import * as fs from "fs";
import * as path from "path";
import { lint, type Finding, type Fix, type MessageData, type Severity } from "../../src/lint";
import { PANE_COMMAND_ID } from "../../src/outlook/commands";
import { decodePaneContext } from "../../src/outlook/pane-context";
import {
  CANCEL_LABEL_MAX,
  completedOptions,
  decideSend,
  escapeMarkdown,
  MESSAGE_MAX,
  rankFindings,
  truncate,
  type SendDecision,
} from "../../src/outlook/send-check";

function finding(
  ruleId: string,
  severity: Severity,
  messageId: string,
  data: MessageData = {},
  fixes: Fix[] = [],
): Finding {
  return { ruleId, severity, messageId, data, location: { part: "subject" }, fixes };
}

const both = (text: string) => ({ fr: text, en: text });

const SUBJECT = finding("vague-subject", "warning", "empty");
const TYPO = finding("recipient-typo", "warning", "typo", {
  address: "paul.durand@ville-exmple.fr",
  suggestion: "paul.durand@ville-exemple.fr",
});
const NIR = finding("external-sensitive-content", "error", "identifier", {
  what: {
    fr: "un numéro de sécurité sociale (1 84 12 ** *** *** 40)",
    en: "a social security number (1 84 12 ** *** *** 40)",
  },
  where: { fr: "le corps du message", en: "the body" },
  recipients: both("m.leroy@cabinet-leroy-avocats.fr"),
});
const SECRET = finding("credential-in-body", "error", "secret", {
  where: { fr: "le corps du message", en: "the body" },
  keyword: both("mot de passe"),
  masked: both("S3******"),
});
const SLOT = { fr: "lundi 30 novembre à 08:00", en: "Monday 30 November at 08:00" };
const AFTER_HOURS = finding(
  "after-hours-send",
  "warning",
  "now",
  {
    when: { fr: "le vendredi 27 novembre à 21:40", en: "on Friday 27 November at 21:40" },
    reason: { fr: "après les heures de bureau", en: "after working hours" },
    slot: SLOT,
  },
  [{ kind: "schedule-delivery", at: "2026-11-30T08:00:00+01:00", label: SLOT }],
);
const LONG_LINES = finding("long-message", "info", "long", { words: 812 });

type Blocked = Extract<SendDecision, { allowEvent: false }>;
const blocked = (d: SendDecision): Blocked => {
  if (d.allowEvent) throw new Error("expected a block");
  return d;
};

describe("decideSend", () => {
  test("no finding, or only info findings: allow", () => {
    expect(decideSend([], "fr")).toEqual({ allowEvent: true });
    expect(decideSend([LONG_LINES], "en")).toEqual({ allowEvent: true });
  });

  test("errors come first, then warnings, each in rule order, whatever the input order", () => {
    const ranked = rankFindings([LONG_LINES, AFTER_HOURS, SUBJECT, SECRET, TYPO, NIR]);
    expect(ranked.map((f) => f.ruleId)).toEqual([
      "external-sensitive-content",
      "credential-in-body",
      "recipient-typo",
      "vague-subject",
      "after-hours-send",
    ]);
    const d = blocked(decideSend([SUBJECT, SECRET, NIR], "fr"));
    expect(d.errorMessage.startsWith("Un numéro de sécurité sociale")).toBe(true);
    expect(decodePaneContext(d.contextData)!.ruleIds).toEqual([
      "external-sensitive-content",
      "credential-in-body",
      "vague-subject",
    ]);
  });

  test("the most important message, capitalised, then how many more (FR)", () => {
    expect(blocked(decideSend([SUBJECT], "fr")).errorMessage).toBe(
      "L'objet est vide : indiquez l'action attendue, le sujet et l'échéance.",
    );
    expect(blocked(decideSend([SUBJECT, TYPO], "fr")).errorMessage).toBe(
      "« paul.durand@ville-exmple.fr » : vouliez-vous écrire « paul.durand@ville-exemple.fr » ? " +
        "Et 1 autre point à vérifier.",
    );
    expect(blocked(decideSend([SUBJECT, TYPO, SECRET], "fr")).errorMessage).toBe(
      "Le corps du message contient un secret en clair (« mot de passe S3****** ») : transmettez-le par un " +
        "autre canal. Et 2 autres points à vérifier.",
    );
  });

  test("the same in English", () => {
    expect(blocked(decideSend([SUBJECT, TYPO], "en")).errorMessage).toBe(
      "“paul.durand@ville-exmple.fr”: did you mean “paul.durand@ville-exemple.fr”? And 1 more to check.",
    );
    expect(blocked(decideSend([SUBJECT, TYPO, SECRET], "en")).errorMessage).toMatch(
      / And 2 more to check\.$/,
    );
  });

  test("after-hours-send first: its message has the slot; the button schedules", () => {
    const d = blocked(decideSend([AFTER_HOURS], "fr"));
    expect(d.errorMessage).toBe(
      "Envoi le vendredi 27 novembre à 21:40, après les heures de bureau : programmez-le pour lundi 30 novembre à 08:00.",
    );
    expect(d.cancelLabel).toBe("Programmer");
    expect(blocked(decideSend([AFTER_HOURS], "en")).cancelLabel).toBe("Schedule");
    expect(decodePaneContext(d.contextData)).toEqual({
      source: "send",
      ruleIds: ["after-hours-send"],
      action: "schedule",
    });
  });

  test("after-hours-send behind another finding: the slot is added and the action kept", () => {
    const d = blocked(decideSend([AFTER_HOURS, SUBJECT, NIR], "en"));
    expect(d.errorMessage).toBe(
      "A social security number (1 84 12 ** *** *** 40) appears in the body and the message goes outside " +
        "(m.leroy@cabinet-leroy-avocats.fr). Outside working time: schedule it for Monday 30 November at 08:00. " +
        "And 1 more to check.",
    );
    expect(d.cancelLabel).toBe("Review");
    expect(decodePaneContext(d.contextData)!.action).toBe("schedule");
    expect(blocked(decideSend([AFTER_HOURS, NIR], "fr")).cancelLabel).toBe("Corriger");
  });

  test("Markdown: the title in bold, each part a paragraph, the text escaped", () => {
    const d = blocked(decideSend([NIR, SUBJECT], "fr"));
    expect(d.errorMessageMarkdown).toBe(
      "**À corriger avant l'envoi**\n\n" +
        "Un numéro de sécurité sociale (1 84 12 \\*\\* \\*\\*\\* \\*\\*\\* 40) figure dans le corps du message et le " +
        "message part vers l'extérieur (m.leroy@cabinet-leroy-avocats.fr).\n\n" +
        "Et 1 autre point à vérifier.",
    );
    expect(blocked(decideSend([SUBJECT], "en")).errorMessageMarkdown).toBe(
      "**Check before sending**\n\nThe subject is empty: state the action expected, the topic and the deadline.",
    );
  });

  test("escapeMarkdown neutralises what Outlook would format, and nothing else", () => {
    expect(escapeMarkdown("a *b* _c_ [d](https://x) \\ e")).toBe(
      "a \\*b\\* \\_c\\_ \\[d\\](https://x) \\\\ e",
    );
    expect(escapeMarkdown("1. premier")).toBe("1\\. premier");
    expect(escapeMarkdown("- tiret")).toBe("\\- tiret");
    expect(escapeMarkdown("L'objet « Budget » : 12.5 %")).toBe("L'objet « Budget » : 12.5 %");
  });

  test("every text stays within Outlook's limits, even for a huge message", () => {
    const huge = finding("external-sensitive-content", "error", "identifier", {
      what: both("un IBAN (" + "FR76 **** ".repeat(60) + ")"),
      where: both("le corps du message"),
      recipients: both("x".repeat(300) + "@exemple.fr"),
    });
    for (const lang of ["fr", "en"] as const) {
      const d = blocked(decideSend([huge, SUBJECT, TYPO, AFTER_HOURS], lang));
      expect(d.errorMessage.length).toBeLessThanOrEqual(MESSAGE_MAX);
      expect(d.errorMessageMarkdown.length).toBeLessThanOrEqual(MESSAGE_MAX);
      expect(d.errorMessage.length).toBeGreaterThan(MESSAGE_MAX - 10);
      // The end (slot and count) survives the cut; the cut is marked.
      expect(d.errorMessage).toMatch(
        lang === "fr"
          ? /… Hors du temps.* Et 2 autres points à vérifier\.$/
          : /… Outside working time.* And 2 more to check\.$/,
      );
      expect(d.errorMessageMarkdown).toMatch(/…\n\n/);
      expect(d.errorMessageMarkdown.startsWith("**")).toBe(true);
    }
  });

  test("cancel labels fit in 20 characters", () => {
    for (const lang of ["fr", "en"] as const) {
      for (const f of [NIR, SUBJECT, AFTER_HOURS]) {
        expect(blocked(decideSend([f], lang)).cancelLabel.length).toBeLessThanOrEqual(CANCEL_LABEL_MAX);
      }
    }
  });

  test("opens the pane: commandId and a string contextData", () => {
    const d = blocked(decideSend([NIR], "fr"));
    expect(d.commandId).toBe(PANE_COMMAND_ID);
    expect(typeof d.contextData).toBe("string");
    expect(decodePaneContext(d.contextData)).toEqual({
      source: "send",
      ruleIds: ["external-sensitive-content"],
    });
  });

  test("prompt user unless a blocking rule is among the findings", () => {
    expect(blocked(decideSend([NIR, SUBJECT], "fr")).sendModeOverride).toBe("promptUser");
    expect(blocked(decideSend([NIR, SUBJECT], "fr", [])).sendModeOverride).toBe("promptUser");
    expect(blocked(decideSend([NIR, SUBJECT], "fr", ["credential-in-body"])).sendModeOverride).toBe(
      "promptUser",
    );
    expect(blocked(decideSend([NIR, SUBJECT], "fr", ["vague-subject"]))).not.toHaveProperty(
      "sendModeOverride",
    );
    expect(blocked(decideSend([NIR], "fr", ["external-sensitive-content"]))).not.toHaveProperty(
      "sendModeOverride",
    );
    // An info finding of a blocking rule blocks nothing.
    expect(decideSend([LONG_LINES], "fr", ["long-message"])).toEqual({ allowEvent: true });
  });

  test("a draft scheduled inside working hours passes; the same draft sent now after hours does not", () => {
    const draft = {
      from: { address: "jeanne.martin@ville-exemple.fr" },
      to: [{ address: "paul.durand@ville-exemple.fr" }],
      subject: "Budget 2027 du service culture : validation avant le 12 décembre",
      body: { html: "<p>Bonjour Paul,</p><p>Peux-tu valider le budget joint avant le 12 décembre ?</p>" },
      sendAt: "2026-11-27T21:40:00+01:00",
      timeZone: "Europe/Paris",
    };
    expect(blocked(decideSend(lint(draft), "fr")).cancelLabel).toBe("Programmer");
    expect(decideSend(lint({ ...draft, deliverAt: "2026-11-30T08:30:00+01:00" }), "fr")).toEqual({
      allowEvent: true,
    });
  });
});

describe("completedOptions", () => {
  const d = decideSend([NIR, AFTER_HOURS], "fr");
  const upTo = (max: string) => (v: string) => Number(v.split(".")[1]) <= Number(max.split(".")[1]);

  test("Mailbox 1.12 and 1.13 cannot offer 'Send anyway' under SoftBlock: a warning lets the mail go", () => {
    for (const max of ["1.12", "1.13"]) expect(completedOptions(d, upTo(max))).toEqual({ allowEvent: true });
  });

  test("Mailbox 1.12 and 1.13: a blocking rule stops the send with its message only", () => {
    const strict = decideSend([NIR], "fr", ["external-sensitive-content"]);
    for (const max of ["1.12", "1.13"]) {
      expect(completedOptions(strict, upTo(max))).toEqual({
        allowEvent: false,
        errorMessage: blocked(strict).errorMessage,
      });
    }
  });

  test("1.14: the button, the context and the send mode", () => {
    expect(Object.keys(completedOptions(d, upTo("1.14"))).sort()).toEqual([
      "allowEvent",
      "cancelLabel",
      "commandId",
      "contextData",
      "errorMessage",
      "sendModeOverride",
    ]);
  });

  test("1.15: and Markdown", () => {
    const options = completedOptions(d, upTo("1.15"));
    expect(options.errorMessageMarkdown).toBe(blocked(d).errorMessageMarkdown);
    expect(options.sendModeOverride).toBe("promptUser");
  });

  test("a blocking rule: no sendModeOverride even on 1.15", () => {
    const strict = decideSend([NIR], "fr", ["external-sensitive-content"]);
    expect(completedOptions(strict, upTo("1.15"))).not.toHaveProperty("sendModeOverride");
  });

  test("allow is allowEvent alone", () => {
    expect(completedOptions({ allowEvent: true }, () => true)).toEqual({ allowEvent: true });
  });
});

test("truncate marks the cut and never splits a surrogate pair", () => {
  expect(truncate("abcdef", 6)).toBe("abcdef");
  expect(truncate("abcdef", 4)).toBe("abc…");
  expect(truncate("ab😀cd", 4)).toBe("ab…");
  expect(truncate("ab  cdef", 5)).toBe("ab…");
});

describe("docs/send-time.md", () => {
  const doc = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "send-time.md"), "utf8");
  const nir = {
    from: { name: "Jeanne Martin", address: "jeanne.martin@ville-exemple.fr" },
    to: [{ name: "Paul Durand", address: "paul.durand@ville-exemple.fr" }],
    cc: [{ name: "Maître Leroy", address: "m.leroy@cabinet-leroy-avocats.fr" }],
    subject: "Dossier de M. Petit : pièces pour le conseil",
    body: {
      html:
        "<p>Bonjour Maître,</p><p>Le numéro de sécurité sociale de l'agent est 1 84 12 75 123 456 40.</p>" +
        "<p>Cordialement,<br>Jeanne</p>",
    },
    timeZone: "Europe/Paris",
  };
  const examples = [
    { ...nir, sendAt: "2026-11-24T10:00:00+01:00" },
    { ...nir, subject: "Question", sendAt: "2026-11-27T21:40:00+01:00" },
    {
      ...nir,
      cc: [],
      subject: "Budget 2027 du service culture : validation avant le 12 décembre",
      body: {
        html: "<p>Bonjour Paul,</p><p>Peux-tu valider le budget joint avant le 12 décembre ?</p><p>Jeanne</p>",
      },
      sendAt: "2026-11-27T21:40:00+01:00",
    },
  ];

  test("shows the dialog texts the code produces, in both languages", () => {
    for (const draft of examples) {
      for (const lang of ["fr", "en"] as const) {
        const d = blocked(decideSend(lint(draft), lang));
        expect(doc).toContain(d.errorMessage.replace(/\*/g, "\\*"));
        expect(doc).toContain("| " + d.cancelLabel + " ");
        expect(doc).toContain(d.errorMessageMarkdown.split("\n\n")[0]);
      }
    }
  });
});
