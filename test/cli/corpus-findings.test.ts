// The rules that accuse the sender most directly — a password in clear, a mistyped address, a dangerous
// attachment — must not fire on the real corpus where a reader would call the finding wrong. This lists
// every such finding the whole corpus gives, each with the reason a reader would agree, and a few files
// chosen because a naive rule would fire on them.
import * as path from "node:path";
import { run, type JsonFinding } from "./helpers";

const CORPUS = path.resolve(__dirname, "../../../shared/corpus/eml");
const WATCHED = ["credential-in-body", "recipient-typo", "risky-attachment"];

/** file → the watched findings it must give (message ids), and why a reader agrees. */
const EXPECTED: { [file: string]: { findings: string[]; why: string } } = {
  "enmime-mail-mime-bad-8bit-filename.raw.eml": {
    findings: ["recipient-typo"],
    why: "sent by pavel.bazika@some.domain to test@dome.domain: one letter away from the sender's own domain",
  },
  "postal-mime-calendar-event.eml": {
    findings: [],
    why: "a Google Meet invitation: 'PIN: 498100683' is the dial-in code every guest receives, not a secret",
  },
  "mimekit-Announce_GnuPG_2.1.20_released.eml": {
    findings: [],
    why: "names Windows installers (.exe) in its text, but attaches no executable",
  },
  "mailparser-nodemailer.eml": {
    findings: [],
    why: "andris@kreata.ee writes to andris+123@kreata.ee: a sub-address of the sender's own domain is no typo",
  },
  "enron-donohoe-t-inbox-9.txt.eml": {
    findings: [],
    why: "205 recipients at enron.com and many other domains: similar-looking real domains are not typos",
  },
};

describe("watched rules on the real corpus", () => {
  let byFile: { [file: string]: string[] } = {};

  beforeAll(async () => {
    const r = await run(["lint", "--format", "json", "--now", "2026-11-24T10:00:00+01:00", CORPUS]);
    const doc = JSON.parse(r.stdout) as { files: { file: string; findings: JsonFinding[] }[] };
    byFile = {};
    for (const f of doc.files) {
      const watched = f.findings.filter((x) => WATCHED.includes(x.ruleId)).map((x) => x.ruleId);
      byFile[path.basename(f.file)] = watched;
    }
  }, 120_000);

  it.each(Object.keys(EXPECTED).map((file) => [file, EXPECTED[file].why] as const))("%s: %s", (file) => {
    expect(byFile[file]).toEqual(EXPECTED[file].findings);
  });

  it("gives no other credential, typo or risky-attachment finding anywhere in the corpus", () => {
    const unexpected = Object.keys(byFile).filter((f) => byFile[f].length > 0 && !(f in EXPECTED));
    expect(unexpected).toEqual([]);
    expect(Object.keys(byFile).length).toBeGreaterThan(100);
  });
});
