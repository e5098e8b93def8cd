// Files the command cannot lint: binary data, a message cut short, a file over the size limit, paths that
// are not regular files (a broken link, a named pipe, a folder named x.eml), invalid JSON, a JSON draft of
// the wrong shape. Each is named on stderr with its reason (exit 2), and the other files of the same run
// are still reported.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { MAX_FILE_BYTES } from "../../src/cli/files";
import { fixture, ROOT, run, type JsonReport } from "./helpers";

const MB = 1024 * 1024;

/** The `mail-hygiene: FILE: reason` lines of stderr, by file. */
function complaints(stderr: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of stderr.split("\n")) {
    const m = /^mail-hygiene: (.+?\.(?:eml|json)): (.+)$/.exec(line);
    if (m) out.set(m[1], m[2]);
  }
  return out;
}

/** A complete multipart message: a text part and a base64 PDF. */
const MESSAGE = [
  "From: Jeanne Martin <jeanne.martin@ville-exemple.fr>",
  "To: Paul Durand <paul.durand@ville-exemple.fr>",
  "Subject: =?UTF-8?Q?Rapport_d'activit=C3=A9_2026_du_service_culture?=",
  "Date: Tue, 24 Nov 2026 10:00:00 +0100",
  "Message-ID: <bad-files-1@ville-exemple.fr>",
  "MIME-Version: 1.0",
  'Content-Type: multipart/mixed; boundary="=_part_1"',
  "",
  "--=_part_1",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: 8bit",
  "",
  "Bonjour Paul,",
  "",
  "Voici le rapport d'activité 2026 du service culture, en pièce jointe.",
  "",
  "Jeanne",
  "--=_part_1",
  'Content-Type: application/pdf; name="rapport-activite-2026.pdf"',
  "Content-Transfer-Encoding: base64",
  'Content-Disposition: attachment; filename="rapport-activite-2026.pdf"',
  "",
  ...(Buffer.from("%PDF-1.4 " + "rapport ".repeat(400))
    .toString("base64")
    .match(/.{1,76}/g) as string[]),
  "--=_part_1--",
  "",
].join("\r\n");

/** `text` cut at `at`, moved forward if needed so that the cut falls inside a line, not at its end. */
function cutInLine(text: string, at: number): string {
  let i = at;
  while (i < text.length && (text.charAt(i - 1) === "\n" || text.charAt(i) === "\r")) i++;
  return text.slice(0, i);
}

