// Chromium for the browser tests: the system's (Debian's `chromium` package), driven by playwright-core. Never
// a browser downloaded by Playwright. One browser per test file, with a new empty profile.
//
// Where Chromium is missing, the tests are skipped with a message saying so — for developers without it. In CI
// they must run: `.ci/run` installs Chromium and sets MAIL_HYGIENE_REQUIRE_BROWSER=1, and any CI=true run is
// treated the same, so that a missing browser fails there instead of skipping.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext } from "playwright-core";
import { builtSite, serveStatic, type StaticServer } from "./site";

export const CHROMIUM = process.env.MAIL_HYGIENE_CHROMIUM || "/usr/bin/chromium";

const truthy = (v: string | undefined) => !!v && v !== "0" && v.toLowerCase() !== "false";
export const BROWSER_REQUIRED = process.env.MAIL_HYGIENE_REQUIRE_BROWSER === "1" || truthy(process.env.CI);

export const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function executable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export const CHROMIUM_FOUND = executable(CHROMIUM);

const MISSING =
  `no Chromium at ${CHROMIUM}. Install it (Debian/Ubuntu: apt-get install chromium) or point ` +
  "MAIL_HYGIENE_CHROMIUM at a Chromium or Chrome executable.";

let warned = false;

/**
 * `describe` for tests that need the browser: as is when Chromium is there; when it is not, a failing test if
 * the browser is required (CI), else skipped with a message.
 */
export function describeBrowser(name: string, body: () => void): void {
  if (CHROMIUM_FOUND) return describe(name, body);
  if (BROWSER_REQUIRED) {
    return describe(name, () => {
      test("needs Chromium (MAIL_HYGIENE_REQUIRE_BROWSER=1 or CI)", () => {
        throw new Error(`The browser tests cannot run: ${MISSING}`);
      });
    });
  }
  if (!warned) {
    warned = true;
    console.warn(
      `[browser tests] SKIPPED: ${MISSING} (Set MAIL_HYGIENE_REQUIRE_BROWSER=1 to make this an error.)`,
    );
  }
  return describe.skip(`${name} [skipped: ${MISSING}]`, body);
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
