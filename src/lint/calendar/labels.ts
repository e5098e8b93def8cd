// Human labels for a proposed sending slot. Built from our own name tables because Intl (toLocaleString) may be
// missing in classic Outlook's runtime, and its output differs between engines anyway.

import { toWallClock } from "./zone";

// Index 0 is unused: weekdays are 1 = Monday … 7 = Sunday, months 1-12.
const WEEKDAYS = {
  fr: ["", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  en: ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};
const MONTHS = {
  fr: [
    "",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  en: [
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

function pad2(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

/** "lundi 1 décembre à 08:00" / "Monday 1 December at 08:00", in the zone's wall clock (24-hour). */
export function formatSlotLabel(instantMs: number, lang: "fr" | "en", timeZone?: string): string {
  const w = toWallClock(instantMs, timeZone);
  const time = pad2(w.hour) + ":" + pad2(w.minute);
  const date = WEEKDAYS[lang][w.weekday] + " " + w.day + " " + MONTHS[lang][w.month];
  return date + (lang === "fr" ? " à " : " at ") + time;
}
