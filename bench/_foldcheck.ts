import { fold } from "../src/lint/text/fold";
// reference: the old implementation
const cache: { [ch: string]: string } = {};
function foldChar(ch: string): string { let f = cache[ch]; if (f === undefined) { const b = ch.normalize("NFD").charAt(0).toLowerCase(); f = b.length === 1 ? b : ch; cache[ch] = f; } return f; }
function oldFold(text: string): string { let out = ""; for (let i = 0; i < text.length; i++) { const code = text.charCodeAt(i);
  if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text.charAt(i);
  else if (code === 0x2019 || code === 0x2018 || code === 0x02bc) out += "'";
  else if (code >= 0xd800 && code <= 0xdfff) out += text.charAt(i); else out += foldChar(text.charAt(i)); } return out; }
let all = ""; for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
all += "😀𐐀𐐨 É’Élan İstanbul ǅ ẞ ΣΑΣ Σ ΟΔΥΣΣΕΥΣ ";
if (fold(all) !== oldFold(all)) { for (let i = 0; i < all.length; i++) if (fold(all.charAt(i)) !== oldFold(all.charAt(i))) { console.log("diff at", i.toString(16)); break; } console.log("MISMATCH"); } else console.log("fold identical on all BMP + samples");
// random strings
let r = 1; const rnd = () => (r = (r * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let k = 0; k < 200000; k++) { let s = ""; const n = Math.floor(rnd() * 40); for (let i = 0; i < n; i++) s += all.charAt(Math.floor(rnd() * all.length)); if (fold(s) !== oldFold(s)) { console.log("MISMATCH random", JSON.stringify(s)); break; } }
console.log("random ok");
const words = ["ΣΑΣ", "Σ", "aΣ", "Σa", "İi", "😀", "𐐀x", "É", "élan", " ", "K", "’", "ß", "ǅ", "ﬁ"];
for (let k = 0; k < 100000; k++) { let s = ""; const n = Math.floor(rnd() * 8); for (let i = 0; i < n; i++) s += words[Math.floor(rnd() * words.length)] + (rnd() < 0.5 ? " " : ""); if (fold(s) !== oldFold(s)) { console.log("MISMATCH words", JSON.stringify(s)); break; } }
// texts without the slow characters, long
for (let k = 0; k < 200; k++) { let s = ""; for (let i = 0; i < 500; i++) { const c = Math.floor(rnd() * 0x3000); if (c === 0x130 || c === 0x3a3) continue; s += String.fromCharCode(c); } if (fold(s) !== oldFold(s)) { console.log("MISMATCH long", k); break; } }
console.log("extra ok");
{ let s = ""; for (let c = 0; c < 0x10000; c++) { if (c === 0x130 || c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff)) continue; s += String.fromCharCode(c) + (c % 7 === 0 ? " " : ""); } console.log("fast path whole BMP:", fold(s) === oldFold(s)); }
