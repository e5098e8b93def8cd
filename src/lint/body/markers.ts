// How quoted history and signatures announce themselves (RULES.md, "New text").
import { fold } from "../text/fold";

/** Elements whose presence means: from here to the end, the body is earlier mail. */
export function startsHistory(name: string, attribs: { [name: string]: string }): boolean {
  const id = (attribs.id || "").toLowerCase();
  const cls = " " + (attribs.class || "").toLowerCase() + " ";
  return (
    id === "divrplyfwdmsg" ||
    id === "appendonsend" ||
    id === "mail-editor-reference-message-container" ||
    (name === "hr" && id === "stopspelling") ||
    cls.indexOf(" gmail_quote ") >= 0 ||
    cls.indexOf(" moz-cite-prefix ") >= 0 ||
    cls.indexOf(" moz-forward-container ") >= 0
  );
}

/** Elements that are quoted mail only inside themselves (inline replies may follow). */
export function isQuoteElement(name: string, attribs: { [name: string]: string }): boolean {
  return name === "blockquote" && (attribs.type || "").toLowerCase() === "cite";
}

export function isSignatureElement(attribs: { [name: string]: string }): boolean {
  const id = (attribs.id || "").toLowerCase();
  const cls = " " + (attribs.class || "").toLowerCase() + " ";
  return (
    id === "signature" ||
    cls.indexOf(" moz-signature ") >= 0 ||
    cls.indexOf(" gmail_signature ") >= 0 ||
    (attribs["data-smartmail"] || "") === "gmail_signature"
  );
}

const SEPARATOR =
  /^\s*-{2,}\s*(original message|message d'origine|message original|courriel original|forwarded message|message transfere)\s*-{2,}/;
const BEGIN_FORWARD = /^\s*(begin forwarded message|debut du message reexpedie)\s*:/;
const WROTE = /^\s*(le|on|am)\s.{0,240}\s(a ecrit|wrote|schrieb)\s?:?\s*$/;
const HEADER_FROM = /^\s*[*]?(de|from|von|expediteur)[*]?\s?:/;
const HEADER_SENT = /^\s*[*]?(envoye|sent|date|gesendet|envoye le)[*]?\s?:/;
const HEADER_SUBJECT = /^\s*[*]?(objet|subject|betreff)[*]?\s?:/;

export interface HistoryScan {
  /** offset of the first line that starts quoted history, or -1 */
  start: number;
  /** earlier messages announced in the text (header blocks, "… a écrit :" lines, separators) */
  messages: number;
}

/**
 * Reads the visible text line by line for the textual marks of earlier mail. A separator followed by a
 * header block counts as one message, as does a header block on its own.
 */
export function scanHistory(text: string, folded: string = fold(text)): HistoryScan {
  // The non-empty lines, as two arrays (their starts, their text) rather than an object each.
  const starts: number[] = [];
  const lines: string[] = [];
  let pos = 0;
  while (pos <= folded.length) {
    let nl = folded.indexOf("\n", pos);
    if (nl < 0) nl = folded.length;
    // Quoted plain text keeps its marks after the ">" prefixes: "> Le … a écrit :".
    const line = folded.slice(pos, Math.min(nl, pos + 400)).replace(/^[\s>]+/, "");
    if (line !== "") {
      starts.push(pos);
      lines.push(line);
    }
    pos = nl + 1;
  }
  let start = -1;
  let messages = 0;
  let separatorUntil = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const begins = i;
    if (SEPARATOR.test(line) || BEGIN_FORWARD.test(line)) {
      messages++;
      separatorUntil = i + 3;
    } else if (HEADER_FROM.test(line) && headerBlockEnd(lines, i) > i) {
      // The header block of a message announced by a separator just above is the same message.
      if (i > separatorUntil) messages++;
      i = headerBlockEnd(lines, i);
    } else if (WROTE.test(line)) {
      messages++;
    } else continue;
    if (start < 0) start = starts[begins];
  }
  return { start, messages };
}

/** The index of the last line of a "From / Sent / To / Subject" block starting at `from`, or -1. */
function headerBlockEnd(lines: string[], from: number): number {
  let sent = false;
  let subject = -1;
  for (let k = from + 1; k < lines.length && k <= from + 6; k++) {
    if (HEADER_SENT.test(lines[k])) sent = true;
    if (HEADER_SUBJECT.test(lines[k])) subject = k;
  }
  return sent && subject > 0 ? subject : -1;
}

export const HISTORY = 1;
export const QUOTE = 2;
export const SIGNATURE = 4;

/**
 * `startsHistory`, `isQuoteElement` and `isSignatureElement` at once, as bits (HISTORY | QUOTE | SIGNATURE):
 * what the body index asks of every element, with the id and class read and lower-cased once.
 */
export function elementMarks(name: string, attribs: { [name: string]: string }): number {
  const rawId = attribs.id;
  const rawClass = attribs.class;
  let marks = 0;
  if (name === "blockquote" && (attribs.type || "").toLowerCase() === "cite") marks |= QUOTE;
  if ((attribs["data-smartmail"] || "") === "gmail_signature") marks |= SIGNATURE;
  if (rawId === undefined && rawClass === undefined) return marks;
  const id = (rawId || "").toLowerCase();
  if (
    id === "divrplyfwdmsg" ||
    id === "appendonsend" ||
    id === "mail-editor-reference-message-container" ||
    (name === "hr" && id === "stopspelling")
  )
    marks |= HISTORY;
  if (id === "signature") marks |= SIGNATURE;
  // Every class looked for has "gmail_" or "moz-" in it: most classes (MsoNormal…) stop at this test.
  if (rawClass !== undefined && /gmail_|moz-/i.test(rawClass)) {
    const cls = " " + rawClass.toLowerCase() + " ";
    if (
      cls.indexOf(" gmail_quote ") >= 0 ||
      cls.indexOf(" moz-cite-prefix ") >= 0 ||
      cls.indexOf(" moz-forward-container ") >= 0
    )
      marks |= HISTORY;
    if (cls.indexOf(" moz-signature ") >= 0 || cls.indexOf(" gmail_signature ") >= 0) marks |= SIGNATURE;
  }
  return marks;
}

/** A signature delimiter line: "-- " (RFC 3676), also the common "--" alone. */
export function isSignatureDelimiter(line: string): boolean {
  return line === "-- " || line === "--" || line === "-- \r" || line === "--\r";
}
