import { Parser } from "/work/main/node_modules/htmlparser2";
import { outlookHtml, draftWith, NOW } from "/work/main/bench/generate";
import { lint } from "/work/main/src/lint";
import { performance } from "perf_hooks";
const html = outlookHtml(20480);
const d = draftWith({ html });
const out: string[] = [];
for (let k = 0; k < 40; k++) {
  let t = performance.now();
  lint(d, { now: NOW });
  const a = performance.now() - t;
  t = performance.now();
  const p = new Parser({ ontext() {}, onopentag() {} }, { decodeEntities: true }); p.write(html); p.end();
  out.push(a.toFixed(2) + "/" + (performance.now() - t).toFixed(2));
}
console.log(out.join(" "));
