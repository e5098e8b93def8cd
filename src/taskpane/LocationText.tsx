import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { LocationWords } from "./labels";
import type { Strings } from "./strings";

const useStyles = makeStyles({
  items: {
    margin: `${tokens.spacingVerticalXXS} 0 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    wordBreak: "break-word",
  },
});

/** Past this many addresses or file names, the rest is behind a button. */
const SHOWN = 5;

/** Where a finding was made, in words, with the addresses or file names concerned. */
export function LocationText({ where, s }: { where: LocationWords; s: Strings }) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const listId = useId();
  const items = where.items || [];
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <>
      {where.label}
      {items.length > 0 ? (
        <ul id={listId} className={styles.items}>
          {shown.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ) : null}
      {items.length > SHOWN ? (
        <Button
          appearance="transparent"
          size="small"
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll(!all)}
        >
          {all ? s.showLess : s.showMore(items.length - SHOWN)}
        </Button>
      ) : null}
    </>
  );
}
