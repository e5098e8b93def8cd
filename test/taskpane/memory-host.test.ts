// The in-memory ComposeHost, in Node without a DOM: the preview page and the tests rely on it behaving like Outlook.
import { createMemoryHost } from "../../src/outlook/memory-host";
import { bulkDraft, draft, EXTERNALS, SENDER } from "./fixtures";

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createMemoryHost", () => {
  test("reads a copy of the draft", async () => {
    const host = createMemoryHost(draft());
    const read = await host.read();
    expect(read).toEqual({ draft: draft(), failed: [], language: "fr-FR" });
    read.draft.subject = "changed by the reader";
    expect(host.draft().subject).toBe(draft().subject);
  });

  test("applies fixes with the engine's applyFix and records them", async () => {
    const host = createMemoryHost(bulkDraft());
    const fix = {
      kind: "move-to-bcc" as const,
      addresses: EXTERNALS.map((a) => a.address),
      senderToTo: true,
    };
    await host.apply(fix);
    expect(host.applied).toEqual([fix]);
    expect(host.draft().to).toEqual([SENDER]);
    expect(host.draft().bcc).toEqual(EXTERNALS);
  });

  test("a fix the engine cannot apply rejects and changes nothing", async () => {
    const host = createMemoryHost(draft({ body: { html: "<p>no image</p>" } }));
    await expect(host.apply({ kind: "set-image-alt", image: 0, start: 0, end: 3, alt: "x" })).rejects.toThrow(
      /no <img> tag/,
    );
    expect(host.applied).toEqual([]);
  });

  test("schedule-delivery rejects without the delayDelivery capability", async () => {
    const at = "2026-11-30T08:00:00+01:00";
    const label = { fr: "lundi 30 novembre à 08:00", en: "Monday 30 November at 08:00" };
    const without = createMemoryHost(draft(), { capabilities: { delayDelivery: false } });
    await expect(without.apply({ kind: "schedule-delivery", at, label })).rejects.toThrow();
    const host = createMemoryHost(draft());
    await host.apply({ kind: "schedule-delivery", at, label });
    expect(host.draft().deliverAt).toBe(at);
  });

  test("notifies on recipient and attachment changes, not on subject or body edits", async () => {
    const host = createMemoryHost(draft());
    const listener = jest.fn();
    const stop = host.onChange(listener);
    host.setDraft({ ...host.draft(), subject: "Autre objet", body: { html: "<p>autre</p>" } });
    await flush();
    expect(listener).not.toHaveBeenCalled();
    host.setDraft({ ...host.draft(), cc: [{ address: "lea.blanc@ville-exemple.fr" }] });
    await flush();
    expect(listener).toHaveBeenCalledTimes(1);
    host.setDraft({ ...host.draft(), attachments: [] });
    await flush();
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    host.setDraft({ ...host.draft(), to: [] });
    await flush();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  test("hands the opening context to the pane, and later ones", async () => {
    const host = createMemoryHost(draft(), {
      context: { source: "send", ruleIds: ["after-hours-send"], action: "schedule" },
    });
    const seen: unknown[] = [];
    host.openingContext((c) => seen.push(c));
    await flush();
    host.setContext({ source: "notice", ruleIds: ["bulk-without-bcc"] });
    await flush();
    expect(seen).toEqual([
      { source: "send", ruleIds: ["after-hours-send"], action: "schedule" },
      { source: "notice", ruleIds: ["bulk-without-bcc"] },
    ]);
  });

  test("describes the client it simulates", () => {
    const host = createMemoryHost(draft(), { platform: "mac", language: "en-GB", theme: "dark" });
    expect([host.platform, host.language, host.theme, host.capabilities]).toEqual([
      "mac",
      "en-GB",
      "dark",
      { delayDelivery: true },
    ]);
  });

  test("does not depend on Office, a DOM or jest", () => {
    const fs = jest.requireActual<typeof import("fs")>("fs");
    const source = fs.readFileSync(require.resolve("../../src/outlook/memory-host.ts"), "utf8");
    expect(source).not.toMatch(/\bOffice\b\./);
    expect(source).not.toMatch(/\b(document|window|navigator)\s*[.[]|\bjest\b|@testing-library/);
  });
});
