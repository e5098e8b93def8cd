// `npm run build -- --env url=https://…` must give a manifest with every URL at the production host, and
// copy the organisation's policy next to the pane.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

type MakeConfig = (env: Record<string, unknown>, argv: { mode: string }) => Promise<webpack.Configuration>;
const ROOT = path.join(__dirname, "..", "..");
const makeConfig = require(path.join(ROOT, "webpack.config.js")) as MakeConfig;

function compile(config: webpack.Configuration): Promise<void> {
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats && stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

describe("production build for a given host", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "mail-hygiene-prod-"));
  const base = "https://addins.ville-exemple.fr/mail-hygiene/";
  const policy = path.join(ROOT, "examples", "policies", "hopital.json");

  beforeAll(async () => {
    const config = await makeConfig(
      { only: "taskpane", outputPath: out, url: base.slice(0, -1), policy },
      { mode: "production" },
    );
    await compile(config);
  }, 180_000);

  it("writes a manifest with no localhost URL, every URL under the given address", () => {
    const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/);
    const urls = manifest.match(/DefaultValue="https?:\/\/[^"]+"/g) || [];
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls)
      expect(u).toMatch(/^DefaultValue="https:\/\/addins\.ville-exemple\.fr\/mail-hygiene\/[^"]+"$/);
  });

  it("serves the organisation's policy as policy.json", () => {
    expect(fs.readFileSync(path.join(out, "policy.json"), "utf8")).toBe(fs.readFileSync(policy, "utf8"));
  });

  it("refuses an address that is not https", async () => {
    await expect(
      makeConfig({ only: "taskpane", url: "http://intranet/addin" }, { mode: "production" }),
    ).rejects.toThrow(/https:\/\/ address is expected/);
  });
});
