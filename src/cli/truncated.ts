// A message cut short (an interrupted copy or download): postal-mime reads what is there without a word, and
// the draft would be linted without its end. Two cuts can be told from a merely sloppy message — the file
// ends in the middle of a line, and that line is in the header block or in a multipart body that never
// closes. A cut that falls on a line end looks like a complete message and is not caught.
import type { LocalText } from "../lint";
import { both, quote } from "./messages";

/** How far into the file the header block is looked for (as checkHeaderBlock does). */
const HEADER_SCAN_BYTES = 256 * 1024;

/** Why the message looks cut short, or undefined. */
export function truncationReason(raw: Uint8Array): LocalText | undefined {
  if (raw.length === 0) return undefined;
  const last = raw[raw.length - 1];
  if (last === 0x0a || last === 0x0d) return undefined;
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.length);
  const head = bytes.subarray(0, Math.min(bytes.length, HEADER_SCAN_BYTES)).toString("latin1");
  const blank = /\r?\n[ \t]*\r?\n|\r[ \t]*\r/.exec(head);
  if (blank === null && bytes.length <= HEADER_SCAN_BYTES) {
    const line = head.slice(Math.max(head.lastIndexOf("\n"), head.lastIndexOf("\r")) + 1);
    const shown = line.length > 40 ? line.slice(0, 40) + "…" : line;
    return both((l) =>
      l === "fr"
        ? `message tronqué : le fichier s'arrête au milieu de l'en-tête (${quote(shown, l)}), avant la ligne vide qui le termine`
        : `truncated message: the file ends in the middle of the header (${quote(shown, l)}), before the blank line that closes it`,
    );
  }
  const boundary = blank === null ? undefined : multipartBoundary(head.slice(0, blank.index));
  if (boundary !== undefined && bytes.indexOf("--" + boundary + "--", 0, "latin1") < 0) {
    return both((l) =>
      l === "fr"
        ? `message tronqué : le fichier s'arrête au milieu d'une ligne, sans la limite de fin ${quote("--" + boundary + "--", l)} du corps multipart`
        : `truncated message: the file ends in the middle of a line, without the closing boundary ${quote("--" + boundary + "--", l)} of its multipart body`,
    );
  }
  return undefined;
}

/** The boundary of a top-level `Content-Type: multipart/…`, from the header block's text. */
function multipartBoundary(header: string): string | undefined {
  // Unfold: a line starting with a space or tab continues the previous one.
  const fields = header.split(/\r\n|\n|\r/).reduce<string[]>((out, line) => {
    if ((line.charAt(0) === " " || line.charAt(0) === "\t") && out.length > 0) out[out.length - 1] += line;
    else out.push(line);
    return out;
  }, []);
  for (const field of fields) {
    const m = /^content-type[ \t]*:[ \t]*multipart\/[^;]*;(.*)$/i.exec(field);
    if (!m) continue;
    const b = /(?:^|;)[ \t]*boundary[ \t]*=[ \t]*(?:"([^"]+)"|([^;\s]+))/i.exec(m[1]);
    return b ? b[1] || b[2] : undefined;
  }
  return undefined;
}
