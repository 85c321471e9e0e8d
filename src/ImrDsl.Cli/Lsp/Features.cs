using System.Text;
using System.Text.Json.Nodes;
using ImrDsl.Cli.Checking;
using ImrDsl.Cli.Commands;
using ImrDsl.Diagnostics;
using ImrDsl.Formatting;
using ImrDsl.Runtime;
using ImrDsl.Semantics;
using ImrDsl.Syntax;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Cli.Lsp;

/// <summary>Formatting, hover, definition, references, completion, symbols and code actions for one open document.</summary>
internal sealed class Features(Workspace workspace, Func<string, IReadOnlyList<Diagnostic>> published)
{
    private (string Uri, int Version, ImrAnalysis Analysis)? _lastAnalysis;

    private CheckContext ContextOf(OpenDocument document) => workspace.ContextFor(document.Path).Context ?? CheckContext.Default;

    /// <summary>The analysis of an .imr document, kept for its version: hover, definition and completion in a row reuse it.</summary>
    private ImrAnalysis Analyze(OpenDocument document)
    {
        if (_lastAnalysis is { } last && last.Uri == document.Uri && last.Version == document.Version) return last.Analysis;
        var analysis = ImrAnalysis.Create(document.Path, document.Text, ContextOf(document).Library, workspace.Read);
        _lastAnalysis = (document.Uri, document.Version, analysis);
        return analysis;
    }

    // ---- formatting ----

    /// <summary>
    /// The formatter's changes as minimal line edits. With a range, the top-level declarations the range touches are
    /// replaced by their formatted text, whole lines each, and nothing else changes.
    /// </summary>
    public JsonNode? Format(OpenDocument document, JsonNode? range)
    {
        if (!document.IsImr) return new JsonArray();
        var syntax = ImrDsl.Parsing.ImrParser.Parse(document.Source);
        var formatted = ImrFormatter.Format(syntax);
        if (formatted is null) return new JsonArray(); // syntax errors: the diagnostics say where; nothing is rewritten
        if (range is null)
        {
            return new JsonArray(LineDiff.Hunks(document.Text, formatted).Select(hunk => (JsonNode)Protocol.TextEdit(
                Protocol.Range(hunk.OldStart, 0, hunk.OldEndPosition.Line, hunk.OldEndPosition.Character), hunk.NewText)).ToArray());
        }

        var source = document.Source;
        var after = new SourceFile(document.Path, formatted);
        var oldNodes = TopLevel(syntax);
        var newNodes = TopLevel(ImrDsl.Parsing.ImrParser.Parse(after));
        // Nodes pair up by position unless the formatter moves some (a `use` written after a declaration goes to the
        // top); then only formatting the whole document can put them right, and a range changes nothing.
        if (oldNodes.Count != newNodes.Count || !oldNodes.Select(n => n.GetType()).SequenceEqual(newNodes.Select(n => n.GetType())))
            return new JsonArray();
        var first = range["start"]?["line"]?.GetValue<int>() ?? 0;
        var last = range["end"]?["line"]?.GetValue<int>() ?? int.MaxValue;
        int LineOf(SourceFile file, int offset) => file.PositionOf(offset).Line - 1;
        // The line of a node's last character: a span may run on over the white space after it.
        int EndLineOf(SourceFile file, SyntaxNode node)
        {
            var end = node.Span.End;
            while (end > node.Span.Start + 1 && end <= file.Text.Length && char.IsWhiteSpace(file.Text[end - 1])) end--;
            return LineOf(file, Math.Max(node.Span.Start, end - 1));
        }
        var touched = Enumerable.Range(0, oldNodes.Count)
            .Where(i => LineOf(source, oldNodes[i].Span.Start) <= last && EndLineOf(source, oldNodes[i]) >= first).ToList();
        if (touched.Count == 0) return new JsonArray();
        int from = touched[0], to = touched[^1];
        // Whole lines: take in neighbours that share a line with the first or last node touched.
        while (from > 0 && EndLineOf(source, oldNodes[from - 1]) == LineOf(source, oldNodes[from].Span.Start)) from--;
        while (to < oldNodes.Count - 1 && LineOf(source, oldNodes[to + 1].Span.Start) == EndLineOf(source, oldNodes[to])) to++;

        var oldFirstLine = LineOf(source, oldNodes[from].Span.Start);
        var oldLastLine = EndLineOf(source, oldNodes[to]);
        var newStart = after.Lines.LineStart(LineOf(after, newNodes[from].Span.Start));
        var newEnd = after.Lines.LineContentEnd(formatted, EndLineOf(after, newNodes[to]));
        var oldEnd = source.Lines.LineContentEnd(source.Text, oldLastLine);
        var endPosition = source.PositionOf(oldEnd);
        var edit = Protocol.TextEdit(Protocol.Range(oldFirstLine, 0, endPosition.Line - 1, endPosition.Column - 1), formatted.Substring(newStart, newEnd - newStart));
        return source.Text.Substring(source.Lines.LineStart(oldFirstLine), oldEnd - source.Lines.LineStart(oldFirstLine)) == edit["newText"]!.GetValue<string>()
            ? new JsonArray()
            : new JsonArray(edit);
    }

