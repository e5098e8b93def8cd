/** @jest-environment jsdom */
// Headings, lists, labelled controls, keyboard use, and the dialog's focus.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { computeAccessibleName } from "dom-accessibility-api";
import { draft, EXTERNALS, FRIDAY_2140, memoryHost, renderPane, replyAllDraft } from "./helpers";

/** A draft with many kinds of fixes at once: recipients, subject, image, schedule. */
const busyDraft = () =>
  draft({
    to: EXTERNALS,
    subject: "Question",
    body: {
      html:
        "<p>Madame, Monsieur,</p><p>Voici le plan du nouveau parking de la mairie, ouvert au public dès lundi.</p>" +
        '<p><img src="cid:plan.png" width="400" height="300"></p>',
    },
  });

describe("accessibility", () => {
  test("headings and lists give the pane its structure", async () => {
    renderPane(memoryHost(busyDraft()), { now: FRIDAY_2140 });
    await screen.findAllByTestId("finding");
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    const h2 = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(h2).toEqual([
      "Résultat de la vérification",
      expect.stringMatching(/^Avertissements/),
      "Préférences",
    ]);
    // Each finding is a list item titled by its message.
    const items = screen.getAllByTestId("finding");
    for (const item of items) {
      expect(item.tagName).toBe("LI");
      expect(within(item).getByRole("heading", { level: 3 })).toBeTruthy();
    }
  });

  test("every control has a name", async () => {
    const user = userEvent.setup();
    renderPane(memoryHost(busyDraft()), { now: FRIDAY_2140 });
    await screen.findAllByTestId("finding");
    await user.click(screen.getByRole("button", { name: "Choisir un autre moment" }));
    const controls = Array.from(
      document.querySelectorAll("main button, main input, main select, main textarea"),
    );
    expect(controls.length).toBeGreaterThan(8);
    const unnamed = controls
      .filter((c) => computeAccessibleName(c).trim() === "")
      .map((c) => c.outerHTML.slice(0, 80));
    expect(unnamed).toEqual([]);
  });

  test("the fixes are reachable and usable with the keyboard", async () => {
    const user = userEvent.setup();
    const host = memoryHost(busyDraft());
    renderPane(host);
    await screen.findAllByTestId("finding");
    const bcc = screen.getByRole("button", { name: "Mettre les 6 destinataires en Cci" });
    for (let i = 0; i < 20 && document.activeElement !== bcc; i++) await user.tab();
    expect(document.activeElement).toBe(bcc);
    await user.keyboard("{Enter}");
    await waitFor(() => expect(host.applied.map((f) => f.kind)).toEqual(["move-to-bcc"]));
  });

  test("the confirmation dialog closes with Escape and gives focus back to its button", async () => {
    const user = userEvent.setup();
    const host = memoryHost(replyAllDraft());
    renderPane(host);
    const trigger = await screen.findByRole("button", { name: "Garder seulement Paul Durand" });
    await user.click(trigger);
    const dialog = await screen.findByRole("alertdialog");
    // Focus is inside the dialog, on its first button.
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(document.activeElement).toBe(trigger);
    expect(host.applied).toEqual([]);
  });

  test("the live region is polite and names the result of a fix", async () => {
    const user = userEvent.setup();
    renderPane(memoryHost(busyDraft(), { language: "en-US" }));
    await screen.findAllByTestId("finding");
    const live = screen.getByTestId("live-region");
    expect(live.getAttribute("aria-live")).toBe("polite");
    expect(live.textContent).toMatch(/^\d+ things to review: \d+ warnings?/);
    await user.click(screen.getByRole("button", { name: "Move the 6 recipients to Bcc" }));
    await waitFor(() => expect(live.textContent).toMatch(/^Fix applied\. \d+ things? to review/));
  });
});
