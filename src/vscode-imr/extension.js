// The IMR extension's client: starts `imr lsp` and hands it .imr files and the letters the imr.letters glob names.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration('imr');
  const command = settings.get('server.command', 'imr');
  const args = [...settings.get('server.args', []), 'lsp'];
  const letters = settings.get('letters', '**/letters/**/*.{md,txt}');
  const serverOptions = { command, args, transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [
      { language: 'imr' },
      { scheme: 'file', language: 'markdown', pattern: letters },
      { scheme: 'file', language: 'plaintext', pattern: letters },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{imr.json,*.imr}') },
  };
  client = new LanguageClient('imr', 'IMR language server', serverOptions, clientOptions);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('imr')) vscode.commands.executeCommand('workbench.action.reloadWindow');
  }));
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
