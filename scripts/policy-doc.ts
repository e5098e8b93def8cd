// Writes docs/policy.md, the policy reference, from schema/policy.schema.json so the two cannot drift.
// `npm run docs` rewrites it; test/policy/policy-doc.test.ts fails when it is out of date.
import * as path from "path";
import schema from "../schema/policy.schema.json";

export const POLICY_DOC = path.resolve(__dirname, "../docs/policy.md");

interface Node {
  type?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  items?: Node;
  properties?: { [name: string]: Node };
  oneOf?: Node[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
}

function typeOf(node: Node): string {
  if (node.enum && node.enum.length > 5) return "rule id";
  if (node.enum) return node.enum.map((v) => `\`${String(v)}\``).join(", ");
  if (node.oneOf) return node.oneOf.map(typeOf).join(" or ");
  if (node.type === "array" && node.items) return `list of ${typeOf(node.items)}`;
  if (node.type === "object" && node.properties && !node.description) return "`{fr, en}` lists";
  if (node.type === "string" && node.minLength) return "string";
  let t = node.type || "";
  if (node.pattern === "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$") t += " `HH:MM`";
  if (node.minimum !== undefined && node.maximum !== undefined) t += ` ${node.minimum}–${node.maximum}`;
  else if (node.minimum !== undefined) t += ` ≥ ${node.minimum}`;
  return t;
}

const cell = (s: string) => s.replace(/\|/g, "\\|");

/** Many keys of one shape (rule ids, keyword categories) make one row naming them all. */
function children(properties: { [name: string]: Node }, field: string): string[] {
  const names = Object.keys(properties).filter((n) => n !== "$comment");
  const shapes = names.map((n) => JSON.stringify(properties[n]));
  if (names.length <= 6 || shapes.some((k) => k !== shapes[0])) return rows(properties, field + ".");
  const list = names.map((n) => `\`${n}\``).join(", ");
  return [`| \`${field}.<key>\` | ${cell(typeOf(properties[names[0]]))} | | one of ${cell(list)} |`];
}

function rows(properties: { [name: string]: Node }, prefix: string): string[] {
  const out: string[] = [];
  for (const name of Object.keys(properties)) {
    if (name === "$comment" || name === "$schema") continue;
    const node = properties[name];
    const field = prefix + name;
    const def = node.default === undefined ? "" : `\`${JSON.stringify(node.default)}\``;
    out.push(`| \`${field}\` | ${cell(typeOf(node))} | ${def} | ${cell(node.description || "")} |`);
    if (node.type === "object" && node.properties && node.description)
      out.push(...children(node.properties, field));
  }
  return out;
}

export function policyReference(): string {
  const root = schema as unknown as Node;
  return [
    "# Policy reference",
    "",
    "<!-- Generated from schema/policy.schema.json by `npm run docs`; do not edit by hand. -->",
    "",
    root.description || "",
    "",
    "Every object may also hold a `$comment` string, ignored by the add-in. A field that breaks these rules",
    "is named in the message (`policy check`, the CLI's `--policy`, the pane's notice) and keeps its default.",
    "",
    "| Field | Type | Default | Meaning |",
    "|---|---|---|---|",
    ...rows(root.properties || {}, ""),
    "",
    "Examples: [`examples/policies/`](../examples/policies/).",
    "",
  ].join("\n");
}
