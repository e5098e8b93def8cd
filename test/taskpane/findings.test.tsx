/** @jest-environment jsdom */
// What the pane shows for a draft: findings grouped by severity with counts, each explained, in French or English.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { loadPolicy } from "../../src/lint";
import { bulkDraft, draft, memoryHost, renderPane, vagueSubjectDraft } from "./helpers";

describe("findings", () => {
  test("groups findings by severity with a count summary, in French", async () => {
    // An external health mention (error), a vague subject (warning).
    const host = memoryHost(
      draft({
        to: [{ name: "Dr Anne Petit", address: "a.petit@clinique-exemple.fr" }],
        subject: "Question",
        body: { html: "<p>Bonjour,</p><p>Voici l'arrêt maladie de M. Dupont pour son dossier.</p>" },
      }),
    );
    renderPane(host);
    const errors = await screen.findByRole("region", { name: "Erreurs (1)" });
    const warnings = screen.getByRole("region", { name: /^Avertissements \(\d\)$/ });
    expect(within(errors).getAllByTestId("finding")).toHaveLength(1);
    expect(within(errors).getByRole("heading", { level: 3 }).textContent).toMatch(/Donnée de santé/);
    expect(
      within(warnings)
        .getAllByTestId("finding")
        .map((f) => f.dataset.rule),
    ).toContain("vague-subject");
    // Errors come before warnings in the page.
    expect(errors.compareDocumentPosition(warnings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const summary = screen.getByRole("region", { name: "Résultat de la vérification" });
    expect(within(summary).getByText("1 erreur")).toBeTruthy();
    expect(screen.getByTestId("live-region").textContent).toMatch(
      /points à revoir : 1 erreur, \d avertissement/,
    );
  });

  test("in English for an English display language", async () => {
    renderPane(memoryHost(vagueSubjectDraft(), { language: "en-GB" }));
    const warnings = await screen.findByRole("region", { name: "Warnings (1)" });
    expect(within(warnings).getByRole("heading", { level: 3 }).textContent).toBe(
      "The subject “Question” is too generic: state the action expected, the topic and the deadline.",
    );
    expect(screen.getByText("1 warning")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Mail Hygiene");
    expect(screen.getByRole("main").getAttribute("lang")).toBe("en");
  });

  test("each finding says where, why the guide asks it, and the guide reference", async () => {
    renderPane(memoryHost(bulkDraft()));
    const card = (await screen.findAllByTestId("finding")).filter(
      (c) => c.dataset.rule === "bulk-without-bcc",
    )[0];
    const text = card.textContent || "";
    expect(text).toContain("Pourquoi le guide le demande");
    expect(text).toContain("Une adresse électronique est une donnée personnelle");
    expect(text).toContain("Guide §7 — « usage du CCI pour les envois multiples »");
    // Where: recipients, with the addresses (the first five shown, the rest behind a button).
    expect(text).toContain("Destinataires");
    expect(within(card).getByText("Alice Bernard (alice.bernard@gmail.com)")).toBeTruthy();
    expect(within(card).queryByText("f.girard@yahoo.fr")).toBeNull();
    await userEvent.setup().click(within(card).getByRole("button", { name: "Afficher l'autre adresse" }));
    expect(await within(card).findByText("f.girard@yahoo.fr")).toBeTruthy();
  });

  test("names the part of the body", async () => {
    renderPane(
      memoryHost(
        draft({
          body: {
            html: "<p>Bonjour Paul,</p><p>Vous trouverez ci-joint le planning des astreintes de décembre.</p>",
          },
          attachments: [],
        }),
      ),
    );
    const card = await screen.findByTestId("finding");
    expect(card.dataset.rule).toBe("forgotten-attachment");
    expect(card.textContent).toContain("Dans le corps du message : votre texte");
  });

  test("lists the attachments concerned", async () => {
    const other = memoryHost(draft({ attachments: [{ name: "scan0001.pdf", size: 1000 }] }));
    renderPane(other);
    const cards = await screen.findAllByTestId("finding");
    const vague = cards.filter((c) => c.dataset.rule === "vague-attachment-name")[0];
    expect(vague.textContent).toContain("Pièces jointes");
    expect(within(vague).getByText("scan0001.pdf")).toBeTruthy();
  });

  test("the empty state says what was checked", async () => {
    renderPane(memoryHost(draft()));
    const empty = await screen.findByTestId("empty-state");
    expect(empty.textContent).toContain(
      "17 vérifications passées : objet, destinataires, pièces jointes, heure d'envoi",
    );
    expect(screen.getByTestId("live-region").textContent).toBe("Aucun point à revoir.");
  });

  test("the empty state counts only the rules the policy keeps", async () => {
    const policy = loadPolicy({ timeZone: "Europe/Paris", rules: { "long-message": "off" } }).policy;
    renderPane(memoryHost(draft(), { language: "en-US" }), { policy });
    expect((await screen.findByTestId("empty-state")).textContent).toContain(
      "16 checks passed: subject, recipients",
    );
  });
});
