import type { Lang, LocalText, MessageData } from "./types";

/** Fills `{{name}}` placeholders; a LocalText value is taken in the requested language. */
export function formatMessage(template: string, data: MessageData, lang: Lang): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole: string, key: string) => {
    const value = data[key];
    if (value === undefined) return whole;
    return typeof value === "object" ? value[lang] : String(value);
  });
}

export function pick(text: LocalText, lang: Lang): string {
  return text[lang];
}

/** Joins list items the way each language does ("a, b et c" / "a, b and c"). */
export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1];
  return items.slice(0, -1).join(", ") + (lang === "fr" ? " et " : " and ") + last;
}

/** The same list in both languages, for message data; past `max` items, "and N others". */
export function localList(items: string[], max = 3): LocalText {
  if (items.length <= max) return { fr: joinList(items, "fr"), en: joinList(items, "en") };
  const head = items.slice(0, max).join(", ");
  const rest = items.length - max;
  return {
    fr: `${head} et ${rest} autre${rest > 1 ? "s" : ""}`,
    en: `${head} and ${rest} other${rest > 1 ? "s" : ""}`,
  };
}

/**
 * The language for a BCP 47 / POSIX locale tag: French for any French tag (fr, fr-FR, fr_CA.UTF-8), and
 * when there is no language at all (none, C, POSIX: the product's home language); English for any other.
 */
export function languageOf(tag: string | undefined): Lang {
  const t = (tag || "").trim().toLowerCase();
  if (t === "" || /^(c|posix)([._@]|$)/.test(t)) return "fr";
  return /^fr([-_.@]|$)/.test(t) ? "fr" : "en";
}
