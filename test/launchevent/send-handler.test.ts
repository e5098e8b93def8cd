// The built launchevent.js, run in a bare VM context (see harness.ts) against the mock Office: what Outlook is
// told at send time, and that it is told exactly once, in time, whatever happens.
import { PANE_COMMAND_ID } from "../../src/outlook/commands";
import { decodePaneContext } from "../../src/outlook/pane-context";
import { BUILD_TIMEOUT_MS, buildLaunchevent } from "../build/launchevent-build";
import { createMockOffice, person, type MockOptions } from "../outlook/mock-office";
import { loadLaunchevent, mailboxEvent } from "./harness";

const JEANNE = { emailAddress: "jeanne.martin@ville-exemple.fr", displayName: "Jeanne Martin" };
const PAUL = person("paul.durand@ville-exemple.fr", "Paul Durand");
const AVOCAT = person("m.leroy@cabinet-leroy-avocats.fr", "Maître Leroy", "externalUser");

// Local wall-clock instants (the handler has no time zone and uses the device's offset, like this process).
const TUESDAY_10H = new Date(2026, 10, 24, 10, 0).getTime();
const SATURDAY_NOON = new Date(2026, 10, 28, 12, 0).getTime();
const MONDAY_9H = new Date(2026, 10, 30, 9, 0);

const CLEAN: MockOptions = {
  userProfile: JEANNE,
  to: [PAUL],
  subject: "Budget 2027 du service culture : validation avant le 12 décembre",
  body: "<p>Bonjour Paul,</p><p>Peux-tu valider le budget joint avant le 12 décembre ?</p><p>Jeanne</p>",
  attachments: [
    { id: "1", name: "budget-culture-2027.xlsx", size: 48000, attachmentType: "file", isInline: false },
  ],
};

const NIR = "1 84 12 75 123 456 40";
const NIR_DRAFT: MockOptions = {
  userProfile: JEANNE,
  to: [PAUL],
  cc: [AVOCAT],
  subject: "Dossier de M. Petit : pièces pour le conseil",
  body:
    "<p>Bonjour Maître,</p><p>Le numéro de sécurité sociale de l'agent est " +
    NIR +
    ".</p><p>Cordialement,<br>Jeanne</p>",
};

let code: string;
beforeAll(async () => {
  code = (await buildLaunchevent("production")).code;
}, BUILD_TIMEOUT_MS);

/**
 * Presses Send: loads the bundle, runs onMessageSendHandler, moves the clock 10 s on (far past any budget) and
 * checks `completed` was called exactly once. Returns its options and when it came.
 */
async function send(options: MockOptions, now = TUESDAY_10H, onCompleted?: (options: unknown) => void) {
  const mock = createMockOffice(options);
  const runtime = loadLaunchevent(code, mock.office, now);
  const { event, completion } = mailboxEvent(runtime.clock, onCompleted);
  runtime.handlers.onMessageSendHandler(event);
  await runtime.clock.advance(10_000);
  expect(runtime.clock.pending()).toBe(0);
  return { mock, completion, options: completion.calls[0]?.[0] as Record<string, unknown> };
}

async function sendOnce(options: MockOptions, now?: number) {
  const result = await send(options, now);
  expect(result.completion.calls).toHaveLength(1);
  return result;
}

