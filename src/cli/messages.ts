// The command's own words, in French and English, and the error a file or an option can raise.
import type { Lang, LocalText } from "../lint";

/** A problem with one input (a file, an option): shown on stderr, exit status 2. */
export class InputError extends Error {
  constructor(readonly reason: LocalText) {
    super(reason.en);
    this.name = "InputError";
  }
}

export const text = (fr: string, en: string): LocalText => ({ fr, en });

/** Quotes a value the way each language does. */
export function quote(value: string, lang: Lang): string {
  return lang === "fr" ? `« ${value} »` : `"${value}"`;
}

/** The same sentence in both languages from one template that receives the language. */
export function both(f: (lang: Lang) => string): LocalText {
  return { fr: f("fr"), en: f("en") };
}

/** The message of an unexpected exception (a bug or a system error), for stderr. */
export function describeError(e: unknown): LocalText {
  if (e instanceof InputError) return e.reason;
  const message = e instanceof Error ? e.message : String(e);
  return { fr: message, en: message };
}