    /// <summary>A file's top-level nodes in order: namespace, uses, declarations.</summary>
    private static List<SyntaxNode> TopLevel(ImrFileSyntax file)
    {
        var nodes = new List<SyntaxNode>();
        if (file.Namespace is { } ns) nodes.Add(ns);
        nodes.AddRange(file.Uses);
        nodes.AddRange(file.Declarations);
        return nodes.OrderBy(n => n.Span.Start).ToList();
    }

    // ---- hover ----

    public JsonNode? Hover(OpenDocument document, JsonNode? position)
    {
        var offset = Protocol.Offset(document.Source, position);
        var line = (position?["line"]?.GetValue<int>() ?? 0) + 1;
        var column = (position?["character"]?.GetValue<int>() ?? 0) + 1;
        var parts = new List<string>();
        foreach (var finding in published(document.Uri).Where(f => Contains(f, line, column)))
            if (RuleDocs(finding.Id) is { } docs && !parts.Contains(docs)) parts.Add(docs);

        var context = ContextOf(document);
        if (document.IsImr)
        {
            var analysis = Analyze(document);
            if (analysis.At(offset) is { } occurrence && SymbolDocs(analysis, occurrence.Key) is { } docs) parts.Add(docs);
            if (CitedTopicAt(analysis.Syntax, offset) is { } cited && TopicDocs(context, cited.Guideline, cited.Topic) is { } topicDocs) parts.Add(topicDocs);
        }
        else
        {
            var determination = context.Reader.Read(document.Source);
            foreach (var citation in determination.Items.SelectMany(i => i.Citations))
                if (Contains(citation.Spans["topic"], line, column) && TopicDocs(context, citation.Guideline, citation.Topic) is { } topicDocs)
                    parts.Add(topicDocs);
        }
        return parts.Count == 0 ? null : new JsonObject { ["contents"] = Protocol.Markdown(string.Join("\n\n---\n\n", parts)) };
    }

    private static bool Contains(Diagnostic d, int line, int column)
        => Compare(d.Line, d.Column, line, column) <= 0 && (Compare(line, column, d.EndLine, d.EndColumn) < 0 || (d.Line == d.EndLine && d.Column == d.EndColumn && line == d.Line));

    private static bool Contains(SourceSpan span, int line, int column)
        => span.IsKnown && Compare(span.Line, span.Column, line, column) <= 0 && Compare(line, column, span.EndLine, span.EndColumn) <= 0;

    private static int Compare(int line1, int column1, int line2, int column2) => line1 != line2 ? line1.CompareTo(line2) : column1.CompareTo(column2);

    /// <summary>A rule's documentation, as `imr explain` writes it; a language diagnostic's title.</summary>
    public static string? RuleDocs(string id)
    {
        var rule = Rules.All.FirstOrDefault(r => r.Id == id);
        if (rule is not null)
        {
            var text = new StringWriter();
            ExplainCommand.Write(text, rule);
            var lines = text.ToString().Replace("\r\n", "\n").TrimEnd().Split('\n');
            return $"**{rule.Id} {rule.Name}**\n\n```text\n{string.Join("\n", lines.Skip(2))}\n```";
        }
        var descriptor = DiagnosticDescriptors.All.FirstOrDefault(d => d.Id == id);
        return descriptor is null ? null : $"**{descriptor.Id} {descriptor.Name}**: {descriptor.Title} (see grammar/README.md, Diagnostics)";
    }

