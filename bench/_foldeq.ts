const fc = (ch: string) => { const b = ch.normalize("NFD").charAt(0).toLowerCase(); return b.length === 1 ? b : ch; };
let bad = 0, lenchg = 0;
for (let c = 0x80; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCharCode(c);
  const lo = ch.toLowerCase();
  if (lo.length !== 1) { lenchg++; console.log("len change", c.toString(16), JSON.stringify(lo)); continue; }
  const a = c === 0x2019 || c === 0x2018 || c === 0x02bc ? "'" : fc(ch);
  const lc = lo.charCodeAt(0);
  const b = lc === 0x2019 || lc === 0x2018 || lc === 0x02bc ? "'" : lc < 0x80 ? lo : fc(lo);
  if (a !== b) { bad++; if (bad < 20) console.log("diff", c.toString(16), JSON.stringify(ch), JSON.stringify(a), JSON.stringify(b)); }
}
// ASCII produced by lowercasing a non-ASCII char?
for (let c = 0x80; c < 0x10000; c++) { if (c >= 0xd800 && c <= 0xdfff) continue; const lo = String.fromCharCode(c).toLowerCase(); if (lo.length === 1 && lo.charCodeAt(0) < 0x80) console.log("non-ascii lowercases to ascii", c.toString(16), lo); }
console.log("bad", bad, "lenchg", lenchg);
