using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ImrDsl.Cli.Checking;
using ImrDsl.Diagnostics;

namespace ImrDsl.Cli.Lsp;

/// <summary>
/// `imr lsp`: a language server for .imr files and letters (.md, .txt) on standard input and output. Diagnostics come
/// from <see cref="DocumentCheck"/>, the same path `imr check` takes; the other features read the parsed document.
/// Requests are answered one at a time in arrival order; checks run in the background, debounced after edits.
/// A request that fails is answered with an error and the server carries on; so does a malformed message.
/// </summary>
public sealed class LanguageServer
{
    /// <summary>How long after the last edit a document is re-checked.</summary>
    public const int DefaultDebounceMilliseconds = 200;

    private readonly JsonRpcChannel _channel;
    private readonly Workspace _workspace = new();
    private readonly ConcurrentDictionary<string, CheckState> _checks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<Diagnostic>> _published = new(StringComparer.Ordinal);
    private readonly Features _features;
    private int _debounceMilliseconds = DefaultDebounceMilliseconds;
    private bool _initialized;
    private bool _shutdown;

    public LanguageServer(Stream input, Stream output)
    {
        _channel = new JsonRpcChannel(input, output);
        _features = new Features(_workspace, uri => _published.TryGetValue(uri, out var list) ? list : Array.Empty<Diagnostic>());
    }

    /// <summary>Serves until `exit` or the end of the input. 0 after shutdown then exit, 1 otherwise (as LSP asks).</summary>
    public int Run()
    {
        try
        {
            return Serve();
        }
        catch (IOException)
        {
            // The editor went away (a broken pipe): there is no one left to answer.
            return 1;
        }
    }

    private int Serve()
    {
        while (_channel.Read() is { } incoming)
        {
            if (incoming.Message is not { } message)
            {
                _channel.RespondError(null, RpcErrors.ParseError, incoming.Problem!);
                continue;
            }
            var method = message["method"] is JsonValue m && m.TryGetValue<string>(out var name) ? name : null;
            var id = message["id"];
            if (method is null)
            {
                // A response to a request of ours (we send none), or nonsense: either way there is nothing to do but say so.
                if (id is null) _channel.RespondError(null, RpcErrors.InvalidRequest, "the message has no method");
                continue;
            }
            if (method == "exit") return _shutdown ? 0 : 1;
            if (id is null) Notification(method, message["params"]);
            else Request(id, method, message["params"]);
        }
        return _shutdown ? 0 : 1;
    }

