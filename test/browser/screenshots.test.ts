// Pictures of the pane for the documentation (docs/preview.md), rewritten on every run: a draft with an error
// and a warning, in French and English, light and dark. 420 × 900 pixels, the pane's column of the preview.
import * as fs from "fs";
import * as path from "path";
import { describeBrowser } from "./browser";
import { withPreview, type Lang, type Theme } from "./preview-page";

jest.setTimeout(30_000);

const OUT = path.join(__dirname, "..", "..", "docs", "screenshots");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = fs.readFileSync(file);
  expect(data.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

const SHOTS: [Lang, Theme][] = [
  ["fr", "light"],
  ["fr", "dark"],
  ["en", "light"],
  ["en", "dark"],
];

describeBrowser("preview page: screenshots of the pane", () => {
  const ctx = withPreview();

  beforeAll(() => fs.mkdirSync(OUT, { recursive: true }));

  test.each(SHOTS)("docs/screenshots/pane-%s-%s.png", async (lang, theme) => {
    const { preview, page } = ctx;
    await preview.open({ lang, theme, sample: "external-sensitive-content" });
    // The same draft, written on a Friday evening: an error and a warning with its scheduling card.
    await preview.field("send-at").fill("2026-11-27T21:40");
    await preview.finding("after-hours-send").waitFor();
    await preview.finding("external-sensitive-content").waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(0, 0);
    await preview.pane.evaluate((el) => el.scrollTo(0, 0));
    const file = path.join(OUT, `pane-${lang}-${theme}.png`);
    await preview.pane.screenshot({ path: file, animations: "disabled", caret: "hide" });
    expect(pngSize(file)).toEqual({ width: 420, height: 900 });
    expect(fs.statSync(file).size).toBeLessThan(250_000);
  });

  // For the README's section on the right to disconnect: the after-hours finding with its scheduling card.
  test.each<Lang>(["fr", "en"])("docs/screenshots/schedule-%s.png", async (lang) => {
    const { preview, page } = ctx;
    await preview.open({ lang, theme: "light", sample: "after-hours-send" });
    await preview.field("send-at").fill("2026-11-27T21:40");
    const card = preview.finding("after-hours-send");
    await card.waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(0, 0);
    await card.scrollIntoViewIfNeeded();
    const file = path.join(OUT, `schedule-${lang}.png`);
    await card.screenshot({ path: file, animations: "disabled", caret: "hide" });
    expect(pngSize(file).width).toBeGreaterThan(300);
    expect(fs.statSync(file).size).toBeLessThan(250_000);
  });
});
