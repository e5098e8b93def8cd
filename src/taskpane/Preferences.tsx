import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useRef, useState, type FormEvent } from "react";
import { RULES, type Lang, type Policy, type UserPreferences } from "../lint";
import { parseHourMinute, type WorkingTime } from "../lint/calendar";
import type { Strings, UiLang } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  toggle: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, paddingLeft: "0" },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: "0",
    padding: "0",
    border: "0",
    minWidth: "0",
  },
  legend: { padding: "0", fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  text: { margin: "0", color: tokens.colorNeutralForeground2 },
  blocking: {
    margin: "0",
    paddingLeft: tokens.spacingHorizontalXXL,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  hours: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  hourField: { minWidth: "8em", flexGrow: 1 },
  start: { alignSelf: "flex-start" },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  saved: { margin: "0", color: tokens.colorStatusSuccessForeground1 },
});

export type HoursError = "missing" | "invalid" | "outside" | "order";

export interface HoursCheck {
  /** the personal hours to save; none when both fields are empty */
  hours?: { start: string; end: string };
  start?: HoursError;
  end?: HoursError;
}

/** "9:05", "09:05" or a time input's "09:05:00" → "09:05"; anything else as typed. */
function normaliseTime(value: string): string {
  const v = value.trim();
  const m = /^(\d{1,2}):(\d\d)(:\d\d(\.\d+)?)?$/.exec(v);
  return m ? (m[1].length === 1 ? "0" + m[1] : m[1]) + ":" + m[2] : v;
}

/**
 * Personal hours must sit inside the policy's day (withPreferences ignores them otherwise): both or neither,
 * start at or after the policy's start, end at or before its end, end after start.
 */
export function checkHours(startValue: string, endValue: string, policyDay: WorkingTime): HoursCheck {
  const start = normaliseTime(startValue);
  const end = normaliseTime(endValue);
  if (start === "" && end === "") return {};
  const check: HoursCheck = {};
  const min = parseHourMinute(policyDay.start) as number;
  const max = parseHourMinute(policyDay.end) as number;
  const s = start === "" ? undefined : parseHourMinute(start);
  const e = end === "" ? undefined : parseHourMinute(end);
  if (start === "") check.start = "missing";
  else if (s === undefined) check.start = "invalid";
  else if (s < min || s >= max) check.start = "outside";
  if (end === "") check.end = "missing";
  else if (e === undefined) check.end = "invalid";
  else if (e <= min || e > max) check.end = "outside";
  if (check.start || check.end) return check;
  if ((s as number) >= (e as number)) return { end: "order" };
  return { hours: { start, end } };
}

type LanguageChoice = "outlook" | Lang;

/**
 * The user's own settings, kept in Outlook's roaming settings: the pane's language, rules to hide in the
 * pane, personal working hours inside the organisation's. Collapsed by default, at the bottom of the pane.
 */
interface PreferencesProps {
  s: Strings;
  lang: UiLang;
  /** Outlook's display language, for the "Outlook's" choice */
  outlookLang: UiLang;
  /** the organisation's policy, before the user's preferences */
  policy: Policy;
  /** the stored preferences, the form's starting values */
  preferences: UserPreferences;
  /** the working hours the pane applies now */
  appliedHours: { start: string; end: string };
  saving: boolean;
  /** the last save's result */
  status?: { saved: true } | { saved: false; reason: string };
  onSave: (preferences: UserPreferences) => void;
}

export function Preferences(props: PreferencesProps) {
  const { s } = props;
  const styles = useStyles();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby={id + "-heading"} className={styles.root} data-testid="preferences">
      <h2 id={id + "-heading"} className={styles.heading}>
        <Button
          appearance="transparent"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={id + "-panel"}
          onClick={() => setOpen(!open)}
        >
          {s.prefsHeading}
        </Button>
      </h2>
      {open ? <PreferencesForm id={id + "-panel"} {...props} /> : null}
    </section>
  );
}

