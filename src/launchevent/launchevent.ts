// Event-based handlers (manifest LaunchEvent extension point).
//
// Classic Outlook on Windows runs this file alone in its JavaScript-only runtime: no DOM, no localStorage, no
// `import`, Office.onReady never fires, and Intl may be missing. webpack bundles it into one ES5 file (see
// webpack.config.js), and `Office` is the host's global: never import office-js here. Callback and promise
// style only (no async/await, reported to time out in the pre-2403 runtime).
//
// Every path calls `event.completed` exactly once. The send check fails open: an error, a field that could not
// be read, or no answer within SEND_BUDGET_MS lets the message go.

import { languageOf, lint, loadPolicy, type Policy } from "../lint";
import { NOTICE_KEY, NOTICE_RULE, noticeFor } from "../outlook/live-notice";
import { officeCall } from "../outlook/office-call";
import { builtInPolicy } from "../outlook/built-in-policy";
import { platformOf } from "../outlook/office-host";
import { maxConcurrentReads, readDraft, type MailboxContext } from "../outlook/read-draft";
import { completedOptions, decideSend } from "../outlook/send-check";

/** The whole send check, reads and lint; Outlook shows "taking longer than expected" after 5 s. */
export const SEND_BUDGET_MS = 3000;
/** Each read; a read that times out counts as failed, which lets the message go. */
export const READ_TIMEOUT_MS = 2500;
/** The info-bar update, which nobody waits for; it still ends rather than keep the runtime alive. */
export const NOTICE_BUDGET_MS = 5000;

type Options = Office.SmartAlertsEventCompletedOptions;

let orgPolicy: Policy | undefined;
/**
 * The organisation's policy compiled in at build time, read on first use; a faulty field keeps its
 * default (the pane shows the problems).
 */
function policy(): Policy {
  if (!orgPolicy) orgPolicy = loadPolicy(builtInPolicy()).policy;
  return orgPolicy;
}

function allow(): Options {
  return { allowEvent: true };
}

/**
 * `event.completed`, at most once. When Outlook throws on the options (it did not take them), a send event is
 * completed again with `allowEvent: true`, so that the user is never left waiting.
 */
function completer(event: Office.MailboxEvent, isSend: boolean): (options?: Options) => void {
  let done = false;
  return (options) => {
    if (done) return;
    done = true;
    try {
      if (options) event.completed(options);
      else event.completed();
    } catch {
      if (!isSend) return;
      try {
        event.completed(allow());
      } catch {
        // Nothing more to do: with SendMode PromptUser, Outlook offers "Send Anyway".
      }
    }
  };
}

type Timer = ReturnType<typeof setTimeout> | undefined;

/** The JavaScript-only runtime has timers; should one ever lack them, the work simply runs unbounded. */
function startTimer(ms: number, onTimeout: () => void): Timer {
  return typeof setTimeout === "function" ? setTimeout(onTimeout, ms) : undefined;
}

function stopTimer(timer: Timer): void {
  if (timer !== undefined && typeof clearTimeout === "function") clearTimeout(timer);
}

function isSetSupported(version: string): boolean {
  try {
    const requirements = Office.context.requirements;
    return !!requirements && requirements.isSetSupported("Mailbox", version);
  } catch {
    return false;
  }
}

function mailboxContext(): MailboxContext {
  return Office.context;
}

/** Reads, lints and decides; resolves to the options for `event.completed`. */
function checkSend(): Promise<Options> {
  return readDraft(mailboxContext(), {
    timeoutMs: READ_TIMEOUT_MS,
    maxConcurrent: maxConcurrentReads(platformOf(Office)),
  }).then((read) => {
    // A field we could not read might hold exactly what matters: say nothing rather than half a verdict.
    if (read.failed.length > 0) return allow();
    // No draft.timeZone: Intl may be missing here, and the engine then uses the device's offset.
    const rules = policy();
    const findings = lint(read.draft, { policy: rules });
    const decision = decideSend(findings, languageOf(read.language), rules.blockingRules);
    return completedOptions(decision, isSetSupported);
  });
}

/** OnMessageSend (Smart Alerts, SendMode PromptUser). */
export function onMessageSendHandler(event: Office.MailboxEvent): void {
  const complete = completer(event, true);
  let timer: Timer = undefined;
  try {
    timer = startTimer(SEND_BUDGET_MS, () => complete(allow()));
    checkSend().then(
      (options) => {
        stopTimer(timer);
        complete(options);
      },
      () => {
        stopTimer(timer);
        complete(allow());
      },
    );
  } catch {
    // Fail open: an error inside the add-in must never stop the user from sending.
    stopTimer(timer);
    complete(allow());
  }
}

/** Adds, updates or removes the "sensitive content going outside" info bar; fails silently. */
function updateNotice(event: Office.MailboxEvent): void {
  const complete = completer(event, false);
  let timer: Timer = undefined;
  const finish = () => {
    stopTimer(timer);
    complete();
  };
  try {
    timer = startTimer(NOTICE_BUDGET_MS, () => complete());
    const item = Office.context.mailbox.item as Office.MessageCompose;
    readDraft(mailboxContext(), {
      timeoutMs: READ_TIMEOUT_MS,
      maxConcurrent: maxConcurrentReads(platformOf(Office)),
    })
      .then((read): Promise<void> | undefined => {
        // Unsure (a read failed): leave the info bar as it is.
        if (read.failed.length > 0) return undefined;
        const findings = lint(read.draft, { policy: policy(), only: [NOTICE_RULE] });
        const notice = noticeFor(findings, languageOf(read.language));
        const messages = item.notificationMessages;
        return notice
          ? officeCall<void>((cb) => messages.replaceAsync(NOTICE_KEY, notice, cb))
          : // Fails when there is no such notice: nothing to remove, nothing to report.
            officeCall<void>((cb) => messages.removeAsync(NOTICE_KEY, cb));
      })
      .then(finish, finish);
  } catch {
    finish();
  }
}

/** OnMessageRecipientsChanged: an external recipient may have been added or removed. */
export function onMessageRecipientsChangedHandler(event: Office.MailboxEvent): void {
  updateNotice(event);
}

/** OnMessageAttachmentsChanged: an attachment name may carry sensitive data. */
export function onMessageAttachmentsChangedHandler(event: Office.MailboxEvent): void {
  updateNotice(event);
}

// At top level, not inside Office.onReady (which the JavaScript-only runtime never calls).
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
  Office.actions.associate("onMessageRecipientsChangedHandler", onMessageRecipientsChangedHandler);
  Office.actions.associate("onMessageAttachmentsChangedHandler", onMessageAttachmentsChangedHandler);
}
