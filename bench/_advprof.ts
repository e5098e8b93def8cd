import { ADVERSARIAL, draftWith, NOW, outlookHtml } from "./generate";
import { loadEngine } from "./load-engine";
import { performance } from "perf_hooks";
const { engine } = loadEngine();
const a = ADVERSARIAL.find((x) => x.name === process.argv[2]);
const d = a ? draftWith(a.body(Number(process.argv[3] || 300000))) : draftWith({ html: outlookHtml(Number(process.argv[3])) });
for (let k = 0; k < Number(process.argv[4] || 2); k++) { const t = performance.now(); engine.lint(d, { now: NOW }); console.log((performance.now() - t).toFixed(0)); }
