import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { App, uiLanguage } from "../../src/taskpane/App";

type GlobalWithOffice = { Office?: unknown };

function withDisplayLanguage<T>(displayLanguage: string, run: () => T): T {
  const scope = globalThis as GlobalWithOffice;
  scope.Office = { context: { displayLanguage } };
  try {
    return run();
  } finally {
    delete scope.Office;
  }
}

describe("task pane shell", () => {
  test("follows Office's display language", () => {
    expect(withDisplayLanguage("fr-FR", uiLanguage)).toBe("fr");
    expect(withDisplayLanguage("fr-CA", uiLanguage)).toBe("fr");
    expect(withDisplayLanguage("en-US", uiLanguage)).toBe("en");
    expect(withDisplayLanguage("de-DE", uiLanguage)).toBe("en");
  });

  test("shows the product name in that language", () => {
    const render = () =>
      renderToString(
        <FluentProvider theme={webLightTheme}>
          <App />
        </FluentProvider>,
      );
    expect(withDisplayLanguage("fr-FR", render)).toContain("Hygiène des mails");
    const english = withDisplayLanguage("en-GB", render);
    expect(english).toContain("Mail Hygiene");
    expect(english).toContain("appear here");
  });
});
