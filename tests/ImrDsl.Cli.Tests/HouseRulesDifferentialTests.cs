using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Domain;
using ImrDsl.Semantics;
using ImrDsl.TestSupport;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// The CLI side of the one-source-of-truth property: random house declarations and rules (sometimes with a
/// mistake) named by an imr.json, and random documents. The real `imr check` reports exactly the semantic pass's
/// errors (exit 2) for broken declarations, and otherwise exactly the findings of the in-process check, whose
/// interpreter the generator tests hold to the compiled validators.
/// </summary>
public class HouseRulesDifferentialTests
{
    [Fact]
    public void The_cli_reports_what_the_semantic_pass_and_the_interpreter_report()
    {
        Prop.ForAll(RandomImr.Samples.ToArbitrary(), sample =>
        {
            AssertSame(sample);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(10));
    }

    private static void AssertSame(RandomSample sample)
    {
        using var folder = new TempFolder();
        var house = folder.File("house.imr", sample.Declarations);
        var docs = folder.File("docs.imr", sample.Documents);
        folder.File("imr.json", """{ "declarations": ["house.imr"] }""");
        var result = ImrProcess.Run(folder.Path, null, "check", "--format", "json", "docs.imr");

        var houseFile = ImrDsl.Parsing.ImrParser.Parse(house, sample.Declarations);
        var compilation = ImrCompilation.Create(new[] { houseFile }, StandardLibrary.Files);
        var errors = compilation.Diagnostics.Where(d => d.Severity == ImrDsl.Diagnostics.Severity.Error).ToList();
        if (errors.Count > 0)
        {
            Assert.True(result.ExitCode == 2, result.Stdout + result.Stderr);
            foreach (var error in errors)
                Assert.Contains($"house.imr:{error.Line}:{error.Column}: error {error.Id}:", result.Stderr);
            return;
        }

        Assert.True(result.ExitCode is 0 or 1, result.Stderr);
        var expected = CaseValidation.CheckFile(new ImrDsl.Text.SourceFile(docs, sample.Documents), StandardLibrary.Files.Append(houseFile).ToList())
            .Select(d => $"{d.Line}:{d.Column} {d.Id} {d.Message}").OrderBy(k => k, StringComparer.Ordinal).ToList();
        using var json = JsonDocument.Parse(result.Stdout);
        var reported = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()} {f.GetProperty("ruleId").GetString()} {f.GetProperty("message").GetString()}")
            .OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(reported), $"in process:\n  {string.Join("\n  ", expected)}\nimr check:\n  {string.Join("\n  ", reported)}\n\n{sample}");
    }
}
