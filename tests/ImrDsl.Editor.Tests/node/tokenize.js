// Tokenizes .imr sources with the TextMate engine VS Code uses (vscode-textmate + vscode-oniguruma).
// Usage: node tokenize.js GRAMMAR.json < {"name": "source text", ...}
// Prints {"name": {"tokens": [{"line": 1, "text": "...", "scopes": ["source.imr", ...]}, ...], "openAtEnd": false}, ...}:
// openAtEnd is true when a region (a string, a comment, a block) is still open after the last line.
'use strict';
const fs = require('fs');
const path = require('path');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

async function main() {
  const grammarPath = process.argv[2];
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.imr' ? textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const grammar = await registry.loadGrammar('source.imr');
  if (!grammar) throw new Error('the grammar did not load: ' + grammarPath);

  const sources = JSON.parse(fs.readFileSync(0, 'utf8'));
  const result = {};
  for (const [name, text] of Object.entries(sources)) {
    const tokens = [];
    let state = textmate.INITIAL;
    text.split(/\r\n|\r|\n/).forEach((line, index) => {
      const tokenized = grammar.tokenizeLine(line, state);
      for (const token of tokenized.tokens) {
        const tokenText = line.substring(token.startIndex, token.endIndex);
        if (tokenText.length > 0) tokens.push({ line: index + 1, text: tokenText, scopes: token.scopes });
      }
      state = tokenized.ruleStack;
    });
    result[name] = { tokens, openAtEnd: state !== textmate.INITIAL && state.depth > 1 };
  }
  process.stdout.write(JSON.stringify(result));
}

main().catch((error) => { console.error(error && error.stack || String(error)); process.exit(1); });
