// Trimming by hand. A regex anchored only at the end (/[.,;!?)]+$/) is tried from every position of a long
// run and backtracks quadratically on it; a loop from the end reads each character once.

/** `text` without the run of characters at its end that `strip` accepts: ("ok?!", punctuation) → "ok". */
export function trimEndWhere(text: string, strip: (ch: string) => boolean): string {
  let end = text.length;
  while (end > 0 && strip(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
