// The preview page in Chromium: every sample of the gallery makes the real pane show its rule's finding; every
// kind of fix, clicked in the pane, changes the simulated draft in the form and its finding goes away; editing
// the form, loading an .eml file and switching the language reach the pane.
import * as path from "path";
import { SAMPLES_BY_ID, SAMPLES } from "../../src/preview/samples";
import { STRINGS } from "../../src/taskpane/strings";
import { describeBrowser } from "./browser";
import { eventually, withPreview } from "./preview-page";

jest.setTimeout(30_000);

const FIXTURES = path.join(__dirname, "..", "fixtures", "cli", "mail");
const fr = STRINGS.fr;

describeBrowser("preview page", () => {
  // One browser for the file.
  const ctx = withPreview();

  beforeAll(async () => {
    await ctx.preview.open({ lang: "fr", theme: "light" });
  });

  describe("the gallery", () => {
    test("lists every sample: two clean ones and at least one per rule", async () => {
      const listed = await ctx.page
        .locator("[data-sample]")
        .evaluateAll((els) => els.map((el) => el.getAttribute("data-sample")));
      expect(listed).toEqual(SAMPLES.map((s) => s.id));
    });

    test.each(SAMPLES.map((s) => [s.id, s] as const))(
      "sample %s: the pane shows what it is for",
      async (_id, s) => {
        const { preview } = ctx;
        await preview.pick(s.id);
        expect(await preview.value("subject")).toBe(s.draft.subject);
        if (s.rule) {
          await preview.finding(s.rule).first().waitFor();
          expect(await preview.ruleIds()).toEqual([s.rule]);
        } else {
          await preview.pane.getByTestId("empty-state").waitFor();
          expect(await preview.ruleIds()).toEqual([]);
        }
      },
    );
  });

  describe("fixes applied in the pane change the simulated draft", () => {
    test("replace-recipient: the typo in To is corrected", async () => {
      const { preview } = ctx;
      await preview.pick("recipient-typo");
      expect(await preview.value("to")).toBe("Paul Durand <paul.durand@montpelier.fr>");
      const finding = preview.finding("recipient-typo");
      await finding.getByRole("button", { name: fr.replaceWith("paul.durand@montpellier.fr") }).click();
      await finding.waitFor({ state: "detached" });
      expect(await preview.value("to")).toBe("Paul Durand <paul.durand@montpellier.fr>");
      await preview.pane.getByTestId("empty-state").waitFor();
    });

    test("move-to-bcc: the six outside recipients go to Bcc, the sender to To", async () => {
      const { preview } = ctx;
      await preview.pick("bulk-without-bcc");
      const before = await preview.value("to");
      const finding = preview.finding("bulk-without-bcc");
      await finding.getByRole("button", { name: fr.moveToBcc(6) }).click();
      await finding.waitFor({ state: "detached" });
      await eventually(async () => {
        expect(await preview.value("to")).toBe("Jeanne Martin <jeanne.martin@ville-exemple.fr>");
        expect(await preview.value("bcc")).toBe(before);
        expect(await preview.value("cc")).toBe("");
      });
    });

    test("remove-recipients (after confirming): the outside lawyer leaves Cc", async () => {
      const { preview, page } = ctx;
      await preview.pick("external-sensitive-content");
      expect(await preview.value("cc")).toBe("Maître Leroy <m.leroy@cabinet-leroy-avocats.fr>");
      const finding = preview.finding("external-sensitive-content");
      await finding.getByRole("button").first().click();
      const dialog = page.getByRole("alertdialog");
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain("Maître Leroy (m.leroy@cabinet-leroy-avocats.fr)");
      // Cancel first: nothing changes.
      await dialog.getByRole("button", { name: fr.cancel }).click();
      await dialog.waitFor({ state: "detached" });
      expect(await preview.value("cc")).toBe("Maître Leroy <m.leroy@cabinet-leroy-avocats.fr>");
      await finding.getByRole("button").first().click();
      // A person reads the dialog before confirming (the timing that left the pane aria-hidden, see App.tsx).
      await page.waitForTimeout(400);
      await dialog.getByRole("button", { name: fr.confirmRemove }).click();
      await finding.waitFor({ state: "detached" });
      expect(await preview.value("cc")).toBe("");
      expect(await preview.value("to")).toBe("Paul Durand <paul.durand@ville-exemple.fr>");
      // Once the dialog is gone, nothing of the page stays hidden from assistive technologies (Tabster updates
      // aria-hidden 250 ms after a change).
      await page.waitForTimeout(600);
      expect(
        await page.evaluate(
          () => document.querySelectorAll("#root[aria-hidden], #root [aria-hidden=true] main").length,
        ),
      ).toBe(0);
      expect(await preview.pane.getByRole("heading", { level: 1 }).count()).toBe(1);
    });

    test("set-subject: the suggested subject replaces the vague one", async () => {
      const { preview } = ctx;
      await preview.pick("vague-subject");
      const finding = preview.finding("vague-subject");
      const suggestion = (await finding.getByRole("textbox").inputValue()).trim();
      expect(suggestion).not.toBe("");
      expect(suggestion).not.toBe("Question");
      await finding.getByRole("button", { name: fr.useSubject(suggestion) }).click();
      await finding.waitFor({ state: "detached" });
      expect(await preview.value("subject")).toBe(suggestion);
    });

    test("set-image-alt: the typed alternative text lands in the body's <img>", async () => {
      const { preview } = ctx;
      await preview.pick("image-missing-alt");
      const before = await preview.value("body");
      const finding = preview.finding("image-missing-alt");
      const alt = "Plan du nouveau parking : 40 places, entrée rue de la Mairie";
      await finding.getByRole("textbox").fill(alt);
      await finding.getByRole("button", { name: fr.altApplyLabel("plan-parking.png") }).click();
      await finding.waitFor({ state: "detached" });
      expect(await preview.value("body")).toBe(before.replace("<img ", `<img alt="${alt}" `));
      // The read-only view shows the new body.
      const view = ctx.page.frameLocator('[data-testid="body-view"]');
      expect(await view.locator("img").getAttribute("alt")).toBe(alt);
    });

    test("schedule-delivery: the delivery time is set to Monday 08:00", async () => {
      const { preview } = ctx;
      await preview.pick("after-hours-send");
      expect(await preview.value("deliver-at")).toBe("");
      const finding = preview.finding("after-hours-send");
      await finding.getByRole("button", { name: /lundi 30 novembre à 08:00/ }).click();
      await finding.waitFor({ state: "detached" });
      expect(await preview.value("deliver-at")).toBe("2026-11-30T08:00");
      expect(await preview.pane.getByTestId("scheduled-status").innerText()).toContain("lundi 30 novembre");
      // Clearing it in the form brings the finding back.
      await preview.field("deliver-at").fill("");
      await preview.finding("after-hours-send").waitFor();
    });
  });

  describe("the form drives the pane", () => {
    test("editing the subject, the recipients and the send moment relints at once", async () => {
      const { preview } = ctx;
      await preview.pick("clean-fr");
      await preview.pane.getByTestId("empty-state").waitFor();

      await preview.field("subject").fill("Question");
      await preview.finding("vague-subject").waitFor();

      await preview.field("cc").fill("Marc Petit <marc.petit@hotmial.fr>");
      await preview.finding("recipient-typo").waitFor();

      // Saturday 28 November 2026, 10:00 in Paris: a non-working day.
      await preview.field("send-at").fill("2026-11-28T10:00");
      await preview.finding("after-hours-send").waitFor();
      expect(await preview.finding("after-hours-send").innerText()).toContain("samedi 28 novembre");

      expect((await preview.ruleIds()).sort()).toEqual([
        "after-hours-send",
        "recipient-typo",
        "vague-subject",
      ]);
    });

    test("attachments: adding one named like an executable is noticed", async () => {
      const { preview, page } = ctx;
      await preview.pick("clean-fr");
      await page.getByTestId("add-attachment").click();
      await page.getByTestId("attachment-name").last().fill("mise-a-jour.exe");
      await page.getByTestId("attachment-size").last().fill("120000");
      await preview.finding("risky-attachment").waitFor();
    });

    test("an .eml file from disk is parsed in the page into the form", async () => {
      const { preview, page } = ctx;
      await page.getByTestId("eml-input").setInputFiles(path.join(FIXTURES, "after-hours-sick-leave.eml"));
      await page
        .getByTestId("eml-notice")
        .getByText("after-hours-sick-leave.eml", { exact: false })
        .waitFor();
      await preview.ready();
      expect(await preview.value("from")).toBe("Jeanne Martin <jeanne.martin@ville-exemple.fr>");
      expect(await preview.value("to")).toBe("Paul Durand <paul.durand@gmail.com>");
      expect(await preview.value("subject")).toBe("Votre arrêt maladie du 23 novembre");
      expect(await preview.value("send-at")).toBe("2026-11-27T21:40");
      expect(await preview.value("body-format")).toBe("text");
      await preview.finding("external-sensitive-content").waitFor();
      expect((await preview.ruleIds()).sort()).toEqual(["after-hours-send", "external-sensitive-content"]);
    });

    test("a file that is not a message is refused with the reason", async () => {
      const { page } = ctx;
      await page.getByTestId("eml-input").setInputFiles({
        name: "notes.eml",
        mimeType: "message/rfc822",
        buffer: Buffer.from("just some notes\nwithout any header\n"),
      });
      const notice = page.getByTestId("eml-notice");
      await notice.getByText("pas un message MIME", { exact: false }).waitFor();
      expect(await notice.innerText()).toContain("notes.eml");
    });

    test("the language switch changes the pane and the page", async () => {
      const { preview, page } = ctx;
      await preview.pick("vague-subject");
      await preview.setLanguage("en");
      expect(await preview.pane.locator("h1").innerText()).toBe(STRINGS.en.appName);
      expect(await preview.finding("vague-subject").innerText()).toContain("is too generic");
      expect(await page.getByText("Compose window (simulated)").count()).toBe(1);
      // The draft is kept across the switch.
      expect(await preview.value("subject")).toBe(SAMPLES_BY_ID["vague-subject"].draft.subject);
      await preview.setLanguage("fr");
      expect(await preview.pane.locator("h1").innerText()).toBe(fr.appName);
    });
  });
});
