/** @jest-environment jsdom */
// A faulty organisation policy: the pane says which fields fell back to their defaults, in French or English,
// and works as usual with the valid fields.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { fromServedText } from "../../src/taskpane/policy-source";
import { draft, memoryHost, renderPane, TUESDAY_10, vagueSubjectDraft } from "./helpers";

/** The administrator meant to turn vague-subject off, misspelt it once, and wrote 8h for 08:00. */
const FAULTY = JSON.stringify({
  timeZone: "Europe/Paris",
  workingTime: { start: "8h" },
  rules: { "vague-subjet": "off", "vague-subject": "off" },
});

const rulesShown = () => screen.queryAllByTestId("finding").map((c) => c.dataset.rule);

describe("policy notice", () => {
  test("names each faulty field, in French, and lists each problem on demand", async () => {
    const user = userEvent.setup();
    const { policy, problems } = fromServedText(FAULTY);
    renderPane(memoryHost(draft()), { policy, policyProblems: problems });
    const notice = screen.getByTestId("policy-notice");
    expect(notice.textContent).toContain(
      "La politique de l'organisation contient des erreurs ; les valeurs par défaut s'appliquent pour : " +
        "workingTime.start, rules.vague-subjet. Prévenez votre administrateur.",
    );
    const toggle = within(notice).getByRole("button", { name: "Voir le détail des 2 erreurs" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(within(notice).queryByTestId("policy-problems")).toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const items = within(within(notice).getByTestId("policy-problems"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      'workingTime.start : Heure « HH:MM » attendue, reçu "8h".',
      "rules.vague-subjet : Règle inconnue « vague-subjet ».",
    ]);
    await user.click(within(notice).getByRole("button", { name: "Masquer le détail des erreurs" }));
    expect(within(notice).queryByTestId("policy-problems")).toBeNull();
    await screen.findByTestId("empty-state"); // the pane works underneath
  });

  test("in English", async () => {
    const user = userEvent.setup();
    const { policy, problems } = fromServedText(FAULTY);
    renderPane(memoryHost(draft(), { language: "en-GB" }), { policy, policyProblems: problems });
    const notice = screen.getByTestId("policy-notice");
    expect(notice.textContent).toContain(
      "The organisation's policy contains errors; the default values apply to: " +
        "workingTime.start, rules.vague-subjet. Let your administrator know.",
    );
    await user.click(within(notice).getByRole("button", { name: "Show the 2 errors" }));
    const items = within(notice)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      'workingTime.start: Time "HH:MM" expected, got "8h".',
      'rules.vague-subjet: Unknown rule "vague-subjet".',
    ]);
    await screen.findByTestId("empty-state");
  });

  test("the valid fields apply: the rule turned off gives no finding", async () => {
    const { policy, problems } = fromServedText(FAULTY);
    // Without the policy, this draft's subject is vague.
    const { unmount } = renderPane(memoryHost(vagueSubjectDraft()));
    await screen.findAllByTestId("finding");
    expect(rulesShown()).toContain("vague-subject");
    unmount();

    renderPane(memoryHost(vagueSubjectDraft()), { policy, policyProblems: problems });
    await screen.findByTestId("empty-state");
    expect(rulesShown()).not.toContain("vague-subject");
    expect(screen.getByTestId("policy-notice")).toBeTruthy();
    expect(policy.workingTime.start).toBe("08:00");
  });

  test("a file that is not JSON: the whole file is named", async () => {
    const { policy, problems } = fromServedText("<!doctype html><p>Not found</p>");
    renderPane(memoryHost(draft()), { policy, policyProblems: problems, now: TUESDAY_10 });
    expect(screen.getByTestId("policy-notice").textContent).toContain(
      "les valeurs par défaut s'appliquent pour : l'ensemble du fichier. Prévenez votre administrateur.",
    );
    await screen.findByTestId("empty-state");
  });

  test("a policy given later applies at once, without subscribing to the host again", async () => {
    const host = memoryHost(vagueSubjectDraft());
    const onChange = jest.spyOn(host, "onChange");
    const { rerender } = renderPane(host);
    await waitFor(() => expect(rulesShown()).toEqual(["vague-subject"]));
    const { policy, problems } = fromServedText(FAULTY);
    rerender(
      <FluentProvider theme={webLightTheme}>
        <App host={host} policy={policy} policyProblems={problems} now={TUESDAY_10} />
      </FluentProvider>,
    );
    await screen.findByTestId("empty-state");
    expect(screen.getByTestId("policy-notice")).toBeTruthy();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test("no notice for a sound policy, nor without problems given", async () => {
    const { policy, problems } = fromServedText('{"timeZone":"Europe/Paris"}');
    renderPane(memoryHost(draft()), { policy, policyProblems: problems });
    await screen.findByTestId("empty-state");
    expect(screen.queryByTestId("policy-notice")).toBeNull();
  });
});
