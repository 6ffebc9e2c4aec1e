// Writes a config with every key the trimmed 2026.9.6 schema has in the sections ClawDesk checks,
// each with a plain value of its type (maps get one entry). tests/compat/regenerate.sh runs it; the
// compat test has 2026.9.6 validate the result before ClawDesk reads and edits it.
// Values 2026.9.6 checks beyond their type (durations, refs, URLs) are pruned by the caller: with
// --drop <report> it removes each path 2026.9.6's `config validate` called invalid from <out.json5>.
// Usage: node everykey.mjs <trimmed-schema.json> <out.json5> | node everykey.mjs --drop <report> <out.json5>
import { readFileSync, writeFileSync } from "node:fs";

if (process.argv[2] === "--drop") {
  const report = readFileSync(process.argv[3], "utf8");
  const config = JSON.parse(readFileSync(process.argv[4], "utf8"));
  let dropped = 0;
  for (const match of report.matchAll(/× (?:openclaw\.json(?::\d+)? — )?([^:\s]+): ([^\n]*)/g)) {
    let path = match[1].replace(/\[(\d+)\]/g, ".$1").split(".");
    if (match[2].includes("received undefined")) path = path.slice(0, -1); // a required key: drop its object
    let node = config;
    for (const key of path.slice(0, -1)) node = node?.[key];
    if (node && typeof node === "object" && path.at(-1) in node) {
      if (Array.isArray(node)) node.splice(Number(path.at(-1)), 1);
      else delete node[path.at(-1)];
      dropped++;
    }
  }
  writeFileSync(process.argv[4], JSON.stringify(config, null, 2) + "\n");
  console.log(dropped);
  process.exit(0);
}

const schema = JSON.parse(readFileSync(process.argv[2], "utf8"));

function sample(node, name) {
  const branches = node.anyOf ?? node.oneOf;
  if (branches) {
    // Prefer an object branch (it has keys to show), else the first.
    const object = branches.find((b) => b.type === "object" && b.properties);
    return sample(object ?? branches[0], name);
  }
  if (node.const !== undefined) return node.const;
  if (node.enum) return node.enum[0];
  switch (node.type) {
    case "object": {
      const out = {};
      for (const [key, child] of Object.entries(node.properties ?? {})) out[key] = sample(child, key);
      if (typeof node.additionalProperties === "object" && !node.properties) {
        // Model maps are keyed by provider/model refs, providers and agents by ids.
        const key = name === "models" ? "minimax/MiniMax-M3" : name === "providers" ? "minimax" : "main";
        out[key] = sample(node.additionalProperties, key);
      }
      return out;
    }
    case "array":
      if (Array.isArray(node.items)) return node.items.map((item) => sample(item, name));
      return node.items ? [sample(node.items, name)] : [];
    case "string":
      if (/url$/i.test(name)) return "http://127.0.0.1:1234/v1";
      if (name === "lastTouchedVersion") return "2026.9.6";
      if (/model$/i.test(name) || name === "primary" || name === "fallbacks") return "minimax/MiniMax-M3";
      return "x";
    case "integer":
    case "number":
      return 1;
    case "boolean":
      return false;
    default:
      return {};
  }
}

const config = {};
for (const [section, node] of Object.entries(schema.properties)) config[section] = sample(node, section);
writeFileSync(process.argv[3], JSON.stringify(config, null, 2) + "\n");
