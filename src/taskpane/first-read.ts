// The pane's first read, made while the policy loads (src/taskpane/index.tsx): when it is there in time, the
// pane's first frame holds the findings instead of a loading state. The pane reads again once shown, as always,
// so a read that fails or is slow only costs that head start.
import type { ComposeHost } from "../outlook/host";
import type { DraftRead } from "../outlook/read-draft";

/** The host's read, or undefined if it fails or takes longer than `waitMs`. Never rejects. */
export function readWithin(host: Pick<ComposeHost, "read">, waitMs: number): Promise<DraftRead | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), waitMs);
    const settle = (read: DraftRead | undefined) => {
      clearTimeout(timer);
      resolve(read);
    };
    try {
      host.read().then(settle, () => settle(undefined));
    } catch {
      settle(undefined);
    }
  });
}
