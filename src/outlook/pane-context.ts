// What the send-time handler (or an info bar) tells the task pane it opens: Smart Alerts' `contextData`.
// Classic Outlook before 2402 accepts strings only, so it travels as JSON text.

export interface PaneContext {
  /** who opened the pane */
  source: "send" | "notice";
  /** rule ids of the findings to put first, most important first */
  ruleIds: string[];
  /** an action to bring forward, e.g. the scheduling suggestion of after-hours-send */
  action?: "schedule";
}

export function encodePaneContext(context: PaneContext): string {
  return JSON.stringify(context);
}

/** Reads a context string; anything else (empty, foreign, malformed) gives undefined. */
export function decodePaneContext(text: string | null | undefined): PaneContext | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as Partial<PaneContext>;
    if ((v.source !== "send" && v.source !== "notice") || !Array.isArray(v.ruleIds)) return undefined;
    const ruleIds = v.ruleIds.filter((id): id is string => typeof id === "string");
    return v.action === "schedule"
      ? { source: v.source, ruleIds, action: "schedule" }
      : { source: v.source, ruleIds };
  } catch {
    return undefined;
  }
}
