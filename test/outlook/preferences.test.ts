// The user's preferences travel in Outlook's roaming settings: read defensively, saved with saveAsync.
import { createOfficeHost, PREFERENCES_KEY } from "../../src/outlook/office-host";

function officeWith(stored: unknown, saveStatus: "succeeded" | "failed" = "succeeded") {
  const values: { [k: string]: unknown } = { [PREFERENCES_KEY]: stored };
  const roamingSettings = {
    get: (k: string) => values[k],
    set: (k: string, v: unknown) => (values[k] = v),
    saveAsync: (cb: (r: { status: string; error?: { message: string } }) => void) =>
      cb(
        saveStatus === "succeeded"
          ? { status: "succeeded" }
          : { status: "failed", error: { message: "quota" } },
      ),
  };
  const office = {
    context: {
      mailbox: { item: {}, userProfile: {}, diagnostics: {} },
      roamingSettings,
      displayLanguage: "fr-FR",
      requirements: { isSetSupported: () => true },
    },
    EventType: {},
  } as unknown as typeof Office;
  return { office, values };
}

describe("preferences in roaming settings", () => {
  it("reads what was stored, dropping what it does not understand", () => {
    const { office } = officeWith({ language: "en", hiddenRules: ["all-caps", 7], extra: true });
    expect(createOfficeHost(office).loadPreferences()).toEqual({ language: "en", hiddenRules: ["all-caps"] });
  });

  it("gives no preferences when nothing is stored", () => {
    expect(createOfficeHost(officeWith(undefined).office).loadPreferences()).toEqual({});
  });

  it("saves under its key and reports a failed save", async () => {
    const ok = officeWith(undefined);
    await createOfficeHost(ok.office).savePreferences({ language: "fr" });
    expect(ok.values[PREFERENCES_KEY]).toEqual({ language: "fr" });
    await expect(
      createOfficeHost(officeWith(undefined, "failed").office).savePreferences({}),
    ).rejects.toThrow("quota");
  });
});