let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mail-hygiene-bad-"));
  fs.copyFileSync(path.join(ROOT, fixture("mail/after-hours-sick-leave.eml")), at("good.eml"));
  fs.copyFileSync(path.join(ROOT, fixture("mail/clean.json")), at("good.json"));
  fs.writeFileSync(at("complete.eml"), MESSAGE);
  // A PNG's first bytes, NUL included, then noise.
  fs.writeFileSync(
    at("binary.eml"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 255]),
  );
  const base64Start = MESSAGE.indexOf("\r\n\r\n", MESSAGE.indexOf("Content-Transfer-Encoding: base64")) + 4;
  const base64End = MESSAGE.indexOf("--=_part_1--");
  fs.writeFileSync(at("cut-in-base64.eml"), cutInLine(MESSAGE, Math.floor((base64Start + base64End) / 2)));
  fs.writeFileSync(at("cut-in-headers.eml"), cutInLine(MESSAGE, MESSAGE.indexOf("Subject:") + 20));
  // 50 MB: headers, then a body of plain lines, written by the megabyte.
  const fd = fs.openSync(at("huge.eml"), "w");
  fs.writeSync(fd, MESSAGE.slice(0, MESSAGE.indexOf("MIME-Version")) + "\r\n");
  const line = "Bonjour, voici encore une ligne du rapport d'activité du service culture.\r\n";
  const megabyte = Buffer.from(line.repeat(Math.ceil(MB / line.length))).subarray(0, MB);
  for (let i = 0; i < 50; i++) fs.writeSync(fd, megabyte);
  fs.closeSync(fd);
  fs.symlinkSync(at("nowhere.eml"), at("dangling.eml"));
  fs.mkdirSync(at("x.eml"));
  fs.writeFileSync(at("x.eml/readme.txt"), "a folder named like a message\n");
  fs.writeFileSync(at("invalid.json"), '{"to": [}');
  fs.writeFileSync(at("wrong-shape.json"), '{"to": "paul.durand@ville-exemple.fr", "subject": 3}');
  fs.writeFileSync(at("array.json"), "[]");
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// What each bad file is refused for (English); the files are in the temp folder.
const BAD: [string, RegExp][] = [
  ["binary.eml", /^binary data, not a MIME message \(no readable header\)$/],
  [
    "cut-in-base64.eml",
    /^truncated message: the file ends in the middle of a line, without the closing boundary "--=_part_1--" of its multipart body$/,
  ],
  [
    "cut-in-headers.eml",
    /^truncated message: the file ends in the middle of the header \(".+"\), before the blank line that closes it$/,
  ],
  [
    "huge.eml",
    /^file too large: 50\.0 MB, over the 25 MB limit \(the usual maximum size of a message\), not read$/,
  ],
  ["dangling.eml", /^broken symbolic link: its target ".*nowhere\.eml" does not exist$/],
  ["x.eml", /^folder holds no \.eml or \.json file$/],
  ["invalid.json", /^invalid JSON.*: Unexpected token/],
  [
    "wrong-shape.json",
    /^draft does not follow draft\.schema\.json: to: expected type array; subject: expected type string$/,
  ],
  ["array.json", /^draft does not follow draft\.schema\.json: \(root\): expected type object$/],
];

describe("bad files", () => {
  it("the uncut message lints: the cuts below are what make the difference", async () => {
    const r = await run(["lint", "--format", "json", "--lang", "en", at("complete.eml")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonReport).files.map((f) => f.file)).toEqual([at("complete.eml")]);
  });

  it.each(BAD)(
    "%s is named with its reason, exit 2, and the good files beside it are reported",
    async (name, reason) => {
      const r = await run([
        "lint",
        "--format",
        "json",
        "--lang",
        "en",
        at("good.eml"),
        at(name),
        at("good.json"),
      ]);
      expect(r.code).toBe(2);
      const failed = complaints(r.stderr);
      expect([...failed.keys()]).toEqual([at(name)]);
      expect(failed.get(at(name))).toMatch(reason);
      const report = JSON.parse(r.stdout) as JsonReport;
      expect(report.files.map((f) => f.file)).toEqual([at("good.eml"), at("good.json")]);
      expect(report.files[0].findings.map((f) => f.ruleId)).toContain("external-sensitive-content");
    },
  );

  it("names every bad file of one run, in order, and still reports the good ones (text format)", async () => {
    const names = BAD.map(([name]) => name);
    const r = await run(["lint", "--lang", "en", ...names.map(at), at("good.eml")]);
    expect(r.code).toBe(2);
    const failed = complaints(r.stderr);
    expect([...failed.keys()]).toEqual(names.map(at));
    for (const [name, reason] of BAD) expect(failed.get(at(name))).toMatch(reason);
    expect(r.stdout.split("\n")[0]).toBe(at("good.eml"));
  });

  it("says it in French too", async () => {
    const r = await run(["lint", at("huge.eml"), at("cut-in-base64.eml"), at("dangling.eml")], {
      LANG: "fr_FR.UTF-8",
    });
    const failed = complaints(r.stderr);
    expect(failed.get(at("huge.eml"))).toBe(
      "fichier trop gros : 50,0 Mo, au-delà de 25 Mo (la taille maximale habituelle d'un message), non lu",
    );
    expect(failed.get(at("cut-in-base64.eml"))).toMatch(/^message tronqué : /);
    expect(failed.get(at("dangling.eml"))).toMatch(
      /^lien symbolique cassé : sa cible « .*nowhere\.eml » n'existe pas$/,
    );
  });

  it("refuses a file over the limit unread, one byte over as fifty megabytes over", async () => {
    expect(MAX_FILE_BYTES).toBe(25 * MB);
    // Sparse: the size is there, the bytes are never read (they would be NUL, binary data).
    fs.writeFileSync(at("just-over.json"), "");
    fs.truncateSync(at("just-over.json"), MAX_FILE_BYTES + 1);
    const r = await run(["lint", "--lang", "en", at("just-over.json")]);
    expect(r.code).toBe(2);
    expect(complaints(r.stderr).get(at("just-over.json"))).toMatch(
      /^file too large: 25\.0 MB, over the 25 MB limit/,
    );
  });

  it("in a folder, lists a broken link named *.eml with its reason and walks into a folder named x.eml", async () => {
    const sub = at("walked");
    fs.mkdirSync(sub);
    fs.symlinkSync(path.join(sub, "gone.eml"), path.join(sub, "a-dangling.eml"));
    fs.mkdirSync(path.join(sub, "b-folder.eml"));
    fs.copyFileSync(at("good.json"), path.join(sub, "b-folder.eml", "inside.json"));
    fs.copyFileSync(at("good.eml"), path.join(sub, "c-good.eml"));
    const r = await run(["lint", "--format", "json", "--lang", "en", sub]);
    expect(r.code).toBe(2);
    expect([...complaints(r.stderr).keys()]).toEqual([path.join(sub, "a-dangling.eml")]);
    expect((JSON.parse(r.stdout) as JsonReport).files.map((f) => path.relative(sub, f.file))).toEqual([
      path.join("b-folder.eml", "inside.json"),
      "c-good.eml",
    ]);
  });
});

