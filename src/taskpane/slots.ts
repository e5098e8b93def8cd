// Sending slots for the scheduling card: the working times of one day (from the policy's working time, through
// the calendar's offReason), and the schedule-delivery fixes the card sends to the host.
import {
  formatInstant,
  formatSlotLabel,
  fromWallClock,
  offReason,
  toWallClock,
  type WorkingTime,
} from "../lint/calendar";
import type { Fix, LocalText } from "../lint";

export type ScheduleFix = Extract<Fix, { kind: "schedule-delivery" }>;

export interface Day {
  year: number;
  month: number;
  day: number;
}

export interface SlotOption {
  /** "HH:MM", the select's value */
  value: string;
  at: number;
}

/** Minutes between two offered times. */
export const SLOT_STEP = 30;

const pad2 = (n: number) => (n < 10 ? "0" + n : String(n));

/** "2026-11-30" (a date input's value) → the day, or undefined. */
export function parseDay(value: string): Day | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (!m) return undefined;
  const day = { year: +m[1], month: +m[2], day: +m[3] };
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > 31) return undefined;
  return day;
}

/** The date input value of the day an instant falls on, in the zone. */
export function dayValue(instantMs: number, timeZone?: string): string {
  const w = toWallClock(instantMs, timeZone);
  return w.year + "-" + pad2(w.month) + "-" + pad2(w.day);
}

/** The working times of that day, every SLOT_STEP minutes, strictly after `now`. */
export function slotsOn(day: Day, wt: WorkingTime, timeZone: string | undefined, now: number): SlotOption[] {
  const out: SlotOption[] = [];
  for (let m = 0; m < 24 * 60; m += SLOT_STEP) {
    const hour = Math.floor(m / 60);
    const minute = m % 60;
    const at = fromWallClock({ ...day, hour, minute }, timeZone);
    if (isNaN(at) || at <= now) continue;
    // A time that does not exist that day (a DST gap) comes back as another wall time: skip it.
    const w = toWallClock(at, timeZone);
    if (w.day !== day.day || w.hour !== hour || w.minute !== minute) continue;
    if (offReason(at, wt, timeZone) !== undefined) continue;
    out.push({ value: pad2(hour) + ":" + pad2(minute), at });
  }
  return out;
}

export type NoSlotReason =
  { reason: "weekend" | "closure" | "past" | "none" } | { reason: "holiday"; holiday: string };

/** Why a day offers no slot: the whole day is off, or its working hours are over. */
export function whyNoSlot(day: Day, wt: WorkingTime, timeZone: string | undefined): NoSlotReason {
  const noon = fromWallClock({ ...day, hour: 12, minute: 0 }, timeZone);
  const off = offReason(noon, wt, timeZone);
  if (off && off.reason === "holiday") return { reason: "holiday", holiday: off.holiday || "" };
  if (off && (off.reason === "weekend" || off.reason === "closure")) return { reason: off.reason };
  // The day has working time, but none of it is still ahead.
  if (slotsOn(day, wt, timeZone, -Infinity).length > 0) return { reason: "past" };
  return { reason: "none" };
}

export function slotLabel(at: number, timeZone?: string): LocalText {
  return { fr: formatSlotLabel(at, "fr", timeZone), en: formatSlotLabel(at, "en", timeZone) };
}

/** The fix for a slot the user chose. */
export function scheduleFix(at: number, timeZone?: string): ScheduleFix {
  return { kind: "schedule-delivery", at: formatInstant(at, timeZone), label: slotLabel(at, timeZone) };
}

/**
 * Clearing the schedule. Office.js documents no way to remove a delivery time (`delayDeliveryTime.setAsync`
 * takes a Date), so the pane sets it to now: a delivery time in the past should mean "deliver immediately".
 * UNVERIFIED: not tested against Outlook; a client could conceivably keep or reject a past time.
 */
export function clearScheduleFix(now: number, timeZone: string | undefined, label: LocalText): ScheduleFix {
  return { kind: "schedule-delivery", at: formatInstant(now, timeZone), label };
}

/** A delivery time that still holds the message back. */
export function scheduledAt(deliverAt: string | undefined, now: number): number | undefined {
  if (!deliverAt) return undefined;
  const at = Date.parse(deliverAt);
  return !isNaN(at) && at > now ? at : undefined;
}
