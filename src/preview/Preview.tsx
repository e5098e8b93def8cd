import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Draft, LocalText, Policy, PolicyProblem, UserPreferences } from "../lint";
import { EmlError, emlToDraft } from "../eml/eml-to-draft";
import type { ComposeHost } from "../outlook/host";
import type { DraftRead } from "../outlook/read-draft";
import { App } from "../taskpane/App";
import type { UiLang } from "../taskpane/strings";
import { themeFor } from "../taskpane/theme";
import { ComposeForm } from "./ComposeForm";
import { draftToForm, formToDraft, normalizeDraft, sameDraft, type FormState } from "./form";
import { Gallery } from "./Gallery";
import { createPreviewHost, type PreviewHost } from "./preview-host";
import { SAMPLES, type Sample } from "./samples";
import { PREVIEW_STRINGS } from "./strings";

type Theme = ComposeHost["theme"];

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: "18rem minmax(0, 1fr) 420px",
    height: "100vh",
    overflow: "hidden",
  },
  side: {
    overflowY: "auto",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  compose: {
    overflowY: "auto",
    padding: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  pane: {
    height: "100vh",
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  paneTheme: { minHeight: "100%" },
  h1: { margin: "0", fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h2: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: "0", color: tokens.colorNeutralForeground2 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  fileButton: { alignSelf: "flex-start" },
});

interface Session {
  /** remounts the pane: a new compose window */
  key: number;
  host: PreviewHost;
  /** the draft as the pane finds it when it opens (src/taskpane/index.tsx reads it while the policy loads) */
  initialRead: DraftRead;
}

/** A load of an .eml file, kept as data so that it follows the language switch. */
type Notice = { ok: true; file: string } | { ok: false; file: string; reason: LocalText };

let sessions = 0;
/**
 * A new compose window with its pane. The user's preferences (the pane's own settings) follow from the previous
 * one, as Outlook's roaming settings follow the mailbox — except a language chosen there: the page's language
 * switch stands for Outlook's display language, and the pane is to follow it.
 */
function openSession(draft: Draft, lang: UiLang, theme: Theme, previous?: Session): Session {
  let preferences: UserPreferences = {};
  if (previous) {
    preferences = previous.host.loadPreferences();
    delete preferences.language;
  }
  const host = createPreviewHost(draft, { language: lang === "fr" ? "fr-FR" : "en-US", theme, preferences });
  return { key: ++sessions, host, initialRead: host.readNow() };
}

export interface PreviewProps {
  lang: UiLang;
  theme: Theme;
  sample: Sample;
  /** the organisation's policy, as the pane gets it in Outlook */
  policy: Policy;
  policyProblems: PolicyProblem[];
}

export function Preview(initial: PreviewProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<UiLang>(initial.lang);
  const [theme, setTheme] = useState<Theme>(initial.theme);
  const [current, setCurrent] = useState<string | undefined>(initial.sample.id);
  const [form, setForm] = useState<FormState>(() => draftToForm(initial.sample.draft));
  const [session, setSession] = useState<Session>(() => openSession(formToDraft(form), lang, theme));
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const fileRef = useRef<HTMLInputElement>(null);
  // For what finishes later (an .eml file being read): the state as it is then, not as it was at the click.
  const latest = useRef({ lang, theme, session, form });
  useEffect(() => {
    latest.current = { lang, theme, session, form };
  });
  const ps = PREVIEW_STRINGS[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = ps.pageTitle;
  }, [lang, ps]);

  // The form is the compose window: each edit goes to the host, as typing goes into Outlook's item.
  useEffect(() => {
    const next = formToDraft(form);
    if (!sameDraft(next, normalizeDraft(session.host.draft()))) session.host.setDraft(next);
  }, [form, session]);

  // A fix applied by the pane changes the host's draft: the form shows it.
  useEffect(() => session.host.onFixed((draft) => setForm(draftToForm(draft))), [session]);

  const load = (draft: Draft, sample?: string) => {
    const now = latest.current;
    const next = draftToForm(draft);
    setForm(next);
    setCurrent(sample);
    setSession(openSession(formToDraft(next), now.lang, now.theme, now.session));
  };

  const changeLook = (nextLang: UiLang, nextTheme: Theme) => {
    setLang(nextLang);
    setTheme(nextTheme);
    // Outlook gives its language and theme when the pane opens: another look is another pane.
    setSession(openSession(session.host.draft(), nextLang, nextTheme, session));
  };

  const openFile = (file: File) => {
    file
      .arrayBuffer()
      // In the zone chosen in the form, as the CLI reads a file in the policy's zone.
      .then((buffer) =>
        emlToDraft(new Uint8Array(buffer), { timeZone: latest.current.form.timeZone, now: Date.now() }),
      )
      .then(
        (draft) => {
          load(draft);
          setNotice({ ok: true, file: file.name });
        },
        (e: unknown) => {
          const message = e instanceof Error ? e.message : String(e);
          const reason = e instanceof EmlError ? e.reason : { fr: message, en: message };
          setNotice({ ok: false, file: file.name, reason });
        },
      )
      .then(() => {
        if (fileRef.current) fileRef.current.value = "";
      });
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <div className={styles.side}>
          <header className={styles.section}>
            <h1 className={styles.h1}>{ps.pageTitle}</h1>
            <p className={styles.text}>{ps.intro}</p>
          </header>
          <section className={styles.section} aria-labelledby="pv-settings">
            <h2 id="pv-settings" className={styles.h2}>
              {ps.settings}
            </h2>
            <Field label={ps.language}>
              <RadioGroup
                layout="horizontal"
                value={lang}
                onChange={(_, d) => changeLook(d.value === "en" ? "en" : "fr", theme)}
                data-testid="switch-lang"
              >
                <Radio value="fr" label="Français" lang="fr" />
                <Radio value="en" label="English" lang="en" />
              </RadioGroup>
            </Field>
            <Field label={ps.theme}>
              <RadioGroup
                layout="horizontal"
                value={theme}
                onChange={(_, d) => changeLook(lang, d.value === "dark" ? "dark" : "light")}
                data-testid="switch-theme"
              >
                <Radio value="light" label={ps.light} />
                <Radio value="dark" label={ps.dark} />
              </RadioGroup>
            </Field>
          </section>
          <section className={styles.section} aria-labelledby="pv-file">
            <h2 id="pv-file" className={styles.h2}>
              {ps.loadEml}
            </h2>
            <p className={styles.text} id="pv-eml-hint">
              {ps.loadEmlHint}
            </p>
            {/* The browser's own file control speaks the browser's language: a button in the page's opens it. */}
            <input
              ref={fileRef}
              type="file"
              accept=".eml,message/rfc822"
              hidden
              tabIndex={-1}
              data-testid="eml-input"
              onChange={(e) => {
                const file = e.target.files && e.target.files[0];
                if (file) openFile(file);
              }}
            />
            <Button
              className={styles.fileButton}
              aria-describedby="pv-eml-hint"
              onClick={() => fileRef.current && fileRef.current.click()}
            >
              {ps.chooseFile}
            </Button>
            {notice ? (
              <MessageBar
                intent={notice.ok ? "success" : "error"}
                layout="multiline"
                data-testid="eml-notice"
              >
                <MessageBarBody>
                  {notice.ok ? ps.loaded(notice.file) : ps.loadFailed(notice.file, notice.reason[lang])}
                </MessageBarBody>
              </MessageBar>
            ) : null}
          </section>
          <section className={styles.section} aria-labelledby="pv-gallery">
            <h2 id="pv-gallery" className={styles.h2}>
              {ps.gallery}
            </h2>
            <p className={styles.text}>{ps.galleryHint}</p>
            <Gallery
              samples={SAMPLES}
              current={current}
              onPick={(s) => {
                setNotice(undefined);
                load(s.draft, s.id);
              }}
              lang={lang}
              ps={ps}
            />
          </section>
        </div>
        <section className={styles.compose} aria-labelledby="pv-compose">
          <h2 id="pv-compose" className={styles.h2}>
            {ps.compose}
          </h2>
          <p className={styles.text}>{ps.composeHint}</p>
          <ComposeForm form={form} onChange={setForm} ps={ps} />
        </section>
        <div className={styles.pane} id="pane" data-testid="pane">
          <FluentProvider theme={themeFor(theme)} className={styles.paneTheme}>
            <App
              key={session.key}
              host={session.host}
              policy={initial.policy}
              policyProblems={initial.policyProblems}
              now={session.host.now}
              initialRead={session.initialRead}
            />
          </FluentProvider>
        </div>
      </div>
    </FluentProvider>
  );
}
