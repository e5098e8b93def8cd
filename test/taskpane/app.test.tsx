/** @jest-environment jsdom */
// The pane's shell: language and theme come from the host, never from Office directly.
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { screen } from "@testing-library/react";
import { languageOf } from "../../src/lint";
import { themeFor } from "../../src/taskpane/theme";
import { draft, memoryHost, renderPane } from "./helpers";

describe("task pane shell", () => {
  test("French for any French display language or none, English for any other", () => {
    expect(
      ["fr", "fr-FR", "fr-CA", "FR-be", "fr_CH.UTF-8", "", undefined, "C.UTF-8", "POSIX"].map(languageOf),
    ).toEqual(["fr", "fr", "fr", "fr", "fr", "fr", "fr", "fr", "fr"]);
    expect(["en-US", "en-GB", "de-DE", "frr-DE", "es"].map(languageOf)).toEqual([
      "en",
      "en",
      "en",
      "en",
      "en",
    ]);
  });

  test("the host's theme picks Fluent's light or dark theme", () => {
    expect(themeFor("light")).toBe(webLightTheme);
    expect(themeFor("dark")).toBe(webDarkTheme);
  });

  test("shows the product name in the host's language, and never touches Office", async () => {
    const scope = globalThis as { Office?: unknown };
    expect(scope.Office).toBeUndefined();
    renderPane(memoryHost(draft(), { language: "fr-FR" }));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Hygiène des mails");
    expect(screen.getByRole("main").getAttribute("lang")).toBe("fr");
    await screen.findByTestId("empty-state");
  });

  test("says it is reading while the first read is pending", async () => {
    const host = memoryHost(draft(), { language: "en-US" });
    let release: () => void = () => undefined;
    const slow = {
      ...host,
      read: () =>
        new Promise<Awaited<ReturnType<typeof host.read>>>(
          (resolve) => (release = () => resolve(host.read())),
        ),
    };
    renderPane(slow);
    expect(screen.getByText("Reading the draft…")).toBeTruthy();
    release();
    await screen.findByTestId("empty-state");
  });
});
