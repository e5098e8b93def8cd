// Hostile content in a draft — markup and script in the subject, a display name, a file name, an alternative
// text typed in the pane, and a `javascript:` link in the body — is shown as text and never runs: no dialog,
// no `window.__pwned`, no console error, no element of it in the page.
import type { ConsoleMessage, Dialog, Frame } from "playwright-core";
import { describeBrowser } from "./browser";
import { eventually, withPreview } from "./preview-page";

jest.setTimeout(30_000);

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>window.__pwned=1</script>";
const PAYLOAD = IMG + SCRIPT;

const BODY =
  "<p>Bonjour, M. Petit est en arrêt maladie jusqu'au 4 décembre.</p>" +
  '<p>Le formulaire : <a href="javascript:window.__pwned=1;alert(1)">cliquez ici</a></p>' +
  '<p><img src="cid:scan.png" width="200" height="100"></p>' +
  SCRIPT +
  '<img src=x onerror="window.__pwned=1;alert(1)">';

const EML = [
  `From: "${PAYLOAD}" <jeanne.martin@ville-exemple.fr>`,
  `To: "${PAYLOAD}" <paul.durand@gmail.com>`,
  `Cc: "${PAYLOAD}" <paul.durand@vile-exemple.fr>`,
  `Subject: ${PAYLOAD} arrêt maladie`,
  "Date: Tue, 24 Nov 2026 10:00:00 +0100",
  "MIME-Version: 1.0",
  'Content-Type: multipart/mixed; boundary="b"',
  "",
  "--b",
  "Content-Type: text/html; charset=utf-8",
  "",
  `<p>Voir ${PAYLOAD}</p><p><a href="javascript:alert(1)">ici</a></p>`,
  "--b",
  `Content-Type: application/octet-stream; name="${IMG}.exe"`,
  `Content-Disposition: attachment; filename="${IMG}.exe"`,
  "Content-Transfer-Encoding: base64",
  "",
  "TVqQAAMAAAAEAAAA",
  "--b--",
  "",
].join("\r\n");

