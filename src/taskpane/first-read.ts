// The pane's first read, made while the policy loads (src/taskpane/index.tsx): when it is there in time, the
// pane's first frame holds the findings instead of a loading state. When it fails or is slow, the pane reads
// for itself once shown, as it would without it: only the head start is lost.
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
