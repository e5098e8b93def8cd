// Fixes preserve the user's draft: set-image-alt changes one attribute value and nothing else, recipient
// fixes never lose or duplicate an address they do not name, and the subjects the rules propose keep the
// user's own words.
import fc from "fast-check";
import { applyFix, lint, setImageAlt, type Address, type Draft, type Fix } from "../../src/lint";
import { buildBodyIndex } from "../../src/lint/body/body-index";
import { analyzeSubject } from "../../src/lint/subject";
import * as arb from "./arbitraries";

const RUNS = Number(process.env.FC_RUNS) || 150;
/** A fixed seed keeps CI repeatable; `npm run test:fuzz` runs more cases with a random one. */
const SEED = process.env.FC_SEED === "random" ? undefined : Number(process.env.FC_SEED) || 20261126;
const PARAMS: fc.Parameters<unknown> = { numRuns: RUNS, seed: SEED };
const NOW = Date.parse("2026-11-24T10:00:00+01:00");

// ---------------------------------------------------------------------------------------------------------
// set-image-alt

type Quote = '"' | "'" | "";

interface GenAttribute {
  name: string;
  /** undefined: a bare attribute (`alt`) */
  value?: string;
  quote: Quote;
  /** spaces around "=" */
  around: [string, string];
}

interface GenTag {
  text: string;
  /** the alt attribute's text before and after its value, when the tag has one */
  alt?: { before: string; after: string; form: "quoted" | "unquoted" | "bare"; quote: Quote };
}

const WHITE = ["\t", "\n", "\f", "\r", " "];
const white = fc.constantFrom(" ", "  ", "\n", "\t", " \r\n ", "\f");

/** Attribute values that stay one value in their quoting (no closing quote inside, no space unquoted). */
const valueFor = (quote: Quote): fc.Arbitrary<string> => {
  const chars = fc.oneof(
    fc.constantFrom("a", "é", "&", "&amp;", "<", ">", "/", "=", "alt=x", "😀", "\u202e", "'", '"', " "),
    arb.fullUnicode(3),
  );
  return fc.array(chars, { maxLength: 8 }).map((parts) => {
    let v = parts.join("");
    if (quote !== "") return v.split(quote).join("");
    for (const c of WHITE.concat(['"', "'", "`", "<", ">", "="])) v = v.split(c).join("");
    return v === "" ? "x" : v;
  });
};

const otherAttribute: fc.Arbitrary<GenAttribute> = fc
  .tuple(
    fc.constantFrom("src", "SRC", "width", "title", "class", "data-alt", "xalt", "alt-text", "x", "data-x"),
    fc.constantFrom<Quote | "bare">('"', "'", "", "bare"),
    fc.tuple(fc.constantFrom("", " "), fc.constantFrom("", " ")),
  )
  .chain(([name, quote, around]) =>
    quote === "bare"
      ? fc.constant<GenAttribute>({ name, quote: "", around: ["", ""] })
      : valueFor(quote).map((value): GenAttribute => ({ name, value, quote, around })),
  );

const altAttribute: fc.Arbitrary<GenAttribute> = fc
  .tuple(
    fc.constantFrom("alt", "ALT", "Alt"),
    fc.constantFrom<Quote | "bare">('"', "'", "", "bare"),
    fc.tuple(fc.constantFrom("", " ", "\n"), fc.constantFrom("", " ")),
  )
  .chain(([name, quote, around]) =>
    quote === "bare"
      ? fc.constant<GenAttribute>({ name, quote: "", around: ["", ""] })
      : fc.oneof(valueFor(quote), fc.constant("")).map((value): GenAttribute => ({
          name,
          value: quote === "" && value === "" ? "x" : value,
          quote,
          around,
        })),
  );

