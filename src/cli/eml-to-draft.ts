// The CLI's side of `.eml` reading: the conversion itself lives in src/eml/eml-to-draft.ts (shared with the
// preview page, which parses messages in the browser); here its errors become the CLI's InputError (exit 2).
import type { Draft } from "../lint";
import {
  EmlError,
  checkHeaderBlock as checkBlock,
  emlToDraft as convert,
  type EmlOptions,
} from "../eml/eml-to-draft";
import { InputError } from "./messages";

export type { EmlOptions } from "../eml/eml-to-draft";
export { hasForwardedBlock, machineTimeZone } from "../eml/eml-to-draft";

const asInputError = (e: unknown): unknown => (e instanceof EmlError ? new InputError(e.reason) : e);

/**
 * Rejects what is not a message at all, which postal-mime would accept as an empty one: an empty file, binary
 * data, or text with no `Name: value` header line before the first blank line.
 */
export function checkHeaderBlock(raw: Uint8Array): void {
  try {
    checkBlock(raw);
  } catch (e) {
    throw asInputError(e);
  }
}

export async function emlToDraft(raw: Uint8Array, options: EmlOptions = {}): Promise<Draft> {
  try {
    return await convert(raw, options);
  } catch (e) {
    throw asInputError(e);
  }
}
