using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ImrDsl.Cli.Checking;
using ImrDsl.Diagnostics;
using ImrDsl.Domain;
using ImrDsl.Runtime;

namespace ImrDsl.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning: one run, the rules with their documentation as help, repo-relative
/// artifact URIs, and our own partialFingerprints (GitHub's would hash a line of the file as text, which means
/// nothing for a .docx) built from the rule, the file and the offending line's words, not its line number.
/// </summary>
public sealed class SarifReport : IStreamedReport, IDisposable
{
    private readonly JsonStream _stream;
    private readonly string _workingDirectory;
    private readonly string _root;
    private readonly Dictionary<string, int> _ruleIndex;

    /// <summary>Writes the run's head (the tool and its rules) at once; results follow as files are added.</summary>
    public SarifReport(TextWriter writer, string workingDirectory, IReadOnlyList<RuleInfo>? houseRules = null)
    {
        _workingDirectory = workingDirectory;
        _root = RepositoryRoot(workingDirectory);
        var rules = RuleTable(houseRules);
        _ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        _stream = new JsonStream(writer);
        var json = _stream.Json;
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "imr");
        json.WriteString("fullName", "ImrDsl imr check");
        json.WriteString("version", Version);
        json.WriteString("semanticVersion", Version);
        json.WriteStartArray("rules");
        foreach (var rule in rules) WriteRule(json, rule);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        _stream.Drain();
    }

    public void Add(ReportedFile report)
    {
        if (report.Findings.Count == 0) return; // a file without findings writes no result: nothing to work out for it
        var uri = RelativeUri(report.Path, _workingDirectory, _root);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in report.Findings)
            WriteResult(_stream.Json, finding, report, uri, _ruleIndex.TryGetValue(finding.Id, out var index) ? index : null, occurrences);
        _stream.Drain();
    }

    public void Finish(ReportTotals totals)
    {
        var json = _stream.Json;
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        _stream.Finish();
    }

    public void Dispose() => _stream.Dispose();

    private const string Version = "0.1.0";

    private sealed record RuleEntry(string Id, string Name, Severity Severity, string Summary, string Help, string Markdown);

    /// <summary>
    /// Every ID in the diagnostic catalogue and every house rule, in ID order, each with its documentation as help:
    /// GitHub shows a result's help only through its rule, and the whole catalogue is small. The table is written
    /// before any result, so it cannot list IDs found later: a finding whose ID is in neither (a test forbids it for
    /// the catalogue) is still reported, without a ruleIndex, which SARIF allows.
    /// </summary>
    private static List<RuleEntry> RuleTable(IReadOnlyList<RuleInfo>? houseRules)
    {
        // House rules (imr.json declarations, --rules) carry their declared docs like the standard ones.
        var entries = DiagnosticCatalog.All.Concat((houseRules ?? Array.Empty<RuleInfo>()).Where(h => DiagnosticCatalog.Find(h.Id) is null).GroupBy(h => h.Id).Select(g => g.First())).Select(r => new RuleEntry(r.Id, r.Name, r.DefaultSeverity, r.Summary, HelpText(r), HelpMarkdown(r))).ToList();
        return entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    private static string HelpText(RuleInfo r)
        => $"{r.Summary}\n\nWhy it matters: {r.Why}\n\nFails:\n{r.Failing}\n\nPasses:\n{r.Passing}\n\nHow to fix or suppress: {r.Suppress}";

    private static string HelpMarkdown(RuleInfo r)
        => $"**{r.Summary}**\n\n{r.Why}\n\n#### Fails\n```\n{r.Failing}\n```\n\n#### Passes\n```\n{r.Passing}\n```\n\n#### How to fix or suppress\n{r.Suppress}";

    private static void WriteRule(Utf8JsonWriter json, RuleEntry rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", Limit(rule.Summary, 1024));
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", Limit(rule.Summary, 1024));
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", rule.Help);
        json.WriteString("markdown", rule.Markdown);
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Severity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue("imr");
        json.WriteStringValue(DiagnosticCatalog.GroupOf(rule.Id) is DiagnosticGroup.CheckerRule or DiagnosticGroup.HouseRule ? "letter" : "imr-language");
        json.WriteEndArray();
        json.WriteString("problem.severity", rule.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "recommendation" });
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic finding, ReportedFile report, string uri, int? ruleIndex, Dictionary<string, int> occurrences)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Id);
        if (ruleIndex is { } index) json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message.EndsWith('.') ? finding.Message : finding.Message + ".");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteString("uriBaseId", "%SRCROOT%");
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", finding.Line);
        json.WriteNumber("startColumn", finding.Column);
        json.WriteNumber("endLine", Math.Max(finding.EndLine, finding.Line));
        json.WriteNumber("endColumn", finding.EndLine > finding.Line || finding.EndColumn > finding.Column ? finding.EndColumn : finding.Column + 1);
        if (report.Lines?.PageOf(finding) is { } at)
        {
            // A PDF has no lines of its own: the region is in the text imr read from it (imr extract --format
            // text), and these properties say where that line is printed.
            json.WriteStartObject("properties");
            json.WriteNumber("page", at.Page);
            json.WriteNumber("pageLine", at.Line);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString("primaryLocationLineHash", Fingerprint(finding, report, uri, occurrences));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// Stable across runs and edits elsewhere in the file: a hash of the rule, the path and the words of the
    /// offending line (spacing ignored), plus how many identical keys came before it in the file.
    /// </summary>
    private static string Fingerprint(Diagnostic finding, ReportedFile report, string uri, Dictionary<string, int> occurrences)
    {
        var line = report.Lines?.LineText(finding.Line) ?? string.Empty;
        // In a letter whose lines end in LS, PS or a vertical tab, the line as read: the numbered line may be the whole letter.
        if (Checking.Findings.LinesAsRead(line, finding.Column - 1) is { } read) line = read.Own;
        var key = $"{finding.Id}\0{uri}\0{Findings.Words(line)}";
        occurrences[key] = occurrences.TryGetValue(key, out var n) ? n + 1 : 1;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexString(hash, 0, 8).ToLowerInvariant() + ":" + occurrences[key];
    }

    private static string Level(Severity severity) => severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };

    private static string Limit(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "…";

    /// <summary>The folder holding .git above the working directory, or the working directory itself.</summary>
    public static string RepositoryRoot(string workingDirectory)
    {
        for (var dir = new DirectoryInfo(workingDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git"))) return dir.FullName;
        return workingDirectory;
    }

    private static string RelativeUri(string displayPath, string workingDirectory, string root)
    {
        if (displayPath == "<stdin>") return "stdin";
        var full = Path.GetFullPath(displayPath, workingDirectory);
        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        return string.Join("/", relative.Split('/').Select(Uri.EscapeDataString));
    }
}
