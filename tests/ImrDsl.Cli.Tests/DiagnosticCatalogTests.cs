using System.Text.Json;
using System.Text.RegularExpressions;
using ImrDsl.Cli.Configuration;
using ImrDsl.Diagnostics;
using ImrDsl.Domain;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// Every ID any part of imr can report is in the one catalogue, and each is explained by the real `imr explain`,
/// listed by `imr rules`, accepted by imr.json and carried with help in SARIF's rule list.
/// </summary>
public class DiagnosticCatalogTests
{
    private static readonly Regex IdLiteral = new(@"\bIMR\d{3}\b", RegexOptions.Compiled);

    /// <summary>
    /// The declared IDs (the language's descriptors and the std rules), plus every IMRnnn written in the source
    /// of imr and its generator: that catches an ID raised by hand, as the CLI raises IMR000.
    /// </summary>
    public static IEnumerable<object[]> ReportableIds()
    {
        var declared = DiagnosticDescriptors.All.Select(d => d.Id).Concat(Imr.Std.Rules.All.Select(r => r.Id));
        return declared.Concat(IdsWrittenInSource().Select(hit => hit.Id))
            .Distinct().OrderBy(id => id, StringComparer.Ordinal).Select(id => new object[] { id });
    }

    private static IEnumerable<(string Id, string File)> IdsWrittenInSource()
    {
        var roots = new[] { "src", "generators" }.Select(folder => Path.Combine(ImrProcess.RepoRoot, folder));
        foreach (var file in roots.SelectMany(root => Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)))
        {
            var relative = Path.GetRelativePath(ImrProcess.RepoRoot, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part is "bin" or "obj" or "node_modules")) continue;
            foreach (Match match in IdLiteral.Matches(File.ReadAllText(file))) yield return (match.Value, relative);
        }
    }

    [Fact]
    public void The_source_scan_finds_the_hand_raised_and_declared_ids()
    {
        // Guards the scan itself: if it found nothing, the theory below would prove nothing about hand-raised IDs.
        var found = IdsWrittenInSource().ToList();
        Assert.Contains(found, hit => hit.Id == "IMR000" && hit.File.StartsWith("src/ImrDsl.Cli/", StringComparison.Ordinal));
        Assert.Contains(found, hit => hit.Id == "IMR201");
        Assert.True(ReportableIds().Count() >= DiagnosticCatalog.All.Count);
    }

    [Fact]
    public void The_catalogue_is_the_rules_and_the_descriptors_in_id_order_with_unique_ids_and_names()
    {
        var ids = DiagnosticCatalog.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var keys = DiagnosticCatalog.All.Select(r => r.Id.ToLowerInvariant()).Concat(DiagnosticCatalog.All.Select(r => r.Name.ToLowerInvariant())).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(Imr.Std.Rules.All.Count + DiagnosticDescriptors.All.Count, ids.Count);
        Assert.Equal(Severity.Error, DiagnosticCatalog.Unreadable.DefaultSeverity);
        Assert.Equal(Imr.Std.Rules.All.Single(r => r.Id == "IMR000"), DiagnosticCatalog.Unreadable);
    }

    [Theory]
    [MemberData(nameof(ReportableIds))]
    public void Imr_explain_documents_the_id_and_imr_json_accepts_it(string id)
    {
        var entry = DiagnosticCatalog.Find(id);
        Assert.True(entry is not null, $"{id} can be reported but is not in DiagnosticCatalog.All");

        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, "explain", id);
        Assert.True(result.ExitCode == 0, $"imr explain {id} exited {result.ExitCode}: {result.Stderr}");
        Assert.StartsWith($"{id} {entry!.Name} (default severity: {entry.DefaultSeverity.ToText()})", result.Stdout);
        foreach (var section in new[] { "Why it matters:", "Fails:", "Passes:", "How to fix or suppress:" })
            Assert.Contains(section, result.Stdout);
        Assert.Contains(entry.Summary, result.Stdout);

        Assert.Equal(id, ImrConfig.RuleId(id));
        Assert.Equal(id, ImrConfig.RuleId(entry.Name));
        Assert.Equal(id, ImrConfig.RuleId(id.ToLowerInvariant()));
    }

    [Fact]
    public void Explain_finds_language_ids_by_name_and_suggests_near_misses()
    {
        var byName = ImrProcess.Run(ImrProcess.RepoRoot, null, "explain", "unknown-type");
        Assert.Equal(0, byName.ExitCode);
        Assert.StartsWith("IMR201 unknown-type (default severity: error)", byName.Stdout);
        Assert.Contains("written: dat", byName.Stdout);

        var typo = ImrProcess.Run(ImrProcess.RepoRoot, null, "explain", "unknown-typo");
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("did you mean 'unknown-type'?", typo.Stderr);
    }

    [Fact]
    public void Rules_lists_every_id_under_its_kind()
    {
        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, "rules");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Replace("\r\n", "\n").Split('\n');
        foreach (var entry in DiagnosticCatalog.All)
        {
            var line = Array.FindIndex(lines, l => l.StartsWith(entry.Id + "  " + entry.Name + " ", StringComparison.Ordinal));
            Assert.True(line >= 0, $"imr rules does not list {entry.Id}");
            // The nearest heading above the line is the entry's kind.
            var heading = lines.Take(line).Last(l => l.EndsWith(':'));
            Assert.Equal(DiagnosticCatalog.Describe(DiagnosticCatalog.GroupOf(entry.Id)) + ":", heading);
        }
    }

    [Fact]
    public void Sarif_lists_every_id_with_its_documentation_as_help()
    {
        using var temp = new TempFolder();
        temp.File("broken.imr", "record Note {\n  written: dat\n}\n");
        var result = ImrProcess.Run(temp.Path, null, "check", "broken.imr", "--format", "sarif");
        Assert.Equal(1, result.ExitCode);
        using var sarif = JsonDocument.Parse(result.Stdout);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DiagnosticCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, entry) in rules.Zip(DiagnosticCatalog.All))
        {
            Assert.Equal(entry.Name, rule.GetProperty("name").GetString());
            var help = rule.GetProperty("help").GetProperty("text").GetString()!;
            Assert.Contains(entry.Why, help);
            Assert.Contains(entry.Failing, help);
        }
        var finding = run.GetProperty("results").EnumerateArray().Single();
        Assert.Equal("IMR201", finding.GetProperty("ruleId").GetString());
        Assert.Equal("IMR201", rules[finding.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
    }

    [Fact]
    public void Extract_reports_an_unreadable_letter_with_the_catalogues_id_and_severity()
    {
        using var temp = new TempFolder();
        temp.File("empty.txt", "");
        var result = ImrProcess.Run(temp.Path, null, "extract", "empty.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"empty.txt:1:1: {DiagnosticCatalog.Unreadable.DefaultSeverity.ToText()} {DiagnosticCatalog.Unreadable.Id}: ", result.Stderr);
    }
}

/// <summary>The README's tables of IDs agree with the catalogue, so the page cannot drift from what imr reports.</summary>
public class ReadmeIdTableTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "README.md")).Replace("\r\n", "\n");

    [Fact]
    public void The_range_table_covers_every_kind_of_id()
    {
        foreach (var group in DiagnosticCatalog.All.GroupBy(r => DiagnosticCatalog.GroupOf(r.Id)))
        {
            var first = group.First().Id;
            var last = group.Last().Id;
            var range = first == last ? first : $"{first}-{last}";
            Assert.True(Readme.Contains($"\n| {range} |", StringComparison.Ordinal), $"README.md has no row for {range} ({group.Key})");
        }
    }

    [Fact]
    public void The_rule_table_lists_every_checker_rule_with_its_name_and_default()
    {
        var rows = Readme.Split('\n').Where(l => Regex.IsMatch(l, @"^\| IMR0\d\d \|")).ToList();
        var expected = Imr.Std.Rules.All.OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => $"| {r.Id} | {r.Name} | {r.DefaultSeverity.ToText()} |").ToList();
        Assert.Equal(expected, rows);
    }
}
