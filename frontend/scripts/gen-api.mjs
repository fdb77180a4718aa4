// Generates src/api/schema.d.ts from the backend's OpenAPI document; `--check` fails when the file is stale.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const target = resolve(here, "..", "src", "api", "schema.d.ts");
const python = process.env.OSH_PYTHON ?? resolve(root, ".venv", "bin", "python");

const code = [
  "import json",
  "from osh.app import create_app",
  "from osh.core.settings import Settings",
  "print(json.dumps(create_app(Settings(docs=True)).openapi()))",
].join("; ");

const raw = execFileSync(python, ["-c", code], {
  cwd: root,
  encoding: "utf-8",
  maxBuffer: 64 * 1024 * 1024,
  env: { ...process.env, OSH_DATA_DIR: process.env.OSH_DATA_DIR ?? resolve(root, "data") },
});
const ast = await openapiTS(JSON.parse(raw), { alphabetize: true, exportType: false });
const header = "// Generated from the backend's OpenAPI document by `npm run gen:api`. Do not edit.\n\n";
const output = header + astToString(ast);

if (process.argv.includes("--check")) {
  const current = existsSync(target) ? readFileSync(target, "utf-8") : "";
  if (current !== output) {
    console.error("src/api/schema.d.ts is stale: run `npm run gen:api` and commit the result.");
    process.exit(1);
  }
  console.log("src/api/schema.d.ts is up to date.");
} else {
  writeFileSync(target, output);
  console.log(`wrote ${target}`);
}
