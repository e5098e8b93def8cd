import { readDraft, type DraftField } from "../../src/outlook/read-draft";
import {
  createMockOffice,
  DRAFT_READS,
  person,
  settle,
  type CallName,
  type MockOptions,
} from "./mock-office";

const NOW = new Date("2026-11-24T09:00:00.000Z");
const JEANNE = { emailAddress: "jeanne.martin@ville-exemple.fr", displayName: "Jeanne Martin" };

const FULL: MockOptions = {
  subject: "Budget 2027 : validation avant le 12 décembre",
  to: [person("paul.durand@ville-exemple.fr", "Paul Durand"), person("drh@ville-exemple.fr")],
  cc: [person("m.leroy@cabinet-leroy.fr", "Maître Leroy", "externalUser")],
  bcc: [person("archives@ville-exemple.fr", "Archives")],
  body: '<p>Bonjour,</p><p>Voici le budget.</p><img src="cid:logo" alt="">',
  attachments: [
    { id: "a1", name: "budget-2027.xlsx", size: 48213, attachmentType: "file", isInline: false },
    { id: "a2", name: "logo.png", size: 2048, attachmentType: "file", isInline: true, contentId: "logo" },
  ],
  composeType: "reply",
  delayDeliveryTime: new Date("2026-11-25T07:30:00.000Z"),
  userProfile: JEANNE,
  displayLanguage: "en-GB",
};

function read(options: MockOptions, timeoutMs = 1000) {
  const mock = createMockOffice(options);
  return { mock, result: readDraft(mock.office.context, { timeoutMs, now: () => NOW }) };
}

