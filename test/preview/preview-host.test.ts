// The preview's compose window: the memory host, plus every edit reaching the pane and every fix reaching the form.
import type { Draft } from "../../src/lint";
import { createPreviewHost } from "../../src/preview/preview-host";

const DRAFT: Draft = {
  from: { name: "Jeanne Martin", address: "jeanne.martin@ville-exemple.fr" },
  to: [{ name: "Paul Durand", address: "paul.durand@montpelier.fr" }],
  subject: "Question",
  composeType: "new",
  sendAt: "2026-11-27T21:40:00+01:00",
  timeZone: "Europe/Paris",
};
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the preview's host", () => {
  it("tells the pane about every edit, later, and only when something changed", async () => {
    const host = createPreviewHost(DRAFT);
    const calls: number[] = [];
    const stop = host.onChange(() => calls.push(1));
    host.setDraft({ ...DRAFT, subject: "Budget 2027 : validation avant vendredi" });
    expect(calls).toEqual([]); // not inside the call, as Outlook
    await tick();
    expect(calls).toEqual([1]);
    host.setDraft({ ...DRAFT, subject: "Budget 2027 : validation avant vendredi" });
    await tick();
    expect(calls).toEqual([1]);
    stop();
    host.setDraft(DRAFT);
    await tick();
    expect(calls).toEqual([1]);
  });

  it("reports each fix with the new draft, and keeps the memory host's record of them", async () => {
    const host = createPreviewHost(DRAFT);
    const seen: Draft[] = [];
    host.onFixed((d) => seen.push(d));
    await host.apply({
      kind: "replace-recipient",
      from: "paul.durand@montpelier.fr",
      to: "paul.durand@montpellier.fr",
    });
    expect(seen).toHaveLength(1);
    expect(seen[0].to).toEqual([{ name: "Paul Durand", address: "paul.durand@montpellier.fr" }]);
    expect(host.draft().to).toEqual(seen[0].to);
    expect(host.applied).toHaveLength(1);
  });

  it("keeps time at the draft's send moment", () => {
    const host = createPreviewHost(DRAFT);
    expect(host.now()).toBe(Date.parse("2026-11-27T21:40:00+01:00"));
    host.setDraft({ ...DRAFT, sendAt: "2026-11-30T09:00:00+01:00" });
    expect(host.now()).toBe(Date.parse("2026-11-30T09:00:00+01:00"));
    host.setDraft({ ...DRAFT, sendAt: undefined });
    const before = Date.now();
    expect(host.now()).toBeGreaterThanOrEqual(before);
  });

  it("keeps the user's preferences, as Outlook's roaming settings", async () => {
    const host = createPreviewHost(DRAFT, { preferences: { hiddenRules: ["all-caps"] } });
    expect(host.loadPreferences()).toEqual({ hiddenRules: ["all-caps"] });
    await host.savePreferences({ language: "en" });
    expect(host.loadPreferences()).toEqual({ language: "en" });
  });
});
