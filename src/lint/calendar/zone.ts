// Time-zone arithmetic without a date library. Intl knows every IANA zone but classic Outlook's JavaScript-only
// runtime may lack it, so a small table of the zones our users live in (EU rule, French overseas) backs it up,
// and the device's own offset covers the rest.

/** A wall-clock reading in some time zone. */
export interface WallClock {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 1 = Monday … 7 = Sunday (ISO 8601) */
  weekday: number;
}

/** The fields `fromWallClock` needs; seconds default to 0. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

const MINUTE_MS = 60000;
const DAY_MS = 86400000;

/** UTC milliseconds of a field set; unlike Date.UTC, years 0-99 are not moved to the 1900s, and overflow rolls on. */
function utcMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

// ---------------------------------------------------------------------------------------------------------------
// Intl path

// hourCycle is ES2020 typing, but engines that predate it simply ignore it (the parser copes with AM/PM and "24").
type FormatOptions = Intl.DateTimeFormatOptions & { hourCycle?: "h23" };

/** One formatter per zone; null records a zone that Intl rejected, so we do not retry it on every call. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function intlAvailable(): boolean {
  // Checked on every call rather than once: the global can be absent in Outlook's runtime (and in tests).
  return typeof Intl !== "undefined" && typeof Intl.DateTimeFormat === "function";
}

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  if (!intlAvailable()) return undefined;
  let f = formatters.get(timeZone);
  if (f === undefined) {
    const options: FormatOptions = {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    };
    try {
      f = new Intl.DateTimeFormat("en-US", options);
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2016 has no optional catch binding
    } catch (e) {
      f = null; // RangeError: a zone this engine does not know
    }
    formatters.set(timeZone, f);
  }
  return f === null ? undefined : f;
}

/**
 * Offset through Intl, by reading the zone's wall clock ("03/29/2026, 02:30:00" in en-US) and comparing it with
 * UTC. Parsing `format()` rather than `formatToParts` keeps us within ES2016 typings and older engines.
 */
function intlOffset(f: Intl.DateTimeFormat, instantMs: number): number | undefined {
  const text = f.format(new Date(instantMs));
  const n = text.match(/\d+/g);
  if (n === null || n.length < 6) return undefined;
  let hour = +n[3];
  if (/pm/i.test(text)) hour = (hour % 12) + 12;
  else if (/am/i.test(text)) hour = hour % 12;
  else if (hour === 24) hour = 0; // engines that took "hour12: false" as h24
  const wall = utcMs(+n[2], +n[0], +n[1], hour, +n[4], +n[5]);
  const wholeSecond = instantMs - (((instantMs % 1000) + 1000) % 1000);
  const offset = Math.round((wall - wholeSecond) / MINUTE_MS) + 0; // + 0 turns -0 into 0
  // en-US writes years before 1 AD without their era (1 BC reads "1"): a reading a day or more away from
  // UTC is such a misread, not an offset. (NaN stays: a wall clock past Date's range has no offset.)
  return Math.abs(offset) >= 24 * 60 ? undefined : offset;
}

// ---------------------------------------------------------------------------------------------------------------
// Built-in table, used without Intl

type DstRule = "EU" | "NA";

interface TableZone {
  /** standard offset, minutes east of UTC */
  std: number;
  /** daylight saving adds one hour under this rule */
  dst?: DstRule;
}

// Only the current rules: the EU rule dates from 1996 and the North American one from 2007, which is all an
// email sent today needs.
const TABLE: { [zone: string]: TableZone } = {
  "Europe/Paris": { std: 60, dst: "EU" },
  "Europe/Brussels": { std: 60, dst: "EU" },
  "Europe/Luxembourg": { std: 60, dst: "EU" },
  "Europe/Monaco": { std: 60, dst: "EU" },
  "Europe/Berlin": { std: 60, dst: "EU" },
  "Europe/Madrid": { std: 60, dst: "EU" },
  "Europe/Rome": { std: 60, dst: "EU" },
  "Europe/Amsterdam": { std: 60, dst: "EU" },
  "Europe/Zurich": { std: 60, dst: "EU" },
  "Europe/London": { std: 0, dst: "EU" },
  "Europe/Lisbon": { std: 0, dst: "EU" },
  "America/Guadeloupe": { std: -240 },
  "America/Martinique": { std: -240 },
  "America/Cayenne": { std: -180 },
  "America/Miquelon": { std: -180, dst: "NA" },
  "Indian/Reunion": { std: 240 },
  "Indian/Mayotte": { std: 180 },
  "Pacific/Noumea": { std: 660 },
  "Pacific/Tahiti": { std: -600 },
  UTC: { std: 0 },
  "Etc/UTC": { std: 0 },
  GMT: { std: 0 },
  "Etc/GMT": { std: 0 },
};

function tableZone(timeZone: string): TableZone | undefined {
  // hasOwnProperty so that "constructor" or "__proto__" are not taken for zones.
  return Object.prototype.hasOwnProperty.call(TABLE, timeZone) ? TABLE[timeZone] : undefined;
}

