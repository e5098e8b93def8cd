import { Body1, Title3, makeStyles, tokens } from "@fluentui/react-components";

const STRINGS = {
  fr: { name: "Hygiène des mails", intro: "Les vérifications de votre brouillon s'afficheront ici." },
  en: { name: "Mail Hygiene", intro: "The checks on your draft will appear here." },
} as const;

export type UiLanguage = keyof typeof STRINGS;

/** "fr" for any French display language (fr-FR, fr-CA...), "en" otherwise. */
export function uiLanguage(): UiLanguage {
  let tag = "";
  if (typeof Office !== "undefined" && Office.context && Office.context.displayLanguage) {
    tag = Office.context.displayLanguage;
  } else if (typeof navigator !== "undefined") {
    tag = navigator.language;
  }
  return /^fr\b/i.test(tag) ? "fr" : "en";
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
});

export function App({ language = uiLanguage() }: { language?: UiLanguage }) {
  const styles = useStyles();
  const text = STRINGS[language];
  return (
    <main className={styles.root} lang={language}>
      <Title3 as="h1">{text.name}</Title3>
      <Body1>{text.intro}</Body1>
    </main>
  );
}