function PreferencesForm({
  id,
  s,
  lang,
  outlookLang,
  policy,
  preferences,
  appliedHours,
  saving,
  status,
  onSave,
}: PreferencesProps & { id: string }) {
  const styles = useStyles();
  const day = policy.workingTime;
  const [language, setLanguage] = useState<LanguageChoice>(preferences.language || "outlook");
  const [hidden, setHidden] = useState<string[]>(preferences.hiddenRules || []);
  const [start, setStart] = useState(preferences.workingHours ? preferences.workingHours.start : "");
  const [end, setEnd] = useState(preferences.workingHours ? preferences.workingHours.end : "");
  // Stored hours the policy no longer allows are shown with their error straight away.
  const [showErrors, setShowErrors] = useState(() => {
    const c = checkHours(start, end, day);
    return !!(c.start || c.end);
  });
  /** opened or edited since the last save: that save's result no longer describes the form */
  const [dirty, setDirty] = useState(true);
  const startRef = useRef<HTMLInputElement>(null);
  const endRef = useRef<HTMLInputElement>(null);

  const listed = RULES.filter((r) => policy.rules[r.meta.id] !== "off");
  const blocking = (ruleId: string) => policy.blockingRules.indexOf(ruleId) >= 0;
  const check = checkHours(start, end, day);
  const hoursMessage = (error: HoursError | undefined) =>
    !showErrors || !error
      ? undefined
      : error === "missing"
        ? s.prefsHoursMissing
        : error === "invalid"
          ? s.prefsHoursInvalid
          : error === "outside"
            ? s.prefsHoursOutside(day.start, day.end)
            : s.prefsHoursOrder;
  const startError = hoursMessage(check.start);
  const endError = hoursMessage(check.end);
  const edited = () => setDirty(true);
  // An hour's error shows once both hours are filled in and one is left, not while the first is being typed.
  const showErrorsOnceBothFilled = () => {
    if (start !== "" && end !== "") setShowErrors(true);
  };

  const toggleRule = (ruleId: string, checked: boolean) => {
    edited();
    setHidden((prev) => (checked ? prev.concat(ruleId) : prev.filter((x) => x !== ruleId)));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (check.start || check.end) {
      setShowErrors(true);
      const target = check.start ? startRef.current : endRef.current;
      if (target) target.focus();
      return;
    }
    const next: UserPreferences = {};
    if (language !== "outlook") next.language = language;
    // The boxes as ticked, in the list's order; a stored choice this list cannot show (a rule the organisation
    // turned off, or one from another version) is kept as it was. Blocking rules are never hidden.
    const shownIds = listed.map((r) => r.meta.id);
    const hiddenRules = shownIds
      .filter((ruleId) => !blocking(ruleId) && hidden.indexOf(ruleId) >= 0)
      .concat(hidden.filter((ruleId) => shownIds.indexOf(ruleId) < 0 && !blocking(ruleId)));
    if (hiddenRules.length > 0) next.hiddenRules = hiddenRules;
    if (check.hours) next.workingHours = check.hours;
    setDirty(false);
    onSave(next);
  };

  const own = appliedHours.start !== day.start || appliedHours.end !== day.end;
  return (
    <form id={id} className={styles.form} noValidate onSubmit={submit}>
      <Field label={s.prefsLanguage}>
        <RadioGroup
          value={language}
          onChange={(_, data) => {
            edited();
            setLanguage(data.value as LanguageChoice);
          }}
        >
          <Radio value="outlook" label={s.prefsLanguageOutlook(s.languageNames[outlookLang])} />
          <Radio value="fr" label={<span lang="fr">{s.languageNames.fr}</span>} />
          <Radio value="en" label={<span lang="en">{s.languageNames.en}</span>} />
        </RadioGroup>
      </Field>

      <fieldset className={styles.group} aria-describedby={id + "-rules-hint"}>
        <legend className={styles.legend}>{s.prefsRules}</legend>
        <p id={id + "-rules-hint"} className={styles.text}>
          {s.prefsRulesHint}
        </p>
        {listed.map((r) =>
          blocking(r.meta.id) ? (
            <div key={r.meta.id} data-rule={r.meta.id}>
              <Checkbox
                checked={false}
                disabled
                label={r.meta.description[lang]}
                aria-describedby={id + "-blocking-" + r.meta.id}
              />
              <p id={id + "-blocking-" + r.meta.id} className={styles.blocking}>
                {s.prefsBlocking}
              </p>
            </div>
          ) : (
            <div key={r.meta.id} data-rule={r.meta.id}>
              <Checkbox
                checked={hidden.indexOf(r.meta.id) >= 0}
                label={r.meta.description[lang]}
                onChange={(_, data) => toggleRule(r.meta.id, data.checked === true)}
              />
            </div>
          ),
        )}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{s.prefsHours}</legend>
        <p className={styles.text}>{s.prefsHoursHint(day.start, day.end)}</p>
        <p className={styles.text} data-testid="applied-hours">
          {s.prefsHoursNow(appliedHours.start, appliedHours.end, own)}
        </p>
        <div className={styles.hours}>
          <HourField
            className={styles.hourField}
            label={s.prefsStart}
            error={startError}
            inputRef={startRef}
            value={start}
            day={day}
            onChange={(v) => {
              edited();
              setStart(v);
            }}
            onBlur={showErrorsOnceBothFilled}
          />
          <HourField
            className={styles.hourField}
            label={s.prefsEnd}
            error={endError}
            inputRef={endRef}
            value={end}
            day={day}
            onChange={(v) => {
              edited();
              setEnd(v);
            }}
            onBlur={showErrorsOnceBothFilled}
          />
        </div>
        <Button
          className={styles.start}
          onClick={() => {
            edited();
            setStart("");
            setEnd("");
            setShowErrors(false);
          }}
        >
          {s.prefsUseOrgHours}
        </Button>
      </fieldset>

      <div className={styles.actions}>
        <Button type="submit" appearance="primary" className={styles.start} disabledFocusable={saving}>
          {saving ? s.prefsSaving : s.prefsSave}
        </Button>
        {!dirty && !saving && status && status.saved ? (
          <p className={styles.saved} data-testid="preferences-saved">
            {s.prefsSaved}
          </p>
        ) : null}
        {!dirty && !saving && status && !status.saved ? (
          <MessageBar intent="error" layout="multiline" data-testid="preferences-error">
            <MessageBarBody>
              <MessageBarTitle>{s.prefsSaveFailedTitle}</MessageBarTitle> {status.reason}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </form>
  );
}

/** One time input of the personal hours, limited to the organisation's day, with its validation message. */
function HourField(props: {
  className: string;
  label: string;
  error: string | undefined;
  inputRef: React.RefObject<HTMLInputElement | null>;
  value: string;
  day: { start: string; end: string };
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  return (
    <Field
      className={props.className}
      label={props.label}
      validationState={props.error ? "error" : "none"}
      validationMessage={props.error}
    >
      <Input
        ref={props.inputRef}
        type="time"
        value={props.value}
        min={props.day.start}
        max={props.day.end}
        onChange={(_, data) => props.onChange(data.value)}
        onBlur={props.onBlur}
      />
    </Field>
  );
}
