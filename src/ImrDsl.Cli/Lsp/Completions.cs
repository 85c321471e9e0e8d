using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ImrDsl.Cli.Checking;
using ImrDsl.Semantics;

namespace ImrDsl.Cli.Lsp;

/// <summary>
/// Completion in an .imr document. The text being typed rarely parses, so the context comes from the text itself:
/// the headers of the blocks still open at the cursor (found by a scan that skips strings and comments) and what
/// the current line holds before the cursor. The records those headers name come from the domain model.
/// </summary>
internal sealed partial class Completions(DomainModel model, CheckContext context, string text, int offset)
{
    private static readonly string[] DeclarationKeywords = { "namespace", "use", "enum", "record", "guideline", "rule" };
    private static readonly string[] BuiltInTypes = { "text", "integer", "date", "pages" };
    private static readonly string[] FieldOptions = { "required", "non-empty", "label", "pattern", "range", "as" };
    private static readonly string[] RuleAttributes = { "severity", "applies-to", "at", "require", "message", "summary", "why", "failing", "passing", "suppress" };
    private static readonly string[] GuidelineAttributes = { "title", "aliases", "page-count" };

    public IEnumerable<JsonObject> Items()
    {
        var scan = Scan(text, offset);
        if (scan.InComment) return Array.Empty<JsonObject>();
        var lineStart = text.LastIndexOfAny(new[] { '\n', '\r' }, Math.Max(0, offset - 1)) + 1;
        if (offset == 0) lineStart = 0;
        var before = text.Substring(lineStart, offset - lineStart);

        if (scan.InString)
        {
            // Inside `topic = "...`: the topics of the citation's guideline (or of every catalogue).
            if (TopicValue().IsMatch(before)) return Topics(scan);
            return Array.Empty<JsonObject>();
        }
        if (scan.Headers.Count == 0) return TopLevel(before);
        var outer = scan.Headers[0];
        return outer.Keyword switch
        {
            "record" => InRecord(before),
            "rule" => InRule(before),
            "guideline" => scan.Headers.Count == 1 && AttributeStart().IsMatch(before)
                ? GuidelineAttributes.Select(a => Features.Item(a, Protocol.CompletionKind.Field, "guideline attribute", null, a + " = ")).Append(Features.Item("topic", Protocol.CompletionKind.Keyword, "topic block"))
                : Array.Empty<JsonObject>(),
            "enum" or "namespace" or "use" => Array.Empty<JsonObject>(),
            _ => InDocument(scan, before),
        };
    }

    private IEnumerable<JsonObject> TopLevel(string before)
    {
        if (!AttributeStart().IsMatch(before)) return Array.Empty<JsonObject>();
        return DeclarationKeywords.Select(k => Features.Item(k, Protocol.CompletionKind.Keyword, "declaration"))
            .Concat(model.Records.Where(r => r.DocumentKeyword is not null)
                .Select(r => Features.Item(r.DocumentKeyword!, Protocol.CompletionKind.Keyword, $"document: {r.Name}", r.Doc)));
    }

    private IEnumerable<JsonObject> InRecord(string before)
    {
        if (FieldType().IsMatch(before))
            return BuiltInTypes.Select(t => Features.Item(t, Protocol.CompletionKind.Keyword, "built-in type"))
                .Concat(model.Records.Select(r => Features.Item(r.Name, Protocol.CompletionKind.Class, "record", r.Doc)))
                .Concat(model.Enums.Select(e => Features.Item(e.Name, Protocol.CompletionKind.Enum, "enum", e.Doc)));
        if (FieldOptionPosition().IsMatch(before))
            return FieldOptions.Select(o => Features.Item(o, Protocol.CompletionKind.Keyword, "field option"));
        return Array.Empty<JsonObject>();
    }

