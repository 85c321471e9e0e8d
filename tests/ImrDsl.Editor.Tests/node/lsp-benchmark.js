// Measures how long `imr lsp` takes to re-check one 1,000-line document after an edit: the time from sending
// didChange to receiving its publishDiagnostics, with the debounce set to 0, over a real LSP connection.
// It also reports the server's CPU time per edit (from /proc, Linux only), which a busy machine inflates far less
// than the wall-clock latency.
// Usage: node lsp-benchmark.js IMR_DLL [EDITS]    (build first: dotnet build src/ImrDsl.Cli -c Release)
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const protocol = require('vscode-languageserver-protocol/node');

const imrDll = process.argv[2];
const edits = Number(process.argv[3] || 50);

function caseDocument(lines) {
  const out = ['case "CM15-0000001" {', '  decision-date = 2015-03-17', '  priority = "Standard"', '  summary {', '    age = 48', '  }'];
  for (let i = 0; out.length < lines - 1; i++) {
    out.push(`  item "Baclofen 10mg #${i + 1}" {`, '    outcome = upheld', '    citation reviewer {',
      '      guideline = "MTUS Chronic Pain Treatment Guidelines"', '      topic = "Muscle Relaxants"', '      pages = 63-64',
      '    }', `    rationale = "Therefore, the request for Baclofen 10mg #${i + 1} is not medically necessary."`, '  }');
  }
  out.push('}');
  return out.join('\n') + '\n';
}

function letter(lines) {
  const out = ['Independent Medical Review Final Determination Letter', '', 'Case Number: CM15-0000001', '',
    'Date of Injury: 01/01/2014', 'IMR Application Received: 03/01/2015', '', 'DOCUMENTS REVIEWED:', ''];
  for (let i = 0; out.length < lines; i++) {
    out.push(`Baclofen 10 mg #${i + 1}: Upheld`, '',
      'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Muscle Relaxants Page(s): 63-66.', '',
      'Decision rationale: The records do not document improvement with the medication.',
      `Therefore, the request for Baclofen 10 mg #${i + 1} is not medically necessary.`, '');
  }
  return out.slice(0, lines).join('\n') + '\n';
}

// utime + stime of a process in milliseconds (fields 14 and 15 of /proc/PID/stat, in clock ticks of 10 ms).
function cpuMilliseconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch { return NaN; }
}

async function measure(connection, waiters, pid, uri, languageId, text, mutate) {
  let version = 1;
  const published = (v) => new Promise((resolve) => { waiters[`${uri}#${v}`] = resolve; });
  const first = published(version);
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  await first;
  const times = [];
  const cpuBefore = cpuMilliseconds(pid);
  for (let i = 0; i < edits; i++) {
    version++;
    const done = published(version);
    const started = process.hrtime.bigint();
    connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: mutate(text, i) }] });
    const findings = await done;
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (i === 0) console.log(`  ${findings} findings after the first edit`);
  }
  const cpuPerEdit = (cpuMilliseconds(pid) - cpuBefore) / edits;
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`${path.basename(uri)} (${text.split('\n').length - 1} lines, ${edits} edits): median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms; server CPU ${cpuPerEdit.toFixed(1)} ms per edit`);
}

async function main() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-lsp-bench-'));
  const child = spawn('dotnet', [imrDll, 'lsp'], { cwd: folder, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = protocol.createProtocolConnection(new protocol.StreamMessageReader(child.stdout), new protocol.StreamMessageWriter(child.stdin));
  const waiters = {};
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const key = `${p.uri}#${p.version}`;
    if (waiters[key]) { waiters[key](p.diagnostics.length); delete waiters[key]; }
  });
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMilliseconds: 0 } });
  connection.sendNotification('initialized', {});
  const uri = (name) => new URL('file://' + path.join(folder, name)).href;
  // Each edit changes one rationale so that the document really differs every time (and breaks IMR004 on one item).
  await measure(connection, waiters, child.pid, uri('case.imr'), 'imr', caseDocument(1000), (t, i) => t.replace(`#${(i % 50) + 1} is not`, `#${(i % 50) + 1}x is not`));
  await measure(connection, waiters, child.pid, uri('letter.txt'), 'plaintext', letter(1000), (t, i) => t.replace(`#${(i % 50) + 1} is not`, `#${(i % 50) + 1}x is not`));
  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
  fs.rmSync(folder, { recursive: true, force: true });
}

main().catch((e) => { console.error(e); process.exit(1); });
