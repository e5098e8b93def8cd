import { outlookHtml, draftWith, NOW } from "/work/main/bench/generate";
import { performance } from "perf_hooks";
import { createRequire } from "module";
const req = createRequire(__filename);
const { lint } = req(process.argv[4] === "bundle" ? "/tmp/bscratch/lint.cjs" : "/work/main/src/lint");
const size = Number(process.argv[2] || 1048576);
const d = draftWith({ html: outlookHtml(size) });
const times: number[] = [];
for (let k = 0; k < Number(process.argv[3] || 3); k++) {
  const t = performance.now();
  lint(d, { now: NOW });
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(process.argv[4] || "tsx", size, "median", times[times.length >> 1].toFixed(2));