    private IEnumerable<JsonObject> InRule(string before)
    {
        if (AppliesToValue().IsMatch(before))
            return model.Records.Select(r => Features.Item(r.Name, Protocol.CompletionKind.Class, "record", r.Doc));
        if (SeverityValue().IsMatch(before))
            return new[] { "error", "warning", "info" }.Select(s => Features.Item(s, Protocol.CompletionKind.Value, "severity"));
        if (AttributeStart().IsMatch(before))
            return RuleAttributes.Select(a => Features.Item(a, Protocol.CompletionKind.Field, "rule attribute", null, a + " = "))
                .Append(Features.Item("check", Protocol.CompletionKind.Keyword, "check block"));
        return Array.Empty<JsonObject>();
    }

    /// <summary>Inside a case document: the open blocks name a record; complete its attributes, blocks and enum values.</summary>
    private IEnumerable<JsonObject> InDocument(ScanResult scan, string before)
    {
        var record = model.FindDocument(scan.Headers[0].Keyword);
        for (var i = 1; i < scan.Headers.Count && record is not null; i++)
            record = ImrAnalysis.FieldForBlock(record, scan.Headers[i].Keyword) is { } field ? model.FindRecord(field.TypeName) : null;
        if (record is null) return Array.Empty<JsonObject>();

        if (AttributeValue().Match(before) is { Success: true } value)
        {
            var field = record.Find(value.Groups["name"].Value);
            return field is not null ? EnumValues(field) : Array.Empty<JsonObject>();
        }
        if (BlockLabel().Match(before) is { Success: true } label
            && ImrAnalysis.FieldForBlock(record, label.Groups["keyword"].Value) is { } blockField
            && model.FindRecord(blockField.TypeName)?.LabelField is { } labelField)
            return EnumValues(labelField);
        if (!AttributeStart().IsMatch(before)) return Array.Empty<JsonObject>();
        return record.Fields.Where(f => !f.IsLabel).Select(f => f.Kind == FieldKind.Record
            ? Features.Item(f.BlockKeyword, Protocol.CompletionKind.Keyword, $"{f.TypeName} block", f.Doc)
            : Features.Item(f.Name, Protocol.CompletionKind.Field, $"{f.TypeName}{(f.IsList ? " list" : "")}{(f.Required ? ", required" : "")}", f.Doc, f.Name + " = "));
    }

    private IEnumerable<JsonObject> EnumValues(FieldModel field)
    {
        if (field.Kind != FieldKind.Enum || model.FindEnum(field.TypeName) is not { } enumModel) return Array.Empty<JsonObject>();
        return enumModel.Members.Select(m => Features.Item(m.Name, Protocol.CompletionKind.EnumMember, $"{enumModel.Name}: {m.Display}", m.Doc));
    }

    private IEnumerable<JsonObject> Topics(ScanResult scan)
    {
        // The guideline the citation names, if it is written in the open block before or after the cursor.
        var blockText = scan.InnermostBodyStart >= 0 ? text.Substring(scan.InnermostBodyStart, BodyEnd(scan.InnermostBodyStart) - scan.InnermostBodyStart) : "";
        var guideline = GuidelineValue().Match(blockText) is { Success: true } m ? m.Groups["value"].Value : null;
        return Features.TopicTitles(context, guideline).Select(t => Features.Item(t, Protocol.CompletionKind.Value, "guideline topic"));
    }

    private int BodyEnd(int start)
    {
        var close = text.IndexOf('}', start);
        return close < 0 ? text.Length : close;
    }

    /// <summary>An open block: its keyword and first label as written in its header.</summary>
    public sealed record Header(string Keyword, string? Label);

    public sealed record ScanResult(IReadOnlyList<Header> Headers, bool InString, bool InComment, int InnermostBodyStart);

