// The preview page (preview.html): a simulated Outlook compose window and the real task pane side by side, in a
// plain browser, without Office. Options in the address: ?lang=fr|en&theme=light|dark&sample=<id>.
import { createRoot } from "react-dom/client";
import { languageOf } from "../lint";
import { loadOrganisationPolicy } from "../taskpane/policy-source";
import { Preview } from "./Preview";
import { SAMPLES, SAMPLES_BY_ID } from "./samples";

/** As long as the pane waits for policy.json in Outlook. */
const POLICY_TIMEOUT_MS = 3000;

const params = new URLSearchParams(window.location.search);
const lang = languageOf(params.get("lang") || navigator.language);
const theme = params.get("theme") === "dark" ? "dark" : "light";
const id = params.get("sample") || "";
// An own property only: the address is not trusted to name "constructor" or "__proto__".
const sample = Object.prototype.hasOwnProperty.call(SAMPLES_BY_ID, id) ? SAMPLES_BY_ID[id] : SAMPLES[0];

// As in Outlook (src/taskpane/index.tsx): the organisation's policy served next to the page (policy.json), else
// the one built in; a faulty field shows the pane's notice, so the preview also tries out a policy.
const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  loadOrganisationPolicy(undefined, { timeoutMs: POLICY_TIMEOUT_MS }).then(({ policy, problems }) =>
    root.render(
      <Preview lang={lang} theme={theme} sample={sample} policy={policy} policyProblems={problems} />,
    ),
  );
}
