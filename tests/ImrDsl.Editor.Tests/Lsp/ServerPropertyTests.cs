using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Cli.Lsp;

namespace ImrDsl.Editor.Tests.Lsp;

/// <summary>Properties of the server's parts, run in process on generated input.</summary>
public sealed class ServerPropertyTests
{
    // ---- the JSON-RPC layer: malformed messages never stop the server ----

    private static string Frame(string body) => $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";

    /// <summary>A message the server must answer (with an error: nothing is open), tagged with its id; or a malformed one (id 0).</summary>
    private static readonly Gen<(int Id, string Bytes)> Message = Gen.OneOf(
        Gen.Choose(1, 1_000_000).Select(id => (id, Frame($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"textDocument/hover\",\"params\":{{\"textDocument\":{{\"uri\":\"file:///none.imr\"}},\"position\":{{\"line\":0,\"character\":0}}}}}}"))),
        Gen.Elements(
            Frame("{\"jsonrpc\":\"2.0\",\"id\":"),                      // cut-off JSON
            Frame("[1, 2, 3]"),                                          // not an object
            Frame("\"text\""),
            Frame("{\"jsonrpc\":\"2.0\",\"id\":5}"),                    // no method
            Frame("{\"jsonrpc\":\"2.0\",\"method\":42,\"id\":6}"),      // a method that is not a string
            Frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{}}"), // a notification missing its parameters
            Frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":7}}}"),
            "Content-Type: application/json\r\n\r\n",                  // no Content-Length
            "Content-Length: twelve\r\n\r\n",
            "Content-Length: -4\r\n\r\n",
            "\r\n\r\n",
            Frame("\u00e9\u00e8 not json at all")).Select(bytes => (0, bytes)));

    [Fact]
    public void Every_well_formed_request_is_answered_whatever_malformed_messages_come_between()
    {
        Prop.ForAll(Gen.ListOf(Message).Select(l => l.Take(12).ToList()).ToArbitrary(), messages =>
        {
            var initialize = Frame("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{}}");
            var input = new MemoryStream(Encoding.UTF8.GetBytes(initialize + string.Concat(messages.Select(m => m.Bytes))));
            var output = new MemoryStream();
            var exit = new LanguageServer(input, output).Run();
            Assert.Equal(1, exit); // the input ended without shutdown and exit
            var answered = Responses(output.ToArray()).Select(r => r["id"]).OfType<JsonValue>().Select(v => v.GetValue<int>()).Where(id => id != 0).ToList();
            Assert.Equal(messages.Where(m => m.Id != 0).Select(m => m.Id), answered.Where(id => id is not (5 or 6)));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Shutdown_then_exit_ends_with_0_and_requests_after_shutdown_are_refused()
    {
        var input = Frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}")
                    + Frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}")
                    + Frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":{}}")
                    + Frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}")
                    + Frame("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"shutdown\"}");
        var output = new MemoryStream();
        Assert.Equal(0, new LanguageServer(new MemoryStream(Encoding.UTF8.GetBytes(input)), output).Run());
        var responses = Responses(output.ToArray());
        Assert.Equal(new[] { 1, 2, 3 }, responses.Select(r => r["id"]!.GetValue<int>()));
        Assert.Equal(-32600, responses[2]["error"]!["code"]!.GetValue<int>());
    }

    private static List<JsonObject> Responses(byte[] output)
    {
        var result = new List<JsonObject>();
        var channel = new JsonRpcChannel(new MemoryStream(output), Stream.Null);
        while (channel.Read() is { } incoming)
            if (incoming.Message is { } message && message["method"] is null) result.Add(message);
        return result;
    }

    // ---- formatting edits ----

    private static readonly Gen<string> Line = Gen.Elements("", "a", "b", "  c", "}", "record R {", "x = 1", "\t");
    private static readonly Gen<string> Break = Gen.Elements("\n", "\r\n");

    private static readonly Gen<string> Text =
        from lines in Gen.ListOf(Line).Select(l => l.Take(30).ToList())
        from breaks in Gen.ListOf(Break).Select(l => l.ToList())
        from finalBreak in Gen.Elements(true, false)
        select string.Concat(lines.Select((l, i) => l + (i < lines.Count - 1 || finalBreak ? (breaks.Count > 0 ? breaks[i % breaks.Count] : "\n") : "")));

    [Fact]
    public void Line_diff_hunks_applied_to_the_old_text_give_the_new_text()
    {
        Prop.ForAll(Text.ToArbitrary(), Text.ToArbitrary(), (oldText, newText) =>
        {
            var applied = ApplyHunks(oldText, LineDiff.Hunks(oldText, newText));
            // Lines the diff keeps keep their own line breaks; compare with line breaks normalised.
            Assert.Equal(newText.Replace("\r\n", "\n"), applied.Replace("\r\n", "\n"));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    private static string ApplyHunks(string text, IReadOnlyList<LineDiff.Hunk> hunks)
    {
        var source = new ImrDsl.Text.SourceFile("t", text);
        int Offset(int line, int character) => line >= source.Lines.LineCount ? text.Length : source.Lines.LineStart(line) + character;
        foreach (var hunk in hunks.Reverse())
        {
            var start = Offset(hunk.OldStart, 0);
            var end = Offset(hunk.OldEndPosition.Line, hunk.OldEndPosition.Character);
            text = text[..start] + hunk.NewText + text[end..];
        }
        return text;
    }

    private static readonly Gen<string> Declaration = Gen.Elements(
        "record   A{\nx:text  required\n}", "enum E {  a \"A\"\n  b \"B\" }", "// note\ncase \"C1\"{ priority=\"Standard\" }",
        "guideline G{\ntitle=\"T\"\npage-count=3}", "record B { y: integer }", "use \"other.imr\"");

    private static readonly Gen<string> Document =
        from declarations in Gen.NonEmptyListOf(Declaration).Select(l => l.Take(6).ToList())
        from gaps in Gen.ListOf(Gen.Elements("\n", "\n\n", "\n\n\n", " ")).Select(l => l.ToList())
        select string.Concat(declarations.Select((d, i) => d + (gaps.Count > 0 ? gaps[i % gaps.Count] : "\n"))) + "\n";

    [Fact]
    public void Range_formatting_rewrites_only_whole_declarations_in_the_range_and_keeps_the_tree()
    {
        Prop.ForAll(Document.ToArbitrary(), Gen.Choose(0, 30).ToArbitrary(), Gen.Choose(0, 30).ToArbitrary(), (text, a, b) =>
        {
            var parsed = ImrDsl.Parsing.ImrParser.Parse("doc.imr", text);
            if (parsed.Diagnostics.Count > 0) return true; // not formattable: not this property's case
            var features = new Features(new Workspace(), _ => Array.Empty<ImrDsl.Diagnostics.Diagnostic>());
            var document = new OpenDocument("file:///doc.imr", "/doc.imr", text, 1);
            var range = new JsonObject
            {
                ["start"] = new JsonObject { ["line"] = Math.Min(a, b), ["character"] = 0 },
                ["end"] = new JsonObject { ["line"] = Math.Max(a, b), ["character"] = 0 },
            };
            var edits = features.Format(document, range)!.AsArray();
            var result = ApplyEdits(text, edits);
            // The result is the same file (formatting it whole gives the same text) ...
            Assert.Equal(ImrDsl.Formatting.ImrFormatter.Format("doc.imr", text), ImrDsl.Formatting.ImrFormatter.Format("doc.imr", result));
            // ... and lines before the first edit and after the last are untouched.
            foreach (var edit in edits)
            {
                var start = edit!["range"]!["start"]!["line"]!.GetValue<int>();
                Assert.True(start <= Math.Max(a, b), $"an edit at line {start} is after the range {Math.Min(a, b)}-{Math.Max(a, b)}");
            }
            var oldLines = text.Split('\n');
            var newLines = result.Split('\n');
            var firstEdit = edits.Count == 0 ? oldLines.Length : edits.Min(e => e!["range"]!["start"]!["line"]!.GetValue<int>());
            Assert.Equal(oldLines.Take(firstEdit), newLines.Take(firstEdit));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static string ApplyEdits(string text, JsonArray edits)
    {
        var source = new ImrDsl.Text.SourceFile("t", text);
        int Offset(JsonNode p) => Math.Min(text.Length, p["line"]!.GetValue<int>() >= source.Lines.LineCount ? text.Length : source.Lines.LineStart(p["line"]!.GetValue<int>()) + p["character"]!.GetValue<int>());
        foreach (var edit in edits.OrderByDescending(e => Offset(e!["range"]!["start"]!)))
            text = text[..Offset(edit!["range"]!["start"]!)] + edit["newText"]!.GetValue<string>() + text[Offset(edit["range"]!["end"]!)..];
        return text;
    }
}
