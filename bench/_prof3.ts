import { outlookHtml, draftWith, NOW } from "./generate";
import { lint } from "../src/lint";
import { buildBodyIndex } from "../src/lint/body/body-index";
const size = Number(process.argv[2] || 1048576);
const d = draftWith({ html: outlookHtml(size) });
const n = Number(process.argv[3] || 20);
for (let k = 0; k < n; k++) process.argv[4] === "index" ? buildBodyIndex(d.body) : lint(d, { now: NOW });