/** An `<img …>` start tag in any case, with or without alt among other attributes, ended in any way. */
const imgTag: fc.Arbitrary<GenTag> = fc
  .tuple(
    fc.constantFrom("img", "IMG", "Img", "iMg"),
    fc.array(otherAttribute, { maxLength: 4 }),
    fc.option(altAttribute, { nil: undefined }),
    fc.nat(),
    fc.array(white, { minLength: 6, maxLength: 6 }),
    fc.constantFrom(">", "/>", " />", " >", "\n>"),
  )
  .map(([tagName, others, alt, at, spaces, end]) => {
    const attrs = others.slice();
    const altIndex = alt ? at % (attrs.length + 1) : -1;
    if (alt) attrs.splice(altIndex, 0, alt);
    let text = "<" + tagName;
    // where the alt value stands in `text`: [start, end), quotes excluded
    let value: { start: number; end: number; form: "quoted" | "unquoted" | "bare"; quote: Quote } | undefined;
    attrs.forEach((a, i) => {
      text += spaces[i % spaces.length] + a.name;
      if (a.value === undefined) {
        if (i === altIndex) value = { start: text.length, end: text.length, form: "bare", quote: "" };
        return;
      }
      text += a.around[0] + "=" + a.around[1] + a.quote;
      if (i === altIndex)
        value = {
          start: text.length,
          end: text.length + a.value.length,
          form: a.quote === "" ? "unquoted" : "quoted",
          quote: a.quote,
        };
      text += a.value + a.quote;
    });
    // "/" right after an unquoted value would belong to the value (alt=x/ reads "x/").
    const last = attrs[attrs.length - 1];
    text += last && last.value !== undefined && last.quote === "" && end.charAt(0) === "/" ? " " + end : end;
    const v = value;
    return {
      text,
      alt: v && { before: text.slice(0, v.start), after: text.slice(v.end), form: v.form, quote: v.quote },
    };
  });

/** Text around the tag that holds no markup: no "<", so the tag stays where it is. */
const plainText = arb.text(30).map((t) => t.split("<").join(""));

/** Any alt a user may type: any Unicode, quotes, &, <, apostrophes, entity look-alikes. */
const typedAlt = fc.oneof(
  arb.fullUnicode(30),
  fc
    .array(
      fc.constantFrom('"', "'", "’", "&", "&amp;", "&lt;", "<", ">", "é", "😀", " ", "alt=", "/", "\n"),
      {
        maxLength: 10,
      },
    )
    .map((p) => p.join("")),
);

