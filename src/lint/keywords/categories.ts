export type KeywordCategory =
  | "generic-subject"
  | "stopwords"
  | "acknowledgement"
  | "health"
  | "special-category"
  | "hr"
  | "bank"
  | "marking";

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
];