describe("onMessageSendHandler", () => {
  test("a clean internal draft is allowed", async () => {
    const { options, completion } = await sendOnce(CLEAN);
    expect(options).toEqual({ allowEvent: true });
    expect(completion.at).toBe(0);
  });

  test("an external recipient and a valid NIR in the body: blocked, with the masked number", async () => {
    const { options } = await sendOnce(NIR_DRAFT);
    expect(Object.keys(options).sort()).toEqual([
      "allowEvent",
      "cancelLabel",
      "commandId",
      "contextData",
      "errorMessage",
      "errorMessageMarkdown",
      "sendModeOverride",
    ]);
    expect(options.allowEvent).toBe(false);
    const message = options.errorMessage as string;
    expect(message.length).toBeLessThanOrEqual(500);
    expect(message).toContain("1 84 12 ** *** *** 40");
    expect(message).not.toContain(NIR);
    expect(message).toBe(
      "Un numéro de sécurité sociale (1 84 12 ** *** *** 40) figure dans le corps du message et le message part " +
        "vers l'extérieur (m.leroy@cabinet-leroy-avocats.fr).",
    );
    const markdown = options.errorMessageMarkdown as string;
    expect(markdown.length).toBeLessThanOrEqual(500);
    expect(markdown).toBe(
      "**À corriger avant l'envoi**\n\nUn numéro de sécurité sociale (1 84 12 \\*\\* \\*\\*\\* \\*\\*\\* 40) figure " +
        "dans le corps du message et le message part vers l'extérieur (m.leroy@cabinet-leroy-avocats.fr).",
    );
    expect(options.cancelLabel).toBe("Corriger");
    expect((options.cancelLabel as string).length).toBeLessThanOrEqual(20);
    expect(options.commandId).toBe(PANE_COMMAND_ID);
    expect(typeof options.contextData).toBe("string");
    expect(decodePaneContext(options.contextData as string)).toEqual({
      source: "send",
      ruleIds: ["external-sensitive-content"],
    });
    expect(options.sendModeOverride).toBe("promptUser");
  });

  test("the same draft in English", async () => {
    const { options } = await sendOnce({ ...NIR_DRAFT, displayLanguage: "en-US" });
    expect(options.errorMessage).toBe(
      "A social security number (1 84 12 ** *** *** 40) appears in the body and the message goes outside " +
        "(m.leroy@cabinet-leroy-avocats.fr).",
    );
    expect(options.cancelLabel).toBe("Review");
    expect((options.errorMessageMarkdown as string).startsWith("**Fix before sending**\n\n")).toBe(true);
  });

  test("character references as Outlook writes them are read (the bundle has no htmlparser2 entity table)", async () => {
    // "s&eacute;curit&eacute;", "l&#8217;agent", "&nbsp;": the engine's own decoding stands in for htmlparser2's.
    const { options } = await sendOnce({
      ...NIR_DRAFT,
      body:
        "<p>Bonjour Ma&icirc;tre,</p><p>Le num&eacute;ro de s&eacute;curit&eacute; sociale de l&#8217;agent" +
        "&nbsp;est " +
        NIR.replace(/ /g, "&nbsp;") +
        ".</p>",
    });
    expect(options.errorMessage).toBe(
      "Un numéro de sécurité sociale (1 84 12 ** *** *** 40) figure dans le corps du message et le message part " +
        "vers l'extérieur (m.leroy@cabinet-leroy-avocats.fr).",
    );
    expect(code).toContain("entities/decode is not bundled in launchevent.js");
  });

  test("on a Mailbox 1.12 client, which cannot offer 'Send anyway' under SoftBlock: allowed", async () => {
    const { options } = await sendOnce({ ...NIR_DRAFT, mailbox: "1.12", delayDeliveryTime: null });
    expect(options).toEqual({ allowEvent: true });
  });

  test("on a Mailbox 1.14 client: the button options, no Markdown", async () => {
    const { options } = await sendOnce({ ...NIR_DRAFT, mailbox: "1.14" });
    expect(Object.keys(options).sort()).toEqual([
      "allowEvent",
      "cancelLabel",
      "commandId",
      "contextData",
      "errorMessage",
      "sendModeOverride",
    ]);
  });

  test.each([
    "subject.getAsync",
    "to.getAsync",
    "body.getAsync",
    "getAttachmentsAsync",
    "delayDeliveryTime.getAsync",
  ] as const)("%s failing: the message is allowed (fail open)", async (call) => {
    const { options } = await sendOnce({ ...NIR_DRAFT, fail: { [call]: "Simulated failure" } });
    expect(options).toEqual({ allowEvent: true });
  });

  test("a read that never answers: allowed within the 3 s budget", async () => {
    const mock = createMockOffice({ ...NIR_DRAFT, hang: ["body.getAsync"] });
    const runtime = loadLaunchevent(code, mock.office, TUESDAY_10H);
    const { event, completion } = mailboxEvent(runtime.clock);
    runtime.handlers.onMessageSendHandler(event);
    await runtime.clock.advance(2000);
    expect(completion.calls).toEqual([]);
    await runtime.clock.advance(1000);
    expect(completion.calls).toEqual([[{ allowEvent: true }]]);
    expect(completion.at).toBeLessThanOrEqual(3000);
    await runtime.clock.advance(10_000);
    expect(completion.calls).toHaveLength(1);
    expect(runtime.clock.pending()).toBe(0);
  });

  test("every read hanging: still allowed within the budget, once", async () => {
    const { completion, options } = await send({
      ...NIR_DRAFT,
      hang: [
        "subject.getAsync",
        "to.getAsync",
        "cc.getAsync",
        "bcc.getAsync",
        "body.getAsync",
        "getAttachmentsAsync",
        "getComposeTypeAsync",
        "delayDeliveryTime.getAsync",
      ],
    });
    expect(completion.calls).toHaveLength(1);
    expect(options).toEqual({ allowEvent: true });
    expect(completion.at).toBeLessThanOrEqual(3000);
  });

  test("an exception inside the add-in: allowed", async () => {
    const mock = createMockOffice(NIR_DRAFT);
    Object.defineProperty(mock.office.context.mailbox, "item", {
      get() {
        throw new Error("host exploded");
      },
    });
    const runtime = loadLaunchevent(code, mock.office, TUESDAY_10H);
    const { event, completion } = mailboxEvent(runtime.clock);
    runtime.handlers.onMessageSendHandler(event);
    await runtime.clock.advance(10_000);
    expect(completion.calls).toEqual([[{ allowEvent: true }]]);
    expect(runtime.clock.pending()).toBe(0);
  });

  test("Outlook refusing the block options: completed again, letting the message go", async () => {
    let first = true;
    const { completion } = await send(NIR_DRAFT, TUESDAY_10H, () => {
      if (first) {
        first = false;
        throw new Error("Invalid cancelLabel");
      }
    });
    expect(completion.calls).toHaveLength(2);
    expect((completion.calls[0][0] as { allowEvent: boolean }).allowEvent).toBe(false);
    expect(completion.calls[1]).toEqual([{ allowEvent: true }]);
  });

  test("sent on a Saturday: blocked, with the next working slot and the schedule action", async () => {
    const { options } = await sendOnce(CLEAN, SATURDAY_NOON);
    expect(options.errorMessage).toBe(
      "Envoi le samedi 28 novembre à 12:00, un jour non travaillé : programmez-le pour lundi 30 novembre à 08:00.",
    );
    expect(options.cancelLabel).toBe("Programmer");
    expect(decodePaneContext(options.contextData as string)).toEqual({
      source: "send",
      ruleIds: ["after-hours-send"],
      action: "schedule",
    });
    expect(options.sendModeOverride).toBe("promptUser");
  });

  test("sent on a Saturday in English", async () => {
    const { options } = await sendOnce({ ...CLEAN, displayLanguage: "en-GB" }, SATURDAY_NOON);
    expect(options.errorMessage).toBe(
      "Sending on Saturday 28 November at 12:00, on a non-working day: schedule it for Monday 30 November at 08:00.",
    );
    expect(options.cancelLabel).toBe("Schedule");
  });

  test("written on a Saturday but already scheduled for Monday 09:00: allowed", async () => {
    const { options } = await sendOnce({ ...CLEAN, delayDeliveryTime: MONDAY_9H }, SATURDAY_NOON);
    expect(options).toEqual({ allowEvent: true });
  });

  test("scheduled for Sunday: blocked with the scheduled message", async () => {
    const sunday = new Date(2026, 10, 29, 10, 0);
    const { options } = await sendOnce({ ...CLEAN, delayDeliveryTime: sunday }, SATURDAY_NOON);
    expect(options.errorMessage).toBe(
      "L'envoi est programmé le dimanche 29 novembre à 10:00, un jour non travaillé : préférez lundi 30 novembre à 08:00.",
    );
  });

  test("a NIR sent outside on a Saturday: the NIR first, then the slot", async () => {
    const { options } = await sendOnce(NIR_DRAFT, SATURDAY_NOON);
    expect(options.errorMessage).toBe(
      "Un numéro de sécurité sociale (1 84 12 ** *** *** 40) figure dans le corps du message et le message part " +
        "vers l'extérieur (m.leroy@cabinet-leroy-avocats.fr). Hors du temps de travail : programmez l'envoi pour " +
        "lundi 30 novembre à 08:00.",
    );
    expect(options.cancelLabel).toBe("Corriger");
    expect(decodePaneContext(options.contextData as string)).toEqual({
      source: "send",
      ruleIds: ["external-sensitive-content", "after-hours-send"],
      action: "schedule",
    });
  });
});
