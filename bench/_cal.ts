import { Parser } from "/work/main/node_modules/htmlparser2";
import { lint } from "/work/main/src/lint";
import { outlookHtml, draftWith, NOW } from "/work/main/bench/generate";
import { measureMany } from "/work/main/bench/measure";
for (const size of [1024, 20480, 102400, 1048576, 5242880]) {
  const html = outlookHtml(size);
  const d = draftWith({ html });
  const parse = () => { const p = new Parser({ ontext() {}, onopentag() {} }, { decodeEntities: true }); p.write(html); p.end(); };
  const [a, b] = measureMany([() => lint(d, { now: NOW }), parse], { targetMs: 1500 });
  console.log(size, html.length, "lint", a.median.toFixed(3), "parse", b.median.toFixed(3), "ratio", (a.median / b.median).toFixed(2), a.runs);
}
console.log(lint(draftWith({ html: outlookHtml(20480) }), { now: NOW }).map(f => f.ruleId + ":" + f.messageId).join(" "));
