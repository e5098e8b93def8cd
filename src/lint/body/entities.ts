// Character references in HTML text and attribute values. The body index decodes them itself, with the
// HTML 4.01 set (what Word, Outlook and webmail editors write) plus `&apos;`, instead of htmlparser2's table of
// HTML5's 2,231 names: that table was a third of the send-time bundle (bench/README.md, part 4).

/** U+00A0 … U+00FF, in code order. */
const LATIN1 =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 " +
  "acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml " +
  "Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde " +
  "Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig " +
  "ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide " +
  "oslash ugrave uacute ucirc uuml yacute thorn yuml";

/** The others: name, then code point in hex. */
const OTHERS =
  "quot 22 amp 26 apos 27 lt 3c gt 3e OElig 152 oelig 153 Scaron 160 scaron 161 Yuml 178 fnof 192 circ 2c6 " +
  "tilde 2dc Alpha 391 Beta 392 Gamma 393 Delta 394 Epsilon 395 Zeta 396 Eta 397 Theta 398 Iota 399 Kappa 39a " +
  "Lambda 39b Mu 39c Nu 39d Xi 39e Omicron 39f Pi 3a0 Rho 3a1 Sigma 3a3 Tau 3a4 Upsilon 3a5 Phi 3a6 Chi 3a7 " +
  "Psi 3a8 Omega 3a9 alpha 3b1 beta 3b2 gamma 3b3 delta 3b4 epsilon 3b5 zeta 3b6 eta 3b7 theta 3b8 iota 3b9 " +
  "kappa 3ba lambda 3bb mu 3bc nu 3bd xi 3be omicron 3bf pi 3c0 rho 3c1 sigmaf 3c2 sigma 3c3 tau 3c4 " +
  "upsilon 3c5 phi 3c6 chi 3c7 psi 3c8 omega 3c9 thetasym 3d1 upsih 3d2 piv 3d6 ensp 2002 emsp 2003 " +
  "thinsp 2009 zwnj 200c zwj 200d lrm 200e rlm 200f ndash 2013 mdash 2014 lsquo 2018 rsquo 2019 sbquo 201a " +
  "ldquo 201c rdquo 201d bdquo 201e dagger 2020 Dagger 2021 bull 2022 hellip 2026 permil 2030 prime 2032 " +
  "Prime 2033 lsaquo 2039 rsaquo 203a oline 203e frasl 2044 euro 20ac image 2111 weierp 2118 real 211c " +
  "trade 2122 alefsym 2135 larr 2190 uarr 2191 rarr 2192 darr 2193 harr 2194 crarr 21b5 lArr 21d0 uArr 21d1 " +
  "rArr 21d2 dArr 21d3 hArr 21d4 forall 2200 part 2202 exist 2203 empty 2205 nabla 2207 isin 2208 notin 2209 " +
  "ni 220b prod 220f sum 2211 minus 2212 lowast 2217 radic 221a prop 221d infin 221e ang 2220 and 2227 " +
  "or 2228 cap 2229 cup 222a int 222b there4 2234 sim 223c cong 2245 asymp 2248 ne 2260 equiv 2261 le 2264 " +
  "ge 2265 sub 2282 sup 2283 nsub 2284 sube 2286 supe 2287 oplus 2295 otimes 2297 perp 22a5 sdot 22c5 " +
  "lceil 2308 rceil 2309 lfloor 230a rfloor 230b lang 27e8 rang 27e9 loz 25ca spades 2660 clubs 2663 " +
  "hearts 2665 diams 2666";

/** Windows-1252 for the C1 controls U+0080 … U+009F, as HTML5 reads `&#128;` … `&#159;` (0: unchanged). */
const C1 = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e,
  0x178,
];

let names: { [name: string]: string } | undefined;

function table(): { [name: string]: string } {
  if (names === undefined) {
    const built: { [name: string]: string } = Object.create(null);
    LATIN1.split(" ").forEach((name, i) => (built[name] = String.fromCharCode(0xa0 + i)));
    const others = OTHERS.split(" ");
    for (let i = 0; i + 1 < others.length; i += 2)
      built[others[i]] = String.fromCharCode(parseInt(others[i + 1], 16));
    names = built;
  }
  return names;
}

/** The names known (for tests: each decodes as HTML5 decodes it). */
export function entityNames(): string[] {
  return Object.keys(table());
}

function fromNumber(code: number): string {
  if (code >= 0x80 && code <= 0x9f && C1[code - 0x80] !== 0) return String.fromCharCode(C1[code - 0x80]);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(code);
}

/** Characters taken by the reference that referenceAt last found. */
let taken = 0;

/** The text of the reference at `at` ("&…"), its length left in `taken`; undefined when it is none. */
function referenceAt(raw: string, at: number, inAttribute: boolean): string | undefined {
  let i = at + 1;
  if (raw.charCodeAt(i) === 35 /* # */) {
    const hex = (raw.charCodeAt(i + 1) | 0x20) === 120; /* x */
    i += hex ? 2 : 1;
    const from = i;
    let code = 0;
    for (; i < raw.length && i - from < 8; i++) {
      const digit = digitValue(raw.charCodeAt(i), hex);
      if (digit < 0) break;
      code = code * (hex ? 16 : 10) + digit;
    }
    if (i === from) return undefined;
    if (raw.charCodeAt(i) === 59) i++;
    taken = i - at;
    return fromNumber(code);
  }
  // A name is read whole (letters and digits, starting with a letter); unknown names are left as written.
  const from = i;
  while (i < raw.length && i - from <= 10 && isAlphanumeric(raw.charCodeAt(i), i === from)) i++;
  if (i - from < 2) return undefined;
  const found = table()[raw.slice(from, i)];
  if (found === undefined) return undefined;
  if (raw.charCodeAt(i) === 59) {
    taken = i + 1 - at;
    return found;
  }
  // Without its semicolon, only a Latin-1 name counts (`&copy 2026`, not `&ne`), and never in an attribute,
  // where it is a URL's parameter (`?a=1&copy=2`).
  if (inAttribute || found.charCodeAt(0) > 0xff) return undefined;
  taken = i - at;
  return found;
}

/** The value of a decimal (or, with `hex`, hexadecimal) digit, or -1. */
function digitValue(code: number, hex: boolean): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  return hex && lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

function isAlphanumeric(code: number, first: boolean): boolean {
  const lower = code | 0x20;
  return (lower >= 97 && lower <= 122) || (!first && code >= 48 && code <= 57);
}

/** Text with its character references replaced; unknown names are left as written. */
export function decodeEntities(raw: string, inAttribute = false): string {
  let amp = raw.indexOf("&");
  if (amp < 0) return raw;
  // Copied in slices between references: a regular expression's replace with a callback was slower.
  let out = "";
  let copied = 0;
  while (amp >= 0) {
    const decoded = referenceAt(raw, amp, inAttribute);
    if (decoded === undefined) amp = raw.indexOf("&", amp + 1);
    else {
      out += raw.slice(copied, amp) + decoded;
      copied = amp + taken;
      amp = raw.indexOf("&", copied);
    }
  }
  return out + raw.slice(copied);
}
