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
export function scanHistory(text: string): HistoryScan {
  const folded = fold(text);
  const lines: { start: number; text: string }[] = [];
  let pos = 0;
  while (pos <= folded.length) {
    let nl = folded.indexOf("\n", pos);
    if (nl < 0) nl = folded.length;
    const line = folded.slice(pos, nl);
    if (line.trim() !== "") lines.push({ start: pos, text: line.length > 400 ? line.slice(0, 400) : line });
    pos = nl + 1;
  }
  let start = -1;
  let messages = 0;
  let headerCoveredUntil = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].text;
    let found = false;
    if (SEPARATOR.test(line) || BEGIN_FORWARD.test(line)) {
      found = true;
      messages++;
      headerCoveredUntil = i + 3;
    } else if (HEADER_FROM.test(line) && isHeaderBlock(lines, i)) {
      found = true;
      if (i > headerCoveredUntil) messages++;
      headerCoveredUntil = i + 6;
    } else if (WROTE.test(line)) {
      found = true;
      messages++;
    }
    if (found && start < 0) start = lines[i].start;
  }
  return { start, messages };
}

function isHeaderBlock(lines: { text: string }[], from: number): boolean {
  let sent = false;
  let subject = false;
  for (let k = from + 1; k < lines.length && k <= from + 6; k++) {
    if (HEADER_SENT.test(lines[k].text)) sent = true;
    if (HEADER_SUBJECT.test(lines[k].text)) subject = true;
  }
  return sent && subject;
}

/** A signature delimiter line: "-- " (RFC 3676), also the common "--" alone. */
export function isSignatureDelimiter(line: string): boolean {
  return line === "-- " || line === "--" || line === "-- \r" || line === "--\r";
}
