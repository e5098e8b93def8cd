export { offsetMinutes, isKnownTimeZone, toWallClock, fromWallClock, formatInstant } from "./zone";
export type { WallClock, WallTime } from "./zone";
export { holidayOn } from "./holidays";
export type { HolidayRegion } from "./holidays";
export { DEFAULT_WORKING_TIME, offReason, nextWorkingSlot, parseHourMinute } from "./working-time";
export type { WorkingTime, OffReason } from "./working-time";
export { formatSlotLabel } from "./labels";
