using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ImrDsl.Domain.Letters;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// The HTML report, opened in headless Chromium: every finding of the JSON report marked at its text and explained
/// beside it, summary links landing on their letters, no axe-core violation at serious or critical level, no
/// request leaving the page. Screenshots and a PDF print go to report-screenshots/ in the test output.
/// </summary>
public class HtmlReportBrowserTests
{
    private static readonly string[] EveryRule = { "IMR001", "IMR002", "IMR003", "IMR004", "IMR005", "IMR006", "IMR007", "IMR008" };

    [Fact]
    public void The_report_of_the_example_letters_works_in_a_browser()
    {
        using var temp = new TempFolder();
        var report = Path.Combine(temp.Path, "report.html");
        var made = ImrProcess.Run(ImrProcess.RepoRoot, null, "report", "examples/letters", "-o", report);
        Assert.True(made.ExitCode == 1 && File.Exists(report), $"imr report exited {made.ExitCode}: {made.Stderr}");
        Assert.Contains("Wrote " + report, made.Stdout);

        var json = JsonFindings(ImrProcess.RepoRoot, "examples/letters");
        Assert.Equal(EveryRule, json.Findings.Select(f => f.RuleId).Distinct().Order());
        Assert.Contains(json.Files, f => f.EndsWith(".docx"));
        Assert.Contains(json.Files, f => f.EndsWith(".md"));

        var outDir = Path.Combine(AppContext.BaseDirectory, "report-screenshots");
        if (Directory.Exists(outDir)) Directory.Delete(outDir, true);
        var result = Check(temp, report, json.Findings, outDir);

        AssertCommonChecks(result, json);

        // Every file has its section; the .docx draft is read into items like the text letters.
        var letters = result["letters"]!.AsArray();
        Assert.Equal(json.Files, letters.Select(l => (string)l!["path"]!));
        Assert.True((int)letters.Single(l => ((string)l!["path"]!).EndsWith("draft.docx"))!["items"]! >= 1);

        // Pagination: the letter citing another edition is explained once, and the run counts mismatches sharing the shift.
        var otherEdition = letters.Single(l => ((string)l!["path"]!).EndsWith("imr002-other-edition.txt"))!;
        Assert.Contains("All 3 mismatched pages", Assert.Single(otherEdition["shift"]!.AsArray())!.ToString());
        Assert.Contains("33-34 pages higher", otherEdition["shift"]![0]!.ToString());
        // Findings on citations name no item, but are listed in the row of the item that holds them.
        Assert.Equal(3, otherEdition["itemFindingLinks"]!.AsArray().Count);
        var runNote = Assert.Single(result["runShift"]!.AsArray())!.ToString();
        // The other edition's three pages and seed-000's page 97 share a shift of about 33 pages; other letters' slips do not.
        var mismatches = json.Findings.Count(f => f.RuleId == "IMR002");
        var counted = System.Text.RegularExpressions.Regex.Match(runNote, @"(All (?<k>\d+)|(?<k>\d+) of (?<n>\d+)) mismatched pages, in (?<l>\d+) letters, are 33(-34)? pages higher");
        Assert.True(counted.Success, runNote);
        Assert.True(int.Parse(counted.Groups["k"].Value) >= 4, runNote);
        Assert.True(int.Parse(counted.Groups["l"].Value) >= 2, runNote);
        Assert.True(!counted.Groups["n"].Success || int.Parse(counted.Groups["n"].Value) <= mismatches, runNote);

        // Sorting the letters table by errors.
        var ascending = result["sorting"]!["ascending"]!.AsArray().Select(n => (int)n!).ToList();
        var descending = result["sorting"]!["descending"]!.AsArray().Select(n => (int)n!).ToList();
        Assert.Equal(ascending.Order(), ascending);
        Assert.Equal(ascending.OrderDescending(), descending);
        Assert.Contains(ascending, e => e > 0);

        // Screenshots a person can look at.
        foreach (var name in new[] { "report-desktop.png", "report-desktop-letter.png", "report-phone.png", "report-phone-letter.png", "report-print.pdf" })
            Assert.True(new FileInfo(Path.Combine(outDir, name)) is { Exists: true, Length: > 5_000 }, $"{name} was not saved in {outDir}");
        Assert.StartsWith("%PDF", File.ReadAllText(Path.Combine(outDir, "report-print.pdf"))[..4]);
    }

