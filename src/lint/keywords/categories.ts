export type KeywordCategory =
  | "generic-subject"
  | "stopwords"
  | "acknowledgement"
  | "health"
  | "special-category"
  | "hr"
  | "bank"
  | "marking"
  | "attachment-announce"
  | "negation"
  | "credential"
  | "vague-link"
  | "vague-attachment-name";

export type KeywordLists = { [C in KeywordCategory]: string[] };

export const KEYWORD_CATEGORIES: KeywordCategory[] = [
  "generic-subject",
  "stopwords",
  "acknowledgement",
  "health",
  "special-category",
  "hr",
  "bank",
  "marking",
  "attachment-announce",
  "negation",
  "credential",
  "vague-link",
  "vague-attachment-name",
];
