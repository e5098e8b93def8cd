// Offline "manifest lint": the XML schema checks (office-addin-manifest validate) need Microsoft's online
// service, so the rules that matter for this add-in are checked here instead.
import * as fs from "fs";
import * as path from "path";
import { PANE_COMMAND_ID } from "../../src/outlook/commands";

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
}

interface RawNode {
  "#name": string;
  $?: Record<string, string>;
  _?: string;
  $$?: RawNode[];
}

interface Xml2js {
  parseStringPromise(xml: string, options: object): Promise<Record<string, RawNode>>;
}

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_BASE_URL = "https://localhost:3000/";

function toNode(raw: RawNode): XmlNode {
  return {
    name: raw["#name"],
    attrs: raw.$ ?? {},
    text: (raw._ ?? "").trim(),
    children: (raw.$$ ?? []).map(toNode),
  };
}

async function parseManifest(): Promise<XmlNode> {
  // xml2js comes with office-addin-manifest.
  const xml2js = require("xml2js") as Xml2js;
  const parsed = await xml2js.parseStringPromise(fs.readFileSync(MANIFEST, "utf8"), {
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitRoot: true,
  });
  const rootName = Object.keys(parsed)[0];
  return toNode({ ...parsed[rootName], "#name": rootName });
}

function all(node: XmlNode, predicate: (n: XmlNode) => boolean, found: XmlNode[] = []): XmlNode[] {
  if (predicate(node)) found.push(node);
  for (const child of node.children) all(child, predicate, found);
  return found;
}

