// The compose window the preview's pane talks to: the memory host (src/outlook/memory-host.ts, fixes through the
// engine's applyFix), plus the two links a simulated window needs with its form:
//  - every edit of the form reaches the pane at once. Outlook only raises events for recipient and attachment
//    changes (the memory host does the same), and the pane picks up subject and body edits on its 3-second timer;
//    here the form says so after each edit, so the pane follows the typing;
//  - a fix applied by the pane is reported to the form, which then shows the draft as the fix left it.
import type { Draft, Fix } from "../lint";
import { createMemoryHost, type MemoryHost, type MemoryHostOptions } from "../outlook/memory-host";
import { sameDraft } from "./form";

export interface PreviewHost extends MemoryHost {
  /** calls `listener` with the new draft after each fix the pane applied; returns the way to stop */
  onFixed(listener: (draft: Draft) => void): () => void;
  /** the send moment of the draft (ms), else the present: the pane's clock in the simulation */
  now(): number;
}

export function createPreviewHost(initial: Draft, options: MemoryHostOptions = {}): PreviewHost {
  const inner = createMemoryHost(initial, options);
  const changeListeners: (() => void)[] = [];
  const fixListeners: ((draft: Draft) => void)[] = [];
  let sendMoment = NaN;
  const remember = (d: Draft) => {
    sendMoment = d.sendAt ? Date.parse(d.sendAt) : NaN;
  };
  remember(initial);
  const remove =
    <T>(list: T[], item: T) =>
    () => {
      const i = list.indexOf(item);
      if (i >= 0) list.splice(i, 1);
    };

  return {
    ...inner,
    setDraft(next: Draft): void {
      const changed = !sameDraft(inner.draft(), next);
      inner.setDraft(next);
      remember(next);
      // Later, never inside the call, as Outlook does with its events.
      if (changed) Promise.resolve().then(() => changeListeners.slice().forEach((l) => l()));
    },
    onChange(listener: () => void): () => void {
      changeListeners.push(listener);
      return remove(changeListeners, listener);
    },
    apply(fix: Fix): Promise<void> {
      return inner.apply(fix).then(() => {
        const draft = inner.draft();
        remember(draft);
        fixListeners.slice().forEach((l) => l(draft));
      });
    },
    onFixed(listener: (draft: Draft) => void): () => void {
      fixListeners.push(listener);
      return remove(fixListeners, listener);
    },
    now(): number {
      return isNaN(sendMoment) ? Date.now() : sendMoment;
    },
  };
}
