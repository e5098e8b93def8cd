// A compose-mode Outlook for tests, over office-addin-mock's OfficeMockObject (`host: "outlook"`, so values are
// readable without load/sync). office-addin-mock only holds the object tree: every *Async method, result and
// enum below is written here, after @types/office-js (names, argument orders, result shapes).
//
// Every call is logged; any call can be made to fail (status "failed" with an error) or never answer; answers
// come asynchronously (a microtask), or wait for `flush()` with `manual: true`; writes are recorded in order.
import type { OfficeMockObject as OfficeMockObjectType } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose main module pulls an ES module
// (@microsoft/app-manifest → strip-bom) that Jest's CommonJS loader cannot require. Hand it that enum alone.
jest.doMock("office-addin-manifest", () => ({
  OfficeApp: jest.requireActual("office-addin-manifest/lib/officeApp").OfficeApp,
}));
const { OfficeMockObject } = require("office-addin-mock") as {
  OfficeMockObject: typeof OfficeMockObjectType;
};

export type CallName =
  | "subject.getAsync"
  | "subject.setAsync"
  | "to.getAsync"
  | "to.setAsync"
  | "cc.getAsync"
  | "cc.setAsync"
  | "bcc.getAsync"
  | "bcc.setAsync"
  | "body.getAsync"
  | "body.setAsync"
  | "getAttachmentsAsync"
  | "getComposeTypeAsync"
  | "delayDeliveryTime.getAsync"
  | "delayDeliveryTime.setAsync"
  | "addHandlerAsync"
  | "removeHandlerAsync"
  | "getInitializationContextAsync"
  | "notificationMessages.replaceAsync"
  | "notificationMessages.removeAsync"
  | "notificationMessages.getAllAsync";

/** The reads readDraft issues, in its order. */
export const DRAFT_READS: CallName[] = [
  "subject.getAsync",
  "to.getAsync",
  "cc.getAsync",
  "bcc.getAsync",
  "body.getAsync",
  "getAttachmentsAsync",
  "getComposeTypeAsync",
  "delayDeliveryTime.getAsync",
];

export interface Recipient {
  emailAddress: string;
  displayName: string;
  recipientType?: string;
}

/** A resolved recipient as Outlook returns it; Outlook repeats the address as the name when there is none. */
export function person(emailAddress: string, displayName?: string, recipientType = "user"): Recipient {
  return { emailAddress, displayName: displayName || emailAddress, recipientType };
}

export interface MockAttachment {
  id: string;
  name: string;
  size: number;
  attachmentType: string;
  isInline: boolean;
  contentId?: string;
}

export interface MockOptions {
  subject?: string;
  to?: Recipient[];
  cc?: Recipient[];
  bcc?: Recipient[];
  body?: string;
  attachments?: MockAttachment[];
  composeType?: "newMail" | "reply" | "forward";
  /** Date or 0 (nothing set); `null`: the client has no delayDeliveryTime (before Mailbox 1.13) */
  delayDeliveryTime?: Date | 0 | null;
  userProfile?: { emailAddress: string; displayName?: string };
  displayLanguage?: string;
  /** highest Mailbox requirement set supported, e.g. "1.12"; default "1.15" */
  mailbox?: string;
  /** Office.context.diagnostics.platform: "PC", "OfficeOnline", "Mac"…; undefined: no diagnostics */
  platform?: string;
  /** Office.context.mailbox.diagnostics.hostName */
  hostName?: string;
  officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor?: string };
  /** what getInitializationContextAsync answers */
  initializationContext?: string;
  /** methods the client lacks (older requirement sets) */
  missing?: ("getAttachmentsAsync" | "getComposeTypeAsync" | "getInitializationContextAsync")[];
  /** calls that answer `failed` with this error message */
  fail?: Partial<Record<CallName, string>>;
  /** calls that never answer */
  hang?: CallName[];
  /** answers wait for flush() */
  manual?: boolean;
}

export interface Write {
  call: CallName;
  value: unknown;
}

