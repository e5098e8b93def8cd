import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Read by screen readers, not shown.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: "0",
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
    border: "0",
  },
});

/** Announces, politely, the number of findings after each lint and the result of each fix. */
export function LiveRegion({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      className={styles.hidden}
      data-testid="live-region"
    >
      {text}
    </div>
  );
}
