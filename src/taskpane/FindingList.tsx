import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Fix } from "../lint";
import { FindingCard } from "./FindingCard";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: "0" },
});

export interface FindingHandlers {
  keyOf: (finding: Finding) => string;
  busy: { [key: string]: true };
  fixErrors: { [key: string]: string };
  apply: (key: string, fix: Fix) => void;
  /** the first after-hours finding takes focus when the pane was opened to schedule */
  focusScheduleKey?: string;
  onScheduleFocused: () => void;
}

/** A titled section of findings: one severity, or those flagged at send. */
export function FindingList({
  id,
  heading,
  intro,
  findings,
  flagged,
  handlers,
}: {
  id: string;
  heading: string;
  intro?: string;
  findings: Finding[];
  flagged: boolean;
  handlers: FindingHandlers;
}) {
  const styles = useStyles();
  return (
    <section aria-labelledby={id} className={styles.section} data-testid={id}>
      <h2 id={id} className={styles.heading}>
        {heading}
      </h2>
      {intro ? <p className={styles.intro}>{intro}</p> : null}
      <ul className={styles.list}>
        {findings.map((f) => {
          const key = handlers.keyOf(f);
          return (
            <FindingCard
              key={key}
              finding={f}
              flagged={flagged}
              busy={!!handlers.busy[key]}
              error={handlers.fixErrors[key]}
              onApply={(fix) => handlers.apply(key, fix)}
              focusSchedule={handlers.focusScheduleKey === key}
              onScheduleFocused={handlers.onScheduleFocused}
            />
          );
        })}
      </ul>
    </section>
  );
}
