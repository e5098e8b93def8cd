// The document the read-only view of the body shows, in an <iframe sandbox="" srcdoc=…>. The sandbox (no
// scripts, opaque origin, no forms, no popups, no top navigation) and the page's Content-Security-Policy are what
// keep a hostile message harmless. This copy also leaves out what could only fail there — scripts, frames,
// objects, event handlers, outside images and links, CSS `url()` — so that nothing is even attempted and the
// console stays quiet. The message is parsed with htmlparser2 (as the engine parses it), not by the browser:
// even an inert DOMParser document makes Chromium report each inline handler it meets as a CSP violation.
// Images show their alternative text, as when a mail client blocks images.
import { DomUtils, parseDocument } from "htmlparser2";

/** Elements dropped with their content. */
const DROPPED = [
  "script",
  "noscript",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "portal",
  "meta",
  "link",
  "base",
  "template",
];

/** Attributes that load or navigate. */
const URL_ATTRIBUTES = [
  "src",
  "srcset",
  "href",
  "xlink:href",
  "action",
  "formaction",
  "background",
  "poster",
  "lowsrc",
  "dynsrc",
  "longdesc",
  "cite",
  "data",
  "codebase",
  "ping",
  "manifest",
];

/** The view's own policy, on top of the page's: nothing but inline styles and data: images. */
const VIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const VIEW_STYLE =
  "html{color-scheme:light}body{margin:12px;font:14px/1.45 'Segoe UI',system-ui,sans-serif;color:#242424;" +
  "background:#fff;overflow-wrap:anywhere}img{max-width:100%;height:auto}" +
  "img:not([src]){background:#f3f3f3;outline:1px dashed #8a8a8a}" +
  "a[data-href]{color:#0f6cbd;text-decoration:underline}pre{white-space:pre-wrap;font:inherit;margin:0}";

const inertCss = (css: string) => css.replace(/url\s*\(/gi, "no-url(").replace(/@import/gi, "@no-import");

type Element = ReturnType<typeof DomUtils.findAll>[number];

function cleanElement(el: Element): void {
  for (const name of Object.keys(el.attribs)) {
    const value = el.attribs[name];
    const lower = name.toLowerCase();
    if (lower.startsWith("on")) delete el.attribs[name];
    else if (lower === "style") el.attribs[name] = inertCss(value);
    else if (URL_ATTRIBUTES.indexOf(lower) >= 0) {
      if (lower === "src" && el.name === "img" && /^\s*data:image\//i.test(value)) continue;
      delete el.attribs[name];
      // A link keeps its look, and says on hover where it led (a web or mail address only).
      if (lower === "href" && el.name === "a") {
        el.attribs["data-href"] = "";
        if (!("title" in el.attribs) && /^\s*(https?|mailto):/i.test(value)) el.attribs.title = value.trim();
      }
    }
  }
  if (el.name === "style")
    for (const child of el.children) if (child.type === "text") child.data = inertCss(child.data);
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Our head first: the browser's parser files the message's own <html>, <head> and <body> tags into it. */
const frame = (content: string) =>
  '<!doctype html><html><head><meta charset="utf-8">' +
  `<meta http-equiv="Content-Security-Policy" content="${VIEW_CSP}">` +
  `<style>${VIEW_STYLE}</style></head><body>${content}</body></html>`;

/** The srcdoc for an HTML body. */
export function htmlView(html: string): string {
  const doc = parseDocument(html);
  const elements = DomUtils.findAll(() => true, doc.children);
  for (const el of elements) {
    if (DROPPED.indexOf(el.name.toLowerCase()) >= 0) DomUtils.removeElement(el);
    else cleanElement(el);
  }
  return frame(DomUtils.getOuterHTML(doc.children, { encodeEntities: "utf8" }));
}

/** The srcdoc for a plain-text body: the text in a <pre>, as text. */
export function textView(text: string): string {
  return frame("<pre>" + escapeText(text) + "</pre>");
}
