// Trims `openclaw config schema` to what ClawDesk checks: the key structure (types, properties,
// enums, consts, required) of the sections models, agents, auth, plugins, env and meta. Plugin-specific
// entries and their `config` objects are left open, as ClawDesk never judges them.
// Usage: node trimschema.mjs <full-schema.json> <trimmed.json>
import { readFileSync, writeFileSync } from "node:fs";

const KEEP = new Set(["type", "properties", "additionalProperties", "items", "anyOf", "oneOf", "allOf", "enum",
  "const", "required"]);
const SECTIONS = ["models", "agents", "auth", "plugins", "env", "meta"];

function trim(node) {
  if (Array.isArray(node)) return node.map(trim);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!KEEP.has(key)) continue;
    if (key === "properties")
      out[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, trim(child)]));
    else if (key === "required" || key === "enum") out[key] = value;
    else out[key] = trim(value);
  }
  return out;
}

const full = JSON.parse(readFileSync(process.argv[2], "utf8"));
const trimmed = { type: "object", properties: {} };
for (const section of SECTIONS) trimmed.properties[section] = trim(full.properties[section]);
const entries = trimmed.properties.plugins.properties.entries;
delete entries.properties;
entries.additionalProperties.properties.config = {};
writeFileSync(process.argv[3], JSON.stringify(trimmed, null, 1) + "\n");
