// Web APIs that classic Outlook's JavaScript-only runtime lacks but that bundled libraries call while loading.
// Imported first by launchevent.ts; a no-op wherever the API exists (browsers, web / new Outlook, Mac).
//
// atob: `entities` (used by htmlparser2) decodes its entity tables with `atob` at load time, falling back to
// Node's `Buffer`. Classic Outlook has neither (reported in office-js #5869), so without this the whole
// launchevent.js would throw before registering its handlers.

const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Like `atob`: base64 to a "binary string" (one character per byte). Skips "=" padding and whitespace. */
export function decodeBase64ToBinary(input: string): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < input.length; i++) {
    const value = BASE64_ALPHABET.indexOf(input.charAt(i));
    if (value < 0) continue;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
      buffer &= (1 << bits) - 1;
    }
  }
  return out;
}

interface PolyfillableGlobal {
  atob?: (data: string) => string;
}

function globalObject(): PolyfillableGlobal {
  // No `globalThis` before ES2020 (the pre-2403 Chakra runtime); `window`/`self` may not exist either.
  if (typeof globalThis !== "undefined") return globalThis as PolyfillableGlobal;
  return Function("return this")() as PolyfillableGlobal;
}

const root = globalObject();
if (typeof root.atob !== "function") root.atob = decodeBase64ToBinary;
