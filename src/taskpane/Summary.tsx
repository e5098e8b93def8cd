import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { Counts, Strings } from "./strings";
import { SEVERITIES } from "./relint";
import { SEVERITY_BADGE } from "./theme";

const useStyles = makeStyles({
  heading: {
    margin: "0",
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    // It receives focus after a fix (tabindex -1): show where focus went.
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    margin: "0",
    padding: "0",
  },
  total: { margin: "0" },
  hidden: { margin: "0", marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

/** The count of findings per severity. The heading takes focus when a fixed finding's button disappears. */
export const Summary = forwardRef<
  HTMLHeadingElement,
  {
    counts: Counts;
    /** findings left out by the user's preferences */
    hidden?: number;
    s: Strings;
  }
>(function Summary({ counts, hidden, s }, headingRef) {
  const styles = useStyles();
  const total = counts.error + counts.warning + counts.info;
  return (
    <section aria-labelledby="mh-summary-heading">
      <h2 id="mh-summary-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        {s.summaryHeading}
      </h2>
      {total === 0 ? (
        <p className={styles.total}>{s.counts(counts)}</p>
      ) : (
        <ul className={styles.counts} aria-label={s.counts(counts)} data-testid="summary-counts">
          {SEVERITIES.filter((sev) => counts[sev] > 0).map((sev) => (
            <li key={sev}>
              <Badge appearance="tint" color={SEVERITY_BADGE[sev]} size="large">
                {s.counts({ error: 0, warning: 0, info: 0, [sev]: counts[sev] })}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      {hidden ? (
        <p className={styles.hidden} data-testid="hidden-count">
          {s.hiddenByPreferences(hidden)}
        </p>
      ) : null}
    </section>
  );
});
