// Pane start: from page load to the first finding shown by the preview page (dist/preview.html: a simulated compose
// window beside the real pane, docs/preview.md), in headless Chromium. The production build of part 4 is served on
// 127.0.0.1; the preview needs nothing else (no office.js, no other origin), and any request elsewhere is refused
// at once, so that nothing waits on the network of a machine without one.
import * as fs from "fs";
import { createRequire } from "module";
import * as path from "path";
import { CHROMIUM, CHROMIUM_FOUND, LAUNCH_ARGS, MISSING } from "../test/browser/chromium";
import { serveStatic } from "../test/browser/site";
import { gc, median } from "./measure";

export interface PaneResult {
  /** ms from navigation start to the first finding in the page, median over the runs; null when n/a */
  firstFindingsMs: number | null;
  runs: number;
  /** how it was measured, or why it is n/a */
  note: string;
  /** each counted run, in order (ms) */
  timesMs?: number[];
  /** DOMContentLoaded, median (ms): the page's deferred script fetched and run; the rest is the first render */
  scriptsRunMs?: number;
  /** the page measured, relative to the served folder */
  page?: string;
  /** the scripts the page had fetched when its first finding appeared */
  scriptsBeforeFindings?: string[];
  /** requests to other origins, refused (the preview should make none) */
  blocked?: string[];
}

/** A finding card of the pane (src/taskpane/FindingCard.tsx), inside the preview's pane column. */
export const FINDING_SELECTOR = '#pane [data-testid="finding"]';

/** A draft with findings (the default sample has none): an outside recipient of sensitive content. */
export const PAGE = "preview.html?lang=fr&theme=light&sample=external-sensitive-content";

/** Loads counted; the median is the middle one. One more load before them warms Chromium up and is not counted. */
export const RUNS = 11;

/** A pause before the loads (see paneStart). */
const SETTLE_MS = 2000;

const TIMEOUT_MS = 10_000;

