import { adversarialSeries, scalingSeries, lintCost, KB, MB } from "./engine";
import { loadEngine } from "./load-engine";
const t0 = Date.now();
const { engine, how } = loadEngine(); console.log(how);
const log = (l: string) => console.log(l, ((Date.now() - t0) / 1000).toFixed(1) + "s");
const parts = process.argv[2] || "cost,scale,adv";
if (parts.includes("cost")) { const cost = lintCost(engine, [KB, 20 * KB, 100 * KB, MB, 5 * MB], log);
for (const r of cost) console.log(r.label, r.lintMs.toFixed(2), r.parseMs.toFixed(2), r.ratio.toFixed(2), "cpu", (r.lintCpuMs / r.parseCpuMs).toFixed(2));
if (parts.includes("scale")) for (const s of scalingSeries(engine, cost, log)) console.log(s.name, JSON.stringify(s.points.map(p => [p.n, +p.ms.toFixed(3)]))); }
if (parts.includes("adv")) for (const s of adversarialSeries(engine, log)) console.log(s.name, JSON.stringify(s.points.map(p => [p.n, +p.ms.toFixed(1)])), s.skipped);
