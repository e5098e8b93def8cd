import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Fix } from "../lint";
import { AltTextFix } from "./AltTextFix";
import { ConfirmDialog } from "./ConfirmDialog";
import { fixLabel, recipientLine } from "./labels";
import { usePaneEnv } from "./paneEnv";
import { ScheduleCard } from "./ScheduleCard";
import { SubjectFix } from "./SubjectFix";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  one: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    alignItems: "flex-start",
  },
  button: { textAlign: "left", wordBreak: "break-word" },
  hint: { margin: "0", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The fix buttons of one finding, each kind with its own control. */
export function FixActions({
  finding,
  busy,
  onApply,
  focusSchedule,
  onScheduleFocused,
}: {
  finding: Finding;
  busy: boolean;
  onApply: (fix: Fix) => void;
  focusSchedule: boolean;
  onScheduleFocused: () => void;
}) {
  const { s, lang, draft } = usePaneEnv();
  const styles = useStyles();
  if (finding.fixes.length === 0) return null;
  return (
    <div className={styles.root}>
      {finding.fixes.map((fix, i) => {
        switch (fix.kind) {
          case "set-subject":
            return <SubjectFix key={i} fix={fix} busy={busy} onApply={onApply} s={s} />;
          case "set-image-alt":
            return (
              <AltTextFix
                key={i}
                fix={fix}
                image={imageName(finding, fix.image)}
                busy={busy}
                onApply={onApply}
                s={s}
              />
            );
          case "schedule-delivery":
            return (
              <ScheduleCard
                key={i}
                suggestion={fix}
                level={4}
                busy={busy}
                onApply={onApply}
                autoFocus={focusSchedule}
                onAutoFocused={onScheduleFocused}
              />
            );
          case "remove-recipients": {
            const label = fixLabel(fix, finding, draft, s, lang);
            return (
              <div key={i} className={styles.one}>
                <ConfirmDialog
                  trigger={
                    <Button appearance="primary" className={styles.button} disabledFocusable={busy}>
                      {label}
                    </Button>
                  }
                  title={s.confirmTitle(fix.addresses.length)}
                  intro={s.confirmBody}
                  items={fix.addresses.map((a) => recipientLine(draft, a))}
                  confirmLabel={s.confirmRemove}
                  cancelLabel={s.cancel}
                  onConfirm={() => onApply(fix)}
                />
              </div>
            );
          }
          default:
            return (
              <div key={i} className={styles.one}>
                <Button
                  appearance="primary"
                  className={styles.button}
                  disabledFocusable={busy}
                  onClick={() => onApply(fix)}
                >
                  {fixLabel(fix, finding, draft, s, lang)}
                </Button>
                {fix.kind === "move-to-bcc" && fix.senderToTo && draft && draft.from ? (
                  <p className={styles.hint}>{s.moveToBccHint}</p>
                ) : null}
              </div>
            );
        }
      })}
    </div>
  );
}

/** The image as the finding's message names it, else its position. */
function imageName(finding: Finding, index: number): string {
  const named = finding.data.image;
  return typeof named === "string" && named ? named : "image " + (index + 1);
}