/** The part of playwright-core's API used here. */
interface Playwright {
  chromium: {
    launch(options: { executablePath: string; args: string[]; headless: boolean }): Promise<Browser>;
  };
}
interface Browser {
  newContext(options: object): Promise<Context>;
  close(): Promise<void>;
}
interface Context {
  on(event: "request", listener: (request: { url(): string }) => void): void;
  addInitScript(script: { content: string }): Promise<void>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Page {
  goto(url: string, options: { waitUntil: "commit" }): Promise<unknown>;
  waitForFunction(
    fn: () => boolean,
    arg: undefined,
    options: { timeout: number; polling: number },
  ): Promise<unknown>;
  evaluate<T>(fn: () => T): Promise<T>;
}

/** What MARKER leaves in the page. */
interface Marked {
  __mhFirstFinding?: number;
  __mhScripts?: string[];
  __mhScriptsRun?: number;
}

function loadPlaywright(): Playwright | undefined {
  try {
    return createRequire(__filename)("playwright-core") as Playwright;
  } catch {
    return undefined;
  }
}

/**
 * Runs in the page before its own scripts: notes performance.now() — ms since navigation start — as soon as a
 * finding card is in the DOM (a MutationObserver's callback runs right after the change, in the same task).
 */
const MARKER = `(() => {
  const selector = ${JSON.stringify(FINDING_SELECTOR)};
  const observer = new MutationObserver(() => {
    if (window.__mhFirstFinding === undefined && document.querySelector(selector)) {
      window.__mhFirstFinding = performance.now();
      const navigation = performance.getEntriesByType("navigation")[0];
      window.__mhScriptsRun = navigation ? navigation.domContentLoadedEventStart : undefined;
      window.__mhScripts = performance
        .getEntriesByType("resource")
        .filter((e) => e.startTime <= window.__mhFirstFinding && /\\.js(\\?|$)/.test(e.name))
        .map((e) => new URL(e.name).pathname.replace(/^\\//, ""));
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * Times page load → first finding of the preview page in the folder `root` (a production build): `runs` loads,
 * each in a new browser context (an empty cache, as when the pane opens for the first time), after one load not
 * counted.
 */
export async function measurePaneStart(root: string, runs = RUNS): Promise<PaneResult> {
  const na = (why: string): PaneResult => ({ firstFindingsMs: null, runs: 0, note: "n/a: " + why });
  if (!fs.existsSync(path.join(root, "preview.html"))) return na("the build has no preview.html");
  const missing = paneStartUnavailable();
  if (missing) return na(missing);
  const playwright = loadPlaywright() as Playwright;
  const server = await serveStatic(root);
  const blocked: string[] = [];
  let browser: Browser | undefined;
  try {
    browser = await playwright.chromium.launch({
      executablePath: CHROMIUM,
      // The machine has no network: any other host fails at once instead of waiting. Done by the browser's
      // resolver, not by Playwright's request routing, which would hold every request of the page in Node.
      args: LAUNCH_ARGS.concat(["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]),
      headless: true,
    });
    const times: number[] = [];
    const scriptsRun: number[] = [];
    let scripts: string[] = [];
    for (let run = -1; run < runs; run++) {
      const context = await browser.newContext({
        viewport: { width: 1400, height: 900 },
        locale: "fr-FR",
        timezoneId: "Europe/Paris",
      });
      try {
        context.on("request", (request) => {
          if (new URL(request.url()).origin !== server.origin) blocked.push(request.url());
        });
        await context.addInitScript({ content: MARKER });
        const page = await context.newPage();
        await page.goto(`${server.origin}/${PAGE}`, { waitUntil: "commit" });
        // Functions, not strings: the page's Content-Security-Policy allows no eval.
        const found = () => (window as unknown as Marked).__mhFirstFinding !== undefined;
        // Polled every 50 ms rather than every frame: the page's own work is what is measured.
        await page.waitForFunction(found, undefined, { timeout: TIMEOUT_MS, polling: 50 });
        const marked = await page.evaluate(() => {
          const w = window as unknown as Marked;
          return { ms: w.__mhFirstFinding as number, scripts: w.__mhScripts || [], run: w.__mhScriptsRun };
        });
        scripts = marked.scripts;
        if (run >= 0) {
          times.push(marked.ms);
          if (typeof marked.run === "number" && marked.run > 0) scriptsRun.push(marked.run);
        }
      } finally {
        await context.close();
      }
    }
    const extra = blocked.length ? `; ${blocked.length} requests elsewhere (refused)` : "";
    return {
      firstFindingsMs: median(times),
      runs,
      note:
        `median of ${runs} cold loads (new browser context each: empty cache), ` +
        `${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms, ${PAGE}; ` +
        `scripts before the first finding: ${scripts.join(", ") || "-"}${extra}`,
      timesMs: times,
      scriptsRunMs: scriptsRun.length === times.length ? median(scriptsRun) : undefined,
      page: PAGE,
      scriptsBeforeFindings: scripts,
      blocked,
    };
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    await server.close();
  }
}

/** Why part 5 cannot run here (no playwright-core, no Chromium), or undefined. */
export function paneStartUnavailable(): string | undefined {
  if (!loadPlaywright()) return "playwright-core is not installed";
  if (!CHROMIUM_FOUND) return MISSING;
  return undefined;
}

/** Part 5 on the build of part 4; n/a with the reason when it cannot run. */
export async function paneStart(root: string): Promise<PaneResult> {
  try {
    // The production build made just before leaves this process a large heap and the machine busy for a moment
    // (Terser's workers ending): collected and let settle, so that the pages measured do not pay for it.
    gc();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return await measurePaneStart(root);
  } catch (e) {
    return {
      firstFindingsMs: null,
      runs: 0,
      note: "n/a: " + (e instanceof Error ? e.message.split("\n")[0] : String(e)),
    };
  }
}
