using System.Text.Json;
using System.Text.Json.Nodes;

namespace ImrDsl.Editor.Tests.Lsp;

/// <summary>
/// A script of LSP steps for node/lsp-client.js, which runs them with vscode-languageserver-protocol against a real
/// `imr lsp` process; each step's index is where its answer is in <see cref="Run"/>'s result (after initialize).
/// </summary>
internal sealed class LspSession(TempFolder folder)
{
    private readonly JsonArray _steps = new();

    private int Add(JsonObject step)
    {
        _steps.Add(step);
        return _steps.Count; // results[0] is initialize's answer
    }

    public int Open(string name, string languageId = "imr", int version = 1)
        => Add(new JsonObject { ["open"] = new JsonObject { ["uri"] = folder.Uri(name), ["path"] = Path.Combine(folder.Path, name), ["languageId"] = languageId, ["version"] = version } });

    /// <summary>Opens a buffer under any URI (an unsaved `untitled:` one, say) with the text of a file of the folder.</summary>
    public int OpenUri(string uri, string textFrom, string languageId)
        => Add(new JsonObject { ["open"] = new JsonObject { ["uri"] = uri, ["path"] = Path.Combine(folder.Path, textFrom), ["languageId"] = languageId, ["version"] = 1 } });

    public int DiagnosticsUri(string uri, int version)
        => Add(new JsonObject { ["diagnostics"] = new JsonObject { ["uri"] = uri, ["version"] = version } });

    public int Change(string name, int version, string text)
        => Add(new JsonObject { ["change"] = new JsonObject { ["uri"] = folder.Uri(name), ["version"] = version, ["text"] = text } });

    public int Diagnostics(string name, int version)
        => Add(new JsonObject { ["diagnostics"] = new JsonObject { ["uri"] = folder.Uri(name), ["version"] = version } });

    public int Request(string method, string name, JsonObject? extra = null)
    {
        var parameters = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = folder.Uri(name) } };
        foreach (var (key, value) in extra ?? new JsonObject()) parameters[key] = value?.DeepClone();
        return Add(new JsonObject { ["request"] = new JsonObject { ["method"] = method, ["params"] = parameters } });
    }

    public int At(string method, string name, int line, int character, JsonObject? extra = null)
    {
        var parameters = extra ?? new JsonObject();
        parameters["position"] = new JsonObject { ["line"] = line, ["character"] = character };
        return Request(method, name, parameters);
    }

    public int Raw(string text) => Add(new JsonObject { ["raw"] = text });

    private static string Cut(string text) => text.Length > 4000 ? text[..2000] + " … " + text[^2000..] : text;

    public int Shutdown() => Add(new JsonObject { ["shutdown"] = true });

    public JsonArray Run()
    {
        var result = NodeTools.Node("lsp-client.js", _steps.ToJsonString(), TimeSpan.FromMinutes(3), ImrRun.ImrDll, folder.Path);
        JsonNode? output;
        try
        {
            output = JsonNode.Parse(result.Stdout);
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"lsp-client.js printed no JSON (exit {result.ExitCode}, {e.Message}):\n{Cut(result.Stdout)}\n{Cut(result.Stderr)}");
        }
        Assert.True(result.ExitCode == 0, $"the LSP session failed: {output?["failure"]}\nserver stderr: {output?["stderr"]}\nlogs: {output?["logs"]}");
        return output!["results"]!.AsArray();
    }
}
