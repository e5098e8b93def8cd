// The task pane's entry point in Outlook: office.js (loaded by taskpane.html) says when it is ready, then the pane
// gets its ComposeHost from Office.js. The pane itself only ever talks to that interface. The organisation's
// policy (policy.json next to this page, else the one built in) is fetched meanwhile, and awaited a short while;
// the draft is read while the policy comes, so that the pane's first frame can hold the findings.
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { languageOf } from "../lint";
import type { ComposeHost } from "../outlook/host";
import { createOfficeHost } from "../outlook/office-host";
import { App } from "./App";
import { readWithin } from "./first-read";
import { NotInOutlook } from "./NotInOutlook";
import { loadOrganisationPolicy } from "./policy-source";
import { STRINGS, type UiLang } from "./strings";
import { themeFor } from "./theme";

/** How long the pane waits for policy.json before it uses the built-in policy. */
const POLICY_TIMEOUT_MS = 3000;
/** How long the first frame waits for the draft beside the policy; a slower read is left to the pane. */
const FIRST_READ_WAIT_MS = 1000;

function root(): Root | undefined {
  const container = document.getElementById("container");
  return container ? createRoot(container) : undefined;
}

function renderOutside(target: Root, language: string): void {
  document.documentElement.lang = languageOf(language);
  target.render(
    <FluentProvider theme={webLightTheme}>
      <NotInOutlook language={language} />
    </FluentProvider>,
  );
}

/** The pane's language: the user's choice in the preferences, else Outlook's. */
function paneLanguage(host: ComposeHost): UiLang {
  let chosen: UiLang | undefined;
  try {
    chosen = host.loadPreferences().language;
  } catch {
    chosen = undefined;
  }
  return chosen === "fr" || chosen === "en" ? chosen : languageOf(host.language);
}

const target = root();
if (target) {
  if (typeof Office === "undefined") {
    // office.js did not load (the page opened in a plain browser, or the CDN is unreachable).
    renderOutside(target, typeof navigator !== "undefined" ? navigator.language : "fr");
  } else {
    // Fetched while office.js gets ready; never rejects, and gives the built-in policy after the timeout.
    const organisationPolicy = loadOrganisationPolicy(undefined, { timeoutMs: POLICY_TIMEOUT_MS });
    Office.onReady((info) => {
      if (info.host !== Office.HostType.Outlook || !Office.context.mailbox) {
        renderOutside(target, (Office.context && Office.context.displayLanguage) || navigator.language);
        return;
      }
      const host = createOfficeHost(Office);
      const firstRead = readWithin(host, FIRST_READ_WAIT_MS);
      const lang = paneLanguage(host);
      document.documentElement.lang = lang;
      const theme = themeFor(host.theme);
      target.render(
        <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
          <Spinner size="small" label={STRINGS[lang].opening} style={{ padding: "16px" }} />
        </FluentProvider>,
      );
      Promise.all([organisationPolicy, firstRead]).then(([{ policy, problems }, read]) => {
        target.render(
          <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
            <App host={host} policy={policy} policyProblems={problems} initialRead={read} />
          </FluentProvider>,
        );
      });
    });
  }
}