    [Fact]
    public void Hostile_letter_text_and_file_names_stay_text()
    {
        using var temp = new TempFolder();
        var template = File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "examples", "letters", "imr001-missing-rationale.txt"));
        const string scriptInItem = "Gabapentin <script>window.__pwned=3</script> 600mg #90";
        const string hostileLine = "Note: <script>window.__pwned=1</script> \"><img src=x onerror=\"window.__pwned=2\"> 'single' & \u0007\u001b\u202Eevil";
        Assert.Contains("Gabapentin 600mg #90: Upheld", template);
        var letter = template.Replace("Gabapentin 600mg #90: Upheld", scriptInItem + ": Upheld")
            .Replace("CLINICAL CASE SUMMARY", "CLINICAL CASE SUMMARY\n\n" + hostileLine);
        temp.File("odd <b>name</b> & \"quote\".txt", letter);
        temp.File("empty.txt", "");
        var report = Path.Combine(temp.Path, "out", "report.html");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);

        var made = ImrProcess.Run(temp.Path, null, "check", ".", "--format", "html", "--output", report);
        Assert.True(made.ExitCode == 1 && File.Exists(report), $"imr check --format html exited {made.ExitCode}: {made.Stderr}");
        var json = JsonFindings(temp.Path, ".");
        Assert.Contains(json.Findings, f => f.RuleId == "IMR000");
        var missing = Assert.Single(json.Findings, f => f.RuleId == "IMR001");
        Assert.Contains("<script>", missing.Text);

        var result = Check(temp, report, json.Findings, null);
        AssertCommonChecks(result, json);
        Assert.Null(result["scriptsInjected"]);
        Assert.Equal(0, (int)result["letterImages"]!);
        var shown = result["letters"]!.AsArray().Single(l => ((string)l!["path"]!).Contains("odd <b>name</b>"))!["text"]!.ToString();
        Assert.Contains("Note: <script>window.__pwned=1</script> \"><img src=x onerror=\"window.__pwned=2\"> 'single' & \u2407\u241b[U+202E]evil", shown);
        Assert.Contains(scriptInItem + ": Upheld", shown);
    }

    /// <summary>
    /// A letter too long to show whole (see LargeLetterTests): every finding is still marked at its text and explained
    /// beside its line, and the notes that say which lines were left out pass axe-core and fit a phone's width.
    /// </summary>
    [Fact]
    public void A_letter_too_long_to_show_whole_works_in_a_browser()
    {
        using var temp = new TempFolder();
        var letter = File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "examples", "letters", "imr002-other-edition.txt"));
        var padding = string.Concat(Enumerable.Repeat("The records reviewed include progress notes, imaging reports and therapy notes.\n\n", 15_000));
        temp.File("long.txt", padding + letter + "\n" + padding);
        var report = Path.Combine(temp.Path, "report.html");
        var made = ImrProcess.Run(temp.Path, null, "report", "long.txt", "-o", report);
        Assert.True(made.ExitCode is 0 or 1 && File.Exists(report), $"imr report exited {made.ExitCode}: {made.Stderr}");
        var json = JsonFindings(temp.Path, "long.txt");
        Assert.Contains(json.Findings, f => f.RuleId == "IMR002");

        var result = Check(temp, report, json.Findings, null);
        AssertCommonChecks(result, json);
        Assert.Equal(2, Regex.Matches(File.ReadAllText(report), "<div class=\"gap\" role=\"note\">[0-9,]+ lines are not shown here \\(lines [0-9,]+ to [0-9,]+ of the file\\)").Count);
    }

    private sealed record ExpectedFinding(string Path, string RuleId, int Line, int Column, string Message, string? Text);

    private sealed record JsonReport(IReadOnlyList<string> Files, IReadOnlyList<ExpectedFinding> Findings);

    /// <summary>The findings of `imr check --format json`, each with the letter text its span covers.</summary>
    private static JsonReport JsonFindings(string workingDirectory, string path)
    {
        var run = ImrProcess.Run(workingDirectory, null, "check", path, "--format", "json");
        using var document = JsonDocument.Parse(run.Stdout);
        var files = new List<string>();
        var findings = new List<ExpectedFinding>();
        foreach (var file in document.RootElement.GetProperty("files").EnumerateArray())
        {
            var display = file.GetProperty("path").GetString()!;
            files.Add(display);
            var bytes = File.ReadAllBytes(Path.Combine(workingDirectory, display));
            var source = LetterSource.Decode(display, bytes, 64L * 1024 * 1024).File;
            foreach (var f in file.GetProperty("findings").EnumerateArray())
            {
                string? text = null;
                if (source is not null)
                {
                    var lines = source.Lines;
                    var start = lines.LineStart(f.GetProperty("line").GetInt32() - 1) + f.GetProperty("column").GetInt32() - 1;
                    var end = lines.LineStart(f.GetProperty("endLine").GetInt32() - 1) + f.GetProperty("endColumn").GetInt32() - 1;
                    text = source.Text[start..end];
                }
                findings.Add(new ExpectedFinding(display, f.GetProperty("ruleId").GetString()!, f.GetProperty("line").GetInt32(),
                    f.GetProperty("column").GetInt32(), f.GetProperty("message").GetString()!, text));
            }
        }
        return new JsonReport(files, findings);
    }

    private static JsonNode Check(TempFolder temp, string report, IReadOnlyList<ExpectedFinding> findings, string? screenshots)
    {
        var config = new JsonObject
        {
            ["chromium"] = BrowserTools.Chromium,
            ["axe"] = BrowserTools.AxePath,
            ["report"] = report,
            ["outDir"] = screenshots ?? "",
            ["screenshots"] = screenshots is not null,
            ["findings"] = new JsonArray(findings.Select(f => (JsonNode)new JsonObject
            {
                ["path"] = f.Path, ["ruleId"] = f.RuleId, ["line"] = f.Line, ["column"] = f.Column, ["message"] = f.Message, ["text"] = f.Text,
            }).ToArray()),
        };
        var configPath = Path.Combine(temp.Path, "browser-check.json");
        File.WriteAllText(configPath, config.ToJsonString());
        return JsonNode.Parse(BrowserTools.CheckReport(configPath))!;
    }

    private static void AssertCommonChecks(JsonNode result, JsonReport json)
    {
        // Nothing leaves the page: no request at all, and the policy itself stops a fetch and an image.
        Assert.Empty(result["requests"]!.AsArray());
        Assert.Contains("default-src 'none'", (string?)result["csp"]);
        Assert.Equal("blocked", (string?)result["probe"]!["fetched"]);
        Assert.True((int)result["cspViolations"]! >= 2, "the Content-Security-Policy did not report blocking the probe requests");

        // Every finding of the JSON report is marked at its text, visibly, with its explanation beside its line.
        var shown = result["findings"]!.AsArray();
        Assert.Equal(json.Findings.Count, shown.Count);
        foreach (var (expected, found) in json.Findings.Zip(shown))
        {
            var where = $"{expected.Path}:{expected.Line}:{expected.Column} {expected.RuleId}";
            Assert.True(found!["problem"] is null, $"{where}: {found["problem"]}");
            if (expected.Text is null)
            {
                Assert.True((bool)found["messageShown"]!, $"{where}: the message of an unreadable file is not shown");
                continue;
            }
            Assert.Equal(Normalize(expected.Text), Normalize((string)found["marked"]!));
            Assert.NotEqual("rgba(0, 0, 0, 0)", (string?)found["background"]);
            Assert.Contains("underline", (string?)found["underline"]); // not colour alone
            Assert.True((bool)found["noteMessage"]!, $"{where}: the explanation does not give the message");
            Assert.True((bool)found["noteBesideLine"]!, $"{where}: the explanation is not beside the finding's line");
            Assert.True((bool)found["markerFocusable"]!, $"{where}: the marker cannot be reached with the keyboard");
        }
        Assert.Equal((string?)result["keyboard"]!["expected"], (string?)result["keyboard"]!["hash"]);

        // Summary links land on their letters.
        var links = result["links"]!.AsArray();
        Assert.True(links.Count >= json.Files.Count, $"only {links.Count} summary links for {json.Files.Count} files");
        foreach (var link in links)
        {
            Assert.Equal(((string)link!["href"]!)[1..], (string?)link["target"]);
            Assert.True((bool)link["isLetter"]!, $"{link["href"]} does not land on a letter");
            var top = (double)link["top"]!;
            Assert.True(top >= -2 && top < (double)link["viewport"]! - 100, $"{link["href"]} leaves its letter off screen (top {top})");
        }

        var serious = result["axe"]!.AsArray().Where(v => (string?)v!["impact"] is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, "axe-core violations:\n" + string.Join("\n", serious.Select(v => v!.ToJsonString())));
        Assert.True((int)result["phoneOverflow"]! <= 0, $"the page is {result["phoneOverflow"]} px wider than a phone");
        Assert.Equal("page", (string?)result["printBreak"]);
    }

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
