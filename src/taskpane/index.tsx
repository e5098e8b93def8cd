import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";

function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
}

// office.js is loaded by taskpane.html; without it (page opened outside Office) render straight away.
if (typeof Office !== "undefined") {
  Office.onReady(() => render());
} else {
  render();
}
