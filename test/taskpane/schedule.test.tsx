/** @jest-environment jsdom */
// Deferred send: the suggested slot, another slot among working times only, clearing, and Outlook's own steps
// where the add-in cannot set the delivery time.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { loadPolicy, type Fix } from "../../src/lint";
import { draft, FRIDAY_2140, memoryHost, renderPane } from "./helpers";

type Schedule = Extract<Fix, { kind: "schedule-delivery" }>;

const rulesShown = () => screen.queryAllByTestId("finding").map((c) => c.dataset.rule);
const afterHoursCard = async () =>
  (await screen.findAllByTestId("finding")).filter((c) => c.dataset.rule === "after-hours-send")[0];
const optionsOf = (select: HTMLElement) =>
  Array.from((select as HTMLSelectElement).options).map((o) => o.value);

describe("ScheduleCard", () => {
  test("the main button writes the fix's time, then the pane shows the schedule", async () => {
    const user = userEvent.setup();
    const host = memoryHost(draft());
    renderPane(host, { now: FRIDAY_2140 });
    const card = await afterHoursCard();
    await user.click(
      within(card).getByRole("button", { name: "Programmer l'envoi pour lundi 30 novembre à 08:00" }),
    );
    await waitFor(() => expect(rulesShown()).not.toContain("after-hours-send"));
    expect(host.applied).toEqual([
      {
        kind: "schedule-delivery",
        at: "2026-11-30T08:00:00+01:00",
        label: { fr: "lundi 30 novembre à 08:00", en: "Monday 30 November at 08:00" },
      },
    ]);
    expect(host.draft().deliverAt).toBe("2026-11-30T08:00:00+01:00");
    expect(screen.getByTestId("scheduled-status").textContent).toBe(
      "Envoi programmé pour lundi 30 novembre à 08:00",
    );
    expect(screen.getByRole("button", { name: "Annuler la programmation" })).toBeTruthy();
  });

  test("in English, the button reads the fix's English label", async () => {
    renderPane(memoryHost(draft(), { language: "en-GB" }), { now: FRIDAY_2140 });
    const card = await afterHoursCard();
    expect(
      within(card).getByRole("button", { name: "Schedule for Monday 30 November at 08:00" }),
    ).toBeTruthy();
  });

  test("choose another time offers working slots only, in the future", async () => {
    const user = userEvent.setup();
    const host = memoryHost(draft());
    renderPane(host, { now: FRIDAY_2140 });
    const card = await afterHoursCard();
    const toggle = within(card).getByRole("button", { name: "Choisir un autre moment" });
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const day = within(card).getByLabelText("Jour") as HTMLInputElement;
    expect(day.value).toBe("2026-11-30"); // the suggested Monday
    const times = optionsOf(within(card).getByLabelText("Heure"));
    expect(times[0]).toBe("08:00");
    expect(times[times.length - 1]).toBe("18:30");
    expect(times).toContain("12:30");
    expect(times).not.toContain("07:30");
    expect(times).not.toContain("19:00");
    expect(times).not.toContain("20:00");

    // Saturday: no time offered at all.
    fireEvent.change(day, { target: { value: "2026-11-28" } });
    expect(within(card).queryByLabelText("Heure")).toBeNull();
    expect(within(card).getByText("Aucun créneau disponible ce jour-là : jour non travaillé.")).toBeTruthy();
    // Christmas is a public holiday.
    fireEvent.change(day, { target: { value: "2026-12-25" } });
    expect(within(card).getByText("Aucun créneau disponible ce jour-là : jour férié (Noël).")).toBeTruthy();
    // Today, Friday 21:40: the working day is over.
    fireEvent.change(day, { target: { value: "2026-11-27" } });
    expect(within(card).getByText(/les heures de travail sont passées/)).toBeTruthy();

    // Monday again, 09:30.
    fireEvent.change(day, { target: { value: "2026-11-30" } });
    await user.selectOptions(within(card).getByLabelText("Heure"), "09:30");
    await user.click(within(card).getByRole("button", { name: "Programmer pour lundi 30 novembre à 09:30" }));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    expect(host.applied[0]).toEqual({
      kind: "schedule-delivery",
      at: "2026-11-30T09:30:00+01:00",
      label: { fr: "lundi 30 novembre à 09:30", en: "Monday 30 November at 09:30" },
    });
  });

  test("the policy's working time decides the slots", async () => {
    const user = userEvent.setup();
    const policy = loadPolicy({
      timeZone: "Europe/Paris",
      workingTime: { days: [1, 2, 3, 4, 5, 6], start: "09:00", end: "12:00" },
    }).policy;
    renderPane(memoryHost(draft()), { now: FRIDAY_2140, policy });
    const card = await afterHoursCard();
    // Saturday works here: the suggestion is Saturday 09:00.
    const main = within(card).getByRole("button", {
      name: "Programmer l'envoi pour samedi 28 novembre à 09:00",
    });
    expect(main).toBeTruthy();
    await user.click(within(card).getByRole("button", { name: "Choisir un autre moment" }));
    expect(optionsOf(within(card).getByLabelText("Heure"))).toEqual([
      "09:00",
      "09:30",
      "10:00",
      "10:30",
      "11:00",
      "11:30",
    ]);
  });

  test("clear writes a delivery time of now", async () => {
    const user = userEvent.setup();
    const host = memoryHost(draft({ deliverAt: "2026-11-30T08:00:00+01:00" }), {
      platform: "classic-windows",
    });
    renderPane(host, { now: FRIDAY_2140 });
    const status = await screen.findByTestId("scheduled-status");
    expect(status.textContent).toBe("Envoi programmé pour lundi 30 novembre à 08:00");
    // Where the message will wait, for this client.
    expect(screen.getByTestId("schedule-card").textContent).toContain("attend dans Éléments envoyés");
    expect(screen.getByTestId("schedule-card").textContent).toContain("ne peut plus être modifié");
    await user.click(screen.getByRole("button", { name: "Annuler la programmation" }));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    const fix = host.applied[0] as Schedule;
    expect(fix.kind).toBe("schedule-delivery");
    expect(Date.parse(fix.at)).toBe(FRIDAY_2140);
    // Sending now is after hours again: the suggestion comes back.
    await waitFor(() => expect(rulesShown()).toContain("after-hours-send"));
    expect(screen.queryByTestId("scheduled-status")).toBeNull();
  });

  test("a schedule change that fails says so on the card", async () => {
    const user = userEvent.setup();
    const host = memoryHost(draft({ deliverAt: "2026-11-30T08:00:00+01:00" }));
    const failing = { ...host, apply: () => Promise.reject(new Error("InvalidDate")) };
    renderPane(failing, { now: FRIDAY_2140 });
    await user.click(await screen.findByRole("button", { name: "Annuler la programmation" }));
    const card = screen.getByTestId("schedule-card");
    expect((await within(card).findByTestId("fix-error")).textContent).toContain("InvalidDate");
    expect(screen.getByTestId("scheduled-status").textContent).toBe(
      "Envoi programmé pour lundi 30 novembre à 08:00",
    );
  });

  test("web and Mac keep the scheduled message in Drafts", async () => {
    renderPane(memoryHost(draft(), { platform: "mac" }), { now: FRIDAY_2140 });
    const card = await afterHoursCard();
    expect(within(card).getByTestId("schedule-card").textContent).toContain(
      "attend dans Brouillons jusqu'à l'heure prévue ; vous pouvez encore l'ouvrir et le modifier",
    );
  });

  test("without delayDelivery, Outlook's own steps replace the buttons", async () => {
    const host = memoryHost(draft(), { capabilities: { delayDelivery: false }, platform: "classic-windows" });
    renderPane(host, { now: FRIDAY_2140 });
    const card = await afterHoursCard();
    const manual = within(card).getByTestId("manual-schedule");
    expect(manual.textContent).toContain("Programmez-le vous-même pour lundi 30 novembre à 08:00");
    expect(manual.textContent).toContain("Onglet Options › Différer la livraison.");
    expect(manual.textContent).toContain("Ne pas distribuer avant");
    expect(within(card).queryByRole("button", { name: /Programmer/ })).toBeNull();
    expect(within(card).queryByRole("button", { name: "Choisir un autre moment" })).toBeNull();
  });

  test("the fallback names each client's steps, in English too", async () => {
    renderPane(
      memoryHost(draft(), { capabilities: { delayDelivery: false }, platform: "other", language: "en-US" }),
      {
        now: FRIDAY_2140,
      },
    );
    const manual = await screen.findByTestId("manual-schedule");
    expect(manual.textContent).toContain("Options tab › Delay Delivery.");
    expect(manual.textContent).toContain("Do not deliver before");
    expect(manual.textContent).toContain("Choose “Schedule send”.");
    expect(manual.textContent).toContain("Choose “Send Later”.");
  });
});
