import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatSlotLabel } from "../lint/calendar";
import { usePaneEnv } from "./paneEnv";
import { Heading, type Level } from "./Heading";
import { dayValue, parseDay, scheduleFix, slotsOn, whyNoSlot, type ScheduleFix } from "./slots";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: "0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  none: { margin: "0" },
  button: { alignSelf: "flex-start" },
});

/** A day, and a time among that day's working slots still ahead; builds the schedule-delivery fix. */
export function SlotPicker({
  id,
  level,
  initialAt,
  busy,
  onPick,
}: {
  id: string;
  level: Level;
  /** the day shown first */
  initialAt: number;
  busy: boolean;
  onPick: (fix: ScheduleFix) => void;
}) {
  const { s, lang, timeZone, workingTime, now } = usePaneEnv();
  const styles = useStyles();
  const [day, setDay] = useState(() => dayValue(initialAt, timeZone));
  const [time, setTime] = useState("");
  const at = now();
  const parsed = parseDay(day);
  const options = parsed ? slotsOn(parsed, workingTime, timeZone, at) : [];
  const chosen = options.filter((o) => o.value === time)[0] || options[0];
  let none = "";
  if (parsed && !chosen) {
    const why = whyNoSlot(parsed, workingTime, timeZone);
    none = s.noSlot(why.reason === "holiday" ? s.offDay.holiday(why.holiday) : s.offDay[why.reason]);
  }
  return (
    <div id={id} role="group" aria-labelledby={id + "-heading"} className={styles.root}>
      <Heading level={level} id={id + "-heading"} className={styles.heading}>
        {s.chooserHeading}
      </Heading>
      <div className={styles.row}>
        <Field label={s.day}>
          <Input
            type="date"
            value={day}
            min={dayValue(at, timeZone)}
            onChange={(_, data) => {
              setDay(data.value);
              setTime("");
            }}
          />
        </Field>
        {chosen ? (
          <Field label={s.time}>
            <Select value={chosen.value} onChange={(_, data) => setTime(data.value)}>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.value}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </div>
      {none ? (
        <p className={styles.none} role="status">
          {none}
        </p>
      ) : null}
      {chosen ? (
        <Button
          className={styles.button}
          disabledFocusable={busy}
          onClick={() => onPick(scheduleFix(chosen.at, timeZone))}
        >
          {s.scheduleChosen(formatSlotLabel(chosen.at, lang, timeZone))}
        </Button>
      ) : null}
    </div>
  );
}