    private static string? SymbolDocs(ImrAnalysis analysis, SymbolKey key)
    {
        var model = analysis.Model;
        static string WithDoc(string head, string doc) => string.IsNullOrWhiteSpace(doc) ? head : $"{head}\n\n{doc}";
        switch (key.Kind)
        {
            case SymbolKind.Type when model.FindRecord(key.Name) is { } record:
                var keyword = record.DocumentKeyword is null ? "" : $" as {record.DocumentKeyword}";
                return WithDoc($"```imr\nrecord {record.Name}{keyword}\n```", record.Doc);
            case SymbolKind.Type when model.FindEnum(key.Name) is { } enumModel:
                return WithDoc($"```imr\nenum {enumModel.Name}\n```\n{string.Join(", ", enumModel.Members.Select(m => $"`{m.Name}`"))}", enumModel.Doc);
            case SymbolKind.Type when model.Guidelines.FirstOrDefault(g => g.Name == key.Name) is { } guideline:
                return WithDoc($"```imr\nguideline {guideline.Name}\n```\n{guideline.Title}, {guideline.Topics.Count()} topics", guideline.Doc);
            case SymbolKind.Field:
            {
                var dot = key.Name.IndexOf('.');
                var field = model.FindRecord(key.Name.Substring(0, dot))?.Find(key.Name.Substring(dot + 1));
                if (field is null) return null;
                var cardinality = field.Cardinality switch { Cardinality.Many => "*", Cardinality.AtLeastOne => "+", _ => "" };
                var options = new List<string>();
                if (field.Required) options.Add("required");
                if (field.NonEmpty) options.Add("non-empty");
                if (field.IsLabel) options.Add("label");
                return WithDoc($"```imr\n{field.Name}: {field.TypeName}{cardinality}{(options.Count > 0 ? " " + string.Join(" ", options) : "")}\n```\nfield of {key.Name.Substring(0, dot)}", field.Doc);
            }
            case SymbolKind.Member:
            {
                var dot = key.Name.IndexOf('.');
                var member = model.FindEnum(key.Name.Substring(0, dot))?.Members.FirstOrDefault(m => m.Name == key.Name.Substring(dot + 1));
                if (member is null) return null;
                return WithDoc($"```imr\n{member.Name} \"{member.Display}\"\n```\nmember of {key.Name.Substring(0, dot)}", member.Doc);
            }
            case SymbolKind.Rule:
                return RuleDocs(key.Name) ?? (model.FindRule(key.Name) is { } rule ? $"**{rule.Id} {rule.Name}**\n\n{rule.Docs.Summary}" : null);
            case SymbolKind.File:
                return $"`{key.Name}`";
            default:
                return null;
        }
    }

    /// <summary>The guideline and topic of the citation whose `topic = "..."` value holds the offset.</summary>
    private static (string? Guideline, string Topic)? CitedTopicAt(ImrFileSyntax file, int offset)
    {
        foreach (var (parent, member) in Walk(file))
        {
            if (member is AttributeSyntax { Name.Text: "topic", Value: StringSyntax topic } && topic.Span.Start <= offset && offset <= topic.Span.End)
            {
                var guideline = parent?.Body?.Members.OfType<AttributeSyntax>().FirstOrDefault(a => a.Name.Text == "guideline")?.Value as StringSyntax;
                return (guideline?.Value, topic.Value);
            }
        }
        return null;
    }

    private static (GuidelineCatalogue? Catalogue, IReadOnlyList<GuidelineTopic> Topics) ResolveTopic(CheckContext context, string? guideline, string topic)
    {
        var catalogues = context.Validation.Catalogues;
        if (catalogues.Find(guideline) is { } named) return (named, named.ResolveTopics(topic));
        foreach (var catalogue in catalogues.All)
            if (catalogue.ResolveTopics(topic) is { Count: > 0 } found) return (catalogue, found);
        return (null, Array.Empty<GuidelineTopic>());
    }

