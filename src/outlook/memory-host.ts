// A ComposeHost over an in-memory Draft: the task pane's tests, and the preview page (a simulated compose
// window in a plain browser), talk to it exactly as the pane talks to Outlook. Fixes go through the engine's
// own `applyFix`, so what the pane does here is what the engine says. No Office, no DOM, no test framework.
import { applyFix, type Address, type Attachment, type Draft, type Fix, type UserPreferences } from "../lint";
import type { ComposeHost, HostCapabilities } from "./host";
import type { PaneContext } from "./pane-context";
import type { DraftRead } from "./read-draft";

export interface MemoryHostOptions {
  capabilities?: Partial<HostCapabilities>;
  platform?: ComposeHost["platform"];
  language?: string;
  theme?: ComposeHost["theme"];
  /** the context the pane is opened with, as Smart Alerts would pass it */
  context?: PaneContext;
  /** the user's stored preferences */
  preferences?: UserPreferences;
}

export interface MemoryHost extends ComposeHost {
  /** the draft as it is now */
  draft(): Draft;
  /** what `read()` gives, at once */
  readNow(): DraftRead;
  /** replaces the draft, as the user editing the compose window would; recipient or attachment changes notify */
  setDraft(draft: Draft): void;
  /** every fix applied, in order */
  applied: Fix[];
  /** a later opening context (Outlook 1.15's InitializationContextChanged, when the pane is already open) */
  setContext(context: PaneContext): void;
}

const addressKey = (list: Address[] | undefined) =>
  JSON.stringify((list || []).map((a) => [a.address.trim().toLowerCase(), a.name || ""]));
const attachmentKey = (list: Attachment[] | undefined) =>
  JSON.stringify((list || []).map((a) => [a.name, a.size, a.inline === true]));

/** What Outlook's RecipientsChanged / AttachmentsChanged events would report. */
function recipientsOrAttachmentsChanged(a: Draft, b: Draft): boolean {
  return (
    addressKey(a.to) !== addressKey(b.to) ||
    addressKey(a.cc) !== addressKey(b.cc) ||
    addressKey(a.bcc) !== addressKey(b.bcc) ||
    attachmentKey(a.attachments) !== attachmentKey(b.attachments)
  );
}

// Each read gets its own copy: the pane must never see, or change, the host's draft by reference.
const copy = (draft: Draft): Draft => JSON.parse(JSON.stringify(draft)) as Draft;

export function createMemoryHost(initial: Draft, options: MemoryHostOptions = {}): MemoryHost {
  let current = copy(initial);
  const listeners: (() => void)[] = [];
  const contextListeners: ((context: PaneContext) => void)[] = [];
  let context = options.context;
  const capabilities: HostCapabilities = { delayDelivery: true, ...options.capabilities };
  const applied: Fix[] = [];
  let preferences: UserPreferences = JSON.parse(JSON.stringify(options.preferences || {}));

  const replace = (next: Draft) => {
    const notify = recipientsOrAttachmentsChanged(current, next);
    current = copy(next);
    // Outlook calls its handlers later, never inside the call that changed the item.
    if (notify) Promise.resolve().then(() => listeners.slice().forEach((l) => l()));
  };

  const readNow = (): DraftRead => ({
    draft: copy(current),
    failed: [],
    language: options.language || "fr-FR",
  });

  return {
    capabilities,
    platform: options.platform || "web",
    language: options.language || "fr-FR",
    theme: options.theme || "light",
    applied,
    loadPreferences: () => JSON.parse(JSON.stringify(preferences)) as UserPreferences,
    savePreferences(next: UserPreferences): Promise<void> {
      preferences = JSON.parse(JSON.stringify(next));
      return Promise.resolve();
    },
    draft: () => copy(current),
    setDraft: replace,
    readNow,
    read: () => Promise.resolve(readNow()),
    apply(fix: Fix): Promise<void> {
      if (fix.kind === "schedule-delivery" && !capabilities.delayDelivery)
        return Promise.reject(new Error("delayDeliveryTime is not supported here."));
      try {
        const next = applyFix(current, fix);
        applied.push(fix);
        // No onChange here: whether Outlook raises RecipientsChanged for the add-in's own writes is not
        // something the pane may rely on, so it re-reads after every fix by itself.
        current = copy(next);
        return Promise.resolve();
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    },
    onChange(listener: () => void): () => void {
      listeners.push(listener);
      return () => {
        const i = listeners.indexOf(listener);
        if (i >= 0) listeners.splice(i, 1);
      };
    },
    openingContext(listener: (context: PaneContext) => void): void {
      contextListeners.push(listener);
      const now = context;
      if (now) Promise.resolve().then(() => listener(now));
    },
    setContext(next: PaneContext): void {
      context = next;
      Promise.resolve().then(() => contextListeners.slice().forEach((l) => l(next)));
    },
  };
}
