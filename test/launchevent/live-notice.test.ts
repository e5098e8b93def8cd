// The info bar kept up to date by OnMessageRecipientsChanged / OnMessageAttachmentsChanged, through the built
// launchevent.js in a bare VM context.
import * as fs from "fs";
import * as path from "path";
import { PANE_COMMAND_ID } from "../../src/outlook/commands";
import { NOTICE_ICON, NOTICE_KEY, noticeFor } from "../../src/outlook/live-notice";
import { decodePaneContext } from "../../src/outlook/pane-context";
import type { Finding } from "../../src/lint";
import { BUILD_TIMEOUT_MS, buildLaunchevent, ROOT } from "../build/launchevent-build";
import { createMockOffice, person, type MockOffice, type MockOptions } from "../outlook/mock-office";
import { loadLaunchevent, mailboxEvent, type Runtime } from "./harness";

const JEANNE = { emailAddress: "jeanne.martin@ville-exemple.fr", displayName: "Jeanne Martin" };
const PAUL = person("paul.durand@ville-exemple.fr", "Paul Durand");
const AVOCAT = person("m.leroy@cabinet-leroy-avocats.fr", "Maître Leroy", "externalUser");
const NOW = new Date(2026, 10, 24, 10, 0).getTime();

const HEALTH: MockOptions = {
  userProfile: JEANNE,
  to: [PAUL],
  subject: "Dossier de M. Petit",
  body: "<p>Bonjour,</p><p>M. Petit est en arrêt maladie jusqu'au 4 décembre.</p><p>Jeanne</p>",
};

let code: string;
beforeAll(async () => {
  code = (await buildLaunchevent("production")).code;
}, BUILD_TIMEOUT_MS);

function start(options: MockOptions): { mock: MockOffice; runtime: Runtime } {
  const mock = createMockOffice(options);
  return { mock, runtime: loadLaunchevent(code, mock.office, NOW) };
}

/** Fires one change event and checks `completed()` was called once, without options. */
async function fire(
  runtime: Runtime,
  handler: "onMessageRecipientsChangedHandler" | "onMessageAttachmentsChangedHandler",
) {
  const { event, completion } = mailboxEvent(runtime.clock);
  runtime.handlers[handler](event);
  await runtime.clock.advance(10_000);
  expect(completion.calls).toEqual([[]]);
  expect(runtime.clock.pending()).toBe(0);
  return completion;
}

