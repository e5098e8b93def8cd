// The whole shared corpus of real-world mail in one run, broken files beside good ones, and the installed
// command as a child process.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fixture, instantsOf, INSTANT, ROOT, run, type JsonReport } from "./helpers";

const CORPUS = path.resolve(__dirname, "../../../shared/corpus/eml");

/** The `NAME: FILE: reason` lines of stderr, by file. */
function complaints(stderr: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of stderr.split("\n")) {
    const m = /^mail-hygiene: (.+?\.(?:eml|json)): (.+)$/.exec(line);
    if (m) out.set(m[1], m[2]);
  }
  return out;
}

describe("the shared corpus", () => {
  it("lints every file in one run: each is reported or named on stderr with a reason", async () => {
    const names = fs
      .readdirSync(CORPUS)
      .filter((n) => /\.(eml|json)$/i.test(n))
      .sort();
    expect(names.length).toBeGreaterThan(100);
    const r = await run(["lint", "--format", "json", "--lang", "en", CORPUS]);
    const report = JSON.parse(r.stdout) as JsonReport;
    const reported = new Set(report.files.map((f) => f.file));
    const failed = complaints(r.stderr);
    for (const name of names) {
      const file = path.join(CORPUS, name);
      const where = reported.has(file) ? "report" : failed.has(file) ? "stderr" : "nowhere";
      expect([name, where]).not.toEqual([name, "nowhere"]);
      if (where === "stderr") expect(failed.get(file)).toMatch(/\w{4}/);
    }
    expect(reported.size + failed.size).toBe(names.length);
    // Only the findings' files and the complaints' files, nothing else.
    for (const f of report.files) expect(names).toContain(path.basename(f.file));
    const hasError = report.files.some((f) => f.findings.some((x) => x.severity === "error"));
    expect(r.code).toBe(failed.size > 0 ? 2 : hasError ? 1 : 0);
    for (const at of instantsOf(report)) expect(at).toMatch(INSTANT);
  }, 60000);
});

describe("malformed files beside a good one", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "mail-hygiene-cli-"));
    // Deterministic "random" bytes: a linear congruential generator, so a failure can be replayed.
    const bytes = Buffer.alloc(4096);
    let seed = 20261127;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed >> 16;
    }
    fs.writeFileSync(path.join(dir, "a-random.eml"), bytes);
    fs.writeFileSync(path.join(dir, "b-empty.eml"), "");
    fs.writeFileSync(path.join(dir, "c-prose.eml"), "Bonjour,\n\nceci n'est pas un message.\n");
    fs.writeFileSync(path.join(dir, "d-truncated.json"), '{"to": [');
    fs.copyFileSync(
      path.join(ROOT, fixture("mail/after-hours-sick-leave.eml")),
      path.join(dir, "e-good.eml"),
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("names each broken file with its reason, reports the good one, exit 2", async () => {
    const r = await run(["lint", "--format", "json", "--lang", "en", dir]);
    expect(r.code).toBe(2);
    const failed = complaints(r.stderr);
    expect(failed.get(path.join(dir, "a-random.eml"))).toMatch(/^binary data, not a MIME message/);
    expect(failed.get(path.join(dir, "b-empty.eml"))).toBe("empty file");
    expect(failed.get(path.join(dir, "c-prose.eml"))).toMatch(
      /^not a MIME message: no "Name: value" header line/,
    );
    expect(failed.get(path.join(dir, "d-truncated.json"))).toMatch(/^invalid JSON/);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.map((f) => path.basename(f.file))).toEqual(["e-good.eml"]);
    expect(report.files[0].findings.map((f) => f.ruleId)).toContain("external-sensitive-content");
  });

  it("in text format as well", async () => {
    const r = await run(["lint", path.join(dir, "b-empty.eml"), path.join(dir, "e-good.eml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`mail-hygiene: ${path.join(dir, "b-empty.eml")}: fichier vide\n`);
    expect(r.stdout).toContain(path.join(dir, "e-good.eml"));
  });
});

describe("bin/mail-hygiene.js", () => {
  it("runs end to end as a child process", () => {
    const child = spawnSync(
      process.execPath,
      [
        "bin/mail-hygiene.js",
        "lint",
        "--format",
        "json",
        fixture("mail/after-hours-sick-leave.eml"),
        fixture("mail/clean.json"),
      ],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "" },
        timeout: 60000,
      },
    );
    expect(child.stderr).toBe("");
    expect(child.status).toBe(1);
    const report = JSON.parse(child.stdout) as JsonReport;
    expect(report.files.map((f) => f.file)).toEqual([
      fixture("mail/after-hours-sick-leave.eml"),
      fixture("mail/clean.json"),
    ]);
    expect(report.files[0].findings[0]).toMatchObject({
      ruleId: "external-sensitive-content",
      severity: "error",
      message: expect.stringContaining("Health data"),
    });
    for (const at of instantsOf(report)) expect(at).toMatch(INSTANT);
  }, 60000);
});
