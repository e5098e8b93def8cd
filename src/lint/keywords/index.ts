import { compilePhrases, type PhraseSet } from "../text/words";
import { KEYWORD_CATEGORIES, type KeywordCategory } from "./categories";
import { EN } from "./en";
import { FR } from "./fr";

export type { KeywordCategory } from "./categories";
export { KEYWORD_CATEGORIES } from "./categories";

export type KeywordSets = { [C in KeywordCategory]: PhraseSet };

/** Both languages at once: a French mail may quote English and the reverse. */
export function compileKeywords(extra: { [category: string]: string[] | undefined }): KeywordSets {
  const sets = {} as KeywordSets;
  for (const c of KEYWORD_CATEGORIES) sets[c] = compilePhrases(FR[c].concat(EN[c], extra[c] || []));
  return sets;
}
