/** @jest-environment jsdom */
// The user's preferences (Outlook's roaming settings, through the host): read at start, applied within the
// organisation's policy, edited and saved from the pane's Preferences section.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { computeAccessibleDescription, computeAccessibleName } from "dom-accessibility-api";
import { loadPolicy, RULES_BY_ID, type UserPreferences } from "../../src/lint";
import { checkHours } from "../../src/taskpane/Preferences";
import { draft, memoryHost, POLICY, renderPane, TUESDAY_10, vagueSubjectDraft } from "./helpers";

/** Tuesday 24 November 2026, 17:00 in Paris: inside the policy's 08:00–19:00, after a 09:00–16:00 day. */
const TUESDAY_17 = Date.parse("2026-11-24T17:00:00+01:00");

const rulesShown = () => screen.queryAllByTestId("finding").map((c) => c.dataset.rule);
const description = (ruleId: string, lang: "fr" | "en" = "fr") => RULES_BY_ID[ruleId].meta.description[lang];
const liveRegion = () => screen.getByTestId("live-region").textContent || "";

async function openPreferences(user: ReturnType<typeof userEvent.setup>, name = "Préférences") {
  const toggle = screen.getByRole("button", { name });
  await user.click(toggle);
  expect(toggle.getAttribute("aria-expanded")).toBe("true");
  return screen.getByTestId("preferences");
}

/** Waits for the first lint. */
const ready = () =>
  waitFor(() =>
    expect(
      screen.queryAllByTestId("finding").length > 0 || screen.queryByTestId("empty-state") !== null,
    ).toBe(true),
  );

