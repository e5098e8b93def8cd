// The preview page as the tests drive it: open it, pick a sample, read and edit the form, wait for the pane.
import type { Locator, Page } from "playwright-core";
import { startSession, type Session } from "./browser";
import { BUILD_TIMEOUT_MS } from "./site";

/** The build (when the sources changed), the server and Chromium's start. */
export const SETUP_TIMEOUT_MS = BUILD_TIMEOUT_MS + 60_000;

export interface PreviewSession {
  session: Session;
  page: Page;
  preview: PreviewPage;
  /** console errors and uncaught exceptions of the page during the current test (each test expects none) */
  problems: string[];
}

/**
 * One browser for the whole test file (inside a describeBrowser): started before the first test, closed after
 * the last. The returned object is filled in by then. After each test, the page must have logged no error.
 */
export function withPreview(): PreviewSession {
  const state = { problems: [] } as unknown as PreviewSession;
  beforeAll(async () => {
    state.session = await startSession();
    state.page = state.session.context.pages()[0] || (await state.session.context.newPage());
    state.page.on("console", (m) => {
      if (m.type() === "error") state.problems.push("console error: " + m.text());
    });
    state.page.on("pageerror", (e) => state.problems.push("uncaught: " + e.message));
    state.preview = new PreviewPage(state.page, state.session.server.origin);
  }, SETUP_TIMEOUT_MS);
  afterEach(() => {
    const problems = state.problems.splice(0);
    expect(problems).toEqual([]);
  });
  afterAll(async () => {
    if (state.session) await state.session.close();
  });
  return state;
}

export type Lang = "fr" | "en";
export type Theme = "light" | "dark";

export class PreviewPage {
  readonly pane: Locator;

  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {
    this.pane = page.locator("#pane");
  }

  url(options: { lang?: Lang; theme?: Theme; sample?: string } = {}): string {
    const query = new URLSearchParams();
    if (options.lang) query.set("lang", options.lang);
    if (options.theme) query.set("theme", options.theme);
    if (options.sample) query.set("sample", options.sample);
    return `${this.origin}/preview.html?${query.toString()}`;
  }

  /** Loads the page and waits for the pane's first lint. */
  async open(options: { lang?: Lang; theme?: Theme; sample?: string } = {}) {
    const response = await this.page.goto(this.url(options));
    await this.ready();
    return response;
  }

  /** The pane has linted: its summary or its "nothing to report" is shown. */
  async ready(): Promise<void> {
    await this.pane
      .locator('[data-testid="summary-counts"], [data-testid="empty-state"]')
      .first()
      .waitFor({ state: "visible" });
  }

  /** Loads a sample from the gallery; the pane starts again on it. */
  async pick(id: string): Promise<void> {
    const button = this.page.locator(`[data-sample="${id}"]`);
    await button.click();
    await this.page.locator(`[data-sample="${id}"][aria-current="true"]`).waitFor();
    await this.ready();
  }

  finding(rule: string): Locator {
    return this.pane.locator(`[data-testid="finding"][data-rule="${rule}"]`);
  }

  findings(): Locator {
    return this.pane.locator('[data-testid="finding"]');
  }

  field(name: string): Locator {
    return this.page.getByTestId("field-" + name);
  }

  value(name: string): Promise<string> {
    return this.field(name).inputValue();
  }

  async setLanguage(lang: Lang): Promise<void> {
    await this.page.getByTestId("switch-lang").locator(`input[value="${lang}"]`).check();
    await this.page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await this.ready();
  }

  async setTheme(theme: Theme): Promise<void> {
    await this.page.getByTestId("switch-theme").locator(`input[value="${theme}"]`).check();
    await this.ready();
  }

  /** Rule ids of the findings shown, in order. */
  async ruleIds(): Promise<string[]> {
    return this.findings().evaluateAll((els) => els.map((el) => el.getAttribute("data-rule") || ""));
  }
}

/** Retries `check` (which throws when not yet true) until it passes or `timeoutMs` runs out. */
export async function eventually(check: () => Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
