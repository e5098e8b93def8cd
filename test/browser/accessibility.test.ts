// axe-core on the real pane, laid out by a real browser (jsdom has no layout, no colours): in French and
// English, light and dark, with findings, with their controls opened (slot picker, alt-text field, the
// confirmation dialog), and with nothing to report. No serious or critical violation.
import AxeBuilder from "@axe-core/playwright";
import type { Result } from "axe-core";
import { STRINGS } from "../../src/taskpane/strings";
import { describeBrowser } from "./browser";
import { withPreview, type Lang, type Theme } from "./preview-page";

jest.setTimeout(60_000);

const SERIOUS = ["serious", "critical"];

function describeViolations(violations: Result[]): string[] {
  return violations.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help} — ` +
      v.nodes
        .slice(0, 3)
        .map(
          (n) => n.target.join(" ") + (n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, " ")})` : ""),
        )
        .join("; "),
  );
}

const LOOKS: [Lang, Theme][] = [
  ["fr", "light"],
  ["fr", "dark"],
  ["en", "light"],
  ["en", "dark"],
];

describeBrowser("preview page: accessibility of the pane (axe-core)", () => {
  const ctx = withPreview();

  async function audit(selector: string): Promise<string[]> {
    const results = await new AxeBuilder({ page: ctx.page }).include(selector).analyze();
    expect(results.passes.length).toBeGreaterThan(10);
    return describeViolations(results.violations.filter((v) => SERIOUS.indexOf(v.impact || "") >= 0));
  }

  test.each(LOOKS)("%s, %s: findings with their controls open", async (lang, theme) => {
    const { preview, page } = ctx;
    const s = STRINGS[lang];
    await preview.open({ lang, theme, sample: "after-hours-send" });
    await preview.finding("after-hours-send").getByRole("button", { name: s.chooseAnother }).click();
    await preview.pane.getByRole("group", { name: s.chooserHeading }).waitFor();
    expect(await audit("#pane")).toEqual([]);

    await preview.pick("image-missing-alt");
    await preview.finding("image-missing-alt").getByRole("textbox").fill("Plan");
    expect(await audit("#pane")).toEqual([]);

    await preview.pick("external-sensitive-content");
    await preview.finding("external-sensitive-content").getByRole("button").first().click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await audit('[role="alertdialog"]')).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  });

  test.each(LOOKS)("%s, %s: nothing to report", async (lang, theme) => {
    const { preview } = ctx;
    await preview.open({ lang, theme, sample: lang === "en" ? "clean-en" : "clean-fr" });
    await preview.pane.getByTestId("empty-state").getByRole("button").click();
    // The pane's own preferences, opened.
    await preview.pane
      .getByTestId("preferences")
      .getByRole("button", { name: STRINGS[lang].prefsHeading })
      .click();
    await preview.pane.getByTestId("preferences").getByRole("checkbox").first().waitFor();
    expect(await audit("#pane")).toEqual([]);
  });

  test("the whole preview page has no serious or critical violation either", async () => {
    const { preview } = ctx;
    await preview.open({ lang: "fr", theme: "light", sample: "bulk-without-bcc" });
    // The body's view is a sandboxed frame where no script runs, axe's included (its timers never fire): it is
    // left out of the audit, and its name checked here.
    expect(await ctx.page.getByTestId("body-view").getAttribute("title")).toBe(
      "Rendu du message (lecture seule)",
    );
    const results = await new AxeBuilder({ page: ctx.page }).exclude('[data-testid="body-view"]').analyze();
    expect(
      describeViolations(results.violations.filter((v) => SERIOUS.indexOf(v.impact || "") >= 0)),
    ).toEqual([]);
  });
});
