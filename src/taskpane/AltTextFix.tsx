import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Fix } from "../lint";
import type { Strings } from "./strings";

type AltFix = Extract<Fix, { kind: "set-image-alt" }>;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: "0" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The alternative text of one image, typed by the user; or an empty one for a decorative image. */
export function AltTextFix({
  fix,
  image,
  busy,
  onApply,
  s,
}: {
  fix: AltFix;
  /** how the finding names the image: file name, cid or position */
  image: string;
  busy: boolean;
  onApply: (fix: AltFix) => void;
  s: Strings;
}) {
  const styles = useStyles();
  const [alt, setAlt] = useState("");
  const text = alt.trim();
  return (
    <form
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        if (text && !busy) onApply({ ...fix, alt: text });
      }}
    >
      <Field label={s.altField(image)} hint={s.altHint}>
        <Input value={alt} onChange={(_, data) => setAlt(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button
          type="submit"
          appearance="primary"
          disabled={!text}
          disabledFocusable={busy}
          aria-label={s.altApplyLabel(image)}
        >
          {s.altApply}
        </Button>
        <Button
          type="button"
          disabledFocusable={busy}
          aria-label={s.altDecorativeLabel(image)}
          onClick={() => onApply({ ...fix, alt: "" })}
        >
          {s.altDecorative}
        </Button>
      </div>
    </form>
  );
}
