// Fluent UI themes and the pane's colours per severity, from Fluent's tokens so that dark mode follows.
import { tokens, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { Severity } from "../lint";
import type { ComposeHost } from "../outlook/host";

export function themeFor(kind: ComposeHost["theme"]): Theme {
  return kind === "dark" ? webDarkTheme : webLightTheme;
}

/** The accent line of a finding card. */
export const SEVERITY_BORDER: { [s in Severity]: string } = {
  error: tokens.colorStatusDangerBorderActive,
  warning: tokens.colorStatusWarningBorderActive,
  info: tokens.colorBrandStroke1,
};

/** Fluent Badge colours. */
export const SEVERITY_BADGE: { [s in Severity]: "danger" | "warning" | "informative" } = {
  error: "danger",
  warning: "warning",
  info: "informative",
};
