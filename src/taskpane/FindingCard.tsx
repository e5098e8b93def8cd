import {
  Badge,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { messageOf, ruleOf, type Finding, type Fix } from "../lint";
import { FixActions } from "./FixActions";
import { locationWords } from "./labels";
import { LocationText } from "./LocationText";
import { usePaneEnv } from "./paneEnv";
import { SEVERITY_BADGE, SEVERITY_BORDER } from "./theme";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    borderLeftWidth: "4px",
    borderLeftStyle: "solid",
  },
  flagged: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  message: {
    margin: "0",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    wordBreak: "break-word",
  },
  details: { margin: "0", display: "grid", rowGap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  desc: { margin: "0", wordBreak: "break-word" },
});

/** One finding: what, where, why, the guide's words, and its fixes. */
export function FindingCard({
  finding,
  flagged,
  busy,
  error,
  onApply,
  focusSchedule,
  onScheduleFocused,
}: {
  finding: Finding;
  flagged: boolean;
  busy: boolean;
  /** why its last fix failed */
  error?: string;
  onApply: (fix: Fix) => void;
  focusSchedule: boolean;
  onScheduleFocused: () => void;
}) {
  const { s, lang, draft, timeZone } = usePaneEnv();
  const styles = useStyles();
  const id = useId();
  const meta = ruleOf(finding).meta;
  return (
    <li
      className={mergeClasses(styles.card, flagged && styles.flagged)}
      style={{ borderLeftColor: SEVERITY_BORDER[finding.severity] }}
      aria-labelledby={id}
      data-testid="finding"
      data-rule={finding.ruleId}
    >
      <div className={styles.badges}>
        <Badge appearance="filled" color={SEVERITY_BADGE[finding.severity]}>
          {s.severityBadge[finding.severity]}
        </Badge>
        {flagged ? (
          <Badge appearance="outline" color="brand">
            {s.flaggedBadge}
          </Badge>
        ) : null}
      </div>
      <h3 id={id} className={styles.message}>
        {messageOf(finding, lang)}
      </h3>
      <dl className={styles.details}>
        <dt className={styles.term}>{s.where}</dt>
        <dd className={styles.desc}>
          <LocationText where={locationWords(finding.location, draft, s, lang, timeZone)} s={s} />
        </dd>
        <dt className={styles.term}>{s.why}</dt>
        <dd className={styles.desc}>{meta.why[lang]}</dd>
        <dt className={styles.term}>{s.guide}</dt>
        <dd className={styles.desc}>{meta.guide[lang]}</dd>
      </dl>
      <FixActions
        finding={finding}
        busy={busy}
        onApply={onApply}
        focusSchedule={focusSchedule}
        onScheduleFocused={onScheduleFocused}
      />
      {error !== undefined ? (
        <MessageBar intent="error" layout="multiline" data-testid="fix-error">
          <MessageBarBody>
            <MessageBarTitle>{s.fixFailedTitle}</MessageBarTitle> {error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </li>
  );
}
