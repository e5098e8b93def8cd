import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { UiLang } from "../taskpane/strings";
import type { Sample } from "./samples";
import type { PreviewStrings } from "./strings";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    flexDirection: "column",
    alignItems: "flex-start",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  title: { fontWeight: tokens.fontWeightSemibold },
  rule: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** The sample drafts, one button each; the loaded one is marked current. */
export function Gallery({
  samples,
  current,
  onPick,
  lang,
  ps,
}: {
  samples: Sample[];
  current?: string;
  onPick: (sample: Sample) => void;
  lang: UiLang;
  ps: PreviewStrings;
}) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {samples.map((s) => (
        <li key={s.id}>
          <Button
            appearance="subtle"
            className={mergeClasses(styles.item, s.id === current && styles.current)}
            aria-current={s.id === current ? "true" : undefined}
            onClick={() => onPick(s)}
            data-sample={s.id}
          >
            <span className={styles.title}>{s.title[lang]}</span>
            <span className={styles.rule}>
              {s.lang.toUpperCase()} · {s.rule ? ps.ruleSample(s.rule) : ps.cleanSample}
            </span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
