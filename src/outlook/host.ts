// What the task pane needs from its surroundings. Outlook provides it through Office.js (office-host.ts);
// the preview page provides it with a simulated compose window. The pane itself is the same component.
import type { Fix, UserPreferences } from "../lint";
import type { PaneContext } from "./pane-context";
import type { DraftRead } from "./read-draft";

export interface HostCapabilities {
  /** item.delayDeliveryTime (Mailbox 1.13) */
  delayDelivery: boolean;
}

export interface ComposeHost {
  /** reads the whole draft, every field at once */
  read(): Promise<DraftRead>;
  /** applies one fix to the draft */
  apply(fix: Fix): Promise<void>;
  /** calls `listener` when recipients or attachments change; returns the way to stop */
  onChange(listener: () => void): () => void;
  /** the context the pane was opened with (Smart Alerts, info bar), and later ones (Mailbox 1.15) */
  openingContext(listener: (context: PaneContext) => void): void;
  capabilities: HostCapabilities;
  /** where a scheduled message waits depends on the client (see the platform notes) */
  platform: "classic-windows" | "web" | "mac" | "other";
  /** the user's preferences (Outlook's roaming settings: they follow the mailbox) */
  loadPreferences(): UserPreferences;
  savePreferences(preferences: UserPreferences): Promise<void>;
  /** BCP 47 tag of the display language, e.g. "fr-FR" */
  language: string;
  theme: "light" | "dark";
}
