using System.Text.Json;
using System.Text.Json.Nodes;

namespace ImrDsl.Editor.Tests.Lsp;

/// <summary>
/// A real LSP client (vscode-languageserver-protocol) drives the real `imr lsp` process; what it receives is compared
/// with what the real `imr check`, `imr fmt` and `imr explain` print for the same files.
/// </summary>
public sealed class LanguageServerTests
{
    private static string Example(string relative) => File.ReadAllText(Path.Combine(NodeTools.RepoRoot, relative));

    /// <summary>The finding tuple both sides are compared on: ID, severity, message and 1-based span.</summary>
    private static List<string> CheckFindings(string folder, string file)
    {
        var result = ImrRun.Run(folder, "check", "--format", "json", file);
        Assert.True(result.ExitCode is 0 or 1, $"imr check failed: {result.Stderr}");
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("severity").GetString()} " +
                         $"{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()}-{f.GetProperty("endLine").GetInt32()}:{f.GetProperty("endColumn").GetInt32()} " +
                         f.GetProperty("message").GetString())
            .ToList();
    }

    private static List<string> LspFindings(JsonNode published)
        => published["diagnostics"]!.AsArray().Select(d =>
        {
            var severity = d!["severity"]!.GetValue<int>() switch { 1 => "error", 2 => "warning", _ => "info" };
            var start = d["range"]!["start"]!;
            var end = d["range"]!["end"]!;
            return $"{d["code"]} {severity} {start["line"]!.GetValue<int>() + 1}:{start["character"]!.GetValue<int>() + 1}-" +
                   $"{end["line"]!.GetValue<int>() + 1}:{end["character"]!.GetValue<int>() + 1} {d["message"]}";
        }).ToList();

    /// <summary>The 0-based line and character of the <paramref name="nth"/> occurrence of a text, plus an offset into it.</summary>
    private static (int Line, int Character) Find(string text, string needle, int nth = 0, int into = 0)
    {
        var at = -1;
        for (var i = 0; i <= nth; i++) at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{needle}' not found");
        at += into;
        var line = text.Take(at).Count(c => c == '\n');
        return (line, at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1));
    }

    private static string TextAt(string uri, JsonNode range)
    {
        var lines = File.ReadAllText(new Uri(uri).LocalPath).Split('\n');
        var start = range["start"]!;
        var end = range["end"]!;
        Assert.Equal(start["line"]!.GetValue<int>(), end["line"]!.GetValue<int>());
        return lines[start["line"]!.GetValue<int>()][start["character"]!.GetValue<int>()..end["character"]!.GetValue<int>()];
    }

    private static string Apply(string text, JsonArray edits)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++) if (text[i] == '\n') lineStarts.Add(i + 1);
        int Offset(JsonNode p) => Math.Min(text.Length, p["line"]!.GetValue<int>() < lineStarts.Count ? lineStarts[p["line"]!.GetValue<int>()] + p["character"]!.GetValue<int>() : text.Length);
        foreach (var edit in edits.OrderByDescending(e => Offset(e!["range"]!["start"]!)))
        {
            var start = Offset(edit!["range"]!["start"]!);
            var end = Offset(edit["range"]!["end"]!);
            text = text[..start] + edit["newText"]!.GetValue<string>() + text[end..];
        }
        return text;
    }

    [Fact]
    public void A_session_from_initialize_to_exit()
    {
        using var folder = new TempFolder();
        // The nearest imr.json applies: IMR002 is lowered to a warning for both imr check and the server.
        folder.File("imr.json", """{ "rules": { "IMR002": "warning" } }""");
        var caseText = Example("examples/cases/mistakes.imr");
        folder.File("case.imr", caseText);
        var letterText = Example("examples/letters/seed-000.txt");
        folder.File("letter.txt", letterText);
        folder.File("dates.md", Example("examples/letters/imr008-inconsistent-dates.txt"));
        var messy = "namespace   Demo\nrecord Visit{\nwhen:date   required\n  note : text}\n\n\n\nenum   Kind{a \"A\"\n b \"B\"}\n";
        folder.File("messy.imr", messy);
        var fixedCase = caseText.Replace("outcome = uphled", "outcome = upheld").Replace("outcom = overturned", "outcome = overturned");
        folder.File("fixed.imr", fixedCase); // what the edited buffer holds, for imr check to compare with

        var session = new LspSession(folder);
        session.Open("case.imr");
        var caseDiagnostics = session.Diagnostics("case.imr", 1);
        session.Open("letter.txt", "plaintext");
        var letterDiagnostics = session.Diagnostics("letter.txt", 1);
        session.Open("dates.md", "markdown");
        var markdownDiagnostics = session.Diagnostics("dates.md", 1);

        var (uphledLine, uphledCharacter) = Find(caseText, "uphled");
        var fixUphled = session.Request("textDocument/codeAction", "case.imr", new JsonObject
        {
            ["range"] = LspRange(uphledLine, uphledCharacter, uphledLine, uphledCharacter + 6),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(Diagnostic("IMR204", uphledLine, uphledCharacter, uphledCharacter + 6,
                "'uphled' is not one of the Outcome values; did you mean 'upheld'? (one of upheld, overturned)")) },
        });
        var (pageLine, pageCharacter) = Find(letterText, "Page(s): 97", 0, "Page(s): ".Length);
        var fixPages = session.Request("textDocument/codeAction", "letter.txt", new JsonObject
        {
            ["range"] = LspRange(pageLine, pageCharacter, pageLine, pageCharacter + 2),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(Diagnostic("IMR002", pageLine, pageCharacter, pageCharacter + 2, "this cites page 97")) },
        });

        // Three edits in a row: only the last is checked and published (the others are debounced away).
        session.Change("case.imr", 2, caseText.Replace("outcome = uphled", "outcome = uphel"));
        session.Change("case.imr", 3, caseText.Replace("outcome = uphled", "outcome = upheld"));
        session.Change("case.imr", 4, fixedCase);
        var editedDiagnostics = session.Diagnostics("case.imr", 4);

        var hoverField = session.At("textDocument/hover", "case.imr", Find(fixedCase, "outcome = upheld").Line, Find(fixedCase, "outcome = upheld").Character + 2);
        var hoverFinding = session.At("textDocument/hover", "letter.txt", pageLine, pageCharacter);
        var (topicLine, topicCharacter) = Find(letterText, "Muscle Relaxers", 0, 3);
        var hoverTopic = session.At("textDocument/hover", "letter.txt", topicLine, topicCharacter);
        var definitionField = session.At("textDocument/definition", "case.imr", Find(fixedCase, "outcome = upheld").Line, Find(fixedCase, "outcome = upheld").Character + 1);
        var definitionMember = session.At("textDocument/definition", "case.imr", Find(fixedCase, "outcome = upheld").Line, Find(fixedCase, "outcome = upheld").Character + 12);
        var completeValue = session.At("textDocument/completion", "case.imr", Find(fixedCase, "outcome = upheld").Line, Find(fixedCase, "outcome = upheld").Character + 10);
        var (itemBodyLine, _) = Find(fixedCase, "item \"Lidoderm");
        var completeAttribute = session.At("textDocument/completion", "case.imr", itemBodyLine + 1, 4);
        var symbols = session.Request("textDocument/documentSymbol", "case.imr");

        session.Open("messy.imr");
        var format = session.Request("textDocument/formatting", "messy.imr", new JsonObject { ["options"] = new JsonObject { ["tabSize"] = 2, ["insertSpaces"] = true } });
        var rangeFormat = session.Request("textDocument/rangeFormatting", "messy.imr", new JsonObject
        {
            ["range"] = LspRange(1, 0, 3, 16),
            ["options"] = new JsonObject { ["tabSize"] = 2, ["insertSpaces"] = true },
        });

        // Neither a malformed message nor a failing request takes the server down: the requests after them are answered.
        session.Raw("Content-Length: 9\r\n\r\n{\"broken\"");
        session.Raw("no header at all\r\n\r\n");
        var unopened = session.At("textDocument/hover", "not-open.imr", 0, 0);
        var unknown = session.Request("imr/noSuchMethod", "case.imr");
        var afterFailures = session.At("textDocument/hover", "case.imr", Find(fixedCase, "outcome = upheld").Line, Find(fixedCase, "outcome = upheld").Character + 2);
        var exit = session.Shutdown();

        var results = session.Run();

        // Diagnostics: exactly imr check's, for a case file, a .txt letter and a .md letter, with the imr.json applied.
        var expectedCase = CheckFindings(folder.Path, "case.imr");
        Assert.Equal(5, expectedCase.Count);
        Assert.Equal(expectedCase, LspFindings(results[caseDiagnostics]!));
        var expectedLetter = CheckFindings(folder.Path, "letter.txt");
        Assert.Contains(expectedLetter, f => f.StartsWith("IMR002 warning", StringComparison.Ordinal));
        Assert.Equal(expectedLetter, LspFindings(results[letterDiagnostics]!));
        var expectedMarkdown = CheckFindings(folder.Path, "dates.md");
        Assert.Contains(expectedMarkdown, f => f.StartsWith("IMR008", StringComparison.Ordinal));
        Assert.Equal(expectedMarkdown, LspFindings(results[markdownDiagnostics]!));

        // After the edits: imr check's findings for the edited text, published once.
        Assert.Equal(new[] { 4 }, results[editedDiagnostics]!["publishedVersions"]!.AsArray().Select(v => v!.GetValue<int>()));
        var expectedEdited = CheckFindings(folder.Path, "fixed.imr");
        Assert.Equal(3, expectedEdited.Count);
        Assert.Equal(expectedEdited, LspFindings(results[editedDiagnostics]!));

        // Quick fixes.
        var uphledFix = results[fixUphled]!["result"]!.AsArray().Single()!;
        Assert.Equal("upheld", uphledFix["edit"]!["changes"]![folder.Uri("case.imr")]![0]!["newText"]!.GetValue<string>());
        var pagesFix = results[fixPages]!["result"]!.AsArray().Single()!;
        Assert.Equal("63-66", pagesFix["edit"]!["changes"]![folder.Uri("letter.txt")]![0]!["newText"]!.GetValue<string>()); // the std catalogue's Muscle relaxants pages

        // Hover: a field's declaration and doc comment, a finding's rule docs (as imr explain has them), a topic's pages.
        var fieldHover = results[hoverField]!["result"]!["contents"]!["value"]!.GetValue<string>();
        Assert.Contains("outcome: Outcome", fieldHover);
        Assert.Contains(DocCommentAbove("grammar/std/domain.imr", "  outcome: Outcome"), fieldHover);
        var explain = ImrRun.Run(folder.Path, "explain", "IMR002").Stdout.Split('\n');
        Assert.Contains(explain[2].Trim(), results[hoverFinding]!["result"]!["contents"]!["value"]!.GetValue<string>());
        Assert.Contains("63-66", results[hoverTopic]!["result"]!["contents"]!["value"]!.GetValue<string>());

        // Definition: the field and the enum member, in the std file the server points at.
        var fieldLocation = results[definitionField]!["result"]!.AsArray().Single()!;
        Assert.EndsWith("domain.imr", fieldLocation["uri"]!.GetValue<string>());
        Assert.Equal("outcome", TextAt(fieldLocation["uri"]!.GetValue<string>(), fieldLocation["range"]!));
        var memberLocation = results[definitionMember]!["result"]!.AsArray().Single()!;
        Assert.Equal("upheld", TextAt(memberLocation["uri"]!.GetValue<string>(), memberLocation["range"]!));

        // Completion: enum values after `outcome =`, the item's fields and blocks on an empty line of an item.
        Assert.Equal(new[] { "overturned", "upheld" }, Labels(results[completeValue]!).Order());
        var attributes = Labels(results[completeAttribute]!);
        Assert.Contains("rationale", attributes);
        Assert.Contains("citation", attributes);
        Assert.DoesNotContain("service", attributes); // the label field is written as the block's label, not as an attribute

        // Symbols: the case, its items.
        var caseSymbol = results[symbols]!["result"]!.AsArray().Single()!;
        Assert.Equal("case CM15-1234567", caseSymbol["name"]!.GetValue<string>());
        Assert.Equal(new[] { "summary", "item Norco 10/325mg #120", "item Lidoderm 5% patch #30" },
            caseSymbol["children"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));

        // Formatting: the edits turn the buffer into what imr fmt writes; a range touches only its lines.
        var formatted = Apply(messy, results[format]!["result"]!.AsArray());
        var fmtCopy = folder.File("fmt-copy.imr", messy);
        Assert.Equal(0, ImrRun.Run(folder.Path, "fmt", "fmt-copy.imr").ExitCode);
        Assert.Equal(File.ReadAllText(fmtCopy), formatted);
        var rangeFormatted = Apply(messy, results[rangeFormat]!["result"]!.AsArray());
        Assert.Contains("record Visit {\n  when: date required\n  note: text\n}", rangeFormatted);
        Assert.Contains("enum   Kind{a \"A\"\n b \"B\"}", rangeFormatted); // outside the range: untouched
        Assert.StartsWith("namespace   Demo\n", rangeFormatted);

        // Failures answered as errors; the server still serves and then exits cleanly.
        Assert.NotNull(results[unopened]!["error"]);
        Assert.Equal(-32601, results[unknown]!["error"]!["code"]!.GetValue<int>());
        Assert.Contains("outcome: Outcome", results[afterFailures]!["result"]!["contents"]!["value"]!.GetValue<string>());
        Assert.Equal(0, results[exit]!["exitCode"]!.GetValue<int>());
    }

    [Fact]
    public void Definition_and_references_follow_types_across_used_files()
    {
        using var folder = new TempFolder();
        var types = "namespace Payer\n\n/// How a payer files a note.\nenum Channel {\n  mail \"Mail\"\n  portal \"Portal\"\n}\n";
        folder.File("types.imr", types);
        var notes = "namespace Payer\n\nuse \"types.imr\"\n\nrecord Note as note {\n  channel: Channel\n  copy: Channel*\n}\n\nnote {\n  channel = portal\n}\n";
        folder.File("notes.imr", notes);
        folder.File("imr.json", """{ "declarations": ["types.imr", "notes.imr"] }""");

        var session = new LspSession(folder);
        session.Open("notes.imr");
        var diagnostics = session.Diagnostics("notes.imr", 1);
        var (useLine, useCharacter) = Find(notes, "\"types.imr\"", 0, 3);
        var useDefinition = session.At("textDocument/definition", "notes.imr", useLine, useCharacter);
        var (typeLine, typeCharacter) = Find(notes, "Channel", 0, 2);
        var typeDefinition = session.At("textDocument/definition", "notes.imr", typeLine, typeCharacter);
        var references = session.At("textDocument/references", "notes.imr", typeLine, typeCharacter,
            new JsonObject { ["context"] = new JsonObject { ["includeDeclaration"] = true } });
        var memberDefinition = session.At("textDocument/definition", "notes.imr", Find(notes, "portal").Line, Find(notes, "portal").Character + 1);
        var memberReferences = session.At("textDocument/references", "notes.imr", Find(notes, "portal").Line, Find(notes, "portal").Character + 1,
            new JsonObject { ["context"] = new JsonObject { ["includeDeclaration"] = true } });
        var hoverType = session.At("textDocument/hover", "notes.imr", typeLine, typeCharacter);
        var typeCompletion = session.At("textDocument/completion", "notes.imr", Find(notes, "copy: ").Line, Find(notes, "copy: ").Character + 6);
        var outline = session.Request("textDocument/documentSymbol", "notes.imr");
        var citing = "case {\n  item \"Baclofen 10mg #60\" {\n    citation reviewer {\n      guideline = \"ODG\"\n      topic = \"\n";
        folder.File("citing.imr", citing);
        session.Open("citing.imr");
        var topicCompletion = session.At("textDocument/completion", "citing.imr", 4, "      topic = \"".Length);
        var labelCompletion = session.At("textDocument/completion", "citing.imr", 2, "    citation re".Length);
        session.Shutdown();
        var results = session.Run();

        Assert.Equal(CheckFindings(folder.Path, "notes.imr"), LspFindings(results[diagnostics]!));
        Assert.Equal(folder.Uri("types.imr"), results[useDefinition]!["result"]![0]!["uri"]!.GetValue<string>());
        var typeLocation = results[typeDefinition]!["result"]![0]!;
        Assert.Equal(folder.Uri("types.imr"), typeLocation["uri"]!.GetValue<string>());
        Assert.Equal("Channel", TextAt(typeLocation["uri"]!.GetValue<string>(), typeLocation["range"]!));
        var referenceTexts = results[references]!["result"]!.AsArray()
            .Select(r => (Path.GetFileName(new Uri(r!["uri"]!.GetValue<string>()).LocalPath), TextAt(r["uri"]!.GetValue<string>(), r["range"]!))).ToList();
        Assert.Equal(new[] { ("notes.imr", "Channel"), ("notes.imr", "Channel"), ("types.imr", "Channel") }, referenceTexts.Order());
        var memberLocation = results[memberDefinition]!["result"]![0]!;
        Assert.Equal("portal", TextAt(memberLocation["uri"]!.GetValue<string>(), memberLocation["range"]!));
        var memberReferenceTexts = results[memberReferences]!["result"]!.AsArray()
            .Select(r => (Path.GetFileName(new Uri(r!["uri"]!.GetValue<string>()).LocalPath), TextAt(r["uri"]!.GetValue<string>(), r["range"]!))).ToList();
        Assert.Equal(new[] { ("notes.imr", "portal"), ("types.imr", "portal") }, memberReferenceTexts.Order());
        Assert.Contains("How a payer files a note.", results[hoverType]!["result"]!["contents"]!["value"]!.GetValue<string>());
        var typeLabels = Labels(results[typeCompletion]!);
        Assert.Contains("Channel", typeLabels);
        Assert.Contains("DisputedItem", typeLabels);
        Assert.Contains("date", typeLabels);

        // The outline: the record with its fields, the document.
        var outlineSymbols = results[outline]!["result"]!.AsArray();
        var record = outlineSymbols.Single(o => o!["name"]!.GetValue<string>() == "Note")!;
        Assert.Equal(new[] { "channel", "copy" }, record["children"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Contains(outlineSymbols, o => o!["name"]!.GetValue<string>() == "note");

        // Topics of the guideline the citation names (ODG's, from the std catalogue), and the citation source labels.
        var topics = Labels(results[topicCompletion]!);
        var odgTopics = System.Text.RegularExpressions.Regex.Matches(Example("grammar/std/acoem-odg.imr").Split("guideline Odg")[1], "topic \"(?<title>[^\"]+)\"")
            .Select(m => m.Groups["title"].Value).ToList();
        Assert.NotEmpty(odgTopics);
        Assert.Equal(odgTopics.Order(), topics.Order());
        Assert.Equal(new[] { "claims-administrator", "reviewer" }, Labels(results[labelCompletion]!).Order());
    }

    /// <summary>
    /// A rule's condition nests one level per `or` in the syntax: the server walked it by recursion to find the fields it
    /// names, and a condition as long as a file may be overflowed the stack and ended the server with the editor's session.
    /// </summary>
    [Fact]
    public void A_condition_as_long_as_a_file_may_be_is_served_whole()
    {
        using var folder = new TempFolder();
        const int terms = 200_000;
        var text = "record R as note {\n  s: text\n}\n\nrule X001 big {\n  severity = error\n  applies-to = R\n  at = s\n  require = " +
                   string.Join(" or ", Enumerable.Repeat("not present(s)", terms)) +
                   "\n  message = \"m\"\n  summary = \"s\"\n  why = \"w\"\n  failing = \"f\"\n  passing = \"p\"\n  suppress = \"x\"\n}\n\nnote {\n  s = \"x\"\n}\n";
        folder.File("long.imr", text);

        var session = new LspSession(folder);
        session.Open("long.imr");
        var diagnostics = session.Diagnostics("long.imr", 1);
        var (fieldLine, fieldCharacter) = Find(text, "s: text");
        var references = session.At("textDocument/references", "long.imr", fieldLine, fieldCharacter,
            new JsonObject { ["context"] = new JsonObject { ["includeDeclaration"] = true } });
        var outline = session.Request("textDocument/documentSymbol", "long.imr");
        session.Shutdown();
        var results = session.Run();

        // Every term fails for the note, so the rule reports it, as imr check does.
        var findings = LspFindings(results[diagnostics]!);
        Assert.Equal(CheckFindings(folder.Path, "long.imr"), findings);
        Assert.Contains(findings, f => f.StartsWith("X001 error", StringComparison.Ordinal));
        // The field's declaration, `at = s`, the s of every term and the note's `s = "x"`.
        Assert.Equal(terms + 3, results[references]!["result"]!.AsArray().Count);
        Assert.Contains(results[outline]!["result"]!.AsArray(), o => o!["name"]!.GetValue<string>() == "R");
    }

    [Fact]
    public void A_case_file_page_mismatch_gets_the_topic_pages_as_a_quick_fix()
    {
        using var folder = new TempFolder();
        var text = "case \"CM13-0068515\" {\n  decision-date = 2014-05-27\n  item \"Baclofen 10mg #60\" {\n    outcome = upheld\n" +
                   "    citation reviewer {\n      guideline = \"MTUS Chronic Pain Treatment Guidelines\"\n      topic = \"Muscle Relaxants\"\n      pages = 97\n    }\n" +
                   "    rationale = \"Therefore, the request for Baclofen 10mg #60 is not medically necessary.\"\n  }\n}\n";
        folder.File("case.imr", text);
        var check = ImrRun.Run(folder.Path, "check", "--format", "json", "case.imr");
        using var json = JsonDocument.Parse(check.Stdout);
        var finding = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "IMR002");
        int line = finding.GetProperty("line").GetInt32() - 1, start = finding.GetProperty("column").GetInt32() - 1, end = finding.GetProperty("endColumn").GetInt32() - 1;

        var session = new LspSession(folder);
        session.Open("case.imr");
        var diagnostics = session.Diagnostics("case.imr", 1);
        var fix = session.Request("textDocument/codeAction", "case.imr", new JsonObject
        {
            ["range"] = LspRange(line, start, line, end),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(Diagnostic("IMR002", line, start, end, finding.GetProperty("message").GetString()!)) },
        });
        var hover = session.At("textDocument/hover", "case.imr", line, start);
        session.Shutdown();
        var results = session.Run();

        Assert.Equal(CheckFindings(folder.Path, "case.imr"), LspFindings(results[diagnostics]!));
        var edit = results[fix]!["result"]!.AsArray().Single()!["edit"]!["changes"]![folder.Uri("case.imr")]![0]!;
        Assert.Equal("97", text.Split('\n')[line][start..end]);
        Assert.Equal("63-66", edit["newText"]!.GetValue<string>()); // Muscle relaxants' pages in the std MTUS catalogue
        Assert.Contains("guideline-page-mismatch", results[hover]!["result"]!["contents"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Unsaved_buffers_are_checked_by_their_language()
    {
        using var folder = new TempFolder();
        folder.File("broken.imr", Example("examples/cases/mistakes.imr"));
        folder.File("letter.txt", Example("examples/letters/seed-000.txt"));
        var session = new LspSession(folder);
        session.OpenUri("untitled:Untitled-1", "broken.imr", "imr");
        var imr = session.DiagnosticsUri("untitled:Untitled-1", 1);
        session.OpenUri("untitled:Untitled-2", "letter.txt", "plaintext");
        var letter = session.DiagnosticsUri("untitled:Untitled-2", 1);
        session.Shutdown();
        var results = session.Run();

        Assert.Equal(CheckFindings(folder.Path, "broken.imr"), LspFindings(results[imr]!));
        Assert.Equal(CheckFindings(folder.Path, "letter.txt"), LspFindings(results[letter]!));
    }

    private static string DocCommentAbove(string relative, string linePrefix)
    {
        var lines = Example(relative).Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(linePrefix, StringComparison.Ordinal));
        Assert.True(index > 0 && lines[index - 1].Trim().StartsWith("///", StringComparison.Ordinal), $"no doc comment above '{linePrefix}'");
        return lines[index - 1].Trim()[3..].Trim();
    }

    private static List<string> Labels(JsonNode result) => result["result"]!.AsArray().Select(i => i!["label"]!.GetValue<string>()).ToList();

    private static JsonObject LspRange(int startLine, int startCharacter, int endLine, int endCharacter) => new()
    {
        ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
        ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
    };

    private static JsonObject Diagnostic(string code, int line, int start, int end, string message) => new()
    {
        ["range"] = LspRange(line, start, line, end),
        ["code"] = code,
        ["message"] = message,
        ["severity"] = 1,
    };
}