describe("set-image-alt", () => {
  it("rewrites only the alt value of the tag (or inserts alt after <img), and the alt reads back as typed", () => {
    fc.assert(
      fc.property(plainText, imgTag, plainText, typedAlt, (before, tag, after, alt) => {
        const html = before + tag.text + after;
        const index = buildBodyIndex({ html });
        expect(index.images.length).toBe(1);
        const img = index.images[0];
        expect([img.start, img.end]).toEqual([before.length, before.length + tag.text.length]);

        const out = setImageAlt(html, img.start, img.end, alt);
        // Every byte outside the tag is the same.
        expect(out.slice(0, img.start)).toBe(before);
        expect(out.slice(out.length - after.length)).toBe(after);
        const rewritten = out.slice(img.start, out.length - after.length);

        // Inside the tag, only the alt value differs.
        let inserted: string;
        if (tag.alt) {
          expect(rewritten.startsWith(tag.alt.before)).toBe(true);
          expect(rewritten.endsWith(tag.alt.after)).toBe(true);
          inserted = rewritten.slice(tag.alt.before.length, rewritten.length - tag.alt.after.length);
          if (tag.alt.form === "quoted") expect(inserted).not.toContain(tag.alt.quote);
          if (tag.alt.form === "unquoted") expect(inserted).toMatch(/^"[^"]*"$/);
          if (tag.alt.form === "bare") expect(inserted).toMatch(/^="[^"]*"$/);
        } else {
          expect(rewritten.slice(0, 4)).toBe(tag.text.slice(0, 4));
          expect(rewritten.slice(rewritten.length - (tag.text.length - 4))).toBe(tag.text.slice(4));
          inserted = rewritten.slice(4, rewritten.length - (tag.text.length - 4));
          expect(inserted).toMatch(/^ alt="[^"]*"$/);
        }

        // Read again: the same attributes, with the alt decoded exactly as typed.
        const again = buildBodyIndex({ html: out });
        expect(again.images.length).toBe(1);
        expect(again.images[0].attrs).toEqual({ ...img.attrs, alt });
      }),
      PARAMS,
    );
  });

  it("in tag soup, changes only the chosen image: other bytes and every other image's attributes stay", () => {
    const soup = fc
      .array(
        fc.oneof(
          arb.tagSoup(6),
          imgTag.map((t) => t.text),
        ),
        { minLength: 1, maxLength: 8 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(soup, fc.nat(), typedAlt, (html, pick, alt) => {
        const images = buildBodyIndex({ html }).images;
        if (images.length === 0) return;
        const img = images[pick % images.length];
        const out = setImageAlt(html, img.start, img.end, alt);
        expect(out.slice(0, img.start)).toBe(html.slice(0, img.start));
        expect(out.slice(out.length - (html.length - img.end))).toBe(html.slice(img.end));
        const again = buildBodyIndex({ html: out }).images;
        expect(again.map((i) => i.attrs)).toEqual(
          images.map((i) => (i === img ? { ...i.attrs, alt } : i.attrs)),
        );
      }),
      PARAMS,
    );
  });

  it("keeps src, and the rest of an unquoted alt, when they hold a '/' (src=a/alt=b.png, alt=a/b)", () => {
    for (const html of [
      "<img src=a/alt=b.png>",
      "<img src=x.png alt=a/b>",
      "<img/alt=x>",
      "<img alt=foo/>",
    ]) {
      const img = buildBodyIndex({ html }).images[0];
      const out = setImageAlt(html, img.start, img.end, "Logo");
      expect(buildBodyIndex({ html: out }).images[0].attrs).toEqual({ ...img.attrs, alt: "Logo" });
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Recipient fixes

const keyOf = (address: string) => address.trim().toLowerCase();
type Field = "to" | "cc" | "bcc";
const FIELDS: Field[] = ["to", "cc", "bcc"];

function counts(list: Address[] | undefined): Map<string, number> {
  const m = new Map<string, number>();
  for (const a of list || []) m.set(keyOf(a.address), (m.get(keyOf(a.address)) || 0) + 1);
  return m;
}
const countIn = (d: Draft, field: Field, key: string) => counts(d[field]).get(key) || 0;

/** Every key in either draft, in any field. */
function allKeys(a: Draft, b: Draft): string[] {
  const keys = new Set<string>();
  for (const d of [a, b]) for (const f of FIELDS) for (const x of d[f] || []) keys.add(keyOf(x.address));
  return Array.from(keys);
}

/** Checks a recipient fix against the multiset of addresses, field by field, case-insensitively. */
function checkRecipientFix(draft: Draft, fix: Fix): void {
  const after = applyFix(draft, fix);
  const sender = draft.from ? keyOf(draft.from.address) : undefined;
  if (fix.kind === "remove-recipients") {
    const named = new Set(fix.addresses.map(keyOf));
    for (const k of allKeys(draft, after))
      for (const f of FIELDS)
        expect([k, f, countIn(after, f, k)]).toEqual([k, f, named.has(k) ? 0 : countIn(draft, f, k)]);
  } else if (fix.kind === "move-to-bcc") {
    const named = new Set(fix.addresses.map(keyOf));
    const senderMoves =
      fix.senderToTo && draft.from !== undefined && sender !== undefined && !named.has(sender);
    for (const k of allKeys(draft, after)) {
      const was = (f: Field) => countIn(draft, f, k);
      const is = (f: Field) => countIn(after, f, k);
      if (named.has(k)) {
        // Moved: out of To and Cc, in Bcc once (Bcc's own duplicates stay as they were).
        expect([k, is("to"), is("cc")]).toEqual([k, 0, 0]);
        expect([k, is("bcc")]).toEqual([k, was("to") + was("cc") > 0 ? Math.max(was("bcc"), 1) : was("bcc")]);
      } else if (senderMoves && k === sender) {
        // The sender is added to To only when absent; out of Cc at most (not duplicated there).
        expect([k, is("to")]).toEqual([k, Math.max(was("to"), 1)]);
        expect([0, was("cc")]).toContain(is("cc"));
        expect([k, is("bcc")]).toEqual([k, was("bcc")]);
      } else {
        for (const f of FIELDS) expect([k, f, is(f)]).toEqual([k, f, was(f)]);
      }
    }
  } else if (fix.kind === "replace-recipient") {
    const from = keyOf(fix.from);
    const to = keyOf(fix.to);
    for (const k of allKeys(draft, after))
      for (const f of FIELDS) {
        const was = (key: string) => countIn(draft, f, key);
        const expected = from === to ? was(k) : k === from ? 0 : k === to ? was(k) + was(from) : was(k);
        expect([k, f, countIn(after, f, k)]).toEqual([k, f, expected]);
      }
    // The display names stay with their entries.
    for (const f of FIELDS)
      expect((after[f] || []).map((a) => a.name)).toEqual((draft[f] || []).map((a) => a.name));
  }
}

/** A draft plus addresses to name: some of its own (in another case, padded), some from elsewhere. */
const draftAndNamed = arb.draft({ maxRecipients: 10 }).chain((draft) => {
  const own = FIELDS.flatMap((f) => (draft[f] || []).map((a) => a.address));
  const variant = (a: string) => fc.constantFrom(a, a.toUpperCase(), " " + a + " ", a.toLowerCase());
  const pickOwn = own.length > 0 ? fc.constantFrom(...own).chain(variant) : arb.addressString;
  return fc.tuple(
    fc.constant(draft),
    fc.array(fc.oneof(pickOwn, pickOwn, arb.addressString), { maxLength: 6 }),
  );
});

describe("recipient fixes", () => {
  it("remove-recipients removes the named addresses and only them", () => {
    fc.assert(
      fc.property(draftAndNamed, ([draft, named]) => {
        checkRecipientFix(draft, { kind: "remove-recipients", addresses: named });
      }),
      PARAMS,
    );
  });

  it("move-to-bcc moves the named addresses to Bcc, adds the sender to To only when absent, keeps the rest", () => {
    fc.assert(
      fc.property(draftAndNamed, fc.boolean(), ([draft, named], senderToTo) => {
        const sender = draft.from ? keyOf(draft.from.address) : undefined;
        const addresses = named.filter((a) => keyOf(a) !== sender);
        checkRecipientFix(draft, { kind: "move-to-bcc", addresses, senderToTo });
      }),
      PARAMS,
    );
  });

  it("replace-recipient swaps one address everywhere it stands, names kept, nothing else touched", () => {
    fc.assert(
      fc.property(draftAndNamed, arb.addressString, ([draft, named], to) => {
        const from = named.length > 0 ? named[0] : "nobody@nowhere.example";
        checkRecipientFix(draft, { kind: "replace-recipient", from, to });
      }),
      PARAMS,
    );
  });

  it("the recipient fixes the rules propose keep every address they do not name", () => {
    const bulky = fc
      .tuple(arb.draft({ maxRecipients: 8 }), fc.array(arb.address, { minLength: 5, maxLength: 12 }))
      .map(([draft, more]): Draft => ({ ...draft, to: draft.to.concat(more), composeType: "reply" }));
    fc.assert(
      fc.property(fc.oneof(arb.draft({ maxRecipients: 8 }), bulky), (draft) => {
        for (const finding of lint(draft, { now: NOW }))
          for (const fix of finding.fixes) checkRecipientFix(draft, fix);
      }),
      PARAMS,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// set-subject

const PREFIXES = [
  "RE: ",
  "Re:",
  "TR : ",
  "Fwd: ",
  "FW:",
  "AW: ",
  "RE[2]: ",
  "Re(3): ",
  "[EXT] RE: ",
  "I: ",
  "R: ",
];
const stackedSubject = fc
  .tuple(fc.array(fc.constantFrom(...PREFIXES), { minLength: 0, maxLength: 6 }), arb.text(40))
  .map(([prefixes, core]) => prefixes.join("") + core);

const fixesOf = (draft: Draft, ruleId: string) =>
  lint(draft, { now: NOW, only: [ruleId] })
    .filter((f) => f.location.part === "subject")
    .flatMap((f) => f.fixes)
    .filter((f): f is Extract<Fix, { kind: "set-subject" }> => f.kind === "set-subject");

describe("set-subject from the rules", () => {
  it("long-thread collapses the prefixes and leaves the core unchanged", () => {
    fc.assert(
      fc.property(stackedSubject, (subject) => {
        const before = analyzeSubject(subject);
        for (const fix of fixesOf({ to: [], subject }, "long-thread")) {
          const after = analyzeSubject(fix.subject);
          expect(after.core).toBe(before.core);
          expect(after.prefixes.length).toBe(1);
        }
      }),
      PARAMS,
    );
  });

  it("all-caps keeps the prefixes byte for byte and the same letters, ignoring case", () => {
    const shouted = fc
      .tuple(fc.array(fc.constantFrom(...PREFIXES), { maxLength: 2 }), arb.text(40))
      .map(([prefixes, core]) => prefixes.join("") + core.toUpperCase());
    // Case-insensitive, blind to how a case mapping spells a letter (İ, "ß" → "SS" at a sentence start) and
    // to white space after the core, which the fix does not keep (it writes prefixes + core).
    const fold = (s: string) => s.toUpperCase().toLowerCase().normalize("NFC").replace(/\s+$/, "");
    fc.assert(
      fc.property(shouted, (subject) => {
        const before = analyzeSubject(subject);
        for (const fix of fixesOf({ to: [], subject }, "all-caps")) {
          expect(fix.subject.slice(0, before.coreStart)).toBe(subject.slice(0, before.coreStart));
          expect(fold(fix.subject)).toBe(fold(subject));
        }
      }),
      PARAMS,
    );
  });

  it("vague-subject keeps the reply/forward prefixes it writes its suggestion after", () => {
    fc.assert(
      fc.property(stackedSubject, arb.text(200), (subject, text) => {
        const before = analyzeSubject(subject);
        for (const fix of fixesOf({ to: [], subject, body: { text } }, "vague-subject"))
          expect(fix.subject.slice(0, before.coreStart)).toBe(subject.slice(0, before.coreStart));
      }),
      PARAMS,
    );
  });
});