describeBrowser("preview page: hostile content", () => {
  const ctx = withPreview();
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const { page } = ctx;
    page.on("dialog", (d: Dialog) => {
      dialogs.push(d.type() + ": " + d.message());
      d.dismiss().catch(() => undefined);
    });
    page.on("console", (m: ConsoleMessage) => {
      if (m.type() === "error" || m.type() === "warning") errors.push(m.type() + ": " + m.text());
    });
    page.on("pageerror", (e: Error) => errors.push("pageerror: " + e.message));
    await ctx.preview.open({ lang: "fr", theme: "light", sample: "clean-fr" });
  });

  const bodyFrame = (): Frame => {
    const frame = ctx.page.frames().find((f) => f !== ctx.page.mainFrame());
    if (!frame) throw new Error("no body view frame");
    return frame;
  };

  /** Nothing ran, and the page holds no element made from the payload. */
  async function expectNothingRan(): Promise<void> {
    const { page } = ctx;
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const found = await page.evaluate(() => ({
      scripts: Array.from(document.scripts).map((s) => s.getAttribute("src")),
      handlers: document.querySelectorAll("[onerror], [onload], [onclick]").length,
      images: document.querySelectorAll('img[src="x"]').length,
      jsLinks: document.querySelectorAll('[href^="javascript:" i]').length,
    }));
    expect(found).toEqual({ scripts: ["preview.js"], handlers: 0, images: 0, jsLinks: 0 });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  }

  test("typed in the form and in the pane: shown as text, nothing runs", async () => {
    const { page, preview } = ctx;
    await preview.field("to").fill(`"${PAYLOAD}" <avocat@cabinet-exemple.fr>`);
    await preview.field("cc").fill(`"${PAYLOAD}" <paul.durand@vile-exemple.fr>`);
    await preview.field("subject").fill("RE: RE: RE: RE: " + PAYLOAD);
    await preview.field("body").fill(BODY);
    await page
      .getByTestId("attachment-name")
      .first()
      .fill(PAYLOAD + ".exe");

    await preview.finding("external-sensitive-content").waitFor();
    await preview.finding("long-thread").waitFor();
    await preview.finding("risky-attachment").waitFor();
    await preview.finding("non-descriptive-link").waitFor();

    // The display name, the file name and the subject, as text.
    await preview.finding("recipient-typo").waitFor();
    expect(await preview.finding("recipient-typo").innerText()).toContain(
      `${PAYLOAD} (paul.durand@vile-exemple.fr)`,
    );
    expect(await preview.finding("risky-attachment").innerText()).toContain(PAYLOAD + ".exe");
    expect(await preview.finding("long-thread").getByRole("textbox").inputValue()).toBe("RE: " + PAYLOAD);
    expect(await preview.finding("long-thread").getByRole("button").innerText()).toContain(PAYLOAD);
    // The confirmation lists the display name as text too.
    await preview.finding("external-sensitive-content").getByRole("button").first().click();
    const dialog = page.getByRole("alertdialog");
    expect(await dialog.innerText()).toContain(PAYLOAD);
    await dialog.getByRole("button", { name: "Annuler" }).click();
    await dialog.waitFor({ state: "detached" });

    // An alternative text typed in the pane goes into the body escaped.
    const altFinding = preview.finding("image-missing-alt").first();
    await altFinding.getByRole("textbox").fill(PAYLOAD);
    await altFinding.getByRole("button").first().click();
    await eventually(async () =>
      expect(await preview.value("body")).toContain(
        '<img alt="&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;" src="cid:scan.png"',
      ),
    );

    // The read-only view: sandboxed, without scripts, handlers or javascript: links, the alt text as text.
    expect(await page.getByTestId("body-view").getAttribute("sandbox")).toBe("");
    const frame = bodyFrame();
    await eventually(async () =>
      expect(
        await frame.evaluate(() => document.querySelector("img") && document.querySelector("img")!.alt),
      ).toBe(PAYLOAD),
    );
    const inFrame = await frame.evaluate(() => ({
      scripts: document.scripts.length,
      handlers: document.querySelectorAll("[onerror], [onload], [onclick]").length,
      links: Array.from(document.querySelectorAll("a")).map((a) => a.getAttribute("href")),
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    }));
    expect(inFrame).toEqual({ scripts: 0, handlers: 0, links: [null], pwned: undefined });
    await page.frameLocator('[data-testid="body-view"]').getByText("cliquez ici").click();
    await page.waitForTimeout(200);

    await expectNothingRan();
  });

  test("loaded from an .eml file: shown as text, nothing runs", async () => {
    const { page, preview } = ctx;
    await page.getByTestId("eml-input").setInputFiles({
      name: `${IMG}.eml`,
      mimeType: "message/rfc822",
      buffer: Buffer.from(EML, "utf8"),
    });
    await page.getByTestId("eml-notice").getByText(`${IMG}.eml`, { exact: false }).waitFor();
    await preview.ready();
    expect(await preview.value("from")).toBe(`"${PAYLOAD}" <jeanne.martin@ville-exemple.fr>`);
    expect(await preview.value("to")).toBe(`"${PAYLOAD}" <paul.durand@gmail.com>`);
    expect(await preview.value("cc")).toBe(`"${PAYLOAD}" <paul.durand@vile-exemple.fr>`);
    expect(await preview.value("subject")).toBe(`${PAYLOAD} arrêt maladie`);
    expect(await page.getByTestId("attachment-name").first().inputValue()).toBe(`${IMG}.exe`);

    await preview.finding("risky-attachment").waitFor();
    expect(await preview.finding("risky-attachment").innerText()).toContain(`${IMG}.exe`);
    await preview.finding("recipient-typo").waitFor();
    expect(await preview.finding("recipient-typo").innerText()).toContain(
      `${PAYLOAD} (paul.durand@vile-exemple.fr)`,
    );
    await eventually(async () =>
      expect(await bodyFrame().evaluate(() => document.body.textContent)).toContain("Voir"),
    );
    await expectNothingRan();
  });
});
