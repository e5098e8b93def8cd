// Chromium for the browser tests: the system's (Debian's `chromium` package), driven by playwright-core. Never
// a browser downloaded by Playwright. One browser per test file, with a new empty profile.
//
// Where Chromium is missing on a developer machine, jest.config.js leaves these tests out with a message. In CI
// they must run: `.ci/run` installs Chromium and sets MAIL_HYGIENE_REQUIRE_BROWSER=1, and any CI=true run is
// treated the same, so that a missing browser fails there.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext } from "playwright-core";
import { builtSite, serveStatic, type StaticServer } from "./site";

import { BROWSER_REQUIRED, CHROMIUM, CHROMIUM_FOUND, LAUNCH_ARGS, MISSING } from "./chromium";

export { BROWSER_REQUIRED, CHROMIUM, CHROMIUM_FOUND, LAUNCH_ARGS };

/**
 * `describe` for tests that need the browser. Without Chromium, jest.config.js leaves test/browser out on a
 * developer machine; where the browser is required (CI) the files run, and this turns them into one failing test.
 */
export function describeBrowser(name: string, body: () => void): void {
  if (CHROMIUM_FOUND) return describe(name, body);
  return describe(name, () => {
    test("needs Chromium (MAIL_HYGIENE_REQUIRE_BROWSER=1 or CI)", () => {
      throw new Error(`The browser tests cannot run: ${MISSING}`);
    });
  });
}

export interface Session {
  context: BrowserContext;
  server: StaticServer;
  close(): Promise<void>;
}

/** Builds (or reuses) the site, serves it on 127.0.0.1 and starts Chromium with a new profile. */
export async function startSession(): Promise<Session> {
  const root = await builtSite();
  const server = await serveStatic(root);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "mail-hygiene-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: LAUNCH_ARGS,
      viewport: { width: 1400, height: 900 },
      deviceScaleFactor: 1,
      locale: "fr-FR",
      timezoneId: "Europe/Paris",
      reducedMotion: "reduce",
    });
  } catch (e) {
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  context.setDefaultTimeout(10_000);
  return {
    context,
    server,
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
