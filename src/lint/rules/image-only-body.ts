import type { Rule } from "../rule";
import { isTrackingPixel } from "./image-missing-alt";

const MIN_WORDS = 10;

export const imageOnlyBody: Rule = {
  meta: {
    id: "image-only-body",
    severity: "warning",
    guide: {
      fr: "Guide §8 — « éviter les images seules pour véhiculer l'information »",
      en: "Guide §8 — “avoid images alone to carry the information”",
    },
    description: {
      fr: "Un message dont l'information tient dans une image, avec presque pas de texte.",
      en: "A message whose information sits in an image, with almost no text.",
    },
    why: {
      fr: "Une image seule ne se lit pas avec un lecteur d'écran, ne se recherche pas, ne se copie pas et disparaît quand la messagerie bloque les images. Écrivez l'essentiel en texte.",
      en: "An image alone cannot be read by a screen reader, searched or copied, and vanishes when the mail client blocks images. Write the essentials as text.",
    },
    fixes: [],
    messages: {
      "image-only": {
        fr: "Le message ne contient que {{words}} mot(s) de texte autour de {{images}} image(s) : écrivez l'information en texte.",
        en: "The message holds only {{words}} word(s) of text around {{images}} image(s): write the information as text.",
      },
    },
  },
  check(context) {
    const { body } = context;
    const images = body.images.filter(
      (img) =>
        img.zone === "new" &&
        !isTrackingPixel(img) &&
        !(img.attrs.alt !== undefined && img.attrs.alt.trim() === ""),
    );
    if (images.length === 0) return;
    const words = body.countWordsIn(["new"]);
    if (words >= MIN_WORDS) return;
    context.report({
      messageId: "image-only",
      data: { words, images: images.length },
      location: { part: "body", zone: "new", image: images[0].index },
    });
  },
};
