// The compose form's text fields and the Draft they stand for: addresses, moments, attachments, both ways.
import type { Draft } from "../../src/lint";
import {
  draftToForm,
  formatAddress,
  formatAddresses,
  formToDraft,
  fromLocalInput,
  normalizeDraft,
  parseAddresses,
  sameDraft,
  toLocalInput,
} from "../../src/preview/form";
import { SAMPLES } from "../../src/preview/samples";

describe("addresses as typed in To, Cc, Bcc", () => {
  it.each([
    ["paul@ville-exemple.fr", [{ address: "paul@ville-exemple.fr" }]],
    ["Paul Durand <paul@ville-exemple.fr>", [{ name: "Paul Durand", address: "paul@ville-exemple.fr" }]],
    [
      "Paul Durand <paul@ville-exemple.fr>, lea@ville-exemple.fr; Marc <marc@ville-exemple.fr>",
      [
        { name: "Paul Durand", address: "paul@ville-exemple.fr" },
        { address: "lea@ville-exemple.fr" },
        { name: "Marc", address: "marc@ville-exemple.fr" },
      ],
    ],
    ['"Durand, Paul" <paul@ville-exemple.fr>', [{ name: "Durand, Paul", address: "paul@ville-exemple.fr" }]],
    ['"Le \\"chef\\"" <chef@ville-exemple.fr>', [{ name: 'Le "chef"', address: "chef@ville-exemple.fr" }]],
    [" , ,  ", []],
    ["Paul <paul@ville-exemple.fr", [{ name: "Paul", address: "paul@ville-exemple.fr" }]],
  ])("%j", (text, expected) => {
    expect(parseAddresses(text)).toEqual(expected);
  });

  it("quotes the names that need it, so that they read back the same", () => {
    const hostile = "<img src=x onerror=alert(1)><script>window.__pwned=1</script>";
    const list = [
      { name: "Durand, Paul", address: "paul@ville-exemple.fr" },
      { name: hostile, address: "x@exemple.fr" },
      { name: 'Le "chef" \\ adjoint', address: "chef@ville-exemple.fr" },
      { name: "Léa Blanc", address: "lea@ville-exemple.fr" },
      { address: "marc@ville-exemple.fr" },
    ];
    expect(formatAddress(list[3])).toBe("Léa Blanc <lea@ville-exemple.fr>");
    expect(formatAddress(list[1])).toBe(`"${hostile}" <x@exemple.fr>`);
    expect(parseAddresses(formatAddresses(list))).toEqual(list);
  });
});

describe("moments: ISO 8601 with offset and datetime-local values in the draft's zone", () => {
  it.each([
    ["2026-11-27T21:40:00+01:00", "Europe/Paris", "2026-11-27T21:40"],
    ["2026-11-27T20:40:00Z", "Europe/Paris", "2026-11-27T21:40"],
    ["2026-11-27T21:40:00+01:00", "America/Martinique", "2026-11-27T16:40"],
    ["2026-11-27T21:40:00+01:00", "Indian/Reunion", "2026-11-28T00:40"],
    ["2026-07-01T09:15:30+02:00", "UTC", "2026-07-01T07:15:30"],
    [undefined, "Europe/Paris", ""],
    ["not a date", "Europe/Paris", ""],
  ])("%s in %s reads %j", (iso, zone, local) => {
    expect(toLocalInput(iso, zone)).toBe(local);
  });

  it.each([
    ["2026-11-27T21:40", "Europe/Paris", "2026-11-27T21:40:00+01:00"],
    ["2026-07-01T09:15:30", "Europe/Paris", "2026-07-01T09:15:30+02:00"],
    ["2026-11-27T21:40", "America/Martinique", "2026-11-27T21:40:00-04:00"],
    ["2026-11-27T21:40", "UTC", "2026-11-27T21:40:00+00:00"],
    ["", "Europe/Paris", undefined],
    ["2026-11-27", "Europe/Paris", undefined],
  ])("%j in %s is %s", (local, zone, iso) => {
    expect(fromLocalInput(local, zone)).toBe(iso);
  });
});

describe("draft → form → draft", () => {
  it.each(SAMPLES.map((s) => [s.id, s.draft] as const))("sample %s comes back as it was", (_id, draft) => {
    expect(sameDraft(normalizeDraft(draft), draft)).toBe(true);
  });

  it("keeps what the form does not show (content types, content ids) and a plain-text body", () => {
    const draft: Draft = {
      from: { name: "Jeanne Martin", address: "jeanne.martin@ville-exemple.fr" },
      to: [{ address: "paul@ville-exemple.fr" }],
      bcc: [{ name: "Léa", address: "lea@ville-exemple.fr" }],
      subject: "Logo",
      body: { text: "Bonjour,\n<b>pas du HTML</b>\n" },
      attachments: [
        { name: "logo.png", size: 1234, contentType: "image/png", inline: true, contentId: "logo@x" },
        { name: "notes.txt" },
      ],
      composeType: "forward",
      sendAt: "2026-11-27T21:40:00+01:00",
      deliverAt: "2026-11-30T08:00:00+01:00",
      timeZone: "Europe/Paris",
    };
    const form = draftToForm(draft);
    expect(form.bodyFormat).toBe("text");
    expect(form.deliverAt).toBe("2026-11-30T08:00");
    expect(sameDraft(formToDraft(form), draft)).toBe(true);
  });

  it("leaves out what is empty, and a size that is not a number", () => {
    const form = draftToForm({ to: [], subject: "" });
    expect(form.timeZone).toBe("Europe/Paris");
    form.attachments = [{ id: 1, name: "a.pdf", size: "lots", inline: false }];
    expect(formToDraft(form)).toEqual({
      to: [],
      subject: "",
      attachments: [{ name: "a.pdf" }],
      composeType: "new",
      timeZone: "Europe/Paris",
    });
  });

  it("compares drafts whatever the order of their fields", () => {
    expect(sameDraft({ to: [], subject: "a" }, { subject: "a", to: [] })).toBe(true);
    expect(sameDraft({ to: [], subject: "a" }, { subject: "b", to: [] })).toBe(false);
  });
});
