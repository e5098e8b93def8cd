// The preview keeps everything on the device: a whole session (load, edits, lint, fixes, an .eml file, the
// switches) asks nothing of any other origin, and the page's Content-Security-Policy says so and is enforced.
// The task pane's own page (taskpane.html) allows no other origin either, except office.js's CDN for scripts.
import * as fs from "fs";
import * as path from "path";
import type { Request } from "playwright-core";
import { describeBrowser } from "./browser";
import { withPreview } from "./preview-page";

jest.setTimeout(30_000);

const FIXTURES = path.join(__dirname, "..", "fixtures", "cli", "mail");

/** The policy the issue asks for, directive by directive. */
const PREVIEW_CSP: { [directive: string]: string[] } = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "frame-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
};

function parsePolicy(policy: string): { [directive: string]: string[] } {
  const out: { [directive: string]: string[] } = {};
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}

/** The content of the page's CSP meta element, from the HTML as served (minified or not). */
function metaPolicy(html: string): string {
  const m = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]*)"|'([^']*)')/i.exec(
    html,
  );
  if (!m) throw new Error("no Content-Security-Policy meta element");
  return m[1] !== undefined ? m[1] : m[2];
}

describeBrowser("preview page: network and Content-Security-Policy", () => {
  const ctx = withPreview();
  const requests: string[] = [];

  beforeAll(() => {
    ctx.page.on("request", (r: Request) => requests.push(r.url()));
  });

  const local = (url: string) =>
    url.startsWith(ctx.session.server.origin + "/") || /^(data|about|blob):/.test(url);

  test("a whole session asks nothing of any other origin", async () => {
    const { preview, page } = ctx;
    requests.length = 0;
    await preview.open({ lang: "fr", theme: "light", sample: "after-hours-send" });
    await preview
      .finding("after-hours-send")
      .getByRole("button", { name: /lundi 30 novembre/ })
      .click();
    await preview.finding("after-hours-send").waitFor({ state: "detached" });

    await preview.pick("external-sensitive-content");
    await preview.finding("external-sensitive-content").getByRole("button").first().click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Retirer" }).click();
    await preview.finding("external-sensitive-content").waitFor({ state: "detached" });

    // A body that points outside everywhere it can: nothing of it is fetched.
    await preview
      .field("body")
      .fill(
        '<p style="background:url(https://tracker.example/bg.png)">Bonjour,</p>' +
          '<p><img src="https://tracker.example/pixel.gif" width="1" height="1"></p>' +
          '<p><a href="https://intranet.example/">cliquez ici</a></p>' +
          "<style>@import url(https://fonts.example/font.css); p { color: #333 }</style>" +
          '<link rel="stylesheet" href="https://cdn.example/mail.css"><iframe src="https://evil.example/"></iframe>',
      );
    await preview.finding("non-descriptive-link").waitFor();
    await preview.field("subject").fill("Question");
    await preview.finding("vague-subject").waitFor();

    await page.getByTestId("eml-input").setInputFiles(path.join(FIXTURES, "after-hours-sick-leave.eml"));
    await preview.finding("external-sensitive-content").waitFor();
    await preview.setLanguage("en");
    await preview.setTheme("dark");
    await preview
      .finding("after-hours-send")
      .getByRole("button", { name: /Monday 30 November/ })
      .click();
    await preview.finding("after-hours-send").waitFor({ state: "detached" });

    expect(requests.filter((url) => !local(url))).toEqual([]);
    // The page, its script, its icon and the organisation's policy (read as the pane reads it in Outlook).
    const paths = ctx.session.server.log.map((entry) => entry.path.replace(/\?.*$/, ""));
    expect(Array.from(new Set(paths)).sort()).toEqual([
      "/assets/icon-32.png",
      "/policy.json",
      "/preview.html",
      "/preview.js",
    ]);
    expect(ctx.session.server.log.every((entry) => entry.status === 200)).toBe(true);
  });

  test("preview.html carries the Content-Security-Policy, and the browser enforces it", async () => {
    const { preview, page } = ctx;
    const response = await preview.open({ lang: "en", sample: "clean-en" });
    if (!response) throw new Error("no response for preview.html");
    const html = await response.text();
    expect(parsePolicy(metaPolicy(html))).toEqual(PREVIEW_CSP);
    // No inline script in the page: everything is in preview.js.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);

    requests.length = 0;
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) => violations.push(e.effectiveDirective));
      const script = document.createElement("script");
      script.textContent = "window.__inline = 1";
      document.head.appendChild(script);
      let fetched = "ran";
      try {
        await fetch("https://example.org/");
      } catch {
        fetched = "blocked";
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        inline: (window as unknown as { __inline?: unknown }).__inline,
        fetched,
        violations: violations.sort(),
      };
    });
    expect(outcome).toEqual({
      inline: undefined,
      fetched: "blocked",
      violations: ["connect-src", "script-src-elem"],
    });
    expect(requests.filter((url) => !local(url))).toEqual([]);
    // The two refusals were logged, as they should be.
    // The refusals were logged, and nothing else.
    const logged = ctx.problems.splice(0);
    expect(logged.length).toBeGreaterThanOrEqual(2);
    for (const line of logged) expect(line).toMatch(/Content Security Policy/);
  });

  test("taskpane.html allows no other origin, except office.js's CDN for scripts", async () => {
    const html = fs.readFileSync(path.join(ctx.session.server.root, "taskpane.html"), "utf8");
    const policy = parsePolicy(metaPolicy(html));
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    const elsewhere = Object.entries(policy)
      .filter(([directive]) => directive !== "script-src")
      .flatMap(([directive, sources]) => sources.map((source) => directive + " " + source))
      .filter((entry) => !/ ('self'|'none'|'unsafe-inline'|data:)$/.test(entry));
    expect(elsewhere).toEqual([]);
    const scripts = Array.from(html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/gi)).map((m) => m[1]);
    expect(scripts.filter((src) => /^https?:/i.test(src))).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    ]);
  });
});
