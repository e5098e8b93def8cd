import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { RULES, type Policy } from "../lint";
import type { Strings, UiLang } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder1}`,
    backgroundColor: tokens.colorStatusSuccessBackground1,
  },
  heading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: "0" },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
  toggle: { alignSelf: "flex-start" },
});

/** No finding: say what was checked, so "nothing" reads as "all these passed". */
export function EmptyState({
  policy,
  exclude,
  s,
  lang,
}: {
  policy: Policy;
  /** rules not to count as passed (their findings are hidden by the user's preferences) */
  exclude?: string[];
  s: Strings;
  lang: UiLang;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const active = RULES.filter(
    (r) => policy.rules[r.meta.id] !== "off" && (!exclude || exclude.indexOf(r.meta.id) < 0),
  );
  return (
    <section aria-labelledby="mh-empty-heading" className={styles.root} data-testid="empty-state">
      <h2 id="mh-empty-heading" className={styles.heading}>
        {s.emptyTitle}
      </h2>
      <p className={styles.text}>
        {s.emptyBody(active.length)} {s.emptyAreas}
      </p>
      <Button
        appearance="transparent"
        size="small"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {open ? s.hideChecks : s.showChecks}
      </Button>
      {open ? (
        <ul id={listId} className={styles.list}>
          {active.map((r) => (
            <li key={r.meta.id}>{r.meta.description[lang]}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
