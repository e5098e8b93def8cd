// How quoted history and signatures announce themselves (RULES.md, "New text").
import { fold, foldCode } from "../text/fold";
import { isSpaceCode } from "../text/words";

/**
 * A mark of earlier mail on a line of its own, and what its line must show for the expression to have a chance,
 * told from the text as written (one character folded at a time) before the line is copied and folded:
 * - `initials`: what the line begins with once its prefix is cut (below). Every mark's expression begins with
 *   `^\s*`, which then matches nothing, so these are "-", "*" and the first letters of its alternatives.
 * - `may`: a further test the expression implies (a colon it requires, the word it ends with).
 */
interface Mark {
  re: RegExp;
  initials: string;
  may: (text: string, from: number, end: number) => boolean;
}

const anyLine = () => true;

/** A ":" in the line: every header line and "Début du message réexpédié :" have one. */
function hasColon(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (foldCode(text.charCodeAt(i)) === 58) return true;
  return false;
}

const WROTE_WORDS = ["ecrit", "wrote", "schrieb"];

/** The line ends as WROTE requires, `(a ecrit|wrote|schrieb)\s?:?\s*$`: one of its words, then that tail. */
function endsWrote(text: string, from: number, end: number): boolean {
  let at = end;
  const folded = (i: number) => foldCode(text.charCodeAt(i));
  while (at > from && isSpaceCode(folded(at - 1))) at--;
  if (at > from && folded(at - 1) === 58) {
    at--;
    if (at > from && isSpaceCode(folded(at - 1))) at--;
  }
  return WROTE_WORDS.some((word) => {
    if (at - from < word.length) return false;
    for (let k = 0; k < word.length; k++)
      if (folded(at - word.length + k) !== word.charCodeAt(k)) return false;
    return true;
  });
}

