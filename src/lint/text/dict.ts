// Maps keyed by words, addresses or tag names taken from mail: without a prototype, so that a body
// saying "constructor" or "__proto__" finds nothing it should not.

export type Dict<T> = { [key: string]: T };

export function dict<T>(): Dict<T> {
  return Object.create(null) as Dict<T>;
}

export function setOf(keys: string[]): Dict<true> {
  const set = dict<true>();
  for (const k of keys) set[k] = true;
  return set;
}
