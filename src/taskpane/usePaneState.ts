// The pane's state: read the draft from the host, lint it, and keep it fresh. The host tells about recipient and
// attachment changes; nothing tells about subject or body edits, so the pane also re-reads when its window gets
// focus and every few seconds while it is visible, and skips the lint when the draft is the same as last time.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Draft, Finding, Fix, Policy } from "../lint";
import type { ComposeHost } from "../outlook/host";
import type { PaneContext } from "../outlook/pane-context";
import type { DraftRead } from "../outlook/read-draft";
import { countBySeverity, createLinter, prepareDraft, visibleFindings } from "./relint";
import type { Strings } from "./strings";

export interface PaneState {
  /** loading: first read pending; error: no read has succeeded yet; ready: findings are shown */
  status: "loading" | "ready" | "error";
  draft?: Draft;
  findings: Finding[];
  /** fields the host could not read, for the notice */
  failed: DraftRead["failed"];
  /** the last read's error; with findings already shown, they may be out of date */
  readError?: string;
  context?: PaneContext;
  /** a Smart Alert asked to bring the scheduling action forward, and it has not been focused yet */
  scheduleFocus: boolean;
  /** finding keys whose fix is being applied */
  busy: { [key: string]: true };
  /** finding keys whose last fix failed, with the reason */
  fixErrors: { [key: string]: string };
  /** the text of the polite live region */
  announcement: string;
}

export interface PaneActions {
  retry(): void;
  /** applies a fix for the finding with that key; resolves to whether it worked */
  apply(key: string, fix: Fix): Promise<boolean>;
  scheduleFocused(): void;
  /** says `text` in the live region; with `withCount`, re-reads first and adds the number of findings */
  announce(text: string, withCount?: boolean): void;
}

export interface PaneOptions {
  host: ComposeHost;
  policy: Policy;
  now: () => number;
  strings: Strings;
  /** the re-read period while the pane is visible */
  intervalMs?: number;
  /** rules whose findings the user hides in the pane: left out of the announced counts */
  hiddenRules?: string[];
  /**
   * A read made before the pane was drawn (with the policy fetch, src/taskpane/index.tsx): its findings are in
   * the first frame, with no loading state in between, and the pane does not read again at once; focus, the
   * timer and the host's events keep it current from there.
   */
  initialRead?: DraftRead;
}

const NO_RULES: string[] = [];

const INITIAL: PaneState = {
  status: "loading",
  findings: [],
  failed: [],
  scheduleFocus: false,
  busy: {},
  fixErrors: {},
  announcement: "",
};

export const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e)) || "?";

function without<T>(map: { [key: string]: T }, key: string): { [key: string]: T } {
  if (!(key in map)) return map;
  const next = { ...map };
  delete next[key];
  return next;
}