describe("stored preferences, read at start", () => {
  test("no preferences: Outlook's language, every finding, the section collapsed", async () => {
    renderPane(memoryHost(vagueSubjectDraft()));
    await ready();
    expect(rulesShown()).toEqual(["vague-subject"]);
    expect(screen.queryByTestId("hidden-count")).toBeNull();
    const toggle = screen.getByRole("button", { name: "Préférences" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("button", { name: "Enregistrer les préférences" })).toBeNull();
  });

  test("a language override switches the whole pane to English, finding messages too", async () => {
    renderPane(memoryHost(vagueSubjectDraft(), { language: "fr-FR", preferences: { language: "en" } }));
    await ready();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Mail Hygiene");
    expect(screen.getByRole("main").getAttribute("lang")).toBe("en");
    const card = screen.getAllByTestId("finding")[0];
    expect(within(card).getByText("Why the guide asks for it")).toBeTruthy();
    expect(within(card).getByRole("heading", { level: 3 }).textContent).toMatch(/subject/i);
    expect(screen.getByRole("button", { name: "Preferences" })).toBeTruthy();
    await waitFor(() => expect(liveRegion()).toMatch(/to review/));
  });

  test("a hidden rule's finding disappears, and the summary counts it as hidden", async () => {
    renderPane(memoryHost(vagueSubjectDraft(), { preferences: { hiddenRules: ["vague-subject"] } }));
    await ready();
    expect(rulesShown()).toEqual([]);
    expect(screen.getByTestId("hidden-count").textContent).toBe("1 remarque masquée par vos préférences");
    // Nothing left to show; the hidden rule is not counted among the checks passed.
    expect(screen.getByTestId("empty-state").textContent).toContain("16 vérifications passées");
    await waitFor(() =>
      expect(liveRegion()).toBe("Aucun point à revoir. 1 remarque masquée par vos préférences."),
    );
  });

  test("in English: “N hidden by your preferences”", async () => {
    renderPane(
      memoryHost(vagueSubjectDraft(), {
        language: "en-US",
        preferences: { hiddenRules: ["vague-subject"] },
      }),
    );
    await ready();
    expect(screen.getByTestId("hidden-count").textContent).toBe("1 finding hidden by your preferences");
  });

  test("a blocking rule cannot be hidden: its finding still shows and its box is disabled", async () => {
    const user = userEvent.setup();
    const policy = loadPolicy({ timeZone: "Europe/Paris", blockingRules: ["vague-subject"] }).policy;
    renderPane(
      memoryHost(vagueSubjectDraft(), { preferences: { hiddenRules: ["vague-subject", "all-caps"] } }),
      {
        policy,
      },
    );
    await ready();
    expect(rulesShown()).toEqual(["vague-subject"]);
    expect(screen.queryByTestId("hidden-count")).toBeNull();

    const section = await openPreferences(user);
    const blocked = within(section).getByRole("checkbox", { name: description("vague-subject") });
    expect((blocked as HTMLInputElement).disabled).toBe(true);
    expect((blocked as HTMLInputElement).checked).toBe(false);
    const why = blocked.getAttribute("aria-describedby") || "";
    expect(document.getElementById(why)?.textContent).toBe(
      "Règle bloquante dans votre organisation : elle ne peut pas être masquée.",
    );
    const other = within(section).getByRole("checkbox", { name: description("all-caps") });
    expect((other as HTMLInputElement).disabled).toBe(false);
    expect((other as HTMLInputElement).checked).toBe(true);
  });

  test("the findings that stopped the send stay shown, even for a hidden rule", async () => {
    renderPane(
      memoryHost(vagueSubjectDraft(), {
        preferences: { hiddenRules: ["vague-subject"] },
        context: { source: "send", ruleIds: ["vague-subject"] },
      }),
    );
    await waitFor(() => expect(rulesShown()).toEqual(["vague-subject"]));
    expect(screen.queryByTestId("hidden-count")).toBeNull();
  });

  test("personal hours inside the policy's day decide the after-hours finding and the slots", async () => {
    // 17:00 is within the policy's 08:00–19:00: no finding without personal hours.
    const { unmount } = renderPane(memoryHost(draft()), { now: TUESDAY_17 });
    await screen.findByTestId("empty-state");
    unmount();

    renderPane(memoryHost(draft(), { preferences: { workingHours: { start: "09:00", end: "16:00" } } }), {
      now: TUESDAY_17,
    });
    await waitFor(() => expect(rulesShown()).toEqual(["after-hours-send"]));
    // The next slot is the user's own start of day.
    expect(
      screen.getByRole("button", { name: "Programmer l'envoi pour mercredi 25 novembre à 09:00" }),
    ).toBeTruthy();
  });

  test("stored hours outside the policy's day are not applied, and the form says why", async () => {
    const user = userEvent.setup();
    renderPane(memoryHost(draft(), { preferences: { workingHours: { start: "07:00", end: "16:00" } } }), {
      now: TUESDAY_17,
    });
    await screen.findByTestId("empty-state");
    const section = await openPreferences(user);
    expect(within(section).getByTestId("applied-hours").textContent).toBe(
      "Horaires appliqués : ceux de l'organisation, 08:00–19:00.",
    );
    expect(
      within(section).getByText(
        "En dehors des horaires de l'organisation : choisissez une heure entre 08:00 et 19:00.",
      ),
    ).toBeTruthy();
  });
});

describe("editing and saving", () => {
  test("saves exactly the chosen values, then applies them (language included)", async () => {
    const user = userEvent.setup();
    const host = memoryHost(vagueSubjectDraft());
    const save = jest.spyOn(host, "savePreferences");
    renderPane(host, { now: TUESDAY_17 });
    await ready();
    expect(rulesShown()).toEqual(["vague-subject"]);
    const section = await openPreferences(user);

    // The range allowed is shown.
    expect(
      within(section).getByText(/Dans les horaires de l'organisation, entre 08:00 et 19:00\./),
    ).toBeTruthy();
    expect(within(section).getByRole("radio", { name: "Celle d'Outlook (Français)" })).toBeTruthy();
    await user.click(within(section).getByRole("radio", { name: "English" }));
    await user.click(within(section).getByRole("checkbox", { name: description("all-caps") }));
    await user.click(within(section).getByRole("checkbox", { name: description("vague-subject") }));
    fireEvent.change(within(section).getByLabelText("Début de votre journée"), {
      target: { value: "09:00" },
    });
    fireEvent.change(within(section).getByLabelText("Fin de votre journée"), { target: { value: "16:00" } });
    await user.click(within(section).getByRole("button", { name: "Enregistrer les préférences" }));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const expected: UserPreferences = {
      language: "en",
      hiddenRules: ["vague-subject", "all-caps"],
      workingHours: { start: "09:00", end: "16:00" },
    };
    expect(save.mock.calls[0][0]).toEqual(expected);
    expect(host.loadPreferences()).toEqual(expected);

    // Applied: English, vague-subject hidden, 17:00 now after the user's hours.
    await waitFor(() => expect(rulesShown()).toEqual(["after-hours-send"]));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Mail Hygiene");
    expect(screen.getByTestId("hidden-count").textContent).toBe("1 finding hidden by your preferences");
    expect(within(section).getByTestId("preferences-saved").textContent).toBe("Preferences saved.");
    expect(within(section).getByTestId("applied-hours").textContent).toBe(
      "Hours in use: yours, 09:00–16:00.",
    );
    await waitFor(() =>
      expect(liveRegion()).toBe(
        "Preferences saved. 1 thing to review: 1 warning. 1 finding hidden by your preferences.",
      ),
    );
  });

  test("nothing chosen saves no preferences at all", async () => {
    const user = userEvent.setup();
    const host = memoryHost(draft());
    const save = jest.spyOn(host, "savePreferences");
    renderPane(host);
    await ready();
    const section = await openPreferences(user);
    await user.click(within(section).getByRole("button", { name: "Enregistrer les préférences" }));
    await waitFor(() => expect(save).toHaveBeenCalledWith({}));
    await waitFor(() => expect(liveRegion()).toBe("Préférences enregistrées. Aucun point à revoir."));
  });

  test("hours outside the policy's day, or in the wrong order, are refused with a message", async () => {
    const user = userEvent.setup();
    const host = memoryHost(draft());
    const save = jest.spyOn(host, "savePreferences");
    renderPane(host);
    await ready();
    const section = await openPreferences(user);
    const start = within(section).getByLabelText("Début de votre journée") as HTMLInputElement;
    const end = within(section).getByLabelText("Fin de votre journée") as HTMLInputElement;
    const saveButton = within(section).getByRole("button", { name: "Enregistrer les préférences" });
    const outside = "En dehors des horaires de l'organisation : choisissez une heure entre 08:00 et 19:00.";

    fireEvent.change(start, { target: { value: "07:30" } });
    fireEvent.change(end, { target: { value: "16:00" } });
    await user.click(saveButton);
    expect(within(section).getByText(outside)).toBeTruthy();
    expect(start.getAttribute("aria-invalid")).toBe("true");
    expect(computeAccessibleDescription(start)).toContain(outside);
    expect(document.activeElement).toBe(start);

    fireEvent.change(start, { target: { value: "09:00" } });
    fireEvent.change(end, { target: { value: "19:30" } });
    await user.click(saveButton);
    expect(within(section).getByText(outside)).toBeTruthy();
    expect(end.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(end);

    fireEvent.change(end, { target: { value: "08:30" } });
    await user.click(saveButton);
    expect(within(section).getByText("La fin de votre journée doit venir après son début.")).toBeTruthy();

    fireEvent.change(end, { target: { value: "" } });
    await user.click(saveButton);
    expect(
      within(section).getByText("Indiquez le début et la fin, ou utilisez les horaires de l'organisation."),
    ).toBeTruthy();

    expect(save).not.toHaveBeenCalled();
  });

  test("“Use the organisation's hours” clears the personal hours", async () => {
    const user = userEvent.setup();
    const host = memoryHost(draft(), {
      preferences: { hiddenRules: ["all-caps"], workingHours: { start: "09:00", end: "16:00" } },
    });
    const save = jest.spyOn(host, "savePreferences");
    renderPane(host, { now: TUESDAY_17 });
    await waitFor(() => expect(rulesShown()).toEqual(["after-hours-send"]));
    const section = await openPreferences(user);
    const start = within(section).getByLabelText("Début de votre journée") as HTMLInputElement;
    expect(start.value).toBe("09:00");
    await user.click(
      within(section).getByRole("button", { name: "Utiliser les horaires de l'organisation" }),
    );
    expect(start.value).toBe("");
    await user.click(within(section).getByRole("button", { name: "Enregistrer les préférences" }));
    await waitFor(() => expect(save).toHaveBeenCalledWith({ hiddenRules: ["all-caps"] }));
    await screen.findByTestId("empty-state");
    expect(rulesShown()).toEqual([]);
  });

  test("a failed save says so and keeps the pane usable; the next save can succeed", async () => {
    const user = userEvent.setup();
    const host = memoryHost(vagueSubjectDraft());
    const save = jest
      .spyOn(host, "savePreferences")
      .mockImplementationOnce(() => Promise.reject(new Error("quota exceeded")));
    renderPane(host);
    await ready();
    const section = await openPreferences(user);
    await user.click(within(section).getByRole("checkbox", { name: description("vague-subject") }));
    await user.click(within(section).getByRole("button", { name: "Enregistrer les préférences" }));

    const error = await within(section).findByTestId("preferences-error");
    expect(error.textContent).toBe("Les préférences n'ont pas pu être enregistrées quota exceeded");
    expect(liveRegion()).toBe("Les préférences n'ont pas pu être enregistrées : quota exceeded");
    // Not applied: the finding is still there, and the pane still works.
    expect(rulesShown()).toEqual(["vague-subject"]);
    expect(screen.queryByTestId("hidden-count")).toBeNull();
    expect(host.loadPreferences()).toEqual({});
    const saveButton = within(section).getByRole("button", { name: "Enregistrer les préférences" });
    expect(saveButton.getAttribute("aria-disabled")).not.toBe("true");

    await user.click(saveButton);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(rulesShown()).toEqual([]));
    expect(within(section).queryByTestId("preferences-error")).toBeNull();
    expect(host.loadPreferences()).toEqual({ hiddenRules: ["vague-subject"] });
  });

  test("a host whose preferences cannot be read still opens the pane", async () => {
    const host = memoryHost(vagueSubjectDraft());
    host.loadPreferences = () => {
      throw new Error("roaming settings unavailable");
    };
    renderPane(host);
    await ready();
    expect(rulesShown()).toEqual(["vague-subject"]);
  });

  test("the preferences' controls are named", async () => {
    const user = userEvent.setup();
    const policy = loadPolicy({ timeZone: "Europe/Paris", blockingRules: ["credential-in-body"] }).policy;
    renderPane(memoryHost(draft()), { policy, now: TUESDAY_10 });
    await ready();
    const section = await openPreferences(user);
    const controls = Array.from(section.querySelectorAll("button, input, select, textarea"));
    expect(controls.length).toBeGreaterThan(20);
    expect(controls.filter((c) => computeAccessibleName(c).trim() === "").map((c) => c.outerHTML)).toEqual(
      [],
    );
    // Every rule not turned off is listed, blocking ones disabled.
    const boxes = within(section).getAllByRole("checkbox") as HTMLInputElement[];
    expect(boxes).toHaveLength(Object.keys(RULES_BY_ID).length);
    expect(boxes.filter((b) => b.disabled)).toHaveLength(1);
    // The language choice is a named group.
    expect(within(section).getByRole("radiogroup", { name: "Langue du volet" })).toBeTruthy();
    expect(within(section).getByRole("group", { name: "Règles à masquer dans le volet" })).toBeTruthy();
    expect(within(section).getByRole("group", { name: "Vos horaires de travail" })).toBeTruthy();
  });
});

describe("checkHours", () => {
  const day = POLICY.workingTime; // 08:00–19:00
  test.each([
    ["", "", {}],
    ["09:00", "16:00", { hours: { start: "09:00", end: "16:00" } }],
    ["08:00", "19:00", { hours: { start: "08:00", end: "19:00" } }],
    ["09:00:00", "16:00:00", { hours: { start: "09:00", end: "16:00" } }],
    ["07:59", "16:00", { start: "outside" }],
    ["09:00", "19:01", { end: "outside" }],
    ["19:00", "19:00", { start: "outside" }],
    ["09:00", "08:00", { end: "outside" }],
    ["16:00", "09:00", { end: "order" }],
    ["09:00", "09:00", { end: "order" }],
    ["09:00", "", { end: "missing" }],
    ["", "16:00", { start: "missing" }],
    ["9h", "16:00", { start: "invalid" }],
  ])("%s–%s", (start, end, expected) => {
    expect(checkHours(start, end, day)).toEqual(expected);
  });
});
