/** @jest-environment jsdom */
// Email-derived text is rendered only as React text: never as HTML.
import { screen } from "@testing-library/react";
import * as fs from "fs";
import * as path from "path";
import { draft, memoryHost, renderPane } from "./helpers";

const PANE = path.join(__dirname, "..", "..", "src", "taskpane");

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .filter((f) => /\.(tsx?|html)$/.test(f));
}

describe("no HTML from the mail", () => {
  test("no dangerouslySetInnerHTML, innerHTML or outerHTML in src/taskpane", () => {
    const files = sources(PANE);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML/.test(fs.readFileSync(f, "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  test("markup in a subject, a name, an address or a file name shows as text", async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    renderPane(
      memoryHost(
        draft({
          subject: evil,
          to: [{ name: evil, address: "x@autre-exemple.fr" }],
          attachments: [{ name: evil + ".exe", size: 10 }],
        }),
      ),
    );
    await screen.findAllByTestId("finding");
    expect(document.querySelector("main img")).toBeNull();
    expect(document.body.textContent).toContain(evil);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
