// Renders the pane around a memory host, with the fixtures' clock and policy.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render } from "@testing-library/react";
import type { Draft } from "../../src/lint";
import type { ComposeHost } from "../../src/outlook/host";
import { createMemoryHost, type MemoryHostOptions } from "../../src/outlook/memory-host";
import { App, type AppProps } from "../../src/taskpane/App";
import { POLICY, TUESDAY_10 } from "./fixtures";

export * from "./fixtures";

// Role queries walk Fluent's large DOM and call getComputedStyle: on a busy machine one pass can take longer than
// testing-library's default 1 s wait. Only failing waits are slowed by this.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: `offsetParent` is always null and the body measures 0 × 0, so Tabster (Fluent's focus
// manager) takes every element for invisible. A dialog then finds nothing to focus inside itself, its modalizer
// never becomes active, and 250 ms later it hides the dialog too (aria-hidden). Browsers lay the pane out; these
// two shims give Tabster what a laid-out page would.
if (typeof HTMLElement !== "undefined" && !("__mhLayoutShim" in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, "__mhLayoutShim", { value: true });
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
  HTMLBodyElement.prototype.getBoundingClientRect = () =>
    ({
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      right: 360,
      bottom: 800,
      width: 360,
      height: 800,
      toJSON: () => ({}),
    }) as DOMRect;
}

export function memoryHost(d: Draft, options: MemoryHostOptions = {}) {
  return createMemoryHost(d, { language: "fr-FR", ...options });
}

export function renderPane(host: ComposeHost, props: Partial<AppProps> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} policy={POLICY} now={TUESDAY_10} {...props} />
    </FluentProvider>,
  );
}
