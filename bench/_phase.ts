import { outlookHtml, draftWith, NOW } from "./generate";
import { lint, RULES } from "../src/lint";
import { buildBodyIndex } from "../src/lint/body/body-index";
import { Parser } from "htmlparser2";
import { measure } from "./measure";
const size = Number(process.argv[2] || 20480);
const html = outlookHtml(size);
const d = draftWith({ html });
const parse = () => { const p = new Parser({ ontext() {}, onopentag() {} }, { decodeEntities: true }); p.write(html); p.end(); };
const o = { targetMs: 600 };
const p = measure(parse, o).min;
const full = measure(() => lint(d, { now: NOW }), o).min;
const idx = measure(() => buildBodyIndex(d.body), o).min;
const none = measure(() => lint(d, { now: NOW, only: ["none"] }), o).min;
console.log(`size ${html.length} parse ${p.toFixed(3)} full ${full.toFixed(3)} index ${idx.toFixed(3)} lint-no-rules ${none.toFixed(3)}`);
for (const r of RULES) {
  const t = measure(() => lint(d, { now: NOW, only: [r.meta.id] }), o).min;
  console.log(r.meta.id.padEnd(30), (t - none).toFixed(3));
}