// A named pipe blocks whoever opens it for reading until a writer comes: the command must not wait. Run as
// a child process with a time limit, so that a regression fails the test instead of hanging Jest.
describe("a named pipe", () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ["bin/mail-hygiene.js", "lint", "--lang", "en", ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "" },
      timeout: 30000,
    });

  beforeAll(() => {
    execFileSync("mkfifo", [at("pipe.eml")]);
    fs.mkdirSync(at("with-pipe"));
    execFileSync("mkfifo", [path.join(at("with-pipe"), "a-pipe.eml")]);
    fs.copyFileSync(at("good.eml"), path.join(at("with-pipe"), "b-good.eml"));
    execFileSync("mkfifo", [at("policy-pipe.json")]);
  });

  it("named on the command line or met in a folder, is skipped with a reason; the rest is linted", () => {
    const child = cli(["--format", "json", at("pipe.eml"), at("with-pipe"), at("good.json")]);
    expect(child.error).toBeUndefined(); // no time-out
    expect(child.status).toBe(2);
    const failed = complaints(child.stderr);
    expect([...failed.keys()]).toEqual([at("pipe.eml"), path.join(at("with-pipe"), "a-pipe.eml")]);
    for (const reason of failed.values())
      expect(reason).toBe("not a regular file: a named pipe (FIFO), not read");
    const report = JSON.parse(child.stdout) as JsonReport;
    expect(report.files.map((f) => f.file)).toEqual([
      path.join(at("with-pipe"), "b-good.eml"),
      at("good.json"),
    ]);
  }, 60000);

  it("given as --policy, stops the command with the reason instead of waiting", () => {
    const child = cli(["--policy", at("policy-pipe.json"), at("good.json")]);
    expect(child.error).toBeUndefined();
    expect(child.status).toBe(2);
    expect(child.stderr).toBe(
      `mail-hygiene: ${at("policy-pipe.json")}: not a regular file: a named pipe (FIFO), not read\n`,
    );
  }, 60000);
});
