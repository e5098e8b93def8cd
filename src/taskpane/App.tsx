import { Spinner, makeStyles, tokens, useFocusFinders } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  defaultPolicy,
  readPreferences,
  withPreferences,
  type Finding,
  type Fix,
  type Policy,
  type PolicyProblem,
  type UserPreferences,
} from "../lint";
import type { ComposeHost } from "../outlook/host";
import type { DraftRead } from "../outlook/read-draft";
import { EmptyState } from "./EmptyState";
import { ErrorState } from "./ErrorState";
import { FindingList, type FindingHandlers } from "./FindingList";
import { LiveRegion } from "./LiveRegion";
import { PaneEnvContext, type PaneEnv } from "./paneEnv";
import { PolicyNotice } from "./PolicyNotice";
import { Preferences } from "./Preferences";
import { ReadNotice } from "./ReadNotice";
import { arrangeFindings, countBySeverity, keyFindings, paneTimeZone, visibleFindings } from "./relint";
import { ScheduleCard } from "./ScheduleCard";
import { scheduledAt } from "./slots";
import { languageOf } from "../lint";
import { STRINGS } from "./strings";
import { Summary } from "./Summary";
import { reasonOf, usePaneState } from "./usePaneState";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground1,
  },
  title: { margin: "0", fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export interface AppProps {
  /** the compose window: Outlook (office-host) or the in-memory simulation (memory-host) */
  host: ComposeHost;
  /** the organisation's policy; default: the engine's */
  policy?: Policy;
  /** the organisation's policy's faulty fields (they kept their defaults): the pane shows a notice */
  policyProblems?: PolicyProblem[];
  /** the clock, for tests: a fixed instant (ms) or a function */
  now?: number | (() => number);
  /** re-read period while visible (ms) */
  intervalMs?: number;
  /** a read of the draft made before the pane is drawn: its findings are in the first frame (usePaneState) */
  initialRead?: DraftRead;
}

const hasSchedule = (f: Finding) => f.fixes.some((x) => x.kind === "schedule-delivery");

/** The user's stored preferences; whatever the host holds, read defensively, and none if it fails. */
function storedPreferences(host: ComposeHost): UserPreferences {
  try {
    return readPreferences(host.loadPreferences());
  } catch {
    return {};
  }
}

type SaveStatus = { saved: true } | { saved: false; reason: string };

export function App({ host, policy, policyProblems, now, intervalMs, initialRead }: AppProps) {
  const styles = useStyles();
  // Holds Fluent's focus manager (Tabster) for as long as the pane is open. Otherwise its last user can be the
  // confirmation dialog of a removal: the fix removes the finding, its card and the dialog with it, Tabster is
  // disposed before its pending update, and the whole pane stays aria-hidden="true" — gone for screen readers
  // (microsoft/tabster#530, microsoft/fluentui#35139). test/browser/gallery.test.ts checks it in Chromium.
  useFocusFinders();
  const orgPolicy = useMemo(() => policy || defaultPolicy(), [policy]);
  // The preferences in effect: read from the host at start, replaced by each successful save.
  const [stored, setStored] = useState(() => ({ host, prefs: storedPreferences(host) }));
  let prefs = stored.prefs;
  if (stored.host !== host) {
    prefs = storedPreferences(host);
    setStored({ host, prefs });
  }
  const effective = useMemo(() => withPreferences(orgPolicy, prefs), [orgPolicy, prefs]);
  const activePolicy = effective.policy;
  const outlookLang = languageOf(host.language);
  const lang = effective.language || outlookLang;
  const s = STRINGS[lang];
  const clock = useMemo(() => (typeof now === "number" ? () => now : now || Date.now), [now]);
  const [state, actions] = usePaneState({
    host,
    policy: activePolicy,
    now: clock,
    strings: s,
    intervalMs,
    hiddenRules: effective.hiddenRules,
    initialRead,
  });
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const fixedRef = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const [saving, setSaving] = useState(false);
  const [saveStatus, setSaveStatus] = useState<SaveStatus | undefined>(undefined);
  /** a save succeeded: announce it once the pane has re-rendered with the new preferences (and language) */
  const [savedNews, setSavedNews] = useState(0);
  const { announce } = actions;
  const savePreferences = useCallback(
    (next: UserPreferences) => {
      setSaving(true);
      let saving: Promise<void>;
      try {
        saving = host.savePreferences(next);
      } catch (e) {
        saving = Promise.reject(e);
      }
      saving.then(
        () => {
          if (!mounted.current) return;
          setSaving(false);
          setSaveStatus({ saved: true });
          setStored({ host, prefs: next });
          setSavedNews((n) => n + 1);
        },
        (e: unknown) => {
          if (!mounted.current) return;
          const reason = reasonOf(e);
          setSaving(false);
          setSaveStatus({ saved: false, reason });
          announce(s.prefsSaveFailed(reason));
        },
      );
    },
    [host, announce, s],
  );
  // Only when a save succeeded (`s` is then already in the new language); not when `s` changes.
  const savedText = useRef(s.prefsSaved);
  savedText.current = s.prefsSaved;
  useEffect(() => {
    if (savedNews > 0) announce(savedText.current, true);
  }, [savedNews, announce]);

  const apply = useCallback(
    (key: string, fix: Fix) => {
      actions.apply(key, fix).then((ok) => {
        fixedRef.current = ok;
      });
    },
    [actions],
  );

  // A fixed finding disappears with the button that had focus: move focus to the summary, not to the page's top.
  useEffect(() => {
    if (!fixedRef.current) return;
    fixedRef.current = false;
    const active = document.activeElement;
    if ((!active || active === document.body) && summaryRef.current) summaryRef.current.focus();
  }, [state.findings]);

  const timeZone = paneTimeZone(state.draft, activePolicy);
  const env: PaneEnv = useMemo(
    () => ({
      s,
      lang,
      draft: state.draft,
      timeZone,
      workingTime: activePolicy.workingTime,
      now: clock,
      capabilities: host.capabilities,
      platform: host.platform,
    }),
    [s, lang, state.draft, timeZone, activePolicy, clock, host.capabilities, host.platform],
  );

  const { shown, hidden } = visibleFindings(state.findings, effective.hiddenRules, state.context);
  const { flagged, groups } = arrangeFindings(shown, state.context);
  const keys = keyFindings(shown);
  const ordered = flagged.concat(...groups.map((g) => g.findings));
  const scheduleFinding = ordered.filter(hasSchedule)[0];
  const standaloneSchedule =
    !scheduleFinding && scheduledAt(state.draft && state.draft.deliverAt, clock()) !== undefined;

  // Asked to bring scheduling forward but nothing to schedule: drop the request.
  const { scheduleFocus, status } = state;
  const { scheduleFocused } = actions;
  useEffect(() => {
    if (scheduleFocus && status === "ready" && !scheduleFinding && !standaloneSchedule) scheduleFocused();
  }, [scheduleFocus, status, scheduleFinding, standaloneSchedule, scheduleFocused]);

  const handlers: FindingHandlers = {
    keyOf: (f) => keys.get(f) || "",
    busy: state.busy,
    fixErrors: state.fixErrors,
    apply,
    focusScheduleKey: state.scheduleFocus && scheduleFinding ? keys.get(scheduleFinding) : undefined,
    onScheduleFocused: actions.scheduleFocused,
  };

  return (
    <PaneEnvContext.Provider value={env}>
      <main className={styles.root} lang={lang}>
        <h1 className={styles.title}>{s.appName}</h1>
        <LiveRegion text={state.announcement} />
        {policyProblems && policyProblems.length > 0 ? (
          <PolicyNotice problems={policyProblems} s={s} lang={lang} />
        ) : null}
        {state.status === "loading" ? <Spinner size="small" label={s.loading} /> : null}
        {state.status === "error" ? (
          <ErrorState reason={state.readError || ""} stale={false} onRetry={actions.retry} s={s} />
        ) : null}
        {state.status === "ready" ? (
          <>
            {state.readError !== undefined ? (
              <ErrorState reason={state.readError} stale onRetry={actions.retry} s={s} />
            ) : null}
            {state.failed.length > 0 ? <ReadNotice failed={state.failed} s={s} /> : null}
            <Summary ref={summaryRef} counts={countBySeverity(shown)} hidden={hidden} s={s} />
            {standaloneSchedule ? (
              <ScheduleCard
                level={2}
                busy={!!state.busy.schedule}
                onApply={(fix) => apply("schedule", fix)}
                autoFocus={state.scheduleFocus}
                onAutoFocused={actions.scheduleFocused}
                error={state.fixErrors.schedule}
              />
            ) : null}
            {flagged.length > 0 ? (
              <FindingList
                id="mh-flagged"
                heading={s.flaggedHeading}
                intro={s.flaggedIntro}
                findings={flagged}
                flagged
                handlers={handlers}
              />
            ) : null}
            {groups.map((g) => (
              <FindingList
                key={g.severity}
                id={"mh-group-" + g.severity}
                heading={s.groupHeading(g.severity, g.findings.length)}
                findings={g.findings}
                flagged={false}
                handlers={handlers}
              />
            ))}
            {shown.length === 0 ? (
              <EmptyState
                policy={activePolicy}
                exclude={hidden > 0 ? state.findings.map((f) => f.ruleId) : undefined}
                s={s}
                lang={lang}
              />
            ) : null}
          </>
        ) : null}
        <Preferences
          s={s}
          lang={lang}
          outlookLang={outlookLang}
          policy={orgPolicy}
          preferences={prefs}
          appliedHours={activePolicy.workingTime}
          saving={saving}
          status={saveStatus}
          onSave={savePreferences}
        />
      </main>
    </PaneEnvContext.Provider>
  );
}