    /// <summary>The blocks open at <paramref name="end"/>, outermost first, skipping strings, text blocks and comments.</summary>
    public static ScanResult Scan(string text, int end)
    {
        var stack = new List<(Header Header, int BodyStart)>();
        var i = 0;
        while (i < end)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                var lineEnd = text.IndexOfAny(new[] { '\n', '\r' }, i);
                if (lineEnd < 0 || lineEnd >= end) return new ScanResult(Headers(stack), false, true, Last(stack));
                i = lineEnd;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (close < 0 || close + 2 > end) return new ScanResult(Headers(stack), false, true, Last(stack));
                i = close + 2;
            }
            else if (c == '"' && string.CompareOrdinal(text, i, "\"\"\"", 0, 3) == 0)
            {
                var close = text.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                if (close < 0 || close + 3 > end) return new ScanResult(Headers(stack), true, false, Last(stack));
                i = close + 3;
            }
            else if (c == '"')
            {
                var j = i + 1;
                while (j < text.Length && text[j] != '"' && text[j] != '\n' && text[j] != '\r') j += text[j] == '\\' ? 2 : 1;
                if (j >= end) return new ScanResult(Headers(stack), true, false, Last(stack));
                i = j + 1;
            }
            else if (c == '{')
            {
                stack.Add((HeaderBefore(text, i), i + 1));
                i++;
            }
            else if (c == '}')
            {
                if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
                i++;
            }
            else i++;
        }
        return new ScanResult(Headers(stack), false, false, Last(stack));
    }

    private static IReadOnlyList<Header> Headers(List<(Header Header, int BodyStart)> stack) => stack.Select(s => s.Header).ToList();
    private static int Last(List<(Header Header, int BodyStart)> stack) => stack.Count == 0 ? -1 : stack[^1].BodyStart;

    /// <summary>The header of the block whose `{` is at <paramref name="brace"/>: the words since the previous line break, brace or `=`.</summary>
    private static Header HeaderBefore(string text, int brace)
    {
        var start = brace;
        while (start > 0 && text[start - 1] is not ('\n' or '\r' or '{' or '}')) start--;
        var header = text.Substring(start, brace - start).Trim();
        if (header.Length == 0 && start > 0)
        {
            // `{` on a line of its own: the header is the line above.
            var lineEnd = start - 1;
            var lineStart = lineEnd;
            while (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r')) lineStart--;
            header = text.Substring(lineStart, lineEnd - lineStart).Trim();
        }
        var words = HeaderWord().Matches(header).Select(m => m.Value).ToList();
        return new Header(words.Count > 0 ? words[0] : "", words.Count > 1 ? words[1].Trim('"') : null);
    }

    [GeneratedRegex(@"^\s*[A-Za-z_][\w-]*$|^\s*$")]
    private static partial Regex AttributeStart();

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z_][\w-]*)\s*=\s*(\[\s*([\w-]+\s*,\s*)*)?[\w-]*$")]
    private static partial Regex AttributeValue();

    [GeneratedRegex(@"^\s*(?<keyword>[A-Za-z_][\w-]*)\s+[\w-]*$")]
    private static partial Regex BlockLabel();

    [GeneratedRegex(@"^\s*[A-Za-z_][\w-]*\s*:\s*[\w-]*$")]
    private static partial Regex FieldType();

    [GeneratedRegex(@"^\s*[A-Za-z_][\w-]*\s*:\s*[\w-]+[*+?]?\s+.*?[\w-]*$")]
    private static partial Regex FieldOptionPosition();

    [GeneratedRegex(@"^\s*applies-to\s*=\s*[\w-]*$")]
    private static partial Regex AppliesToValue();

    [GeneratedRegex(@"^\s*severity\s*=\s*[\w-]*$")]
    private static partial Regex SeverityValue();

    [GeneratedRegex(@"^\s*topic\s*=\s*""[^""]*$")]
    private static partial Regex TopicValue();

    [GeneratedRegex(@"\bguideline\s*=\s*""(?<value>[^""\r\n]*)""")]
    private static partial Regex GuidelineValue();

    [GeneratedRegex(@"""[^""]*""|[^\s""]+")]
    private static partial Regex HeaderWord();
}
