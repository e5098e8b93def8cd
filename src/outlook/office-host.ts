// The ComposeHost the task pane uses inside Outlook: Office.js behind the interface of host.ts. The preview page
// uses memory-host.ts instead; the pane does not know which one it has.
import { readPreferences, type Address, type Fix, type UserPreferences } from "../lint";
import { applyFixToItem } from "./apply-fix";
import type { ComposeHost } from "./host";
import { officeCall } from "./office-call";
import { decodePaneContext, type PaneContext } from "./pane-context";
import { maxConcurrentReads, readDraft } from "./read-draft";

/** A read that takes longer than this is reported as failed (the pane shows which field it could not read). */
export const PANE_READ_TIMEOUT_MS = 10000;

type Item = Office.MessageCompose;

/**
 * `Office.context.diagnostics.platform` (Mailbox 1.5; `Office.context.platform` before): PC is classic Outlook on
 * Windows, Mac is Outlook on Mac, and OfficeOnline is Outlook on the web *and* new Outlook on Windows
 * (@types/office-js, PlatformType and ContextInformation.platform). Both keep a scheduled message in Drafts,
 * which is what the pane needs to know, so "web" covers both.
 */
export function platformOf(office: typeof Office): ComposeHost["platform"] {
  const context = office.context;
  const info = context.diagnostics;
  const platform = String((info && info.platform) || context.platform || "");
  if (platform === "PC") return "classic-windows";
  if (platform === "Mac") return "mac";
  if (platform === "OfficeOnline") return "web";
  // Without a platform, the mailbox's own diagnostics still name the web clients ("Outlook" is classic
  // Windows *or* Mac, so it says nothing here).
  const mailbox = context.mailbox;
  const hostName = mailbox && mailbox.diagnostics ? String(mailbox.diagnostics.hostName || "") : "";
  if (hostName === "OutlookWebApp" || hostName === "newOutlookWindows") return "web";
  return "other";
}

/** "#RRGGBB" or "#RGB" → relative luminance 0..1; undefined for anything else. */
function luminance(color: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((color || "").trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? m[1].replace(/(.)/g, "$1$1") : m[1];
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * Dark when the theme's body background is dark. Outlook supports `officeTheme` from Mailbox 1.14 and does not
 * support `isDarkTheme`/`themeId` (@types/office-js, OfficeTheme), so the colour is what counts. No theme, or a
 * colour we cannot read: light.
 */
export function themeOf(office: typeof Office): ComposeHost["theme"] {
  let theme: Office.OfficeTheme | undefined;
  try {
    theme = office.context.officeTheme;
  } catch {
    theme = undefined; // some hosts throw on members they do not support
  }
  const l = luminance(theme ? theme.bodyBackgroundColor : undefined);
  // Below ~0.18, white text contrasts more than black text (the WCAG crossover): a dark background.
  return l !== undefined && l < 0.18 ? "dark" : "light";
}

function isSetSupported(office: typeof Office, version: string): boolean {
  const requirements = office.context.requirements;
  try {
    return !!requirements && requirements.isSetSupported("Mailbox", version);
  } catch {
    return false;
  }
}

/** The signed-in user, put in To by move-to-bcc. */
function sender(office: typeof Office): Address | undefined {
  const profile = office.context.mailbox.userProfile;
  if (!profile || !profile.emailAddress) return undefined;
  return profile.displayName
    ? { name: profile.displayName, address: profile.emailAddress }
    : { address: profile.emailAddress };
}

/** Where the user's preferences live in Outlook's roaming settings (32 KB per add-in and mailbox). */
export const PREFERENCES_KEY = "preferences";

/** `now`: the clock that stamps each read's send moment (tests set it; Outlook uses the real one). */
export function createOfficeHost(office: typeof Office, options: { now?: () => Date } = {}): ComposeHost {
  const context = office.context;
  const item = (): Item => {
    const current = context.mailbox.item as Item | null | undefined;
    if (!current) throw new Error("No message is being composed.");
    return current;
  };

  // Outlook keeps one handler per event type and removeHandlerAsync removes them all, so the host registers
  // one handler per type and fans the events out to its own listeners.
  const listeners: (() => void)[] = [];
  const changeEvents = [office.EventType.RecipientsChanged, office.EventType.AttachmentsChanged];
  const notify = () => {
    for (const listener of listeners.slice()) {
      try {
        listener();
      } catch {
        // one listener's bug must not keep the others from hearing about the change
      }
    }
  };
  const ignore = () => undefined;

  return {
    loadPreferences() {
      const settings = office.context.roamingSettings;
      return readPreferences(settings ? settings.get(PREFERENCES_KEY) : undefined);
    },

    savePreferences(preferences: UserPreferences) {
      const settings = office.context.roamingSettings;
      if (!settings) return Promise.reject(new Error("Roaming settings are not available."));
      const previous = settings.get(PREFERENCES_KEY);
      settings.set(PREFERENCES_KEY, preferences);
      // A failed save must not leave unsaved values in the settings the next read would see.
      return officeCall<void>((cb) => settings.saveAsync(cb)).catch((e: unknown) => {
        settings.set(PREFERENCES_KEY, previous);
        throw e;
      });
    },

    read() {
      return readDraft(context, {
        timeoutMs: PANE_READ_TIMEOUT_MS,
        maxConcurrent: maxConcurrentReads(platformOf(office)),
        now: options.now,
      });
    },

    apply(fix: Fix) {
      try {
        return applyFixToItem({ item: item(), from: sender(office) }, fix);
      } catch (e) {
        return Promise.reject(e);
      }
    },

    onChange(listener) {
      listeners.push(listener);
      if (listeners.length === 1) {
        for (const type of changeEvents) {
          officeCall<void>((cb) => item().addHandlerAsync(type, notify, cb)).then(ignore, ignore);
        }
      }
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        listeners.splice(listeners.indexOf(listener), 1);
        if (listeners.length === 0) {
          for (const type of changeEvents) {
            officeCall<void>((cb) => item().removeHandlerAsync(type, cb)).then(ignore, ignore);
          }
        }
      };
    },

    openingContext(listener: (context: PaneContext) => void) {
      const deliver = (text: string | null | undefined) => {
        const decoded = decodePaneContext(text);
        if (decoded) listener(decoded);
      };
      const current = context.mailbox.item as Item | null | undefined;
      if (!current) return;
      // The context the pane was opened with (Mailbox 1.8 method; Smart Alerts / info bar data from 1.10/1.14).
      if (typeof current.getInitializationContextAsync === "function") {
        officeCall<string>((cb) => current.getInitializationContextAsync(cb)).then(deliver, ignore);
      }
      // An open pane is not relaunched: later contexts arrive as InitializationContextChanged (Mailbox 1.15).
      if (isSetSupported(office, "1.15")) {
        const onContext = (args: Office.InitializationContextChangedEventArgs) =>
          deliver(args && args.initializationContextData);
        officeCall<void>((cb) =>
          current.addHandlerAsync(office.EventType.InitializationContextChanged, onContext, cb),
        ).then(ignore, ignore);
      }
    },

    capabilities: {
      delayDelivery: (() => {
        const current = context.mailbox.item as Item | null | undefined;
        return isSetSupported(office, "1.13") && !!current && !!current.delayDeliveryTime;
      })(),
    },
    platform: platformOf(office),
    language: context.displayLanguage || "fr-FR",
    theme: themeOf(office),
  };
}
