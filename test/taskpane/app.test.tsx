/** @jest-environment jsdom */
// The pane's shell: language and theme come from the host, never from Office directly.
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, screen } from "@testing-library/react";
import { languageOf } from "../../src/lint";
import { themeFor } from "../../src/taskpane/theme";
import { bulkDraft, draft, memoryHost, renderPane } from "./helpers";

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

  test("given a read made before it is drawn, shows its findings in the first frame", () => {
    // src/taskpane/index.tsx reads the draft while the policy loads: no "Reading the draft…" frame in between.
    const host = memoryHost(bulkDraft(), { language: "en-US" });
    renderPane(host, { initialRead: host.readNow() });
    expect(screen.queryByText("Reading the draft…")).toBeNull();
    expect(screen.getAllByTestId("finding").map((c) => c.dataset.rule)).toContain("bulk-without-bcc");
  });

  test("given a read, does not read again at once; focus and the timer keep it current", async () => {
    // The user went on typing while the pane loaded: the draft is now clean.
    const earlier = memoryHost(bulkDraft(), { language: "en-US" }).readNow();
    const host = memoryHost(draft(), { language: "en-US" });
    const read = jest.spyOn(host, "read");
    renderPane(host, { initialRead: earlier });
    expect(screen.getAllByTestId("finding").length).toBeGreaterThan(0);
    await act(() => Promise.resolve());
    expect(read).not.toHaveBeenCalled();
    fireEvent.focus(window);
    await screen.findByTestId("empty-state");
    expect(read).toHaveBeenCalledTimes(1);
  });
});