describe("readDraft", () => {
  test("reads every field into a Draft, with display names, inline attachments and the sender", async () => {
    const { result } = read(FULL);
    await expect(result).resolves.toEqual({
      draft: {
        from: { name: "Jeanne Martin", address: "jeanne.martin@ville-exemple.fr" },
        // Outlook repeats the address as the display name when there is none: no name then.
        to: [
          { name: "Paul Durand", address: "paul.durand@ville-exemple.fr" },
          { address: "drh@ville-exemple.fr" },
        ],
        cc: [{ name: "Maître Leroy", address: "m.leroy@cabinet-leroy.fr" }],
        bcc: [{ name: "Archives", address: "archives@ville-exemple.fr" }],
        subject: "Budget 2027 : validation avant le 12 décembre",
        body: { html: '<p>Bonjour,</p><p>Voici le budget.</p><img src="cid:logo" alt="">' },
        attachments: [
          { name: "budget-2027.xlsx", size: 48213, inline: false },
          { name: "logo.png", size: 2048, inline: true, contentId: "logo" },
        ],
        composeType: "reply",
        sendAt: "2026-11-24T09:00:00.000Z",
        deliverAt: "2026-11-25T07:30:00.000Z",
      },
      failed: [],
      language: "en-GB",
    });
  });

  test.each([
    ["newMail", "new"],
    ["reply", "reply"],
    ["forward", "forward"],
  ] as const)("compose type %s is %s", async (office, draft) => {
    const { result } = read({ composeType: office });
    expect((await result).draft.composeType).toBe(draft);
  });

  test("a delivery time of 0 means none; a Date becomes deliverAt", async () => {
    expect((await read({ delayDeliveryTime: 0 }).result).draft).not.toHaveProperty("deliverAt");
    const at = new Date("2026-12-01T08:00:00+01:00");
    expect((await read({ delayDeliveryTime: at }).result).draft.deliverAt).toBe("2026-12-01T07:00:00.000Z");
  });

  test("a user profile without display name gives a bare `from`; no profile, no `from`", async () => {
    const bare = await read({ userProfile: { emailAddress: "jeanne.martin@ville-exemple.fr" } }).result;
    expect(bare.draft.from).toEqual({ address: "jeanne.martin@ville-exemple.fr" });
    expect((await read({}).result).draft).not.toHaveProperty("from");
  });

  test("clients without attachments, compose type or delivery time (older requirement sets) still read", async () => {
    const { mock, result } = read({
      ...FULL,
      delayDeliveryTime: null,
      missing: ["getAttachmentsAsync", "getComposeTypeAsync"],
    });
    const r = await result;
    expect(r.failed).toEqual([]);
    expect(r.draft.attachments).toEqual([]);
    expect(r.draft.composeType).toBe("new");
    expect(r.draft).not.toHaveProperty("deliverAt");
    expect(mock.log.filter((l) => l.startsWith("call:"))).toEqual([
      "call:subject.getAsync",
      "call:to.getAsync",
      "call:cc.getAsync",
      "call:bcc.getAsync",
      "call:body.getAsync",
    ]);
  });

  test("the language defaults to fr-FR", async () => {
    const mock = createMockOffice({});
    const context = { mailbox: mock.office.context.mailbox };
    expect((await readDraft(context, { timeoutMs: 100 })).language).toBe("fr-FR");
  });

  test("no compose item: rejects", async () => {
    await expect(readDraft({ mailbox: { item: null } }, { timeoutMs: 100 })).rejects.toThrow(
      "No message is being composed.",
    );
  });

  const FIELD_OF: [CallName, DraftField][] = [
    ["subject.getAsync", "subject"],
    ["to.getAsync", "to"],
    ["cc.getAsync", "cc"],
    ["bcc.getAsync", "bcc"],
    ["body.getAsync", "body"],
    ["getAttachmentsAsync", "attachments"],
    ["getComposeTypeAsync", "composeType"],
    ["delayDeliveryTime.getAsync", "deliverAt"],
  ];

  test.each(FIELD_OF)(
    "%s failing: %s is empty and listed in `failed`, the other fields are read",
    async (call, field) => {
      const { result } = read({ ...FULL, fail: { [call]: "Simulated failure" } });
      const r = await result;
      expect(r.failed).toEqual([{ field, reason: "Simulated failure" }]);
      const whole = (await read(FULL).result).draft;
      const empty: Record<DraftField, unknown> = {
        subject: "",
        to: [],
        cc: [],
        bcc: [],
        body: { html: "" },
        attachments: [],
        composeType: "new",
        deliverAt: undefined,
      };
      // The Draft's key is the field's name.
      const expected: Record<string, unknown> = { ...whole, [field]: empty[field] };
      if (field === "deliverAt") delete expected.deliverAt;
      expect(r.draft).toEqual(expected);
    },
  );

  test("a read that never answers fails after the timeout; the others are read", async () => {
    const started = Date.now();
    const { result } = read({ ...FULL, hang: ["body.getAsync"] }, 50);
    const r = await result;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.failed).toEqual([{ field: "body", reason: "body: no answer after 50 ms" }]);
    expect(r.draft.body).toEqual({ html: "" });
    expect(r.draft.subject).toBe(FULL.subject);
    expect(r.draft.to).toHaveLength(2);
  });

  test("every read is issued before any answer comes back", async () => {
    const { mock, result } = read({ ...FULL, manual: true });
    let settled = false;
    void result.then(() => (settled = true));
    await settle();
    // All eight calls are out, none answered, and readDraft waits for them.
    expect(mock.log).toEqual(DRAFT_READS.map((c) => "call:" + c));
    expect(settled).toBe(false);
    expect(mock.flush()).toBe(8);
    const r = await result;
    expect(r.failed).toEqual([]);
    expect(mock.log.slice(8)).toEqual(DRAFT_READS.map((c) => "answer:" + c));
  });

  test("answers coming back in the reverse order land in the right fields", async () => {
    const { mock, result } = read({ ...FULL, manual: true });
    await settle();
    expect(mock.flush("reverse")).toBe(8);
    const r = await result;
    expect(mock.log.slice(8)).toEqual(DRAFT_READS.map((c) => "answer:" + c).reverse());
    expect(r).toEqual(await read(FULL).result);
  });

  test("on the web, at most three reads are under way at once, and all eight still land", async () => {
    const mock = createMockOffice({ ...FULL, manual: true });
    const result = readDraft(mock.office.context, { timeoutMs: 1000, now: () => NOW, maxConcurrent: 3 });
    await settle();
    expect(mock.log).toEqual(DRAFT_READS.slice(0, 3).map((c) => "call:" + c));
    let answered = 0;
    while (answered < 8) {
      const n = mock.flush();
      expect(n).toBeLessThanOrEqual(3);
      answered += n;
      await settle();
    }
    const r = await result;
    expect(r).toEqual(await read(FULL).result);
  });
});

describe("readDraft with malformed answers", () => {
  test.each<[string, Partial<Record<string, unknown>>, string]>([
    ["a subject that is not a string", { subject: 42 }, "subject"],
    ["a recipient list holding null", { to: [null] }, "to"],
    ["a recipient without an address", { cc: [{ displayName: "x" }] }, "cc"],
    ["a body that is not a string", { body: { html: "x" } }, "body"],
    ["attachments without names", { attachments: [{ id: "1" }] }, "attachments"],
    ["a delivery time that is neither a Date nor 0", { delayDeliveryTime: "tomorrow" }, "deliverAt"],
  ])("%s: the field is empty and listed as failed, the rest is read", async (_why, garbage, field) => {
    const mock = createMockOffice(FULL);
    Object.assign(mock.state, garbage);
    const r = await readDraft(mock.office.context, { timeoutMs: 1000, now: () => NOW });
    expect(r.failed).toEqual([{ field, reason: "unexpected value" }]);
    expect(typeof r.draft.subject).toBe("string");
    expect(Array.isArray(r.draft.to) && Array.isArray(r.draft.cc) && Array.isArray(r.draft.attachments)).toBe(
      true,
    );
  });
});
