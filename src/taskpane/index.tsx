// The task pane's entry point in Outlook: office.js (loaded by taskpane.html) says when it is ready, then the pane
// gets its ComposeHost from Office.js. The pane itself only ever talks to that interface.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { createOfficeHost } from "../outlook/office-host";
import { App } from "./App";
import { NotInOutlook } from "./NotInOutlook";
import { languageOf } from "../lint";
import { themeFor } from "./theme";

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

const target = root();
if (target) {
  if (typeof Office === "undefined") {
    // office.js did not load (the page opened in a plain browser, or the CDN is unreachable).
    renderOutside(target, typeof navigator !== "undefined" ? navigator.language : "fr");
  } else {
    Office.onReady((info) => {
      if (info.host !== Office.HostType.Outlook || !Office.context.mailbox) {
        renderOutside(target, (Office.context && Office.context.displayLanguage) || navigator.language);
        return;
      }
      const host = createOfficeHost(Office);
      document.documentElement.lang = languageOf(host.language);
      target.render(
        <FluentProvider theme={themeFor(host.theme)} style={{ minHeight: "100vh" }}>
          <App host={host} />
        </FluentProvider>,
      );
    });
  }
}
