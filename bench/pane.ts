// Pane start: from page load to the first findings shown by the preview page, in headless Chromium. The
// preview page (dist/preview.html) comes with another issue, and playwright-core is not a dependency yet:
// until both are there this part reports n/a. The code path is written so that it only needs them.
import * as fs from "fs";
import { createRequire } from "module";
import * as path from "path";
import { pathToFileURL } from "url";
import { CHROMIUM, LAUNCH_ARGS as CHROMIUM_ARGS } from "../test/browser/chromium";

export interface PaneResult {
  /** ms from navigation start to the first finding in the page, median over the runs; null when n/a */
  firstFindingsMs: number | null;
  runs: number;
  note: string;
}

/** What the preview page is expected to show once it has linted its draft (adjust with the preview issue). */
const FINDING_SELECTOR = "[data-finding], [data-testid=finding], .finding";

/** The part of playwright-core's API used here. */
interface Playwright {
  chromium: {
    launch(options: { executablePath?: string; args: string[]; headless: boolean }): Promise<Browser>;
  };
}
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Page {
  goto(url: string, options: { waitUntil: "commit" }): Promise<unknown>;
  waitForSelector(selector: string, options: { timeout: number }): Promise<unknown>;
  evaluate<T>(fn: () => T): Promise<T>;
  close(): Promise<void>;
}

function loadPlaywright(): Playwright | undefined {
  try {
    // Not a dependency: loaded only if someone installed it (no error at type-check or import time).
    const name = "playwright-core";
    return createRequire(__filename)(name) as Playwright;
  } catch {
    return undefined;
  }
}

/**
 * Times page load → first finding for `url`: the page's own clock (performance.now() at the moment the first
 * finding is in the DOM counts from navigation start).
 */
export async function measurePaneStart(url: string, runs = 5): Promise<PaneResult> {
  const playwright = loadPlaywright();
  if (!playwright) return { firstFindingsMs: null, runs: 0, note: "n/a: playwright-core is not installed" };
  const executablePath = fs.existsSync(CHROMIUM) ? CHROMIUM : undefined;
  const browser = await playwright.chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const times: number[] = [];
    // One run more than asked: the first fills the browser's caches and is not counted.
    for (let run = -1; run < runs; run++) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: "commit" });
      await page.waitForSelector(FINDING_SELECTOR, { timeout: 10000 });
      const ms = await page.evaluate(() => performance.now());
      await page.close();
      if (run >= 0) times.push(ms);
    }
    times.sort((a, b) => a - b);
    return { firstFindingsMs: times[times.length >> 1], runs, note: url };
  } finally {
    await browser.close();
  }
}

/** The preview page of dist/ if it exists, measured; otherwise n/a with the reason. */
export async function paneStart(): Promise<PaneResult> {
  const page = path.join(__dirname, "..", "dist", "preview.html");
  if (!fs.existsSync(page))
    return { firstFindingsMs: null, runs: 0, note: "n/a: no preview page (dist/preview.html missing)" };
  try {
    return await measurePaneStart(pathToFileURL(page).href);
  } catch (e) {
    return { firstFindingsMs: null, runs: 0, note: "n/a: " + (e instanceof Error ? e.message : String(e)) };
  }
}