export interface MockOffice {
  office: typeof Office;
  item: Office.MessageCompose;
  /** the item's current content, changed by the set calls */
  state: {
    subject: string;
    to: Recipient[];
    cc: Recipient[];
    bcc: Recipient[];
    body: string;
    attachments: MockAttachment[];
    delayDeliveryTime: Date | 0 | null;
    notifications: { [key: string]: Office.NotificationMessageDetails };
  };
  /** every set/replace/remove call with its argument, in order */
  writes: Write[];
  /** "call:<name>" when a method is called, "answer:<name>" when its callback runs */
  log: string[];
  /** the calls that answer "failed" (options.fail), to change between calls */
  fail: Partial<Record<CallName, string>>;
  /** Office.EventType value → registered handler */
  handlers: { [eventType: string]: (args?: unknown) => void };
  /** Office.actions.associate(name, fn) */
  associated: { [name: string]: (event: unknown) => void };
  /** answers the calls held back by `manual`, in call order or the reverse; returns how many */
  flush(order?: "call" | "reverse"): number;
}

type Callback = (result: unknown) => void;

export const EVENT_TYPE = {
  RecipientsChanged: "olkRecipientsChanged",
  AttachmentsChanged: "olkAttachmentsChanged",
  InitializationContextChanged: "olkInitializationContextChanged",
};

function versionAtMost(version: string, max: string): boolean {
  const [a1, a2] = version.split(".").map(Number);
  const [b1, b2] = max.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && (a2 || 0) <= (b2 || 0));
}

const copy = (list: Recipient[]) => list.map((r) => ({ ...r }));