    private void Request(JsonNode id, string method, JsonNode? parameters)
    {
        if (!_initialized && method != "initialize")
        {
            _channel.RespondError(id, RpcErrors.ServerNotInitialized, "the server is not initialized yet");
            return;
        }
        if (_shutdown)
        {
            _channel.RespondError(id, RpcErrors.InvalidRequest, "the server is shutting down");
            return;
        }
        try
        {
            JsonNode? result = method switch
            {
                "initialize" => Initialize(parameters),
                "shutdown" => Shutdown(),
                "textDocument/formatting" => _features.Format(Document(parameters), null),
                "textDocument/rangeFormatting" => _features.Format(Document(parameters), parameters!["range"]),
                "textDocument/hover" => _features.Hover(Document(parameters), parameters!["position"]),
                "textDocument/definition" => _features.Definition(Document(parameters), parameters!["position"]),
                "textDocument/references" => _features.References(Document(parameters), parameters!["position"],
                    parameters["context"]?["includeDeclaration"]?.GetValue<bool>() ?? true),
                "textDocument/completion" => _features.Completion(Document(parameters), parameters!["position"]),
                "textDocument/documentSymbol" => _features.Symbols(Document(parameters)),
                "textDocument/codeAction" => _features.CodeActions(Document(parameters), parameters!["context"]?["diagnostics"] as JsonArray),
                _ => throw new MethodNotFoundException(method),
            };
            _channel.Respond(id, result);
        }
        catch (MethodNotFoundException ex)
        {
            _channel.RespondError(id, RpcErrors.MethodNotFound, ex.Message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One request's failure is that request's error; the server, the documents and other requests go on.
            _channel.RespondError(id, RpcErrors.InternalError, $"{method} failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private void Notification(string method, JsonNode? parameters)
    {
        try
        {
            switch (method)
            {
                case "initialized": break;
                case "textDocument/didOpen":
                {
                    var item = parameters!["textDocument"]!;
                    var uri = item["uri"]!.GetValue<string>();
                    Open(new OpenDocument(uri, Workspace.PathOf(uri, item["languageId"]?.GetValue<string>()), item["text"]!.GetValue<string>(), item["version"]?.GetValue<int>() ?? 0), 0);
                    break;
                }
                case "textDocument/didChange":
                {
                    var uri = parameters!["textDocument"]!["uri"]!.GetValue<string>();
                    var version = parameters["textDocument"]!["version"]?.GetValue<int>() ?? 0;
                    // Full synchronisation: the last change holds the whole text.
                    var changes = parameters["contentChanges"]!.AsArray();
                    if (_workspace.Get(uri) is { } document && changes.Count > 0)
                        Open(document with { Text = changes[^1]!["text"]!.GetValue<string>(), Version = version }, _debounceMilliseconds);
                    break;
                }
                case "textDocument/didSave":
                {
                    // A saved imr.json or a used file may change other documents' findings: re-check them all.
                    foreach (var uri in _checks.Keys) if (_workspace.Get(uri) is { } document) Schedule(document, 0);
                    break;
                }
                case "textDocument/didClose":
                {
                    var uri = parameters!["textDocument"]!["uri"]!.GetValue<string>();
                    _workspace.Remove(uri);
                    if (_checks.TryRemove(uri, out var state)) state.Cancel();
                    _published.TryRemove(uri, out _);
                    _channel.Notify("textDocument/publishDiagnostics", new JsonObject { ["uri"] = uri, ["diagnostics"] = new JsonArray() });
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Notifications have no answer; tell the client's log, not the user's documents.
            _channel.Notify("window/logMessage", new JsonObject { ["type"] = 1, ["message"] = $"imr lsp: {method} failed: {ex.GetType().Name}: {ex.Message}" });
        }
    }

    private JsonNode Initialize(JsonNode? parameters)
    {
        _initialized = true;
        if (parameters?["initializationOptions"]?["debounceMilliseconds"] is JsonValue debounce && debounce.TryGetValue<int>(out var ms))
            _debounceMilliseconds = Math.Clamp(ms, 0, 10_000);
        return new JsonObject
        {
            ["capabilities"] = new JsonObject
            {
                ["textDocumentSync"] = new JsonObject { ["openClose"] = true, ["change"] = 1, ["save"] = true },
                ["documentFormattingProvider"] = true,
                ["documentRangeFormattingProvider"] = true,
                ["hoverProvider"] = true,
                ["definitionProvider"] = true,
                ["referencesProvider"] = true,
                ["documentSymbolProvider"] = true,
                ["completionProvider"] = new JsonObject { ["triggerCharacters"] = new JsonArray("=", "\"", " ", ":") },
                ["codeActionProvider"] = new JsonObject { ["codeActionKinds"] = new JsonArray("quickfix") },
            },
            ["serverInfo"] = new JsonObject { ["name"] = "imr", ["version"] = typeof(LanguageServer).Assembly.GetName().Version?.ToString(3) },
        };
    }

    private JsonNode? Shutdown()
    {
        _shutdown = true;
        foreach (var state in _checks.Values) state.Cancel();
        return null;
    }

    private OpenDocument Document(JsonNode? parameters)
    {
        var uri = parameters?["textDocument"]?["uri"]?.GetValue<string>() ?? throw new ArgumentException("the request names no textDocument.uri");
        return _workspace.Get(uri) ?? throw new ArgumentException($"{uri} is not open");
    }

    private void Open(OpenDocument document, int delay)
    {
        _workspace.Set(document);
        Schedule(document, delay);
    }

    /// <summary>Checks a document after <paramref name="delay"/> ms unless a newer edit comes first; stale results are dropped.</summary>
    private void Schedule(OpenDocument document, int delay)
    {
        var state = _checks.GetOrAdd(document.Uri, _ => new CheckState());
        var token = state.Restart();
        _ = Task.Run(async () =>
        {
            try
            {
                if (delay > 0) await Task.Delay(delay, token);
                token.ThrowIfCancellationRequested();
                var current = _workspace.Get(document.Uri);
                if (current is null || current.Version != document.Version) return;
                var findings = CheckDocument(current);
                if (token.IsCancellationRequested || _workspace.Get(document.Uri)?.Version != current.Version) return;
                _published[current.Uri] = findings;
                _channel.Notify("textDocument/publishDiagnostics", new JsonObject
                {
                    ["uri"] = current.Uri,
                    ["version"] = current.Version,
                    ["diagnostics"] = new JsonArray(findings.Select(f => (JsonNode)Protocol.Diagnostic(f)).ToArray()),
                });
            }
            catch (OperationCanceledException)
            {
                // A newer edit superseded this check.
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _channel.Notify("window/logMessage", new JsonObject { ["type"] = 1, ["message"] = $"imr lsp: checking failed: {ex.GetType().Name}: {ex.Message}" });
            }
        });
    }

    private IReadOnlyList<Diagnostic> CheckDocument(OpenDocument document)
    {
        var (context, problem) = _workspace.ContextFor(document.Path);
        if (context is null)
            return new[] { Diagnostic.ForFile(document.Path, "imr.json", Severity.Error, problem!) };
        return DocumentCheck.Check(document.Path, document.Text, context).Findings;
    }

    /// <summary>One document's pending check: a new edit cancels the wait of the previous one.</summary>
    private sealed class CheckState
    {
        private CancellationTokenSource _source = new();
        private readonly object _lock = new();

        public CancellationToken Restart()
        {
            lock (_lock)
            {
                // Not disposed: a check still waiting holds its token; a source without a timer owns nothing to free.
                _source.Cancel();
                _source = new CancellationTokenSource();
                return _source.Token;
            }
        }

        public void Cancel()
        {
            lock (_lock) _source.Cancel();
        }
    }

    private sealed class MethodNotFoundException(string method) : Exception($"imr lsp does not handle '{method}'");
}
