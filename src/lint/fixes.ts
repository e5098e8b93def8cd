// Applies fix data to an in-memory Draft: what the Office adapter does to the compose item, done on the
// Draft for tests, the CLI and the preview. Each fix changes only what it names.
import type { Address, Draft, Fix } from "./types";
import { setOf, type Dict } from "./text/dict";

const key = (a: Address) => a.address.trim().toLowerCase();

export function applyFix(draft: Draft, fix: Fix): Draft {
  switch (fix.kind) {
    case "set-subject":
      return { ...draft, subject: fix.subject };
    case "remove-recipients": {
      const drop = lowerSet(fix.addresses);
      const keep = (list: Address[] | undefined) => list && list.filter((a) => !drop[key(a)]);
      return withRecipients(draft, keep(draft.to) || [], keep(draft.cc), keep(draft.bcc));
    }
    case "move-to-bcc": {
      const move = lowerSet(fix.addresses);
      const moved: Address[] = [];
      const take = (list: Address[] | undefined) =>
        list &&
        list.filter((a) => {
          if (!move[key(a)]) return true;
          moved.push(a);
          return false;
        });
      let to = take(draft.to) || [];
      let cc = take(draft.cc);
      const bcc = (draft.bcc || []).slice();
      const inBcc = lowerSet(bcc.map((a) => a.address));
      for (const a of moved) {
        if (!inBcc[key(a)]) bcc.push(a);
        inBcc[key(a)] = true;
      }
      const sender = draft.from;
      if (fix.senderToTo && sender) {
        // The sender moves to To: out of Cc, and in To once.
        if (cc) cc = cc.filter((a) => key(a) !== key(sender));
        if (!to.some((a) => key(a) === key(sender))) to = [sender].concat(to);
      }
      return withRecipients(draft, to, cc, bcc);
    }
    case "replace-recipient": {
      const from = fix.from.trim().toLowerCase();
      const swap = (list: Address[] | undefined) =>
        list && list.map((a) => (key(a) === from ? { ...a, address: fix.to } : a));
      return withRecipients(draft, swap(draft.to) || [], swap(draft.cc), swap(draft.bcc));
    }
    case "schedule-delivery":
      return { ...draft, deliverAt: fix.at };
    case "set-image-alt": {
      if (!draft.body || !("html" in draft.body)) return draft;
      return { ...draft, body: { html: setImageAlt(draft.body.html, fix.start, fix.end, fix.alt) } };
    }
  }
}

function withRecipients(
  draft: Draft,
  to: Address[],
  cc: Address[] | undefined,
  bcc: Address[] | undefined,
): Draft {
  const next: Draft = { ...draft, to };
  if (cc !== undefined) next.cc = cc;
  if (bcc !== undefined) next.bcc = bcc;
  return next;
}

function lowerSet(list: string[]): Dict<true> {
  return setOf(list.map((a) => a.trim().toLowerCase()));
}

/** Escapes a value for an attribute delimited by `quote`. */
export function escapeAttribute(value: string, quote: '"' | "'"): string {
  const escaped = value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return quote === '"' ? escaped.replace(/"/g, "&quot;") : escaped.replace(/'/g, "&#39;");
}

/**
 * Rewrites the `alt` attribute of the `<img>` tag at [start, end) of the HTML source, or adds one after
 * `<img`; every other byte stays as it was. Throws when [start, end) is not an img tag (the body changed).
 */
export function setImageAlt(html: string, start: number, end: number, alt: string): string {
  const tag = html.slice(start, end);
  if (!/^<img[\s/>]/i.test(tag)) throw new Error("set-image-alt: no <img> tag at " + start);
  const attr = findAttribute(tag, "alt");
  const rewritten = attr
    ? tag.slice(0, attr.valueStart) +
      (attr.quote
        ? escapeAttribute(alt, tag.charAt(attr.valueStart - 1) as '"' | "'")
        : (attr.hasValue ? "" : "=") + '"' + escapeAttribute(alt, '"') + '"') +
      tag.slice(attr.valueEnd)
    : tag.slice(0, 4) + ' alt="' + escapeAttribute(alt, '"') + '"' + tag.slice(4);
  return html.slice(0, start) + rewritten + html.slice(end);
}

/** Finds an attribute in one start tag; for a quoted value, [valueStart, valueEnd) excludes the quotes. */
export function findAttribute(
  tag: string,
  name: string,
): { valueStart: number; valueEnd: number; quote: boolean; hasValue: boolean } | undefined {
  // A tiny scanner over the tag: names, `=`, quoted or bare values. Regexes would misread `alt` inside values.
  let i = 4; // after "<img"
  const n = tag.length;
  const isWhite = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f";
  // Between attributes "/" is skipped like a space; in an unquoted value it is part of it (src=a/b.png), as
  // in HTML's tokenizer and htmlparser2.
  const isSpace = (c: string) => isWhite(c) || c === "/";
  while (i < n) {
    while (i < n && isSpace(tag.charAt(i))) i++;
    if (i >= n || tag.charAt(i) === ">") return undefined;
    const nameStart = i;
    while (i < n && !isSpace(tag.charAt(i)) && tag.charAt(i) !== "=" && tag.charAt(i) !== ">") i++;
    const attrName = tag.slice(nameStart, i).toLowerCase();
    let j = i;
    while (j < n && isWhite(tag.charAt(j))) j++;
    if (tag.charAt(j) !== "=") {
      if (attrName === name) return { valueStart: i, valueEnd: i, quote: false, hasValue: false };
      continue;
    }
    j++;
    while (j < n && isWhite(tag.charAt(j))) j++;
    const q = tag.charAt(j);
    let valueStart: number;
    let valueEnd: number;
    if (q === '"' || q === "'") {
      valueStart = j + 1;
      const close = tag.indexOf(q, valueStart);
      valueEnd = close < 0 ? n : close;
      i = close < 0 ? n : close + 1;
    } else {
      valueStart = j;
      while (j < n && !isWhite(tag.charAt(j)) && tag.charAt(j) !== ">") j++;
      valueEnd = j;
      i = j;
    }
    if (attrName === name) return { valueStart, valueEnd, quote: q === '"' || q === "'", hasValue: true };
  }
  return undefined;
}