function child(node: XmlNode, name: string): XmlNode {
  const found = node.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${node.name}> has no <${name}>`);
  return found;
}

function names(node: XmlNode): string[] {
  return node.children.map((c) => c.name);
}

/** True when `actual` lists elements in the same relative order as `expected` (and nothing else). */
function inSchemaOrder(actual: string[], expected: string[]): boolean {
  let last = -1;
  for (const name of actual) {
    const index = expected.indexOf(name);
    if (index < last || index === -1) return false;
    last = index;
  }
  return true;
}

function pngSize(file: string): { width: number; height: number } {
  const data = fs.readFileSync(file);
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(data.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  let root: XmlNode;
  let outer: XmlNode;
  let inner: XmlNode;
  let resources: XmlNode;
  let mailHost: XmlNode;

  beforeAll(async () => {
    root = await parseManifest();
    outer = child(root, "VersionOverrides");
    inner = all(outer, (n) => n.attrs["xsi:type"] === "VersionOverridesV1_1")[0];
    resources = child(inner, "Resources");
    mailHost = all(inner, (n) => n.name === "Host" && n.attrs["xsi:type"] === "MailHost")[0];
  });

  /** Resource ids by kind: bt:Image, bt:Url, or bt:String (short or long). */
  function resourceIds(): { images: Set<string>; urls: Set<string>; strings: Set<string> } {
    const ids = (group: string) => new Set(child(resources, group).children.map((c) => c.attrs.id));
    const strings = new Set([...ids("bt:ShortStrings"), ...ids("bt:LongStrings")]);
    return { images: ids("bt:Images"), urls: ids("bt:Urls"), strings };
  }

  test("is a MailApp with the expected identity", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs["xsi:type"]).toBe("MailApp");
    expect(child(root, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, "Version").text).toBe("1.0.0.0");
    expect(child(root, "ProviderName").text).toBe("Mail Hygiene");
    expect(child(root, "DefaultLocale").text).toBe("fr-FR");
  });

  test("top-level elements follow the MailApp schema order", () => {
    const order = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "FormSettings",
      "Permissions",
      "Rule",
      "DisableEntityHighlighting",
      "VersionOverrides",
    ];
    expect(inSchemaOrder(names(root), order)).toBe(true);
    expect(inSchemaOrder(names(inner), ["Description", "Requirements", "Hosts", "Resources"])).toBe(true);
    expect(inSchemaOrder(names(mailHost), ["Runtimes", "DesktopFormFactor", "MobileFormFactor"])).toBe(true);
    const desktop = child(mailHost, "DesktopFormFactor");
    expect(desktop.children[0].name).toBe("FunctionFile");
    expect(names(resources)).toEqual(["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]);
    for (const control of all(inner, (n) => n.name === "Control")) {
      expect(inSchemaOrder(names(control), ["Label", "Supertip", "Icon", "Action"])).toBe(true);
    }
  });

  test("VersionOverridesV1_1 is the last child of VersionOverridesV1_0", () => {
    expect(outer.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(outer.attrs.xmlns).toBe("http://schemas.microsoft.com/office/mailappversionoverrides");
    const last = outer.children[outer.children.length - 1];
    expect(last.name).toBe("VersionOverrides");
    expect(last.attrs["xsi:type"]).toBe("VersionOverridesV1_1");
    expect(last.attrs.xmlns).toBe("http://schemas.microsoft.com/office/mailappversionoverrides/1.1");
  });

  test("requires Mailbox 1.12 in the overrides (Smart Alerts)", () => {
    const sets = child(child(inner, "Requirements"), "bt:Sets");
    expect(sets.attrs.DefaultMinVersion).toBe("1.12");
    expect(child(sets, "bt:Set").attrs.Name).toBe("Mailbox");
  });

  test("permissions are exactly ReadWriteItem", () => {
    const permissions = root.children.filter((c) => c.name === "Permissions");
    expect(permissions.map((p) => p.text)).toEqual(["ReadWriteItem"]);
  });

  test("AppDomains lists no domain", () => {
    const appDomains = child(root, "AppDomains");
    expect(appDomains.children).toEqual([]);
    expect(appDomains.text).toBe("");
  });

  test("every resid resolves to a resource of the right kind, and ids are at most 32 characters", () => {
    const { images, urls, strings } = resourceIds();
    const kindOf: Record<string, Set<string>> = {
      "bt:Image": images,
      Icon: images,
      SourceLocation: urls,
      FunctionFile: urls,
      Runtime: urls,
      Override: urls,
      Label: strings,
      Title: strings,
      Description: strings,
    };
    const users = all(inner, (n) => n.attrs.resid !== undefined);
    expect(users.length).toBeGreaterThan(0);
    for (const user of users) {
      const resid = user.attrs.resid;
      expect({ element: user.name, resid, length: resid.length <= 32 }).toEqual({
        element: user.name,
        resid,
        length: true,
      });
      const pool = kindOf[user.name];
      expect({ element: user.name, resid, known: pool !== undefined && pool.has(resid) }).toEqual({
        element: user.name,
        resid,
        known: true,
      });
    }
    for (const id of [...images, ...urls, ...strings]) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("every URL is https", () => {
    const urls: string[] = [];
    all(root, () => true).forEach((node) => {
      for (const [name, value] of Object.entries(node.attrs)) {
        if (name === "xmlns" || name.startsWith("xmlns:")) continue; // namespace names, not fetched
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.push(value);
      }
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(node.text)) urls.push(node.text);
    });
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  test("the LaunchEvent source is the Runtime, whose JS override is launchevent.js", () => {
    const runtime = child(child(mailHost, "Runtimes"), "Runtime");
    const launchEvent = all(
      mailHost,
      (n) => n.name === "ExtensionPoint" && n.attrs["xsi:type"] === "LaunchEvent",
    );
    expect(launchEvent).toHaveLength(1);
    expect(child(launchEvent[0], "SourceLocation").attrs.resid).toBe(runtime.attrs.resid);

    const override = child(runtime, "Override");
    expect(override.attrs.type).toBe("javascript");
    const urlOf = (id: string) =>
      child(resources, "bt:Urls").children.find((u) => u.attrs.id === id)?.attrs.DefaultValue;
    expect(urlOf(runtime.attrs.resid)).toBe(`${DEV_BASE_URL}commands.html`);
    expect(urlOf(override.attrs.resid)).toBe(`${DEV_BASE_URL}launchevent.js`);
  });

  test("OnMessageSend is declared once, with SendMode SoftBlock (warnings offer Send anyway through sendModeOverride)", () => {
    const events = all(mailHost, (n) => n.name === "LaunchEvent");
    const onSend = events.filter((e) => e.attrs.Type === "OnMessageSend");
    expect(onSend).toHaveLength(1);
    expect(onSend[0].attrs).toMatchObject({ FunctionName: "onMessageSendHandler", SendMode: "SoftBlock" });
  });

  test("the live notice listens to recipient and attachment changes (Mailbox 1.11), without SendMode", () => {
    const events = all(mailHost, (n) => n.name === "LaunchEvent").map((e) => e.attrs);
    expect(events).toEqual([
      { Type: "OnMessageSend", FunctionName: "onMessageSendHandler", SendMode: "SoftBlock" },
      { Type: "OnMessageRecipientsChanged", FunctionName: "onMessageRecipientsChangedHandler" },
      { Type: "OnMessageAttachmentsChanged", FunctionName: "onMessageAttachmentsChangedHandler" },
    ]);
  });

  test('every FunctionName is associated at top level via Office.actions.associate("<name>"', () => {
    const dir = path.join(ROOT, "src", "launchevent");
    const sources = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
      .join("\n");
    const functionNames = all(root, (n) => n.attrs.FunctionName !== undefined).map(
      (n) => n.attrs.FunctionName,
    );
    expect(functionNames.length).toBeGreaterThan(0);
    for (const name of functionNames) {
      expect(sources).toContain(`Office.actions.associate("${name}"`);
    }
  });

  test("the task pane button id is PANE_COMMAND_ID and opens a pinnable task pane", () => {
    const buttons = all(inner, (n) => n.name === "Control" && n.attrs["xsi:type"] === "Button");
    expect(buttons.map((b) => b.attrs.id)).toEqual([PANE_COMMAND_ID]);
    const action = child(buttons[0], "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(child(action, "SourceLocation").attrs.resid).toBe("Taskpane.Url");
    expect(child(action, "SupportsPinning").text).toBe("true");
    const surfaces = all(
      inner,
      (n) => n.name === "ExtensionPoint" && n.attrs["xsi:type"] === "MessageComposeCommandSurface",
    );
    expect(surfaces.map((n) => child(n, "OfficeTab").attrs.id)).toEqual(["TabDefault"]);
  });

  test("every string has an en-US override", () => {
    const localized = [
      child(root, "DisplayName"),
      child(root, "Description"),
      ...child(resources, "bt:ShortStrings").children,
      ...child(resources, "bt:LongStrings").children,
    ];
    for (const node of localized) {
      const overrides = node.children.filter((c) => c.name === "Override" || c.name === "bt:Override");
      const english = overrides.filter((o) => o.attrs.Locale === "en-US");
      expect({ id: node.attrs.id ?? node.name, english: english.length }).toEqual({
        id: node.attrs.id ?? node.name,
        english: 1,
      });
      expect(english[0].attrs.Value.trim()).not.toBe("");
      expect(node.attrs.DefaultValue.trim()).not.toBe("");
    }
    // Schema limits: short strings 125 characters, long strings 250.
    const lengths = (group: string) =>
      child(resources, group).children.flatMap((s) => [
        s.attrs.DefaultValue.length,
        ...s.children.map((o) => o.attrs.Value.length),
      ]);
    expect(Math.max(...lengths("bt:ShortStrings"))).toBeLessThanOrEqual(125);
    expect(Math.max(...lengths("bt:LongStrings"))).toBeLessThanOrEqual(250);
  });

  test("every icon exists in assets/ at its declared size", () => {
    const declared: { url: string; size: number }[] = [
      { url: child(root, "IconUrl").attrs.DefaultValue, size: 64 },
      { url: child(root, "HighResolutionIconUrl").attrs.DefaultValue, size: 128 },
    ];
    const imageUrl = new Map(
      child(resources, "bt:Images").children.map((i) => [i.attrs.id, i.attrs.DefaultValue]),
    );
    for (const use of all(inner, (n) => n.name === "bt:Image" && n.attrs.resid !== undefined)) {
      declared.push({ url: imageUrl.get(use.attrs.resid) ?? "", size: Number(use.attrs.size) });
    }
    expect(declared.length).toBeGreaterThanOrEqual(5);
    for (const { url, size } of declared) {
      expect(url.startsWith(`${DEV_BASE_URL}assets/`)).toBe(true);
      const file = path.join(ROOT, url.slice(DEV_BASE_URL.length));
      expect(fs.existsSync(file)).toBe(true);
      expect({ file: path.basename(file), ...pngSize(file) }).toEqual({
        file: path.basename(file),
        width: size,
        height: size,
      });
    }
  });

  test("resources point at files the build produces", () => {
    const produced = new Set(["taskpane.html", "commands.html", "launchevent.js"]);
    for (const url of child(resources, "bt:Urls").children.map((u) => u.attrs.DefaultValue)) {
      expect(url.startsWith(DEV_BASE_URL)).toBe(true);
      expect(produced.has(url.slice(DEV_BASE_URL.length))).toBe(true);
    }
  });
});
