// Stands in for `entities/decode` in launchevent.js only (webpack alias). htmlparser2's tokenizer imports
// HTML5's entity table even when it is told not to decode, and that table was a third of the send-time
// bundle. The engine tokenizes with `decodeEntities: false` and decodes references itself
// (src/lint/body/entities.ts), so nothing here is ever called; were that to change, decoding fails loudly.

function unused(): never {
  throw new Error("Mail Hygiene: entities/decode is not bundled in launchevent.js");
}

export const DecodingMode = { Legacy: 0, Strict: 1, Attribute: 2 };
export const htmlDecodeTree = new Uint16Array(0);
export const xmlDecodeTree = new Uint16Array(0);

export class EntityDecoder {
  startEntity(): void {
    unused();
  }
  write(): number {
    return unused();
  }
  end(): number {
    return unused();
  }
}

export function fromCodePoint(): string {
  return unused();
}
