import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { defaultPolicy, type Finding, type Fix, type Policy } from "../lint";
import type { ComposeHost } from "../outlook/host";
import { EmptyState } from "./EmptyState";
import { ErrorState } from "./ErrorState";
import { FindingList, type FindingHandlers } from "./FindingList";
import { LiveRegion } from "./LiveRegion";
import { PaneEnvContext, type PaneEnv } from "./paneEnv";
import { ReadNotice } from "./ReadNotice";
import { arrangeFindings, countBySeverity, keyFindings, paneTimeZone } from "./relint";
import { ScheduleCard } from "./ScheduleCard";
import { scheduledAt } from "./slots";
import { languageOf } from "../lint";
import { STRINGS } from "./strings";
import { Summary } from "./Summary";
import { usePaneState } from "./usePaneState";

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
  /** the clock, for tests: a fixed instant (ms) or a function */
  now?: number | (() => number);
  /** re-read period while visible (ms) */
  intervalMs?: number;
}

const hasSchedule = (f: Finding) => f.fixes.some((x) => x.kind === "schedule-delivery");

export function App({ host, policy, now, intervalMs }: AppProps) {
  const styles = useStyles();
  const lang = languageOf(host.language);
  const s = STRINGS[lang];
  const activePolicy = useMemo(() => policy || defaultPolicy(), [policy]);
  const clock = useMemo(() => (typeof now === "number" ? () => now : now || Date.now), [now]);
  const [state, actions] = usePaneState({ host, policy: activePolicy, now: clock, strings: s, intervalMs });
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const fixedRef = useRef(false);

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

  const { flagged, groups } = arrangeFindings(state.findings, state.context);
  const keys = keyFindings(state.findings);
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
            <Summary ref={summaryRef} counts={countBySeverity(state.findings)} s={s} />
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
            {state.findings.length === 0 ? <EmptyState policy={activePolicy} s={s} lang={lang} /> : null}
          </>
        ) : null}
      </main>
    </PaneEnvContext.Provider>
  );
}
