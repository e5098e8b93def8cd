import { isSpaceCode } from "../src/lint/text/words";
for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) console.log("diff", c.toString(16));
console.log("done");
