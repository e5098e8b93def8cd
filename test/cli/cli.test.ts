// The command as CLI.md defines it, run in-process on the fixtures of test/fixtures/cli.
import { fixture, instantsOf, INSTANT, run, type JsonReport } from "./helpers";

const SICK_LEAVE = fixture("mail/after-hours-sick-leave.eml");
const CLEAN = fixture("mail/clean.json");
const VAGUE = fixture("mail/nested/vague-subject.json");
const MISSING_ADDRESS = fixture("broken/missing-address.json");
const NO_SEND_AT = fixture("drafts/no-send-at.json");
const PARIS = ["--policy", fixture("policies/paris.json")];

describe("text format", () => {
  it("reports an after-hours mail with a health word sent outside: exit 1", async () => {
    const r = await run(["lint", ...PARIS, SICK_LEAVE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(SICK_LEAVE);
    expect(lines[1]).toMatch(
      /^ {2}error {4}Donnée de santé \(« arrêt maladie »\).* {2}external-sensitive-content$/,
    );
    expect(lines[2]).toMatch(
      /^ {2}warning {2}Envoi le vendredi 27 novembre à 21:40, .* {2}after-hours-send$/,
    );
    // The rule ids line up in one column.
    expect(lines[1].indexOf("external-sensitive-content")).toBe(lines[2].indexOf("after-hours-send"));
    expect(r.stdout).toContain("✖ 2 problèmes (1 erreur, 1 avertissement, 0 info)");
  });

  it("explains each rule that fired once, with its guide reference, in the chosen language", async () => {
    const fr = await run(["lint", ...PARIS, SICK_LEAVE]);
    expect(fr.stdout).toContain("Pourquoi :\n  external-sensitive-content — Guide §7");
    expect(fr.stdout).toContain("  after-hours-send — Guide §8 — « respect du droit à la déconnexion");
    expect(fr.stdout).toContain("    Un message reçu le soir ou le week-end");
    const en = await run(["lint", "--lang", "en", ...PARIS, SICK_LEAVE]);
    expect(en.stdout).toContain("Why:\n  external-sensitive-content — Guide §7 — “Minimal sharing");
  });

  it("prints nothing for a clean draft: exit 0", async () => {
    const r = await run(["lint", CLEAN]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("speaks English with --lang en, French by default, and follows LANG / LC_ALL", async () => {
    const en = await run(["lint", "--lang", "en", ...PARIS, SICK_LEAVE]);
    expect(en.stdout).toContain("Sending on Friday 27 November at 21:40, after working hours");
    expect(en.stdout).toContain("✖ 2 problems (1 error, 1 warning, 0 infos)");
    const fr = await run(["lint", ...PARIS, SICK_LEAVE], {});
    expect(fr.stdout).toContain("Envoi le vendredi 27 novembre à 21:40");
    const fromEnv = await run(["lint", ...PARIS, SICK_LEAVE], { LANG: "en_GB.UTF-8" });
    expect(fromEnv.stdout).toContain("Sending on Friday");
    const lcAll = await run(["lint", ...PARIS, SICK_LEAVE], { LANG: "en_US.UTF-8", LC_ALL: "fr_FR.UTF-8" });
    expect(lcAll.stdout).toContain("Envoi le vendredi");
    const forced = await run(["lint", "--lang=fr", ...PARIS, SICK_LEAVE], { LANG: "en_US.UTF-8" });
    expect(forced.stdout).toContain("Envoi le vendredi");
  });

  it("lints every .eml and .json below a folder, sorted, recursively", async () => {
    const r = await run(["lint", ...PARIS, fixture("mail")]);
    expect(r.code).toBe(1);
    const files = r.stdout.split("\n").filter((l) => l.startsWith(fixture("")));
    // clean.json has no finding, so text output does not list it; notes.txt is neither .eml nor .json.
    expect(files).toEqual([SICK_LEAVE, VAGUE]);
    expect(r.stdout).toContain("✖ 3 problèmes (1 erreur, 2 avertissements, 0 info)");
  });
});

describe("json format", () => {
  it("prints CLI.md's document, with every instant in ISO 8601 with its offset", async () => {
    const r = await run(["lint", "--format", "json", ...PARIS, fixture("mail")]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(["files"]);
    expect(report.files.map((f) => f.file)).toEqual([SICK_LEAVE, CLEAN, VAGUE]);
    for (const f of report.files) {
      expect(Object.keys(f)).toEqual(["file", "findings"]);
      for (const finding of f.findings)
        expect(Object.keys(finding)).toEqual(["ruleId", "severity", "message", "location", "fixes"]);
    }
    const [sick, clean] = report.files;
    expect(clean.findings).toEqual([]);
    expect(sick.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["external-sensitive-content", "error"],
      ["after-hours-send", "warning"],
    ]);
    const late = sick.findings[1];
    expect(late.location).toEqual({ part: "send-time", at: "2026-11-27T21:40:00+01:00" });
    expect(late.fixes[0]).toMatchObject({ kind: "schedule-delivery", at: "2026-11-30T08:00:00+01:00" });
    // A fix's label is a text in the requested language, like the message.
    expect(late.fixes[0].label).toBe("lundi 30 novembre à 08:00");
    const instants = instantsOf(report);
    expect(instants.length).toBeGreaterThanOrEqual(2);
    for (const at of instants) expect(at).toMatch(INSTANT);
  });

  it("prints an empty file list entry for a clean draft: exit 0", async () => {
    const r = await run(["lint", "--format=json", CLEAN]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ files: [{ file: CLEAN, findings: [] }] });
  });
});

describe("--now", () => {
  it("is the send moment of a .json draft without sendAt", async () => {
    const saturday = await run([
      "lint",
      "--format",
      "json",
      "--now",
      "2026-11-28T10:00:00+01:00",
      NO_SEND_AT,
    ]);
    expect(saturday.code).toBe(0);
    const findings = (JSON.parse(saturday.stdout) as JsonReport).files[0].findings;
    expect(findings.map((f) => f.ruleId)).toEqual(["after-hours-send"]);
    expect(findings[0].location).toEqual({ part: "send-time", at: "2026-11-28T10:00:00+01:00" });
    expect(findings[0].fixes[0].at).toBe("2026-11-30T08:00:00+01:00");

    const tuesday = await run(["lint", "--format", "json", "--now", "2026-11-24T10:00:00+01:00", NO_SEND_AT]);
    expect(JSON.parse(tuesday.stdout)).toEqual({ files: [{ file: NO_SEND_AT, findings: [] }] });
  });

  it("does not replace a draft's own sendAt", async () => {
    const r = await run(["lint", "--format", "json", "--now", "2026-11-28T23:00:00+01:00", CLEAN]);
    expect(JSON.parse(r.stdout)).toEqual({ files: [{ file: CLEAN, findings: [] }] });
  });

  it("must be an ISO 8601 date", async () => {
    const r = await run(["lint", "--now", "demain", CLEAN]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--now");
    expect(r.stdout).toBe("");
  });
});

describe("--policy", () => {
  it("switching a rule off removes its findings", async () => {
    const on = await run(["lint", "--format", "json", ...PARIS, SICK_LEAVE]);
    expect(on.stdout).toContain("external-sensitive-content");
    const off = await run([
      "lint",
      "--format",
      "json",
      "--policy",
      fixture("policies/sensitive-off.json"),
      SICK_LEAVE,
    ]);
    const findings = (JSON.parse(off.stdout) as JsonReport).files[0].findings;
    expect(findings.map((f) => f.ruleId)).toEqual(["after-hours-send"]);
    expect(off.code).toBe(0);
  });

  it("an invalid policy stops the command with exit 2, naming the field", async () => {
    const r = await run(["lint", "--policy", fixture("policies/invalid.json"), fixture("mail")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(fixture("policies/invalid.json"));
    expect(r.stderr).toContain("workingTime.start");
    expect(r.stderr).toContain("25:00");
  });

  it("a missing policy file is exit 2", async () => {
    const r = await run(["lint", "--lang", "en", "--policy", fixture("policies/nowhere.json"), CLEAN]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("policies/nowhere.json: no such file or folder");
  });
});

describe("files the command cannot lint", () => {
  it("names a draft that breaks the schema, with the JSON path, and still reports the others: exit 2", async () => {
    const r = await run([
      "lint",
      "--lang",
      "en",
      "--format",
      "json",
      ...PARIS,
      MISSING_ADDRESS,
      SICK_LEAVE,
      CLEAN,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(MISSING_ADDRESS);
    expect(r.stderr).toContain('to[0]: missing required field "address"');
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.map((f) => f.file)).toEqual([SICK_LEAVE, CLEAN]);
  });

  it("exit 2 beats exit 1 in text format too", async () => {
    const r = await run(["lint", ...PARIS, fixture("broken"), SICK_LEAVE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing-address\.json: .*to\[0\] : champ obligatoire « address » absent/);
    expect(r.stdout).toContain(SICK_LEAVE);
  });

  it("names a path that does not exist", async () => {
    const r = await run(["lint", "--lang", "en", fixture("nowhere.eml"), CLEAN]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nowhere.eml: no such file or folder");
  });
});

describe("command line", () => {
  it.each([
    [["lint", "--fix", CLEAN], "--fix"],
    [["lint", "-x", CLEAN], "-x"],
    [["check", CLEAN], "check"],
    [["lint", "--format", "xml", CLEAN], "xml"],
    [["lint", "--lang", "de", CLEAN], "de"],
    [["lint", "--policy"], "--policy"],
    [["lint"], "Aucun fichier"],
    [[], "lint"],
  ])("%j is refused with exit 2", async (argv, named) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(named);
  });

  it("--help prints the usage: exit 0", async () => {
    const r = await run(["--help"], { LANG: "en_US.UTF-8" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: mail-hygiene lint [options] FILE...");
    const fr = await run(["lint", "-h"]);
    expect(fr.stdout).toContain("Usage : mail-hygiene lint [options] FICHIER...");
  });
});
