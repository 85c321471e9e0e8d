using System.Text.Json.Nodes;
using ImrDsl.Diagnostics;
using ImrDsl.Text;

namespace ImrDsl.Cli.Lsp;

/// <summary>
/// Positions and values as LSP writes them. LSP lines and characters are 0-based UTF-16 offsets, which is what .NET
/// strings index, so a column is an offset within its line; imr's own lines and columns are 1-based.
/// </summary>
internal static class Protocol
{
    public static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter)
        => new() { ["start"] = Position(startLine, startCharacter), ["end"] = Position(endLine, endCharacter) };

    /// <summary>The range of a text span of a file.</summary>
    public static JsonObject Range(SourceFile file, TextSpan span)
    {
        var start = file.PositionOf(span.Start);
        var end = file.PositionOf(span.End);
        return Range(start.Line - 1, start.Column - 1, end.Line - 1, end.Column - 1);
    }

    /// <summary>The offset of an LSP position, clamped into the text (a position past a line's end is its end).</summary>
    public static int Offset(SourceFile file, JsonNode? position)
    {
        var line = position?["line"]?.GetValue<int>() ?? 0;
        var character = position?["character"]?.GetValue<int>() ?? 0;
        var lines = file.Lines;
        if (line < 0) return 0;
        if (line >= lines.LineCount) return file.Text.Length;
        var start = lines.LineStart(line);
        return Math.Min(start + Math.Max(0, character), lines.LineContentEnd(file.Text, line));
    }

    public static JsonObject Location(string uri, JsonObject range) => new() { ["uri"] = uri, ["range"] = range };

    /// <summary>A finding as an LSP diagnostic: the same ID, message, severity and span `imr check` reports.</summary>
    public static JsonObject Diagnostic(Diagnostic d)
    {
        var result = new JsonObject
        {
            ["range"] = Range(Math.Max(0, d.Line - 1), Math.Max(0, d.Column - 1), Math.Max(0, d.EndLine - 1), Math.Max(0, d.EndColumn - 1)),
            ["severity"] = d.Severity switch { Severity.Error => 1, Severity.Warning => 2, _ => 3 },
            ["code"] = d.Id,
            ["source"] = "imr",
            ["message"] = d.Message,
        };
        if (d.Item is not null) result["data"] = new JsonObject { ["item"] = d.Item };
        return result;
    }

    public static JsonObject Markdown(string text) => new() { ["kind"] = "markdown", ["value"] = text };

    public static JsonObject TextEdit(JsonObject range, string newText) => new() { ["range"] = range, ["newText"] = newText };

    // CompletionItemKind, SymbolKind and DiagnosticSeverity numbers from the LSP specification.
    public static class CompletionKind
    {
        public const int Field = 5;
        public const int Class = 7;
        public const int Keyword = 14;
        public const int Enum = 13;
        public const int EnumMember = 20;
        public const int Value = 12;
        public const int Text = 1;
    }

    public static class SymbolKind
    {
        public const int File = 1;
        public const int Namespace = 3;
        public const int Class = 5;
        public const int Field = 8;
        public const int Enum = 10;
        public const int Function = 12;
        public const int Object = 19;
        public const int EnumMember = 22;
        public const int Struct = 23;
        public const int Event = 24;
    }
}
