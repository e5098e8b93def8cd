// What every part of the pane reads but no single finding owns: the strings, the draft, the clock, the client.
import { createContext, useContext } from "react";
import type { Draft } from "../lint";
import type { WorkingTime } from "../lint/calendar";
import type { ComposeHost, HostCapabilities } from "../outlook/host";
import type { Strings, UiLang } from "./strings";

export interface PaneEnv {
  s: Strings;
  lang: UiLang;
  draft?: Draft;
  /** the zone working hours and labels are shown in */
  timeZone?: string;
  workingTime: WorkingTime;
  now: () => number;
  capabilities: HostCapabilities;
  platform: ComposeHost["platform"];
}

export const PaneEnvContext = createContext<PaneEnv | null>(null);

export function usePaneEnv(): PaneEnv {
  const env = useContext(PaneEnvContext);
  if (!env) throw new Error("usePaneEnv outside the pane");
  return env;
}
