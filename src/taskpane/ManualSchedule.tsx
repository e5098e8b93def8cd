import { makeStyles, tokens } from "@fluentui/react-components";
import type { Platform, Strings } from "./strings";

const useStyles = makeStyles({
  text: { margin: "0" },
  name: { margin: `${tokens.spacingVerticalXS} 0 0 0`, fontWeight: tokens.fontWeightSemibold },
  steps: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
});

const ALL: Exclude<Platform, "other">[] = ["classic-windows", "web", "mac"];

/** Where the add-in cannot set the delivery time (Mailbox < 1.13): Outlook's own steps, for this client. */
export function ManualSchedule({ label, platform, s }: { label?: string; platform: Platform; s: Strings }) {
  const styles = useStyles();
  const platforms = platform === "other" ? ALL : [platform];
  return (
    <div data-testid="manual-schedule">
      <p className={styles.text}>{label ? s.manualIntro(label) : s.manualIntroNoSlot}</p>
      {platforms.map((p) => (
        <div key={p}>
          {platforms.length > 1 ? <p className={styles.name}>{s.manualSteps[p].name}</p> : null}
          <ol className={styles.steps} aria-label={s.manualSteps[p].name}>
            {s.manualSteps[p].steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
