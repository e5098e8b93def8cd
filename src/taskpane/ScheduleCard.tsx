import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { formatSlotLabel, nextWorkingSlot } from "../lint/calendar";
import { Heading, type Level } from "./Heading";
import { ManualSchedule } from "./ManualSchedule";
import { usePaneEnv } from "./paneEnv";
import { SlotPicker } from "./SlotPicker";
import { clearScheduleFix, scheduledAt, type ScheduleFix } from "./slots";
import { STRINGS } from "./strings";

const CLEARED = { fr: STRINGS.fr.clearedLabel, en: STRINGS.en.clearedLabel };

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  heading: { margin: "0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  status: { margin: "0", fontWeight: tokens.fontWeightSemibold },
  text: { margin: "0", color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * Deferred send: the suggested slot as one button, another slot chosen by hand, the current schedule with a way to
 * clear it, where the message will wait — or, where the add-in cannot set a delivery time, Outlook's own steps.
 */
export function ScheduleCard({
  suggestion,
  level,
  busy,
  onApply,
  autoFocus,
  onAutoFocused,
  error,
}: {
  /** the after-hours finding's fix, when there is one */
  suggestion?: ScheduleFix;
  level: Level;
  busy: boolean;
  onApply: (fix: ScheduleFix) => void;
  /** bring this card forward (the pane was opened from a Smart Alert with action "schedule") */
  autoFocus?: boolean;
  onAutoFocused?: () => void;
  /** why the last schedule change failed (a finding's card shows its own errors; the standalone card, this) */
  error?: string;
}) {
  const { s, lang, draft, timeZone, workingTime, now, capabilities, platform } = usePaneEnv();
  const styles = useStyles();
  const id = useId();
  const [choosing, setChoosing] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);

  const at = now();
  const scheduled = scheduledAt(draft && draft.deliverAt, at);
  const canSet = capabilities.delayDelivery;

  useEffect(() => {
    if (!autoFocus) return;
    const target = primaryRef.current || clearRef.current || rootRef.current;
    if (target) target.focus();
    if (onAutoFocused) onAutoFocused();
  }, [autoFocus, onAutoFocused]);

  const suggestedAt = suggestion ? Date.parse(suggestion.at) : NaN;
  const pickerStart = !isNaN(suggestedAt)
    ? suggestedAt
    : scheduled !== undefined
      ? scheduled
      : nextWorkingSlot(at, workingTime, timeZone);

  return (
    <div
      ref={rootRef}
      role="group"
      aria-labelledby={id + "-heading"}
      tabIndex={-1}
      className={styles.root}
      data-testid="schedule-card"
    >
      <Heading level={level} id={id + "-heading"} className={styles.heading}>
        {s.scheduleHeading}
      </Heading>
      {scheduled !== undefined ? (
        <p className={styles.status} data-testid="scheduled-status">
          {s.scheduledFor(formatSlotLabel(scheduled, lang, timeZone))}
        </p>
      ) : null}
      {canSet ? (
        <div className={styles.buttons}>
          {suggestion ? (
            <Button
              ref={primaryRef}
              appearance="primary"
              disabledFocusable={busy}
              onClick={() => onApply(suggestion)}
            >
              {s.scheduleFor(suggestion.label[lang])}
            </Button>
          ) : null}
          {scheduled !== undefined ? (
            <Button
              ref={clearRef}
              disabledFocusable={busy}
              // A delivery time of "now": Outlook documents no way to remove one (unverified; see slots.ts).
              onClick={() => onApply(clearScheduleFix(now(), timeZone, CLEARED))}
            >
              {s.clearSchedule}
            </Button>
          ) : null}
          <Button
            appearance="subtle"
            aria-expanded={choosing}
            aria-controls={id + "-picker"}
            onClick={() => setChoosing(!choosing)}
          >
            {s.chooseAnother}
          </Button>
        </div>
      ) : (
        <ManualSchedule label={suggestion ? suggestion.label[lang] : undefined} platform={platform} s={s} />
      )}
      {canSet && choosing ? (
        <SlotPicker
          id={id + "-picker"}
          level={(level + 1) as Level}
          initialAt={pickerStart}
          busy={busy}
          onPick={(fix) => onApply(fix)}
        />
      ) : null}
      <p className={styles.text}>
        {canSet ? s.stillPressSend + " " : ""}
        {s.waitsIn[platform]}
      </p>
      {error !== undefined ? (
        <MessageBar intent="error" layout="multiline" data-testid="fix-error">
          <MessageBarBody>
            <MessageBarTitle>{s.fixFailedTitle}</MessageBarTitle> {error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