export function createMockOffice(options: MockOptions = {}): MockOffice {
  const state: MockOffice["state"] = {
    subject: options.subject ?? "",
    to: copy(options.to ?? []),
    cc: copy(options.cc ?? []),
    bcc: copy(options.bcc ?? []),
    body: options.body ?? "",
    attachments: (options.attachments ?? []).map((a) => ({ ...a })),
    delayDeliveryTime: options.delayDeliveryTime === undefined ? 0 : options.delayDeliveryTime,
    notifications: {},
  };
  const writes: Write[] = [];
  const log: string[] = [];
  const pending: (() => void)[] = [];
  const handlers: MockOffice["handlers"] = {};
  const associated: MockOffice["associated"] = {};
  const fail: Partial<Record<CallName, string>> = { ...options.fail };
  const hang = options.hang ?? [];
  const missing = options.missing ?? [];

  /** The callback is an Office method's last function argument. */
  const callbackOf = (args: unknown[]): Callback | undefined => {
    for (let i = args.length - 1; i >= 0; i--) if (typeof args[i] === "function") return args[i] as Callback;
    return undefined;
  };

  /** Answers one call: the value (computed when answering), a failure, or nothing. */
  function answer(name: CallName, args: unknown[], value: () => unknown, effect?: () => string | void) {
    log.push("call:" + name);
    const callback = callbackOf(args);
    if (hang.indexOf(name) >= 0) return;
    const run = () => {
      log.push("answer:" + name);
      const message = fail[name];
      let result: unknown;
      if (message !== undefined) {
        result = { status: "failed", error: { name: "GenericError", message, code: 9002 }, value: undefined };
      } else {
        const effectError = effect ? effect() : undefined;
        result = effectError
          ? { status: "failed", error: { name: effectError, message: effectError, code: 9041 } }
          : { status: "succeeded", value: value() };
      }
      if (callback) callback(result);
    };
    if (options.manual) pending.push(run);
    else void Promise.resolve().then(run);
  }

  const recipientField = (field: "to" | "cc" | "bcc") => ({
    getAsync: (...args: unknown[]) => answer(`${field}.getAsync`, args, () => copy(state[field])),
    setAsync: (list: Recipient[], ...args: unknown[]) => {
      writes.push({ call: `${field}.setAsync`, value: list });
      answer(
        `${field}.setAsync`,
        args,
        () => undefined,
        () => {
          state[field] = list.map((r) => person(r.emailAddress, r.displayName));
        },
      );
    },
  });

  const item: Record<string, unknown> = {
    itemType: "message",
    subject: {
      getAsync: (...args: unknown[]) => answer("subject.getAsync", args, () => state.subject),
      setAsync: (subject: string, ...args: unknown[]) => {
        writes.push({ call: "subject.setAsync", value: subject });
        answer(
          "subject.setAsync",
          args,
          () => undefined,
          () => {
            state.subject = subject;
          },
        );
      },
    },
    to: recipientField("to"),
    cc: recipientField("cc"),
    bcc: recipientField("bcc"),
    body: {
      getAsync: (...args: unknown[]) => answer("body.getAsync", args, () => state.body),
      setAsync: (data: string, ...args: unknown[]) => {
        writes.push({ call: "body.setAsync", value: data });
        answer(
          "body.setAsync",
          args,
          () => undefined,
          () => {
            state.body = data;
          },
        );
      },
    },
    addHandlerAsync: (eventType: string, handler: (args?: unknown) => void, ...args: unknown[]) =>
      answer(
        "addHandlerAsync",
        args,
        () => undefined,
        () => {
          handlers[eventType] = handler;
        },
      ),
    removeHandlerAsync: (eventType: string, ...args: unknown[]) =>
      answer(
        "removeHandlerAsync",
        args,
        () => undefined,
        () => {
          delete handlers[eventType];
        },
      ),
    notificationMessages: {
      replaceAsync: (key: string, details: Office.NotificationMessageDetails, ...args: unknown[]) => {
        writes.push({ call: "notificationMessages.replaceAsync", value: { key, details } });
        answer(
          "notificationMessages.replaceAsync",
          args,
          () => undefined,
          () => {
            state.notifications[key] = details;
          },
        );
      },
      removeAsync: (key: string, ...args: unknown[]) => {
        writes.push({ call: "notificationMessages.removeAsync", value: key });
        answer(
          "notificationMessages.removeAsync",
          args,
          () => undefined,
          () => {
            if (!(key in state.notifications)) return "InvalidNotificationKey";
            delete state.notifications[key];
            return undefined;
          },
        );
      },
      getAllAsync: (...args: unknown[]) =>
        answer("notificationMessages.getAllAsync", args, () =>
          Object.keys(state.notifications).map((key) => ({ key, ...state.notifications[key] })),
        ),
    },
  };
  if (missing.indexOf("getAttachmentsAsync") < 0) {
    item.getAttachmentsAsync = (...args: unknown[]) =>
      answer("getAttachmentsAsync", args, () => state.attachments.map((a) => ({ ...a })));
  }
  if (missing.indexOf("getComposeTypeAsync") < 0) {
    item.getComposeTypeAsync = (...args: unknown[]) =>
      answer("getComposeTypeAsync", args, () => ({
        composeType: options.composeType ?? "newMail",
        coercionType: "html",
      }));
  }
  if (missing.indexOf("getInitializationContextAsync") < 0) {
    item.getInitializationContextAsync = (...args: unknown[]) =>
      answer("getInitializationContextAsync", args, () => options.initializationContext ?? "");
  }
  if (state.delayDeliveryTime !== null) {
    item.delayDeliveryTime = {
      getAsync: (...args: unknown[]) =>
        answer("delayDeliveryTime.getAsync", args, () => state.delayDeliveryTime),
      setAsync: (date: Date, ...args: unknown[]) => {
        writes.push({ call: "delayDeliveryTime.setAsync", value: date });
        answer(
          "delayDeliveryTime.setAsync",
          args,
          () => undefined,
          () => {
            state.delayDeliveryTime = date;
          },
        );
      },
    };
  }

  const mailbox: Record<string, unknown> = { item };
  if (options.userProfile) {
    mailbox.userProfile = {
      emailAddress: options.userProfile.emailAddress,
      displayName: options.userProfile.displayName ?? "",
      timeZone: "Romance Standard Time",
    };
  }
  if (options.hostName) mailbox.diagnostics = { hostName: options.hostName, hostVersion: "16.0" };

  const maxSet = options.mailbox ?? "1.15";
  const context: Record<string, unknown> = {
    displayLanguage: options.displayLanguage ?? "fr-FR",
    mailbox,
    requirements: {
      isSetSupported: (name: string, version?: string) =>
        name === "Mailbox" && versionAtMost(version ?? "1.1", maxSet),
    },
  };
  if (options.platform)
    context.diagnostics = { host: "Outlook", platform: options.platform, version: "16.0" };
  if (options.officeTheme) context.officeTheme = { bodyForegroundColor: "#000000", ...options.officeTheme };

  const office = new OfficeMockObject({
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: EVENT_TYPE,
    actions: {
      associate: (name: string, fn: (event: unknown) => void) => {
        associated[name] = fn;
      },
    },
    context,
  }) as unknown as typeof Office;

  return {
    office,
    item: office.context.mailbox.item as unknown as Office.MessageCompose,
    state,
    writes,
    log,
    fail,
    handlers,
    associated,
    flush(order = "call") {
      const batch = pending.splice(0, pending.length);
      if (order === "reverse") batch.reverse();
      batch.forEach((run) => run());
      return batch.length;
    },
  };
}

/** Lets every pending microtask (and the mock's answers) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
