import type { ImageRef } from "../body/body-index";
import { fold } from "../text/fold";
import type { Rule } from "../rule";

const IMAGE_FILE = /\.(png|jpe?g|gif|bmp|webp|tiff?|heic|heif|svg|emf|wmf)\s*$/i;
const CAMERA_NAME =
  /^(image|img|dsc|dscn|dscf|pxl|photo|picture|pic|capture|capture d'ecran|screenshot|screen shot|scan|sans titre|untitled)([ _(-]*[0-9][0-9 _.:h()-]*((a|at) [0-9 _.:h-]*)?( ?[ap]m)?)?$/;
// Office's wording since 2020, and the older "… generated with high confidence" one. The words before
// "confidence" are bounded: unbounded, a long alt repeating the phrase makes the search quadratic.
const AUTO_GENERATED =
  /(description generee automatiquement|description automatically generated|description generee avec un niveau de confiance|description generated with [a-z ]{0,60}confidence)/;

/** A tracking pixel: declared 2 px or less in either direction. */
export function isTrackingPixel(img: ImageRef): boolean {
  return (img.width !== undefined && img.width <= 2) || (img.height !== undefined && img.height <= 2);
}

/** `image001.png`, `IMG_2041.JPG`, `Capture d'écran 2026-11-26 à 10.02.13.png`, `photo`: a name, not a description. */
export function isFileNameAlt(alt: string): boolean {
  const t = fold(alt.trim());
  return IMAGE_FILE.test(t) || CAMERA_NAME.test(t);
}

/** How to name an image to the user: its file name, its cid, or its position. */
export function imageName(img: ImageRef): string {
  const src = (img.attrs.src || "").trim();
  const cid = /^cid:([^@?#]+)/i.exec(src);
  if (cid) return cid[1];
  const file = fileNameOf(src);
  if (file !== undefined && !/^data:/i.test(src)) return decodeSafe(file);
  return "image " + (img.index + 1);
}

const isLineBreak = (c: string) => c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029";

/**
 * The last segment of a path or URL, before its query or fragment: what /([^/\\?#]+)(?:[?#].*)?$/ finds
 * (the first run of characters other than / \ ? # that ends the text, or is followed by ? or # and no line
 * break), in one pass where that regex would be quadratic on a long run.
 */
function fileNameOf(src: string): string | undefined {
  let lastBreak = -1;
  for (let i = src.length - 1; i >= 0 && lastBreak < 0; i--) if (isLineBreak(src.charAt(i))) lastBreak = i;
  let start = 0;
  for (let i = 0; i <= src.length; i++) {
    const c = src.charAt(i);
    const queryOrFragment = c === "?" || c === "#";
    if (i < src.length && !queryOrFragment && c !== "/" && c !== "\\") continue;
    if (i > start && (i === src.length || (queryOrFragment && i > lastBreak))) return src.slice(start, i);
    start = i + 1;
  }
  return undefined;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2016 has no optional catch binding
  } catch (e) {
    return s;
  }
}

export const imageMissingAlt: Rule = {
  meta: {
    id: "image-missing-alt",
    severity: "warning",
    guide: {
      fr: "Guide §8 — « ajouter du texte alternatif si nécessaire »",
      en: "Guide §8 — “add alternative text where needed”",
    },
    description: {
      fr: "Une image du message sans texte alternatif, ou dont le texte alternatif n'est qu'un nom de fichier.",
      en: "An image of the message with no alternative text, or whose alternative text is only a file name.",
    },
    why: {
      fr: "Les personnes qui utilisent un lecteur d'écran, et celles dont la messagerie bloque les images, ne voient que le texte alternatif. Décrivez ce que l'image apporte ; une image purement décorative prend un texte alternatif vide.",
      en: "People using a screen reader, and those whose mail client blocks images, only get the alternative text. Describe what the image conveys; a purely decorative image takes an empty alternative text.",
    },
    fixes: ["set-image-alt"],
    messages: {
      missing: {
        fr: "L'image « {{image}} » n'a pas de texte alternatif.",
        en: "The image “{{image}}” has no alternative text.",
      },
      "file-name": {
        fr: "Le texte alternatif de l'image « {{image}} » n'est qu'un nom de fichier : « {{alt}} ».",
        en: "The alternative text of the image “{{image}}” is only a file name: “{{alt}}”.",
      },
      "auto-generated": {
        fr: "Le texte alternatif de l'image « {{image}} » a été généré automatiquement : vérifiez-le.",
        en: "The alternative text of the image “{{image}}” was generated automatically: check it.",
      },
    },
  },
  check(context) {
    for (const img of context.body.images) {
      if (img.zone === "quote" || isTrackingPixel(img)) continue;
      const alt = img.attrs.alt;
      let messageId: string | undefined;
      let severity: "info" | undefined;
      if (alt === undefined) messageId = "missing";
      else if (alt.trim() === "")
        continue; // alt="" marks a decorative image
      else if (AUTO_GENERATED.test(fold(alt))) {
        messageId = "auto-generated";
        severity = "info";
      } else if (isFileNameAlt(alt)) messageId = "file-name";
      if (!messageId) continue;
      context.report({
        messageId,
        severity,
        data: { image: imageName(img), alt: alt || "" },
        location: {
          part: "body",
          zone: img.zone,
          start: img.textOffset,
          end: img.textOffset,
          image: img.index,
        },
        // The pane asks the user for the description; `alt` is filled in before the fix is applied.
        fixes: [{ kind: "set-image-alt", image: img.index, start: img.start, end: img.end, alt: "" }],
      });
    }
  },
};
