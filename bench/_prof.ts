import { outlookHtml, draftWith, NOW } from "/work/main/bench/generate";
import { lint } from "/work/main/src/lint";
import { performance } from "perf_hooks";
const size = Number(process.argv[2] || 1048576);
const d = draftWith({ html: outlookHtml(size) });
for (let k = 0; k < Number(process.argv[3] || 3); k++) {
  const t = performance.now();
  lint(d, { now: NOW });
  console.log((performance.now() - t).toFixed(1));
}
