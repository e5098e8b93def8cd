// Event-based handlers (manifest LaunchEvent extension point).
//
// Classic Outlook on Windows runs this file alone in its JavaScript-only runtime: no DOM, no localStorage, no
// `import`, Office.onReady never fires. webpack bundles it into one ES5 file (see webpack.config.js), and
// `Office` is the host's global: never import office-js here.

// First: fills in Web APIs the JavaScript-only runtime lacks before any library needs them.
import "./polyfills";

/** OnMessageSend (Smart Alerts, SendMode PromptUser). For now it lets every message go. */
export function onMessageSendHandler(event: Office.MailboxEvent): void {
  try {
    // The checks come in a later issue.
    event.completed({ allowEvent: true });
  } catch {
    // Fail open: an error inside the add-in must never stop the user from sending.
    allowSend(event);
  }
}

function allowSend(event: Office.MailboxEvent): void {
  try {
    event.completed({ allowEvent: true });
  } catch {
    // Nothing more to do: with SendMode PromptUser, Outlook lets the user send anyway.
  }
}

// At top level, not inside Office.onReady (which the JavaScript-only runtime never calls).
if (typeof Office !== "undefined") {
  Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
}
