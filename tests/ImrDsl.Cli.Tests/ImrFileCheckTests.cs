using System.Text.Json;

namespace ImrDsl.Cli.Tests;

public class ImrFileCheckTests
{
    [Fact]
    public void Check_prints_located_diagnostics_with_an_excerpt_and_exits_1()
    {
        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, "check", "examples/cases/mistakes.imr");
        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Contains("examples/cases/mistakes.imr:11:15: error IMR204: 'uphled' is not one of the Outcome values; did you mean 'upheld'? (one of upheld, overturned)", lines);
        var header = Array.IndexOf(lines, lines.First(l => l.Contains(":11:15:")));
        Assert.Equal(" 11 |     outcome = uphled", lines[header + 1]);
        Assert.Equal("    |               ^^^^^^", lines[header + 2]);
        Assert.Contains("Checked 1 file: 5 errors, 0 warnings, 0 info in 1 file.", result.Stdout);
    }

    [Fact]
    public void Clean_case_files_exit_0()
    {
        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, "check", "examples/cases/seed-002.imr", "examples/cases/seed-003.imr");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Checked 2 files: no problems found.", result.Stdout);
    }

    [Fact]
    public void Generated_rules_run_on_case_documents()
    {
        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, "check", "examples/cases/seed-000.imr");
        Assert.Equal(1, result.ExitCode);
        var finding = Assert.Single(result.Stdout.Split('\n'), l => l.Contains(": error IMR"));
        Assert.StartsWith("examples/cases/seed-000.imr:21:15: error IMR002: 'Muscle Relaxers' is on pages 63-66 of the MTUS Chronic Pain Medical Treatment Guidelines (2009); this cites page 97", finding);
    }

    [Fact]
    public void Json_format_follows_the_contract()
    {
        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, "check", "--format", "json", "examples/cases/mistakes.imr");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal("examples/cases/mistakes.imr", file.GetProperty("path").GetString());
        var first = file.GetProperty("findings")[0];
        Assert.Equal("IMR108", first.GetProperty("ruleId").GetString());
        Assert.Equal(4, first.GetProperty("line").GetInt32());
        Assert.Equal(19, first.GetProperty("column").GetInt32());
        Assert.Equal(29, first.GetProperty("endColumn").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, ImrProcess.Run(ImrProcess.RepoRoot, null, "check", "no/such/file.imr").ExitCode);
        Assert.Equal(2, ImrProcess.Run(ImrProcess.RepoRoot, null, "check", "--no-such-flag", "x").ExitCode);
        Assert.Equal(2, ImrProcess.Run(ImrProcess.RepoRoot, null, "explain", "IMR999").ExitCode);
    }

    [Fact]
    public void Stdin_and_unreadable_files_are_reported_beside_good_files()
    {
        using var temp = new TempFolder();
        temp.File("empty.imr", "");
        System.IO.File.WriteAllBytes(Path.Combine(temp.Path, "binary.imr"), new byte[] { 0x4D, 0x5A, 0x00, 0x01, 0x02 });
        File.Copy(Path.Combine(ImrProcess.RepoRoot, "examples", "cases", "seed-002.imr"), Path.Combine(temp.Path, "good.imr"));
        var result = ImrProcess.Run(temp.Path, "case {\n  item \"X\" {\n    outcome = upheld\n  }\n}\n", "check", ".", "-");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("binary.imr:1:1: error IMR000: the file is binary", result.Stdout);
        Assert.Contains("empty.imr:1:1: error IMR000: the file is empty", result.Stdout);
        Assert.DoesNotContain("good.imr:", result.Stdout);
        Assert.Contains("Checked 4 files:", result.Stdout);
    }

    [Fact]
    public void Fmt_check_reports_and_fmt_rewrites_atomically()
    {
        using var temp = new TempFolder();
        var path = temp.File("a.imr", "case   {item \"X\"{outcome=upheld}}");
        var check = ImrProcess.Run(temp.Path, null, "fmt", "--check", "a.imr");
        Assert.Equal(1, check.ExitCode);
        Assert.Equal("case   {item \"X\"{outcome=upheld}}", File.ReadAllText(path));

        Assert.Equal(0, ImrProcess.Run(temp.Path, null, "fmt", "a.imr").ExitCode);
        // The item was written on one line with one attribute, so it stays on one line (see ImrFormatter).
        Assert.Equal("case {\n  item \"X\" { outcome = upheld }\n}\n", File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(temp.Path));
        Assert.Equal(0, ImrProcess.Run(temp.Path, null, "fmt", "--check", "a.imr").ExitCode);
    }

    [Fact]
    public void Explain_prints_the_rule_documentation_from_std()
    {
        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, "explain", "IMR002");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("IMR002 guideline-page-mismatch (default severity: error)", result.Stdout);
        Assert.Contains("Why it matters:", result.Stdout);
        Assert.Contains("Muscle Relaxers Page(s): 97", result.Stdout);
    }
}