export function usePaneState({
  host,
  policy,
  now,
  strings,
  intervalMs = 3000,
  hiddenRules = NO_RULES,
  initialRead,
}: PaneOptions): [PaneState, PaneActions] {
  // What a lint reads, kept current without making `refresh` a new function (and the host's listeners new
  // registrations) each time the user's preferences change the policy, the language or the hidden rules.
  const config = useRef({ policy, now, strings, hiddenRules });
  const contextRef = useRef<PaneContext | undefined>(undefined);
  const linter = useMemo(() => createLinter(), []);
  const mounted = useRef(false);
  const inFlight = useRef(false);
  /** a refresh asked for while one was running: run it after (forced if any of those asks was) */
  const queued = useRef<{ force: boolean } | undefined>(undefined);
  /** the result of the last fix, announced with the next lint */
  const fixNews = useRef<string | undefined>(undefined);

  /**
   * The state after a read: its draft linted; the findings and their count announced when they changed. It reads
   * only refs and the linter, so `refresh` may keep the first render's copy.
   */
  const afterRead = (result: DraftRead, force: boolean) => {
    const { policy, now, strings, hiddenRules } = config.current;
    const draft = prepareDraft(result.draft, policy);
    const { findings, changed } = linter.run(draft, { policy, now: now(), force });
    const news = fixNews.current;
    fixNews.current = undefined;
    const { shown, hidden } = visibleFindings(findings, hiddenRules, contextRef.current);
    const announcement =
      changed || news
        ? (news ? news + " " : "") +
          strings.announceCount(shown.length, countBySeverity(shown)) +
          (hidden > 0 ? " " + strings.announceHidden(hidden) : "")
        : undefined;
    const failedChanged = (prev: PaneState) => JSON.stringify(prev.failed) !== JSON.stringify(result.failed);
    return (prev: PaneState): PaneState => {
      if (
        !changed &&
        announcement === undefined &&
        prev.status === "ready" &&
        prev.readError === undefined &&
        !failedChanged(prev)
      )
        return prev; // nothing new: no re-render every few seconds
      return {
        ...prev,
        status: "ready",
        readError: undefined,
        draft: changed ? draft : prev.draft,
        findings: changed ? findings : prev.findings,
        failed: failedChanged(prev) ? result.failed : prev.failed,
        announcement: announcement !== undefined ? announcement : prev.announcement,
      };
    };
  };
  const [state, setState] = useState<PaneState>(() =>
    initialRead ? afterRead(initialRead, false)(INITIAL) : INITIAL,
  );

  const refresh = useCallback(
    (force = false): void => {
      if (inFlight.current) {
        queued.current = { force: force || (queued.current ? queued.current.force : false) };
        return;
      }
      inFlight.current = true;
      const done = () => {
        inFlight.current = false;
        const next = queued.current;
        queued.current = undefined;
        if (next && mounted.current) refresh(next.force);
      };
      let read: Promise<DraftRead>;
      try {
        read = host.read();
      } catch (e) {
        read = Promise.reject(e);
      }
      read
        .then(
          (result) => {
            if (mounted.current) setState(afterRead(result, force));
          },
          (e: unknown) => {
            if (!mounted.current) return;
            const { strings } = config.current;
            const news = fixNews.current;
            fixNews.current = undefined;
            const reason = reasonOf(e);
            setState((prev) => ({
              ...prev,
              status: prev.draft ? "ready" : "error",
              readError: reason,
              announcement:
                (news ? news + " " : "") + (prev.draft ? strings.staleError : strings.readErrorTitle),
            }));
          },
        )
        .then(done, done);
    },
    [host, linter],
  );

  // Declared before the effects below, so that they see the new values.
  useEffect(() => {
    config.current = { policy, now, strings, hiddenRules };
  }, [policy, now, strings, hiddenRules]);

  // Another policy (the user's preferences, or the parent's) or another clock: lint again with it.
  const linted = useRef({ policy, now });
  useEffect(() => {
    if (linted.current.policy === policy && linted.current.now === now) return;
    linted.current = { policy, now };
    if (mounted.current) refresh();
  }, [policy, now, refresh]);

  // Mount: first read (unless the pane was given one), recipient/attachment changes, the opening context.
  const readBeforeMount = useRef(initialRead !== undefined);
  useEffect(() => {
    mounted.current = true;
    if (!readBeforeMount.current) refresh();
    const stop = host.onChange(() => refresh());
    host.openingContext((context) => {
      if (!mounted.current) return;
      contextRef.current = context;
      setState((prev) => ({ ...prev, context, scheduleFocus: context.action === "schedule" }));
    });
    return () => {
      mounted.current = false;
      stop();
    };
  }, [host, refresh]);

  // Subject and body edits raise no event: re-read on focus, on becoming visible, and on a timer while visible.
  useEffect(() => {
    const visible = () => typeof document === "undefined" || document.visibilityState === "visible";
    const onFocus = () => refresh();
    const onVisibility = () => {
      if (visible()) refresh();
    };
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisibility);
    const timer = setInterval(() => {
      if (visible()) refresh();
    }, intervalMs);
    return () => {
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisibility);
      clearInterval(timer);
    };
  }, [refresh, intervalMs]);

  const apply = useCallback(
    (key: string, fix: Fix): Promise<boolean> => {
      setState((prev) => ({
        ...prev,
        busy: { ...prev.busy, [key]: true },
        fixErrors: without(prev.fixErrors, key),
      }));
      let applying: Promise<void>;
      try {
        applying = host.apply(fix);
      } catch (e) {
        applying = Promise.reject(e);
      }
      return applying.then(
        () => {
          if (!mounted.current) return true;
          setState((prev) => ({ ...prev, busy: without(prev.busy, key) }));
          fixNews.current = config.current.strings.fixApplied;
          refresh(true);
          return true;
        },
        (e: unknown) => {
          if (!mounted.current) return false;
          const reason = reasonOf(e);
          setState((prev) => ({
            ...prev,
            busy: without(prev.busy, key),
            fixErrors: { ...prev.fixErrors, [key]: reason },
            announcement: config.current.strings.fixFailed(reason),
          }));
          return false;
        },
      );
    },
    [host, refresh],
  );

  const retry = useCallback(() => {
    setState((prev) => (prev.draft ? prev : { ...prev, status: "loading", readError: undefined }));
    refresh(true);
  }, [refresh]);

  const scheduleFocused = useCallback(() => {
    setState((prev) => (prev.scheduleFocus ? { ...prev, scheduleFocus: false } : prev));
  }, []);

  const announce = useCallback(
    (text: string, withCount = false) => {
      if (withCount) {
        fixNews.current = text;
        refresh();
      } else setState((prev) => ({ ...prev, announcement: text }));
    },
    [refresh],
  );

  const actions = useMemo(
    () => ({ apply, retry, scheduleFocused, announce }),
    [apply, retry, scheduleFocused, announce],
  );
  return [state, actions];
}
