// The pane's state: read the draft from the host, lint it, and keep it fresh. The host tells about recipient and
// attachment changes; nothing tells about subject or body edits, so the pane also re-reads when its window gets
// focus and every few seconds while it is visible, and skips the lint when the draft is the same as last time.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Draft, Finding, Fix, Policy } from "../lint";
import type { ComposeHost } from "../outlook/host";
import type { PaneContext } from "../outlook/pane-context";
import type { DraftRead } from "../outlook/read-draft";
import { countBySeverity, createLinter, prepareDraft } from "./relint";
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
}

export interface PaneOptions {
  host: ComposeHost;
  policy: Policy;
  now: () => number;
  strings: Strings;
  /** the re-read period while the pane is visible */
  intervalMs?: number;
}

const INITIAL: PaneState = {
  status: "loading",
  findings: [],
  failed: [],
  scheduleFocus: false,
  busy: {},
  fixErrors: {},
  announcement: "",
};

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e)) || "?";

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
}: PaneOptions): [PaneState, PaneActions] {
  const [state, setState] = useState<PaneState>(INITIAL);
  const linter = useMemo(() => createLinter(), []);
  const mounted = useRef(false);
  const inFlight = useRef(false);
  /** a refresh asked for while one was running: run it after (forced if any of those asks was) */
  const queued = useRef<{ force: boolean } | undefined>(undefined);
  /** the result of the last fix, announced with the next lint */
  const fixNews = useRef<string | undefined>(undefined);

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
            if (!mounted.current) return;
            const draft = prepareDraft(result.draft, policy);
            const { findings, changed } = linter.run(draft, { policy, now: now(), force });
            const news = fixNews.current;
            fixNews.current = undefined;
            const announcement =
              changed || news
                ? (news ? news + " " : "") + strings.announceCount(findings.length, countBySeverity(findings))
                : undefined;
            const failedChanged = (prev: PaneState) =>
              JSON.stringify(prev.failed) !== JSON.stringify(result.failed);
            setState((prev) => {
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
            });
          },
          (e: unknown) => {
            if (!mounted.current) return;
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
    [host, policy, now, strings, linter],
  );

  // Mount: first read, recipient/attachment changes, the opening context.
  useEffect(() => {
    mounted.current = true;
    refresh();
    const stop = host.onChange(() => refresh());
    host.openingContext((context) => {
      if (!mounted.current) return;
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
          fixNews.current = strings.fixApplied;
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
            announcement: strings.fixFailed(reason),
          }));
          return false;
        },
      );
    },
    [host, refresh, strings],
  );

  const retry = useCallback(() => {
    setState((prev) => (prev.draft ? prev : { ...prev, status: "loading", readError: undefined }));
    refresh(true);
  }, [refresh]);

  const scheduleFocused = useCallback(() => {
    setState((prev) => (prev.scheduleFocus ? { ...prev, scheduleFocus: false } : prev));
  }, []);

  return [state, { apply, retry, scheduleFocused }];
}