describe("live notice", () => {
  test("added when an external recipient joins a draft with health data, removed when they leave", async () => {
    const { mock, runtime } = start(HEALTH);

    await fire(runtime, "onMessageRecipientsChangedHandler");
    expect(mock.state.notifications).toEqual({});

    mock.state.cc = [AVOCAT];
    await fire(runtime, "onMessageRecipientsChangedHandler");
    expect(Object.keys(mock.state.notifications)).toEqual([NOTICE_KEY]);
    const details = mock.state.notifications[NOTICE_KEY];
    expect(details).toEqual({
      type: "insightMessage",
      message:
        "Ce message contient des données sensibles et part vers l'extérieur : vérifiez-le avant l'envoi.",
      icon: NOTICE_ICON,
      actions: [
        {
          actionType: "showTaskPane",
          actionText: "Vérifier",
          commandId: PANE_COMMAND_ID,
          contextData: expect.any(String),
        },
      ],
    });
    expect(decodePaneContext(details.actions![0].contextData)).toEqual({
      source: "notice",
      ruleIds: ["external-sensitive-content"],
    });

    // Still there on the next change: replaced, not added twice.
    await fire(runtime, "onMessageRecipientsChangedHandler");
    expect(Object.keys(mock.state.notifications)).toEqual([NOTICE_KEY]);

    mock.state.cc = [];
    await fire(runtime, "onMessageRecipientsChangedHandler");
    expect(mock.state.notifications).toEqual({});
    expect(mock.writes.map((w) => w.call)).toEqual([
      "notificationMessages.removeAsync",
      "notificationMessages.replaceAsync",
      "notificationMessages.replaceAsync",
      "notificationMessages.removeAsync",
    ]);
  });

  test("an attachment named after sick leave, with an external recipient: the notice, in English", async () => {
    const { mock, runtime } = start({
      userProfile: JEANNE,
      to: [AVOCAT],
      subject: "Documents",
      body: "<p>Please find the documents attached.</p>",
      displayLanguage: "en-US",
    });
    await fire(runtime, "onMessageAttachmentsChangedHandler");
    expect(mock.state.notifications).toEqual({});
    mock.state.attachments = [
      { id: "1", name: "arret-maladie-petit.pdf", size: 120000, attachmentType: "file", isInline: false },
    ];
    await fire(runtime, "onMessageAttachmentsChangedHandler");
    expect(mock.state.notifications[NOTICE_KEY]).toMatchObject({
      type: "insightMessage",
      message:
        "This message holds sensitive data and goes outside the organisation: check it before sending.",
      actions: [{ actionText: "Review", commandId: PANE_COMMAND_ID }],
    });
  });

  test("a read that fails leaves the notice as it is, and completes", async () => {
    const { mock, runtime } = start({ ...HEALTH, cc: [AVOCAT] });
    await fire(runtime, "onMessageRecipientsChangedHandler");
    expect(Object.keys(mock.state.notifications)).toEqual([NOTICE_KEY]);
    mock.fail["body.getAsync"] = "Busy";
    mock.state.cc = [];
    await fire(runtime, "onMessageRecipientsChangedHandler");
    expect(Object.keys(mock.state.notifications)).toEqual([NOTICE_KEY]);
    expect(mock.writes.map((w) => w.call)).toEqual(["notificationMessages.replaceAsync"]);
  });

  test("a notification call that fails is silent", async () => {
    const { runtime } = start({
      ...HEALTH,
      cc: [AVOCAT],
      fail: { "notificationMessages.replaceAsync": "NumberOfNotificationMessagesExceeded" },
    });
    await fire(runtime, "onMessageRecipientsChangedHandler");
  });

  test("a read that never answers: completed within the budget", async () => {
    const { mock, runtime } = start({ ...HEALTH, cc: [AVOCAT], hang: ["body.getAsync"] });
    const completion = await fire(runtime, "onMessageAttachmentsChangedHandler");
    expect(completion.at).toBeLessThanOrEqual(5000);
    expect(mock.writes).toEqual([]);
  });

  test("no compose item: completed", async () => {
    const mock = createMockOffice(HEALTH);
    (mock.office.context.mailbox as { item: unknown }).item = undefined;
    await fire(loadLaunchevent(code, mock.office, NOW), "onMessageRecipientsChangedHandler");
  });
});

describe("noticeFor", () => {
  const finding = (severity: Finding["severity"]): Finding => ({
    ruleId: "external-sensitive-content",
    severity,
    messageId: "health",
    data: {},
    location: { part: "subject" },
    fixes: [],
  });

  test("stays within Outlook's limits, and its icon is a manifest image", () => {
    const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<bt:Image id="${NOTICE_ICON}"`);
    expect(NOTICE_KEY.length).toBeLessThanOrEqual(32);
    for (const lang of ["fr", "en"] as const) {
      const details = noticeFor([finding("error")], lang)!;
      expect(details.message.length).toBeLessThanOrEqual(150);
      expect(details.actions).toHaveLength(1);
    }
  });

  test("only for an external-sensitive-content error or warning", () => {
    expect(noticeFor([finding("warning")], "fr")).toBeDefined();
    expect(noticeFor([finding("info")], "fr")).toBeUndefined();
    expect(noticeFor([{ ...finding("error"), ruleId: "vague-subject" }], "fr")).toBeUndefined();
    expect(noticeFor([], "en")).toBeUndefined();
  });
});
