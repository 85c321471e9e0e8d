// Packs the extension into imr-<version>.vsix, offline: the grammar is copied from grammar/ (its one source), the
// runtime dependency comes from node_modules (run `npm ci` first), and vsce packs without asking anything.
// Usage: npm ci && node package-vsix.js [OUTPUT.vsix]
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const here = __dirname;
const grammar = path.join(here, '..', '..', 'grammar', 'imr.tmLanguage.json');
fs.mkdirSync(path.join(here, 'syntaxes'), { recursive: true });
fs.copyFileSync(grammar, path.join(here, 'syntaxes', 'imr.tmLanguage.json'));

const version = require('./package.json').version;
const output = path.resolve(process.argv[2] || path.join(here, `imr-${version}.vsix`));
const vsce = path.join(here, 'node_modules', '@vscode', 'vsce', 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-git-tag-version', '--allow-missing-repository', '--skip-license', '--out', output],
  { cwd: here, stdio: 'inherit' });
console.log(`packed ${output}`);
