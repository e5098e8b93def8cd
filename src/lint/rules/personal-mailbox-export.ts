import { fold } from "../text/fold";
import type { Rule } from "../rule";

const MIN_NAME = 3;

/** Letters only, folded: "Anne-Laure" → "annelaure". */
const letters = (s: string) => fold(s).replace(/[^a-z]/g, "");

const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/**
 * Each "(…)", "<…>" and '"…"' within one line replaced by a space, from the left: what
 * `.replace(/\(.*?\)|<.*?>|".*?"/g, " ")` did, in one pass where that regex is quadratic on a line of
 * unclosed "(" or "<". The next closing character and the next line break are remembered, not searched again.
 */
function blankEnclosed(s: string): string {
  const nextClosing: { [closing: string]: number } = {};
  let nextBreak = -2; // not looked for yet; -1: none left
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    const closing = c === "(" ? ")" : c === "<" ? ">" : c === '"' ? '"' : "";
    if (closing !== "") {
      let close = nextClosing[closing];
      if (close === undefined || (close >= 0 && close <= i))
        close = nextClosing[closing] = s.indexOf(closing, i + 1);
      if (nextBreak !== -1 && nextBreak <= i) {
        LINE_BREAK.lastIndex = i + 1;
        const m = LINE_BREAK.exec(s);
        nextBreak = m ? m.index : -1;
      }
      if (close >= 0 && (nextBreak < 0 || close < nextBreak)) {
        out += " ";
        i = close + 1;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

/**
 * The sender's first-name parts and last names, from the display name ("Anne-Laure Castan",
 * "CASTAN Anne-Laure", "Castan, Anne-Laure") and from the address ("anne-laure.castan@…").
 */
export function senderNames(name: string | undefined, address: string): { first: string[]; last: string[] } {
  const first: string[] = [];
  const last: string[] = [];
  const add = (list: string[], raw: string) => {
    const whole = letters(raw);
    if (whole.length >= MIN_NAME && list.indexOf(whole) < 0) list.push(whole);
    if (list === first) {
      for (const part of raw.split(/[-\s]+/)) {
        const p = letters(part);
        if (p.length >= MIN_NAME && list.indexOf(p) < 0) list.push(p);
      }
    }
  };
  const display = blankEnclosed(name || "").trim();
  if (display) {
    const comma = display.split(",");
    if (comma.length === 2) {
      add(last, comma[0]);
      add(first, comma[1]);
    } else {
      const words = display.split(/\s+/);
      // French directories write the last name in capitals, first or last: "CASTAN Anne-Laure".
      const caps = words.filter((w) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase());
      if (caps.length > 0 && caps.length < words.length) {
        for (const w of words) add(caps.indexOf(w) >= 0 ? last : first, w);
      } else if (words.length > 1) {
        add(first, words[0]);
        add(last, words.slice(1).join(" "));
        add(last, words[words.length - 1]);
      }
    }
  }
  const local = address.split("@")[0];
  const parts = local.split(/[._]/);
  if (parts.length >= 2) {
    add(first, parts[0]);
    add(last, parts[parts.length - 1]);
  }
  return { first, last };
}

/** True when `s` is made only of `pieces` ("al", "annelaure", "" for Anne-Laure's first-name pieces). */
function composed(s: string, pieces: string[]): boolean {
  // ok[i]: s.slice(i) splits into pieces; filled from the end, so linear in the pieces tried.
  const ok: boolean[] = [];
  ok[s.length] = true;
  for (let i = s.length - 1; i >= 0; i--) {
    ok[i] = pieces.some((p) => p !== "" && s.substr(i, p.length) === p && ok[i + p.length] === true);
  }
  return ok[0] === true;
}

const withInitials = (list: string[]) => list.concat(list.map((n) => n.charAt(0)));

/**
 * The names are matched as whole words of the local part, where a word may be glued to first names or
 * initials: "castan.al", "acastan", "anne.c75", "annec" are Anne-Laure Castan's; "castanet", "lauren.smith",
 * "annecy", and Jean's "jeanne.roux" or Martin's "martinez" are other people's.
 */
export function looksOwn(local: string, names: { first: string[]; last: string[] }): boolean {
  // Accents and case folded; separators and digits split the words.
  const runs = fold(local)
    .split(/[^a-z]+/)
    .filter((w) => w !== "");
  if (runs.length === 0) return false;
  const firstPieces = withInitials(names.first);
  const contains = runs.some((run) =>
    names.last.some((n) => {
      for (let i = run.indexOf(n); i >= 0; i = run.indexOf(n, i + 1)) {
        if (composed(run.slice(0, i), firstPieces) && composed(run.slice(i + n.length), firstPieces))
          return true;
      }
      return false;
    }),
  );
  if (contains) return true;
  const anyPieces = firstPieces.concat(withInitials(names.last));
  return names.first.some((n) => runs[0].indexOf(n) === 0 && composed(runs[0].slice(n.length), anyPieces));
}

export const personalMailboxExport: Rule = {
  meta: {
    id: "personal-mailbox-export",
    severity: "warning",
    guide: {
      fr: "Guide §9 — « éviter d'exporter ses emails professionnels vers des boîtes personnelles »",
      en: "Guide §9 — “do not export work mail to personal mailboxes”",
    },
    description: {
      fr: "Un transfert vers une messagerie personnelle qui semble être celle de l'expéditeur.",
      en: "A forward to a personal webmail address that looks like the sender's own.",
    },
    why: {
      fr: "Une boîte personnelle échappe aux protections et à l'archivage de l'organisation : les données professionnelles qui y arrivent sont hors de contrôle. Utilisez les outils de travail nomades prévus par votre organisation.",
      en: "A personal mailbox escapes the organisation's protection and archiving: work data that lands there is out of control. Use the remote-work tools your organisation provides.",
    },
    fixes: ["remove-recipients"],
    messages: {
      export: {
        fr: "Transfert vers {{address}}, qui ressemble à votre boîte personnelle : gardez les messages professionnels dans la messagerie de travail.",
        en: "Forward to {{address}}, which looks like your personal mailbox: keep work mail in the work mailbox.",
      },
    },
  },
  check(context) {
    const { draft, body, recipients } = context;
    const sender = recipients.sender;
    if (!sender) return;
    const forwarding =
      draft.composeType === "forward" ||
      body.historyMessages > 0 ||
      body.segments.some((s) => s.zone === "quote") ||
      (draft.attachments || []).some((a) => !a.inline);
    if (!forwarding) return;
    const names = senderNames(sender.name, sender.address);
    for (const r of recipients.all) {
      if (!r.webmail || !looksOwn(r.key.split("@")[0], names)) continue;
      context.report({
        messageId: "export",
        data: { address: r.address },
        location: { part: "recipients", field: r.field, addresses: [r.address] },
        fixes: [{ kind: "remove-recipients", addresses: [r.address] }],
      });
    }
  },
};
