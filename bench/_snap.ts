import * as fs from "fs";
import * as path from "path";
import { emlToDraft } from "../src/cli/eml-to-draft";
import { lint, type Draft } from "../src/lint";
import { ADVERSARIAL, attachments, draftWith, imagesHtml, NOW, outlookHtml, recipients } from "./generate";
import { buildBodyIndex } from "../src/lint/body/body-index";

async function main() {
  const out: { [k: string]: unknown } = {};
  const dir = path.join(__dirname, "../../shared/corpus/eml");
  for (const f of fs.readdirSync(dir).sort()) {
    const draft = await emlToDraft(new Uint8Array(fs.readFileSync(path.join(dir, f))), { now: NOW, timeZone: "Europe/Paris" });
    out["eml:" + f] = lint(draft, { now: NOW });
    const b = buildBodyIndex(draft.body);
    out["idx:" + f] = { text: b.text, segments: b.segments, images: b.images, links: b.links, paragraphs: b.paragraphs, h: b.historyMessages, t: b.tokensIn(["new"]).length, tin: b.textIn(["new", "signature"]) };
  }
  const drafts: { [k: string]: Draft } = {};
  for (const s of [1024, 20480, 102400, 1048576]) drafts["size" + s] = draftWith({ html: outlookHtml(s) });
  for (const s of [3, 7, 11]) drafts["seed" + s] = draftWith({ html: outlookHtml(30000, s) });
  for (const n of [1, 50, 300]) drafts["rcpt" + n] = draftWith({ html: outlookHtml(2000) }, { to: recipients(n), cc: [] });
  for (const n of [0, 40, 300]) drafts["img" + n] = draftWith({ html: imagesHtml(n) });
  for (const n of [0, 40, 300]) drafts["att" + n] = draftWith({ html: outlookHtml(2000) }, { attachments: attachments(n) });
  for (const a of ADVERSARIAL) drafts["adv:" + a.name] = draftWith(a.body(a.name.indexOf("nested") >= 0 ? 500 : 3000));
  for (const k of Object.keys(drafts)) {
    out["gen:" + k] = lint(drafts[k], { now: NOW });
    const b = buildBodyIndex(drafts[k].body);
    out["gidx:" + k] = { text: b.text, segments: b.segments, images: b.images, links: b.links, paragraphs: b.paragraphs, h: b.historyMessages };
  }
  fs.writeFileSync(process.argv[2], JSON.stringify(out));
  console.log(Object.keys(out).length, "entries");
}
main();
