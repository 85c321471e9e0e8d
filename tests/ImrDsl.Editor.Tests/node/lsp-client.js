// A real LSP client (vscode-languageserver-protocol over vscode-jsonrpc) driving `dotnet imr.dll lsp` through steps
// read as JSON from standard input. Usage: node lsp-client.js IMR_DLL WORKING_FOLDER < steps.json
// Steps (each answered, in order, by one entry of the JSON array printed on standard output):
//   {"open": {"uri", "path", "languageId", "version"}}   didOpen with the file's text read from path
//   {"change": {"uri", "version", "text"}}                 didChange (full text)
//   {"close": {"uri"}}                                     didClose
//   {"diagnostics": {"uri", "version"}}                    waits for publishDiagnostics of that version; answers it and
//                                                           every earlier publication for the uri since the last such step
//   {"request": {"method", "params"}}                      answers {"result"} or {"error": {"code", "message"}}
//   {"raw": "text"}                                        writes bytes straight to the server's input (malformed messages)
//   {"shutdown": true}                                     shutdown, exit, then answers the process's exit code
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const protocol = require('vscode-languageserver-protocol/node');

const [imrDll, workDir] = process.argv.slice(2);
const steps = JSON.parse(fs.readFileSync(0, 'utf8'));
const WAIT_MS = 30000;

const child = spawn('dotnet', [imrDll, 'lsp'], { cwd: workDir, stdio: ['pipe', 'pipe', 'pipe'] });
let stderr = '';
child.stderr.on('data', (d) => { stderr += d; });
const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));

const connection = protocol.createProtocolConnection(
  new protocol.StreamMessageReader(child.stdout), new protocol.StreamMessageWriter(child.stdin));
const publications = {}; // uri -> [{version, diagnostics}]
const waiters = [];
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  (publications[params.uri] = publications[params.uri] || []).push({ version: params.version, diagnostics: params.diagnostics });
  for (const waiter of waiters.slice()) waiter();
});
const logs = [];
connection.onNotification('window/logMessage', (params) => logs.push(params.message));
connection.listen();

function waitForDiagnostics(uri, version) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { remove(); reject(new Error(`no diagnostics for ${uri} version ${version} within ${WAIT_MS} ms`)); }, WAIT_MS);
    const check = () => {
      const list = publications[uri] || [];
      const index = list.findIndex((p) => p.version === version);
      if (index < 0) return;
      clearTimeout(timer);
      remove();
      const seen = list.splice(0, index + 1);
      resolve({ diagnostics: seen[seen.length - 1].diagnostics, publishedVersions: seen.map((p) => p.version) });
    };
    const remove = () => { const i = waiters.indexOf(check); if (i >= 0) waiters.splice(i, 1); };
    waiters.push(check);
    check();
  });
}

async function run() {
  const results = [];
  const init = await connection.sendRequest('initialize', {
    processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMilliseconds: 150 },
  });
  connection.sendNotification('initialized', {});
  results.push({ initialize: init });
  for (const step of steps) {
    if (step.open) {
      const { uri, path, languageId, version } = step.open;
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text: fs.readFileSync(path, 'utf8') } });
      results.push({ ok: true });
    } else if (step.change) {
      const { uri, version, text } = step.change;
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      results.push({ ok: true });
    } else if (step.close) {
      connection.sendNotification('textDocument/didClose', { textDocument: { uri: step.close.uri } });
      results.push({ ok: true });
    } else if (step.diagnostics) {
      results.push(await waitForDiagnostics(step.diagnostics.uri, step.diagnostics.version));
    } else if (step.request) {
      try {
        results.push({ result: await connection.sendRequest(step.request.method, step.request.params) });
      } catch (error) {
        results.push({ error: { code: error.code, message: error.message } });
      }
    } else if (step.raw) {
      child.stdin.write(step.raw);
      results.push({ ok: true });
    } else if (step.shutdown) {
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
      const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('did not exit'), WAIT_MS))]);
      results.push({ exitCode: code });
    }
  }
  return results;
}

run().then(
  (results) => { connection.dispose(); child.kill(); finish(JSON.stringify({ results, logs, stderr }), 0); },
  (error) => { child.kill(); finish(JSON.stringify({ failure: String(error && error.stack || error), logs, stderr }), 1); });

// Exits once the report is written: stdout to a pipe is asynchronous, and exiting at once cut it after 64 KB.
function finish(report, code) {
  process.stdout.write(report, () => process.exit(code));
}
