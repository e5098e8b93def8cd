import { createOfficeHost, PANE_READ_TIMEOUT_MS } from "../../src/outlook/office-host";
import { encodePaneContext, type PaneContext } from "../../src/outlook/pane-context";
import { createMockOffice, EVENT_TYPE, person, settle, type MockOptions } from "./mock-office";

function host(options: MockOptions = {}) {
  const mock = createMockOffice(options);
  return { mock, host: createOfficeHost(mock.office) };
}

describe("createOfficeHost", () => {
  test("read() reads the whole draft through readDraft, with the 10 s timeout", async () => {
    expect(PANE_READ_TIMEOUT_MS).toBe(10000);
    const { host: h } = host({
      subject: "Budget 2027",
      to: [person("paul.durand@ville-exemple.fr", "Paul Durand")],
      body: "<p>Bonjour</p>",
      userProfile: { emailAddress: "jeanne.martin@ville-exemple.fr", displayName: "Jeanne Martin" },
    });
    const read = await h.read();
    expect(read.failed).toEqual([]);
    expect(read.draft).toMatchObject({
      from: { name: "Jeanne Martin", address: "jeanne.martin@ville-exemple.fr" },
      to: [{ name: "Paul Durand", address: "paul.durand@ville-exemple.fr" }],
      subject: "Budget 2027",
      body: { html: "<p>Bonjour</p>" },
    });
    // The pane sets the user's time zone itself.
    expect(read.draft).not.toHaveProperty("timeZone");
  });

  test("apply() puts the signed-in user in To for move-to-bcc", async () => {
    const { mock, host: h } = host({
      to: [person("a@asso.fr"), person("b@asso.fr")],
      userProfile: { emailAddress: "jeanne.martin@ville-exemple.fr", displayName: "Jeanne Martin" },
    });
    await h.apply({ kind: "move-to-bcc", addresses: ["a@asso.fr", "b@asso.fr"], senderToTo: true });
    expect(mock.writes).toEqual([
      {
        call: "to.setAsync",
        value: [{ emailAddress: "jeanne.martin@ville-exemple.fr", displayName: "Jeanne Martin" }],
      },
      {
        call: "bcc.setAsync",
        value: [
          { emailAddress: "a@asso.fr", displayName: "a@asso.fr" },
          { emailAddress: "b@asso.fr", displayName: "b@asso.fr" },
        ],
      },
    ]);
  });

  test("apply() rejects (does not throw) when there is no compose item", async () => {
    const { mock, host: h } = host();
    (mock.office.context.mailbox as { item: unknown }).item = null;
    await expect(h.apply({ kind: "set-subject", subject: "x" })).rejects.toThrow(
      "No message is being composed.",
    );
  });

  describe("onChange", () => {
    test("registers RecipientsChanged and AttachmentsChanged once, and removes them with the last listener", async () => {
      const { mock, host: h } = host();
      const first = jest.fn();
      const second = jest.fn();
      const stopFirst = h.onChange(first);
      const stopSecond = h.onChange(second);
      await settle();
      expect(Object.keys(mock.handlers).sort()).toEqual([
        EVENT_TYPE.AttachmentsChanged,
        EVENT_TYPE.RecipientsChanged,
      ]);
      expect(mock.log.filter((l) => l === "call:addHandlerAsync")).toHaveLength(2);

      mock.handlers[EVENT_TYPE.RecipientsChanged]({ type: "olkRecipientsChanged" });
      mock.handlers[EVENT_TYPE.AttachmentsChanged]({ type: "olkAttachmentsChanged" });
      expect(first).toHaveBeenCalledTimes(2);
      expect(second).toHaveBeenCalledTimes(2);

      stopFirst();
      stopFirst(); // twice is harmless
      await settle();
      expect(mock.log).not.toContain("call:removeHandlerAsync");
      mock.handlers[EVENT_TYPE.RecipientsChanged]({});
      expect(first).toHaveBeenCalledTimes(2);
      expect(second).toHaveBeenCalledTimes(3);

      stopSecond();
      await settle();
      expect(mock.log.filter((l) => l === "call:removeHandlerAsync")).toHaveLength(2);
      expect(mock.handlers).toEqual({});
    });

    test("a listener that throws does not keep the others from hearing", async () => {
      const { mock, host: h } = host();
      const after = jest.fn();
      h.onChange(() => {
        throw new Error("bug");
      });
      h.onChange(after);
      await settle();
      mock.handlers[EVENT_TYPE.RecipientsChanged]({});
      expect(after).toHaveBeenCalledTimes(1);
    });

    test("a registration that fails is not an unhandled rejection", async () => {
      const { host: h } = host({ fail: { addHandlerAsync: "Not supported" } });
      const stop = h.onChange(jest.fn());
      await settle();
      stop();
      await settle();
    });
  });

  describe("openingContext", () => {
    const send: PaneContext = { source: "send", ruleIds: ["after-hours-send"], action: "schedule" };
    const notice: PaneContext = { source: "notice", ruleIds: ["external-sensitive-content"] };

    test("decodes the context the pane was opened with", async () => {
      const { host: h } = host({ initializationContext: encodePaneContext(send) });
      const listener = jest.fn();
      h.openingContext(listener);
      await settle();
      expect(listener).toHaveBeenCalledWith(send);
    });

    test("an empty or foreign context calls nobody", async () => {
      for (const initializationContext of ["", "not json", '{"foo":1}']) {
        const { host: h } = host({ initializationContext });
        const listener = jest.fn();
        h.openingContext(listener);
        await settle();
        expect(listener).not.toHaveBeenCalled();
      }
    });

    test("with Mailbox 1.15, later contexts come through InitializationContextChanged", async () => {
      const { mock, host: h } = host({ mailbox: "1.15" });
      const listener = jest.fn();
      h.openingContext(listener);
      await settle();
      const handler = mock.handlers[EVENT_TYPE.InitializationContextChanged];
      expect(handler).toBeDefined();
      handler({
        type: "olkInitializationContextChanged",
        initializationContextData: encodePaneContext(notice),
      });
      handler({ type: "olkInitializationContextChanged", initializationContextData: "" });
      expect(listener.mock.calls).toEqual([[notice]]);
    });

    test("before 1.15, no InitializationContextChanged handler", async () => {
      const { mock, host: h } = host({ mailbox: "1.14", initializationContext: encodePaneContext(send) });
      const listener = jest.fn();
      h.openingContext(listener);
      await settle();
      expect(mock.log).not.toContain("call:addHandlerAsync");
      expect(listener).toHaveBeenCalledWith(send);
    });

    test("a client without getInitializationContextAsync, or a failing one, calls nobody", async () => {
      for (const options of [
        { missing: ["getInitializationContextAsync" as const] },
        { fail: { getInitializationContextAsync: "Nope" } },
      ]) {
        const { host: h } = host({ mailbox: "1.12", ...options });
        const listener = jest.fn();
        h.openingContext(listener);
        await settle();
        expect(listener).not.toHaveBeenCalled();
      }
    });
  });

  test("capabilities.delayDelivery needs Mailbox 1.13 and item.delayDeliveryTime", () => {
    expect(host({ mailbox: "1.13" }).host.capabilities).toEqual({ delayDelivery: true });
    expect(host({ mailbox: "1.15" }).host.capabilities).toEqual({ delayDelivery: true });
    expect(host({ mailbox: "1.12" }).host.capabilities).toEqual({ delayDelivery: false });
    expect(host({ mailbox: "1.15", delayDeliveryTime: null }).host.capabilities).toEqual({
      delayDelivery: false,
    });
  });

  test.each([
    [{ platform: "PC" }, "classic-windows"],
    [{ platform: "Mac" }, "mac"],
    // Outlook on the web and new Outlook on Windows both report OfficeOnline.
    [{ platform: "OfficeOnline", hostName: "OutlookWebApp" }, "web"],
    [{ platform: "OfficeOnline", hostName: "newOutlookWindows" }, "web"],
    [{ platform: "iOS" }, "other"],
    [{ platform: "Android" }, "other"],
    [{ hostName: "newOutlookWindows" }, "web"],
    [{ hostName: "Outlook" }, "other"],
    [{}, "other"],
  ] as [MockOptions, string][])("platform %j → %s", (options, platform) => {
    expect(host(options).host.platform).toBe(platform);
  });

  test("language is Office's display language", () => {
    expect(host({ displayLanguage: "en-US" }).host.language).toBe("en-US");
    expect(host({ displayLanguage: "fr-FR" }).host.language).toBe("fr-FR");
  });

  test.each([
    [undefined, "light"],
    [{ bodyBackgroundColor: "#FFFFFF" }, "light"],
    [{ bodyBackgroundColor: "#F3F2F1" }, "light"],
    [{ bodyBackgroundColor: "#262626" }, "dark"],
    [{ bodyBackgroundColor: "#000" }, "dark"],
    [{ bodyBackgroundColor: "#444444" }, "dark"],
    [{ bodyBackgroundColor: "not a colour" }, "light"],
  ] as [MockOptions["officeTheme"], string][])("theme %j → %s", (officeTheme, theme) => {
    expect(host({ officeTheme }).host.theme).toBe(theme);
  });

  test("a theme getter that throws means light", () => {
    const mock = createMockOffice();
    Object.defineProperty(mock.office.context, "officeTheme", {
      get() {
        throw new Error("not supported");
      },
    });
    expect(createOfficeHost(mock.office).theme).toBe("light");
  });
});
