// The part of a mail domain one organisation owns, from the compact public-suffix table beside this file
// (public-suffixes.ts, generated: which rules it keeps and why is said in scripts/public-suffixes.ts). The
// Public Suffix List's algorithm (publicsuffix.org/list/): the longest matching rule wins, an exception rule
// wins over all, and a domain no rule matches has its last label as suffix (the default rule "*").
import { dict, type Dict } from "../text/dict";
import { PUBLIC_SUFFIXES } from "./public-suffixes";

let rules: Dict<true> | undefined;

/** The table as a set of rules in the list's syntax (`co.uk`, `*.ck`, `!www.ck`), built at the first lookup. */
function table(): Dict<true> {
  if (!rules) {
    rules = dict<true>();
    for (const group of PUBLIC_SUFFIXES) {
      const labels = group.split(" ");
      for (let i = 1; i < labels.length; i++) rules[labels[i] + "." + labels[0]] = true;
    }
  }
  return rules;
}

/**
 * One label of a host name as tldts accepts it: a-z, 0-9, `-`, `_` or non-ASCII, 1 to 63 of them, no hyphen at
 * either end. A domain with any other label (empty, an address literal `[192.0.2.1]`, a space, a port) is no
 * host name to split.
 */
const LABEL = /^[a-z0-9_\u0080-\uffff](?:[a-z0-9_\u0080-\uffff-]{0,61}[a-z0-9_\u0080-\uffff])?$/;
const IPV4 = /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/;

/** How many labels of `labels` (a host name split at its dots) make its public suffix. */
function suffixLabels(labels: string[]): number {
  const set = table();
  const n = labels.length;
  let longest = 1; // the default rule "*"
  let suffix = labels[n - 1];
  for (let i = n - 2; i >= 0; i--) {
    const parent = suffix;
    suffix = labels[i] + "." + parent;
    if (set["!" + suffix]) return n - i - 1;
    if (set[suffix] || set["*." + parent]) longest = n - i;
  }
  return longest;
}

/**
 * The part of a domain one organisation owns (`rh.ville-lyon.fr` → `ville-lyon.fr`, `x.ac.uk` stays), lower
 * case, without trailing dots. A domain that is itself a public suffix, a single label, an IPv4 address or no
 * valid host name comes back unchanged.
 */
export function registrableDomain(domain: string): string {
  let host = domain.toLowerCase();
  let end = host.length;
  while (end > 1 && host.charAt(end - 1) === ".") end--;
  host = host.slice(0, end);
  const labels = host.split(".");
  if (host.length > 255 || (host.length <= 15 && IPV4.test(host))) return domain;
  for (const label of labels) if (!LABEL.test(label)) return domain;
  const suffix = suffixLabels(labels);
  return suffix >= labels.length ? domain : labels.slice(labels.length - suffix - 1).join(".");
}
