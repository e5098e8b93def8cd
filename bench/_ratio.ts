import { Parser } from "htmlparser2";
import { outlookHtml, draftWith, NOW } from "./generate";
import { measureMany } from "./measure";
import { lint } from "../src/lint";
for (const size of (process.argv[2] || "20480,102400,1048576").split(",").map(Number)) {
  const html = outlookHtml(size);
  const d = draftWith({ html });
  const bare = () => { const p = new Parser({ ontext() {}, onopentag() {} }, { decodeEntities: true }); p.write(html); p.end(); };
  const r = measureMany([bare, () => lint(d, { now: NOW })], { targetMs: 3000 });
  console.log(size, `parse ${r[0].min.toFixed(3)}/${r[0].median.toFixed(3)}/cpu ${r[0].cpu.toFixed(3)}  lint ${r[1].min.toFixed(3)}/${r[1].median.toFixed(3)}/cpu ${r[1].cpu.toFixed(3)}  ratio min ${(r[1].min / r[0].min).toFixed(2)} med ${(r[1].median / r[0].median).toFixed(2)}`);
}
