/** @jest-environment jsdom */
// One-click fixes: the pane sends the fix to the host, re-reads, and the finding goes away.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Fix } from "../../src/lint";
import {
  bulkDraft,
  draft,
  EXTERNALS,
  imageDraft,
  memoryHost,
  PAUL,
  renderPane,
  replyAllDraft,
  SENDER,
  vagueSubjectDraft,
} from "./helpers";

const rulesShown = () => screen.queryAllByTestId("finding").map((c) => c.dataset.rule);
const cardOf = async (rule: string) =>
  (await screen.findAllByTestId("finding")).filter((c) => c.dataset.rule === rule)[0];

describe("fixes", () => {
  test("move-to-bcc: the recipients land in Bcc, the sender in To, and the finding is gone", async () => {
    const user = userEvent.setup();
    const host = memoryHost(bulkDraft());
    renderPane(host);
    const card = await cardOf("bulk-without-bcc");
    await user.click(within(card).getByRole("button", { name: "Mettre les 6 destinataires en Cci" }));
    await waitFor(() => expect(rulesShown()).not.toContain("bulk-without-bcc"));
    expect(host.applied.map((f) => f.kind)).toEqual(["move-to-bcc"]);
    expect(host.draft().bcc).toEqual(EXTERNALS);
    expect(host.draft().to).toEqual([SENDER]);
    expect(screen.getByTestId("live-region").textContent).toMatch(/^Correction appliquée\. /);
    // The button that had focus is gone: focus goes to the summary, not to the top of the page.
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Résultat de la vérification" }));
  });

  test("remove-recipients asks first; cancel keeps everyone", async () => {
    const user = userEvent.setup();
    const host = memoryHost(replyAllDraft());
    renderPane(host);
    const card = await cardOf("reply-all-overuse");
    await user.click(within(card).getByRole("button", { name: "Garder seulement Paul Durand" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText("Retirer ces 2 destinataires ?")).toBeTruthy();
    expect(within(dialog).getByText("Léa Blanc (lea.blanc@ville-exemple.fr)")).toBeTruthy();
    expect(within(dialog).getByText("Marc Roux (marc.roux@ville-exemple.fr)")).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: "Annuler" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(host.applied).toEqual([]);
    expect(host.draft().cc).toHaveLength(2);
    expect(rulesShown()).toContain("reply-all-overuse");
  });

  test("remove-recipients: confirm removes exactly those listed", async () => {
    const user = userEvent.setup();
    const host = memoryHost(replyAllDraft());
    renderPane(host);
    const card = await cardOf("reply-all-overuse");
    await user.click(within(card).getByRole("button", { name: "Garder seulement Paul Durand" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Retirer" }));
    await waitFor(() => expect(rulesShown()).not.toContain("reply-all-overuse"));
    expect(host.applied).toEqual([
      { kind: "remove-recipients", addresses: ["lea.blanc@ville-exemple.fr", "marc.roux@ville-exemple.fr"] },
    ]);
    expect(host.draft().to).toEqual([PAUL]);
    expect(host.draft().cc).toEqual([]);
  });

  test("set-image-alt: Apply is disabled until text is typed, and the host gets the typed alt", async () => {
    const user = userEvent.setup();
    const host = memoryHost(imageDraft());
    renderPane(host);
    const card = await cardOf("image-missing-alt");
    const input = within(card).getByLabelText("Texte alternatif de l'image « plan-parking.png »");
    const apply = within(card).getByRole("button", { name: /^Appliquer/ });
    expect(apply).toHaveProperty("disabled", true);
    await user.type(input, "Plan du parking : 40 places, entrée rue de la Loge");
    expect(apply).toHaveProperty("disabled", false);
    await user.click(apply);
    await waitFor(() => expect(rulesShown()).not.toContain("image-missing-alt"));
    const fix = host.applied[0] as Extract<Fix, { kind: "set-image-alt" }>;
    expect(fix.kind).toBe("set-image-alt");
    expect(fix.alt).toBe("Plan du parking : 40 places, entrée rue de la Loge");
    expect((host.draft().body as { html: string }).html).toContain(
      '<img alt="Plan du parking : 40 places, entrée rue de la Loge" src="cid:plan-parking.png"',
    );
  });

  test("set-image-alt: the decorative button applies an empty alt", async () => {
    const user = userEvent.setup();
    const host = memoryHost(imageDraft(), { language: "en-US" });
    renderPane(host);
    const card = await cardOf("image-missing-alt");
    await user.click(within(card).getByRole("button", { name: /^Decorative image/ }));
    await waitFor(() => expect(rulesShown()).not.toContain("image-missing-alt"));
    expect((host.applied[0] as Extract<Fix, { kind: "set-image-alt" }>).alt).toBe("");
  });

  test("set-subject: the suggested subject can be edited before it is applied", async () => {
    const user = userEvent.setup();
    const host = memoryHost(vagueSubjectDraft());
    renderPane(host);
    const card = await cardOf("vague-subject");
    const input = within(card).getByLabelText("Objet proposé (modifiable)") as HTMLInputElement;
    expect(input.value).toBe("Peux-tu valider le budget de la fête de la musique avant jeudi");
    await user.clear(input);
    await user.type(input, "Budget fête de la musique : validation avant jeudi");
    await user.click(
      within(card).getByRole("button", {
        name: "Utiliser l'objet « Budget fête de la musique : validation avant jeudi »",
      }),
    );
    await waitFor(() => expect(rulesShown()).not.toContain("vague-subject"));
    expect(host.applied).toEqual([
      { kind: "set-subject", subject: "Budget fête de la musique : validation avant jeudi" },
    ]);
    expect(host.draft().subject).toBe("Budget fête de la musique : validation avant jeudi");
  });

  test("replace-recipient names the corrected address", async () => {
    const user = userEvent.setup();
    const host = memoryHost(
      draft({
        from: { name: "Jeanne Martin", address: "jeanne.martin@montpellier.fr" },
        to: [{ name: "Paul Durand", address: "paul.durand@montpelier.fr" }],
      }),
    );
    renderPane(host);
    const card = await cardOf("recipient-typo");
    await user.click(within(card).getByRole("button", { name: "Remplacer par paul.durand@montpellier.fr" }));
    await waitFor(() => expect(rulesShown()).not.toContain("recipient-typo"));
    expect(host.draft().to).toEqual([{ name: "Paul Durand", address: "paul.durand@montpellier.fr" }]);
  });

  test("a failing fix shows an error on its finding and the pane stays usable", async () => {
    const user = userEvent.setup();
    const host = memoryHost(draft({ ...bulkDraft(), subject: "Question" }));
    const failing = {
      ...host,
      apply: jest.fn((fix: Fix) =>
        fix.kind === "move-to-bcc"
          ? Promise.reject(new Error("Outlook a refusé l'écriture."))
          : host.apply(fix),
      ),
    };
    renderPane(failing);
    const bulk = await cardOf("bulk-without-bcc");
    await user.click(within(bulk).getByRole("button", { name: "Mettre les 6 destinataires en Cci" }));
    const error = await within(bulk).findByTestId("fix-error");
    expect(error.textContent).toContain("Outlook a refusé l'écriture.");
    expect(screen.getByTestId("live-region").textContent).toBe(
      "La correction n'a pas pu être appliquée : Outlook a refusé l'écriture.",
    );
    // The finding and its button remain; another fix still works.
    expect(within(bulk).getByRole("button", { name: "Mettre les 6 destinataires en Cci" })).toBeTruthy();
    const subject = await cardOf("vague-subject");
    await user.click(within(subject).getByRole("button", { name: /^Utiliser l'objet/ }));
    await waitFor(() => expect(rulesShown()).not.toContain("vague-subject"));
    expect(rulesShown()).toContain("bulk-without-bcc");
  });
});
