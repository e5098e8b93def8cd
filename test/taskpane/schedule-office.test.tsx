/** @jest-environment jsdom */
// Deferred send through the real Office adapter (office-addin-mock): the pane's buttons end in
// item.delayDeliveryTime.setAsync with the right Date, and without Mailbox 1.13 the pane explains
// Outlook's own steps instead.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { loadPolicy } from "../../src/lint";
import { createOfficeHost } from "../../src/outlook/office-host";
import { App } from "../../src/taskpane/App";
import { createMockOffice, person, type MockOptions } from "../outlook/mock-office";
import { FRIDAY_2140 } from "./fixtures";

const POLICY = loadPolicy({ timeZone: "Europe/Paris" }).policy;
const LATE: MockOptions = {
  userProfile: { emailAddress: "jeanne.martin@ville-exemple.fr", displayName: "Jeanne Martin" },
  to: [person("paul.durand@ville-exemple.fr", "Paul Durand")],
  subject: "Budget 2027 du service culture : validation avant le 12 décembre",
  body: "<p>Bonjour Paul,</p><p>Peux-tu valider le budget avant le 12 décembre ?</p><p>Jeanne</p>",
  platform: "PC",
};

function renderWith(options: MockOptions) {
  const mock = createMockOffice(options);
  const host = createOfficeHost(mock.office, { now: () => new Date(FRIDAY_2140) });
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} policy={POLICY} now={FRIDAY_2140} />
    </FluentProvider>,
  );
  return mock;
}

const afterHours = async () =>
  (await screen.findAllByTestId("finding")).filter((c) => c.dataset.rule === "after-hours-send")[0];

describe("scheduling through Office", () => {
  test("the schedule button writes Monday 08:00 Paris as a Date, and clearing writes the present moment", async () => {
    const user = userEvent.setup();
    const mock = renderWith(LATE);
    const card = await afterHours();
    await user.click(
      within(card).getByRole("button", { name: "Programmer l'envoi pour lundi 30 novembre à 08:00" }),
    );
    await waitFor(() => expect(mock.writes.some((w) => w.call === "delayDeliveryTime.setAsync")).toBe(true));
    const set = mock.writes.filter((w) => w.call === "delayDeliveryTime.setAsync");
    expect(set).toHaveLength(1);
    expect((set[0].value as Date).toISOString()).toBe("2026-11-30T07:00:00.000Z");
    // The pane reads the schedule back from Outlook and offers to clear it.
    const clear = await screen.findByRole("button", { name: "Annuler la programmation" });
    const before = Date.now();
    await user.click(clear);
    await waitFor(() =>
      expect(mock.writes.filter((w) => w.call === "delayDeliveryTime.setAsync")).toHaveLength(2),
    );
    const cleared = mock.writes.filter((w) => w.call === "delayDeliveryTime.setAsync")[1].value as Date;
    expect(cleared.getTime()).toBeGreaterThanOrEqual(FRIDAY_2140 - 1000);
    expect(cleared.getTime()).toBeLessThanOrEqual(Math.max(before, FRIDAY_2140) + 60_000);
  });

  test("on a client without Mailbox 1.13, the pane explains Outlook's own steps and writes nothing", async () => {
    const mock = renderWith({ ...LATE, mailbox: "1.12", delayDeliveryTime: null });
    const card = await afterHours();
    expect(
      within(card).queryByRole("button", { name: "Programmer l'envoi pour lundi 30 novembre à 08:00" }),
    ).toBeNull();
    expect(card.textContent).toMatch(/Différer la livraison|Delay Delivery/);
    expect(mock.writes.filter((w) => w.call === "delayDeliveryTime.setAsync")).toHaveLength(0);
  });
});
