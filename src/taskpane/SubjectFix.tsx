import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Fix } from "../lint";
import type { Strings } from "./strings";

type SubjectFixData = Extract<Fix, { kind: "set-subject" }>;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: "0" },
  button: { alignSelf: "flex-start", textAlign: "left", wordBreak: "break-word" },
});

/** Outlook refuses longer subjects (subject.setAsync). */
const MAX_SUBJECT = 255;

/** The suggested subject, editable, and the button that writes it. */
export function SubjectFix({
  fix,
  busy,
  onApply,
  s,
}: {
  fix: SubjectFixData;
  busy: boolean;
  onApply: (fix: SubjectFixData) => void;
  s: Strings;
}) {
  const styles = useStyles();
  const [value, setValue] = useState(fix.subject);
  const [edited, setEdited] = useState(false);
  // The suggestion follows the body while the user has not touched it; their own edit is never overwritten.
  useEffect(() => {
    if (!edited) setValue(fix.subject);
  }, [fix.subject, edited]);
  const subject = value.trim();
  return (
    <form
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        if (subject && !busy) onApply({ kind: "set-subject", subject });
      }}
    >
      <Field label={s.subjectField} validationMessage={subject ? undefined : s.subjectEmpty}>
        <Input
          value={value}
          maxLength={MAX_SUBJECT}
          onChange={(_, data) => {
            setValue(data.value);
            setEdited(true);
          }}
        />
      </Field>
      <Button
        type="submit"
        appearance="primary"
        className={styles.button}
        disabled={!subject}
        disabledFocusable={busy}
      >
        {s.useSubject(subject)}
      </Button>
    </form>
  );
}
