/** @jest-environment jsdom */
// Opened from a Smart Alert: the findings that stopped the send come first, and "schedule" brings that action forward.
import { act, screen, waitFor, within } from "@testing-library/react";
import { bulkDraft, draft, FRIDAY_2140, memoryHost, renderPane } from "./helpers";

describe("opening context", () => {
  test("the flagged finding comes first, highlighted", async () => {
    // An empty subject is an error; the bulk send a warning: the send check flagged the bulk send.
    const host = memoryHost(
      { ...bulkDraft(), subject: "" },
      { context: { source: "send", ruleIds: ["bulk-without-bcc"] } },
    );
    renderPane(host);
    const flagged = await screen.findByRole("region", { name: "Signalé à l'envoi" });
    const cards = screen.getAllByTestId("finding");
    expect(cards[0].dataset.rule).toBe("bulk-without-bcc");
    expect(within(flagged).getAllByTestId("finding")).toHaveLength(1);
    expect(within(cards[0]).getByText("Signalé à l'envoi")).toBeTruthy();
    const errors = screen.getByRole("region", { name: "Erreurs (1)" });
    expect(flagged.compareDocumentPosition(errors) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // It is not listed twice.
    expect(screen.queryByRole("region", { name: /^Avertissements/ })).toBeNull();
  });

  test("in English", async () => {
    renderPane(
      memoryHost(bulkDraft(), {
        language: "en-US",
        context: { source: "send", ruleIds: ["bulk-without-bcc"] },
      }),
    );
    expect(await screen.findByRole("region", { name: "Flagged at send" })).toBeTruthy();
  });

  test("a context that arrives later (pane already open) reorders too", async () => {
    const host = memoryHost({ ...bulkDraft(), subject: "" });
    renderPane(host);
    await waitFor(() => expect(screen.getAllByTestId("finding")[0].dataset.rule).toBe("vague-subject"));
    act(() => host.setContext({ source: "send", ruleIds: ["bulk-without-bcc"] }));
    await waitFor(() => expect(screen.getAllByTestId("finding")[0].dataset.rule).toBe("bulk-without-bcc"));
  });

  test('action "schedule" moves focus to the scheduling button', async () => {
    const host = memoryHost(draft(), {
      context: { source: "send", ruleIds: ["after-hours-send"], action: "schedule" },
    });
    renderPane(host, { now: FRIDAY_2140 });
    const button = await screen.findByRole("button", {
      name: "Programmer l'envoi pour lundi 30 novembre à 08:00",
    });
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  test('action "schedule" without delayDelivery focuses the instructions', async () => {
    const host = memoryHost(draft(), {
      capabilities: { delayDelivery: false },
      context: { source: "send", ruleIds: ["after-hours-send"], action: "schedule" },
    });
    renderPane(host, { now: FRIDAY_2140 });
    const card = await screen.findByTestId("schedule-card");
    await waitFor(() => expect(document.activeElement).toBe(card));
  });
});