const SEPARATOR: Mark = {
  re: /^\s*-{2,}\s*(original message|message d'origine|message original|courriel original|forwarded message|message transfere)\s*-{2,}/,
  initials: "-",
  may: anyLine,
};
const BEGIN_FORWARD: Mark = {
  re: /^\s*(begin forwarded message|debut du message reexpedie)\s*:/,
  initials: "bd",
  may: hasColon,
};
const WROTE: Mark = {
  re: /^\s*(le|on|am)\s.{0,240}\s(a ecrit|wrote|schrieb)\s?:?\s*$/,
  initials: "loa",
  may: endsWrote,
};
const HEADER_FROM: Mark = {
  re: /^\s*[*]?(de|from|von|expediteur)[*]?\s?:/,
  initials: "*dfve",
  may: hasColon,
};
const HEADER_SENT: Mark = {
  re: /^\s*[*]?(envoye|sent|date|gesendet|envoye le)[*]?\s?:/,
  initials: "*esdg",
  may: hasColon,
};
const HEADER_SUBJECT: Mark = {
  re: /^\s*[*]?(objet|subject|betreff)[*]?\s?:/,
  initials: "*osb",
  may: hasColon,
};

/** What the lines the scan reads may be: marks of a message, and the other lines of a header block. */
const OPENING = [SEPARATOR, BEGIN_FORWARD, WROTE, HEADER_FROM];
const IN_HEADER = [HEADER_SENT, HEADER_SUBJECT];

/** 1 for the (ASCII) characters some mark's line begins with. */
const INITIALS = new Uint8Array(0x80);
for (const mark of OPENING.concat(IN_HEADER))
  for (let k = 0; k < mark.initials.length; k++) INITIALS[mark.initials.charCodeAt(k)] = 1;

function is(mark: Mark, line: string): boolean {
  return mark.initials.indexOf(line.charAt(0)) >= 0 && mark.re.test(line);
}

/** What is cut before a line's text: `[\s>]`, beyond ASCII told by the regular expression itself. */
const PREFIX = /[\s>]/;

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
  // The non-empty lines, as three arrays rather than an object each: where each starts, where its text starts
  // after the ">" prefixes of quoted plain text and white space ("> Le … a écrit :"), and where it ends (at
  // most 400 characters are read).
  const starts: number[] = [];
  const froms: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const end = Math.min(nl, pos + 400);
    let from = pos;
    for (; from < end; from++) {
      const c = foldCode(text.charCodeAt(from));
      if (!(
        c === 32 ||
        c === 62 ||
        (c >= 9 && c <= 13) ||
        (c >= 0x80 && PREFIX.test(String.fromCharCode(c)))
      ))
        break;
    }
    if (from < end) {
      starts.push(pos);
      froms.push(from);
      ends.push(end);
    }
    pos = nl + 1;
  }

  /** The text of line `i`, folded, if it may be one of `marks`; else "". Only such lines are folded. */
  const lineText = (i: number, marks: Mark[]): string => {
    const code = foldCode(text.charCodeAt(froms[i]));
    // Most lines begin with a letter no mark begins with.
    if (code >= 0x80 || INITIALS[code] === 0) return "";
    const initial = String.fromCharCode(code);
    for (const mark of marks) {
      if (mark.initials.indexOf(initial) >= 0 && mark.may(text, froms[i], ends[i]))
        return fold(text.slice(froms[i], ends[i]));
    }
    return "";
  };
  /** The index of the last line of a "From / Sent / To / Subject" block starting at `from`, or -1. */
  // What each line is in a header block (SENT, SUBJECT bits; 0: not read yet): a line is read for each of the
  // "From" lines above it, which runs of header lines make many.
  const inHeader = new Uint8Array(starts.length);
  const SENT = 1;
  const SUBJECT = 2;
  const READ = 4;
  const headerBlockEnd = (from: number): number => {
    let sent = false;
    let subject = -1;
    for (let k = from + 1; k < starts.length && k <= from + 6; k++) {
      if (inHeader[k] === 0) {
        const line = lineText(k, IN_HEADER);
        inHeader[k] = READ | (is(HEADER_SENT, line) ? SENT : 0) | (is(HEADER_SUBJECT, line) ? SUBJECT : 0);
      }
      if ((inHeader[k] & SENT) !== 0) sent = true;
      if ((inHeader[k] & SUBJECT) !== 0) subject = k;
    }
    return sent && subject > 0 ? subject : -1;
  };

  let start = -1;
  let messages = 0;
  let separatorUntil = -1;
  for (let i = 0; i < starts.length; i++) {
    const line = lineText(i, OPENING);
    if (line === "") continue;
    const begins = i;
    if (is(SEPARATOR, line) || is(BEGIN_FORWARD, line)) {
      messages++;
      separatorUntil = i + 3;
    } else {
      const blockEnd = is(HEADER_FROM, line) ? headerBlockEnd(i) : -1;
      if (blockEnd > i) {
        // The header block of a message announced by a separator just above is the same message.
        if (i > separatorUntil) messages++;
        i = blockEnd;
      } else if (is(WROTE, line)) {
        messages++;
      } else continue;
    }
    if (start < 0) start = starts[begins];
  }
  return { start, messages };
}

export const HISTORY = 1;
export const QUOTE = 2;
export const SIGNATURE = 4;

/**
 * What the body index asks of every element, as bits, with the id and class read and lower-cased once:
 * HISTORY, from here to the end the body is earlier mail (Outlook's reply header, Gmail's and Thunderbird's
 * quote containers); QUOTE, quoted mail only inside the element (inline replies may follow); SIGNATURE.
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
  // Every class looked for has "gmail_" or "moz-" in it: most classes (MsoNormal…) have neither "_" nor "-", and
  // stop before the expression.
  if (
    rawClass !== undefined &&
    (rawClass.indexOf("_") >= 0 || rawClass.indexOf("-") >= 0) &&
    /gmail_|moz-/i.test(rawClass)
  ) {
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