/** Day of month of the n-th (1-based) Sunday of a month, or the last one when n is 0. */
function sunday(year: number, month: number, n: number): number {
  if (n === 0) {
    const last = new Date(utcMs(year, month + 1, 0, 0, 0, 0)); // day 0 of the next month
    return last.getUTCDate() - last.getUTCDay();
  }
  const firstWeekday = new Date(utcMs(year, month, 1, 0, 0, 0)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + 7 * (n - 1);
}

function tableOffset(zone: TableZone, instantMs: number): number {
  if (zone.dst === undefined) return zone.std;
  const year = new Date(instantMs + zone.std * MINUTE_MS).getUTCFullYear();
  let start: number;
  let end: number;
  if (zone.dst === "EU") {
    // Every EU zone switches at the same instant, 01:00 UTC, on the last Sundays of March and October.
    start = utcMs(year, 3, sunday(year, 3, 0), 1, 0, 0);
    end = utcMs(year, 10, sunday(year, 10, 0), 1, 0, 0);
  } else {
    // North America: 02:00 local on the second Sunday of March (standard time) and on the first Sunday of
    // November (daylight time).
    start = utcMs(year, 3, sunday(year, 3, 2), 2, 0, 0) - zone.std * MINUTE_MS;
    end = utcMs(year, 11, sunday(year, 11, 1), 2, 0, 0) - (zone.std + 60) * MINUTE_MS;
  }
  return instantMs >= start && instantMs < end ? zone.std + 60 : zone.std;
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

/** Also false beyond Date's ±8.64e15 ms range, where Intl would throw. */
function isValidInstant(instantMs: number): boolean {
  return !isNaN(new Date(instantMs).getTime());
}

function deviceOffset(instantMs: number): number {
  return Math.round(0 - new Date(instantMs).getTimezoneOffset()) + 0;
}

/**
 * The zone's offset from UTC in minutes at that instant (Europe/Paris in winter: 60). Without a zone, or with one
 * neither Intl nor the built-in table knows, the device's own offset. NaN for an invalid instant.
 */
export function offsetMinutes(instantMs: number, timeZone?: string): number {
  if (!isValidInstant(instantMs)) return NaN;
  if (timeZone === undefined) return deviceOffset(instantMs);
  const f = formatterFor(timeZone);
  if (f !== undefined) {
    const offset = intlOffset(f, instantMs);
    if (offset !== undefined) return offset;
  }
  const zone = tableZone(timeZone);
  return zone !== undefined ? tableOffset(zone, instantMs) : deviceOffset(instantMs);
}

/** True when Intl accepts the zone or it is in the built-in table. */
export function isKnownTimeZone(tz: string): boolean {
  return formatterFor(tz) !== undefined || tableZone(tz) !== undefined;
}

/** The wall clock in the zone at that instant (fields are NaN for an invalid instant). */
export function toWallClock(instantMs: number, timeZone?: string): WallClock {
  const d = new Date(instantMs + offsetMinutes(instantMs, timeZone) * MINUTE_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay() || 7,
  };
}

/**
 * The instant at which the zone's clock shows that wall time. A time skipped by a spring-forward change moves to
 * the first valid instant (02:30 on the Paris switch day → 03:00+02:00); a time repeated in autumn takes its first
 * occurrence. Out-of-range fields roll over as in Date (hour 24 = next day 00:00).
 */
export function fromWallClock(wall: WallTime, timeZone?: string): number {
  const local = utcMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second || 0);
  if (!isFinite(local)) return NaN;
  // The offsets a day either side bracket any change that could affect this wall time.
  const before = offsetMinutes(local - DAY_MS, timeZone);
  const after = offsetMinutes(local + DAY_MS, timeZone);
  const early = local - Math.max(before, after) * MINUTE_MS;
  const late = local - Math.min(before, after) * MINUTE_MS;
  if (offsetMinutes(early, timeZone) === Math.max(before, after)) return early; // first occurrence if repeated
  if (offsetMinutes(late, timeZone) === Math.min(before, after)) return late;
  // Neither reading exists: the wall time is in a gap. The change lies between the two candidates; find it.
  let lo = Math.min(early, late);
  let hi = Math.max(early, late);
  const offsetLo = offsetMinutes(lo, timeZone);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMinutes(mid, timeZone) === offsetLo) lo = mid;
    else hi = mid;
  }
  return hi;
}

function pad(n: number, width: number): string {
  let s = String(Math.abs(n));
  while (s.length < width) s = "0" + s;
  return n < 0 ? "-" + s : s;
}

/**
 * ISO 8601 with the zone's offset and seconds: "2026-11-30T08:00:00+01:00". Years outside 0000-9999 take
 * ISO's expanded form, a sign and six digits ("+275760-09-13T…"), as Date.prototype.toISOString writes
 * them. Throws a RangeError for an invalid instant, as toISOString does.
 */
export function formatInstant(instantMs: number, timeZone?: string): string {
  if (!isValidInstant(instantMs)) throw new RangeError("Invalid time value");
  const w = toWallClock(instantMs, timeZone);
  const offset = offsetMinutes(instantMs, timeZone);
  const abs = Math.abs(offset);
  const year =
    w.year >= 0 && w.year <= 9999 ? pad(w.year, 4) : (w.year < 0 ? "-" : "+") + pad(Math.abs(w.year), 6);
  return (
    year +
    "-" +
    pad(w.month, 2) +
    "-" +
    pad(w.day, 2) +
    "T" +
    pad(w.hour, 2) +
    ":" +
    pad(w.minute, 2) +
    ":" +
    pad(w.second, 2) +
    (offset < 0 ? "-" : "+") +
    pad(Math.floor(abs / 60), 2) +
    ":" +
    pad(abs % 60, 2)
  );
}