    private static string? TopicDocs(CheckContext context, string? guideline, string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic)) return null;
        var (catalogue, topics) = ResolveTopic(context, guideline, topic!);
        if (catalogue is null || topics.Count == 0) return $"**{topic}**: not a topic of {(guideline is null ? "any catalogue" : $"'{guideline}'")}";
        var lines = topics.Select(t => $"**{t.Title}**: {(t.Pages.Count == 1 && t.Pages[0].From == t.Pages[0].To ? "page" : "pages")} {string.Join(", ", t.Pages)}");
        var pageCount = catalogue.PageCount is { } count ? $" ({count} pages)" : "";
        return $"{string.Join("  \n", lines)}  \n*{catalogue.Title}*{pageCount}";
    }

    // ---- definition and references ----

    public JsonNode? Definition(OpenDocument document, JsonNode? position)
    {
        if (!document.IsImr) return null;
        var analysis = Analyze(document);
        if (analysis.At(Protocol.Offset(document.Source, position)) is not { } occurrence) return null;
        if (occurrence.Key.Kind == SymbolKind.File)
            return workspace.Read(occurrence.Key.Name) is null ? null : new JsonArray(Protocol.Location(workspace.UriOf(occurrence.Key.Name), Protocol.Range(0, 0, 0, 0)));
        return new JsonArray(analysis.Declarations(occurrence.Key).Select(o => (JsonNode)Location(o)).ToArray());
    }

    public JsonNode? References(OpenDocument document, JsonNode? position, bool includeDeclaration)
    {
        if (!document.IsImr) return null;
        var analysis = Analyze(document);
        if (analysis.At(Protocol.Offset(document.Source, position)) is not { } occurrence) return null;
        return new JsonArray(analysis.All(occurrence.Key).Where(o => includeDeclaration || !o.IsDeclaration).Select(o => (JsonNode)Location(o)).ToArray());
    }

    private JsonObject Location(Occurrence o) => Protocol.Location(workspace.UriOf(o.File.Source.Path), Protocol.Range(o.File.Source, o.Span));

    // ---- completion ----

    public JsonNode? Completion(OpenDocument document, JsonNode? position)
    {
        var offset = Protocol.Offset(document.Source, position);
        var context = ContextOf(document);
        if (!document.IsImr)
            return new JsonArray(TopicTitles(context, null).Select(t => (JsonNode)Item(t, Protocol.CompletionKind.Value, "guideline topic")).ToArray());
        var analysis = Analyze(document);
        return new JsonArray(new Completions(analysis.Model, context, document.Text, offset).Items().ToArray());
    }

    public static IEnumerable<string> TopicTitles(CheckContext context, string? guideline)
    {
        var catalogues = context.Validation.Catalogues.Find(guideline) is { } named ? new[] { named } : context.Validation.Catalogues.All;
        return catalogues.SelectMany(c => c.Topics.Select(t => t.Title)).Distinct(StringComparer.Ordinal);
    }

    public static JsonObject Item(string label, int kind, string? detail, string? documentation = null, string? insertText = null)
    {
        var item = new JsonObject { ["label"] = label, ["kind"] = kind };
        if (detail is not null) item["detail"] = detail;
        if (!string.IsNullOrWhiteSpace(documentation)) item["documentation"] = Protocol.Markdown(documentation!);
        if (insertText is not null) item["insertText"] = insertText;
        return item;
    }

    // ---- symbols ----

    public JsonNode? Symbols(OpenDocument document)
    {
        var source = document.Source;
        if (!document.IsImr)
        {
            var determination = ContextOf(document).Reader.Read(source);
            return new JsonArray(determination.Items.Where(i => i.Span.IsKnown).Select(item =>
            {
                var children = item.Citations.Where(c => c.Span.IsKnown && Contains(item.Span, c.Span.Line, c.Span.Column))
                    .Select(c => (JsonNode)LetterSymbol($"{c.Source?.Display() ?? "citation"}: {c.Topic ?? c.Guideline ?? "guideline"}", Protocol.SymbolKind.Event, c.Span, c.Span, null));
                var name = item.Outcome is { } outcome ? $"{item.Service}: {outcome.Display()}" : item.Service ?? "item";
                var selection = item.Spans["service"].IsKnown ? item.Spans["service"] : item.Span;
                return (JsonNode)LetterSymbol(name, Protocol.SymbolKind.Object, item.Span, selection, new JsonArray(children.ToArray()));
            }).ToArray());
        }
        var syntax = ImrDsl.Parsing.ImrParser.Parse(source);
        return new JsonArray(syntax.Declarations.Select(d => DeclarationSymbol(source, d)).Where(s => s is not null).Select(s => (JsonNode)s!).ToArray());
    }

    private static JsonObject LetterSymbol(string name, int kind, SourceSpan range, SourceSpan selection, JsonArray? children)
    {
        JsonObject ToRange(SourceSpan s) => Protocol.Range(s.Line - 1, s.Column - 1, s.EndLine - 1, s.EndColumn - 1);
        var symbol = new JsonObject { ["name"] = name, ["kind"] = kind, ["range"] = ToRange(range), ["selectionRange"] = ToRange(selection) };
        if (children is not null) symbol["children"] = children;
        return symbol;
    }

    private static JsonObject? DeclarationSymbol(SourceFile source, SyntaxNode node)
    {
        JsonObject Symbol(string name, int kind, SyntaxNode whole, SyntaxNode selection, IEnumerable<JsonObject?> children, string? detail = null)
        {
            var symbol = new JsonObject
            {
                ["name"] = name.Length == 0 ? "?" : name,
                ["kind"] = kind,
                ["range"] = Protocol.Range(source, whole.Span),
                ["selectionRange"] = Protocol.Range(source, selection.Span),
                ["children"] = new JsonArray(children.Where(c => c is not null).Select(c => (JsonNode)c!).ToArray()),
            };
            if (detail is not null) symbol["detail"] = detail;
            return symbol;
        }
        static string Label(BlockSyntax block) => block.Labels.Count == 0 ? "" : block.Labels[0] switch
        {
            StringSyntax s => s.Value,
            NameExpressionSyntax n => n.Name.Text,
            _ => "",
        };
        return node switch
        {
            EnumSyntax e => Symbol(e.Name.Text, Protocol.SymbolKind.Enum, e, e.Name,
                e.Body.Members.OfType<BlockSyntax>().Select(m => Symbol(m.Keyword.Text, Protocol.SymbolKind.EnumMember, m, m.Keyword, Array.Empty<JsonObject>(), Label(m)))),
            RecordSyntax r => Symbol(r.Name.Text, Protocol.SymbolKind.Struct, r, r.Name,
                r.Body.Members.OfType<FieldSyntax>().Select(f => Symbol(f.Name.Text, Protocol.SymbolKind.Field, f, f.Name, Array.Empty<JsonObject>(), f.Type.Text))),
            GuidelineSyntax g => Symbol(g.Name.Text, Protocol.SymbolKind.Namespace, g, g.Name,
                g.Body.Members.OfType<BlockSyntax>().Select(t => Symbol(Label(t), Protocol.SymbolKind.Object, t, t.Keyword, Array.Empty<JsonObject>(), t.Keyword.Text))),
            RuleSyntax rule => Symbol($"{rule.Id.Text} {rule.Name.Text}", Protocol.SymbolKind.Function, rule, rule.Id,
                rule.Body.Members.OfType<BlockSyntax>().Select(c => Symbol(c.Keyword.Text, Protocol.SymbolKind.Event, c, c.Keyword, Array.Empty<JsonObject>()))),
            BlockSyntax block => Symbol(Label(block) is { Length: > 0 } label ? $"{block.Keyword.Text} {label}" : block.Keyword.Text,
                Protocol.SymbolKind.Object, block, block.Keyword,
                block.Body?.Members.OfType<BlockSyntax>().Select(b => DeclarationSymbol(source, b)) ?? Array.Empty<JsonObject>()),
            _ => null,
        };
    }

    // ---- code actions ----

    /// <summary>
    /// Quick fixes that have exactly one right answer: a name the checker suggested ("did you mean 'x'?") in place of
    /// the misspelled name it points at, and for IMR002 the pages of the cited topic when it has a single range.
    /// </summary>
    public JsonNode? CodeActions(OpenDocument document, JsonArray? diagnostics)
    {
        var actions = new JsonArray();
        if (diagnostics is null) return actions;
        var source = document.Source;
        foreach (var diagnostic in diagnostics.OfType<JsonObject>())
        {
            var range = diagnostic["range"];
            var start = Protocol.Offset(source, range?["start"]);
            var end = Protocol.Offset(source, range?["end"]);
            var written = source.Text.Substring(start, Math.Max(0, end - start));
            var message = diagnostic["message"]?.GetValue<string>() ?? "";
            var code = diagnostic["code"]?.ToString();

            if (DidYouMean(message) is { } meant && IsName(written) && meant != written)
                actions.Add(QuickFix($"Change '{written}' to '{meant}'", document, range!, meant, diagnostic));
            if (code == "IMR002" && IsPageList(written) && PagesOfCitedTopic(document, start) is { } pages && pages != written)
                actions.Add(QuickFix($"Cite the topic's pages: {pages}", document, range!, pages, diagnostic));
        }
        return actions;
    }

    private static string? DidYouMean(string message)
    {
        const string marker = "did you mean '";
        var at = message.LastIndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return null;
        var endQuote = message.IndexOf('\'', at + marker.Length);
        return endQuote < 0 ? null : message.Substring(at + marker.Length, endQuote - at - marker.Length);
    }

    private static bool IsName(string text)
        => text.Length > 0 && (char.IsAsciiLetter(text[0]) || text[0] == '_') && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    private static bool IsPageList(string text)
        => text.Trim().Length > 0 && text.All(c => char.IsDigit(c) || c is '-' or ',' or ' ' or '\u2013');

    /// <summary>The single page range of the topic cited at an offset (an .imr citation block or a letter's citation).</summary>
    private string? PagesOfCitedTopic(OpenDocument document, int offset)
    {
        var context = ContextOf(document);
        string? guideline, topic;
        if (document.IsImr)
        {
            var syntax = ImrDsl.Parsing.ImrParser.Parse(document.Source);
            var citation = Walk(syntax).Select(p => p.Member).OfType<BlockSyntax>()
                .Where(b => b.Body is not null && b.Span.Start <= offset && offset < b.Span.End)
                .OrderBy(b => b.Span.Length).FirstOrDefault();
            var attributes = citation?.Body?.Members.OfType<AttributeSyntax>().ToList();
            guideline = (attributes?.FirstOrDefault(a => a.Name.Text == "guideline")?.Value as StringSyntax)?.Value;
            topic = (attributes?.FirstOrDefault(a => a.Name.Text == "topic")?.Value as StringSyntax)?.Value;
        }
        else
        {
            var position = document.Source.PositionOf(offset);
            var cited = context.Reader.Read(document.Source).Items.SelectMany(i => i.Citations)
                .FirstOrDefault(c => Contains(c.Spans["pages"], position.Line, position.Column));
            guideline = cited?.Guideline;
            topic = cited?.Topic;
        }
        if (topic is null) return null;
        var (_, topics) = ResolveTopic(context, guideline, topic);
        return topics.Count == 1 && topics[0].Pages.Count == 1 ? topics[0].Pages[0].ToString() : null;
    }

    private static JsonObject QuickFix(string title, OpenDocument document, JsonNode range, string newText, JsonObject diagnostic) => new()
    {
        ["title"] = title,
        ["kind"] = "quickfix",
        ["isPreferred"] = true,
        ["diagnostics"] = new JsonArray(diagnostic.DeepClone()),
        ["edit"] = new JsonObject
        {
            ["changes"] = new JsonObject { [document.Uri] = new JsonArray(Protocol.TextEdit((JsonObject)range.DeepClone(), newText)) },
        },
    };

    // ---- tree helpers ----

    /// <summary>Every member of every body, with the block that holds it (null at top level).</summary>
    public static IEnumerable<(BlockSyntax? Parent, MemberSyntax Member)> Walk(ImrFileSyntax file)
    {
        var stack = new Stack<(BlockSyntax?, MemberSyntax)>(file.Declarations.Reverse().Select(d => ((BlockSyntax?)null, (MemberSyntax)d)));
        while (stack.Count > 0)
        {
            var (parent, member) = stack.Pop();
            yield return (parent, member);
            var body = member switch
            {
                BlockSyntax b => b.Body,
                EnumSyntax e => e.Body,
                GuidelineSyntax g => g.Body,
                RuleSyntax r => r.Body,
                _ => null,
            };
            if (body is null) continue;
            var owner = member as BlockSyntax;
            foreach (var child in body.Members.Reverse()) stack.Push((owner, child));
        }
    }
}
