import { makeStyles, tokens } from "@fluentui/react-components";
import { languageOf } from "../lint";
import { STRINGS } from "./strings";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL },
  title: { margin: "0", fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** The page was opened outside an Outlook compose window (a plain browser, another Office application). */
export function NotInOutlook({ language }: { language: string }) {
  const styles = useStyles();
  const lang = languageOf(language);
  const s = STRINGS[lang];
  return (
    <main className={styles.root} lang={lang}>
      <h1 className={styles.title}>{s.appName}</h1>
      <p>{s.notInOutlook}</p>
    </main>
  );
}
