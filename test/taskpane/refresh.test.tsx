/** @jest-environment jsdom */
// Keeping the findings fresh: host change events, window focus, a timer while visible; and reads that fail.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { DraftRead } from "../../src/outlook/read-draft";
import { bulkDraft, draft, EXTERNALS, memoryHost, renderPane } from "./helpers";

const rulesShown = () => screen.queryAllByTestId("finding").map((c) => c.dataset.rule);

describe("re-lint", () => {
  test("on the host's change event (recipients or attachments)", async () => {
    const host = memoryHost(draft());
    renderPane(host, { intervalMs: 60 * 60000 });
    await screen.findByTestId("empty-state");
    act(() => host.setDraft({ ...host.draft(), to: EXTERNALS }));
    await waitFor(() => expect(rulesShown()).toContain("bulk-without-bcc"));
  });

  test("on window focus, for subject and body edits that raise no event", async () => {
    const host = memoryHost(draft());
    renderPane(host, { intervalMs: 60 * 60000 });
    await screen.findByTestId("empty-state");
    host.setDraft({ ...host.draft(), subject: "Question" }); // no event for a subject change
    await act(async () => {
      await Promise.resolve();
    });
    expect(rulesShown()).toEqual([]);
    fireEvent.focus(window);
    await waitFor(() => expect(rulesShown()).toContain("vague-subject"));
  });

  describe("on a timer while the pane is visible", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    test("picks up a body edit within one period, and not while hidden", async () => {
      const host = memoryHost(draft());
      const read = jest.spyOn(host, "read");
      renderPane(host, { intervalMs: 3000 });
      await act(async () => {
        await jest.advanceTimersByTimeAsync(0);
      });
      expect(screen.getByTestId("empty-state")).toBeTruthy();
      const reads = read.mock.calls.length;

      // Hidden: the timer does not read.
      const visibility = jest.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
      await act(async () => {
        await jest.advanceTimersByTimeAsync(9000);
      });
      expect(read.mock.calls.length).toBe(reads);

      // Visible again: the body edit (an attachment announced but missing) is found by the next tick.
      visibility.mockReturnValue("visible");
      host.setDraft({
        ...host.draft(),
        body: { html: "<p>Bonjour Paul,</p><p>Vous trouverez ci-joint la convention signée.</p>" },
        attachments: [],
      });
      await act(async () => {
        await jest.advanceTimersByTimeAsync(3000);
      });
      expect(rulesShown()).toContain("forgotten-attachment");
      visibility.mockRestore();
    });
  });
});

describe("reads that fail", () => {
  test("fields that could not be read are named in a notice; the findings still show", async () => {
    const host = memoryHost(bulkDraft());
    const partial = {
      ...host,
      read: (): Promise<DraftRead> =>
        host.read().then((r) => ({
          ...r,
          draft: { ...r.draft, body: { html: "" }, attachments: [] },
          failed: [
            { field: "body", reason: "body: no answer after 10000 ms" },
            { field: "attachments", reason: "GenericResponseError" },
          ],
        })),
    };
    renderPane(partial);
    const notice = await screen.findByTestId("read-notice");
    expect(notice.textContent).toContain("Lecture incomplète");
    expect(notice.textContent).toContain("le corps du message et les pièces jointes");
    expect(rulesShown()).toContain("bulk-without-bcc");
  });

  test("a read that rejects shows an error with Retry, and Retry reads again", async () => {
    const user = userEvent.setup();
    const host = memoryHost(bulkDraft(), { language: "en-US" });
    let fail = true;
    const flaky = {
      ...host,
      read: jest.fn(() => (fail ? Promise.reject(new Error("No message is being composed.")) : host.read())),
    };
    renderPane(flaky, { intervalMs: 60 * 60000 });
    const error = await screen.findByTestId("read-error");
    expect(error.textContent).toContain("The draft could not be read");
    expect(error.textContent).toContain("No message is being composed.");
    expect(rulesShown()).toEqual([]);
    fail = false;
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(rulesShown()).toContain("bulk-without-bcc"));
    expect(screen.queryByTestId("read-error")).toBeNull();
  });

  test("a later read that rejects keeps the findings, marked as maybe out of date", async () => {
    const host = memoryHost(bulkDraft());
    let fail = false;
    const flaky = { ...host, read: () => (fail ? Promise.reject(new Error("timeout")) : host.read()) };
    renderPane(flaky, { intervalMs: 60 * 60000 });
    await waitFor(() => expect(rulesShown()).toContain("bulk-without-bcc"));
    fail = true;
    fireEvent.focus(window);
    expect((await screen.findByTestId("stale-error")).textContent).toContain("peuvent ne plus être à jour");
    expect(rulesShown()).toContain("bulk-without-bcc");
  });
});
