import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { htmlView, textView } from "./body-view";

const useStyles = makeStyles({
  frame: {
    display: "block",
    width: "100%",
    height: "240px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#ffffff",
  },
});

/**
 * The body as the recipient would see it, read-only: a sandboxed frame with no permission at all (sandbox=""),
 * so nothing in the message can run, reach this page or navigate; see body-view.ts for what is left out.
 */
export function BodyView({ format, body, title }: { format: "html" | "text"; body: string; title: string }) {
  const styles = useStyles();
  const doc = useMemo(() => (format === "text" ? textView(body) : htmlView(body)), [format, body]);
  return <iframe className={styles.frame} sandbox="" srcDoc={doc} title={title} data-testid="body-view" />;
}
