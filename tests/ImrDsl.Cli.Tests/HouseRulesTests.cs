using System.Text.Json;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// House rules: rules (and records) declared in a team's own .imr files run in `imr check` with no C# project,
/// through every part of a run: levels, baselines, SARIF, explain and rules; mistakes in them are the author's.
/// </summary>
public class HouseRulesTests
{
    private const string ShortRationaleRule = """
        rule HSE100 short-rationale {
          severity = warning
          applies-to = DisputedItem
          at = rationale
          require = matches(rationale, "(\\S+\\s+){39}\\S")
          message = "the rationale for '{service}' has fewer than 40 words"
          summary = "A rationale shorter than 40 words."
          why = "One line rarely explains a decision."
        }
        """;

    private static TempFolder Scenario(string config = """{ "declarations": ["payer.imr", "rule.imr"] }""")
    {
        var folder = new TempFolder();
        folder.File("payer.imr", File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "examples", "TypedCases", "payer.imr")));
        folder.File("AB123456.imr", File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "examples", "TypedCases", "reviews", "AB123456.imr")));
        folder.File("letter.txt", File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "examples", "house-rules", "letters", "short-rationale.txt")));
        folder.File("rule.imr", ShortRationaleRule);
        folder.File("imr.json", config);
        return folder;
    }

    [Fact]
    public void The_issue_scenario_reports_the_payer_rule_on_the_review_and_the_house_rule_on_the_letter()
    {
        using var folder = Scenario();
        var result = ImrProcess.Run(folder.Path, null, "check", "AB123456.imr", "letter.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("AB123456.imr:20:17: error PAY001: the rationale for 'Baclofen 10mg #60' still holds a placeholder", result.Stdout);
        Assert.Contains("letter.txt:21:21: warning HSE100: the rationale for 'Norco 10/325mg #120' has fewer than 40 words", result.Stdout);
        // The standard rules still run once, compiled; the payer's record kind gets them through the interpreter.
        Assert.Single(result.Stdout.Split('\n'), l => l.StartsWith("AB123456.imr:18:15: error IMR002", StringComparison.Ordinal));
    }

    [Fact]
    public void House_rules_take_levels_and_baselines_from_the_config()
    {
        using var folder = Scenario("""{ "declarations": ["payer.imr", "rule.imr"], "rules": { "short-rationale": "off", "PAY001": "warning" } }""");
        var result = ImrProcess.Run(folder.Path, null, "check", "AB123456.imr", "letter.txt");
        Assert.DoesNotContain("HSE100", result.Stdout);
        Assert.Contains("warning PAY001", result.Stdout);

        Assert.Equal(0, ImrProcess.Run(folder.Path, null, "check", "AB123456.imr", "--write-baseline", "base.json").ExitCode);
        Assert.Contains("PAY001", File.ReadAllText(Path.Combine(folder.Path, "base.json")));
        var after = ImrProcess.Run(folder.Path, null, "check", "AB123456.imr", "--baseline", "base.json");
        Assert.Equal(0, after.ExitCode);
        Assert.DoesNotContain("PAY001", after.Stdout);
    }

    [Fact]
    public void Sarif_explain_and_rules_describe_house_rules_from_their_declarations()
    {
        using var folder = Scenario();
        var sarif = ImrProcess.Run(folder.Path, null, "check", "letter.txt", "--format", "sarif");
        using var log = JsonDocument.Parse(sarif.Stdout);
        var rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var house = Assert.Single(rules, r => r.GetProperty("id").GetString() == "HSE100");
        Assert.Equal("A rationale shorter than 40 words.", house.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Contains("One line rarely explains a decision.", house.GetProperty("help").GetProperty("text").GetString());

        var explain = ImrProcess.Run(folder.Path, null, "explain", "PAY001");
        Assert.Equal(0, explain.ExitCode);
        Assert.Contains("a house rule from payer.imr", explain.Stdout);
        Assert.Contains("A rationale still holds drafting placeholders.", explain.Stdout);
        var list = ImrProcess.Run(folder.Path, null, "rules");
        Assert.Contains(list.Stdout.Split('\n'), l => l.StartsWith("HSE100", StringComparison.Ordinal) && l.EndsWith("(from rule.imr)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rules_file_given_on_the_command_line_runs_once_for_this_run()
    {
        using var folder = new TempFolder();
        folder.File("letter.txt", File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "examples", "house-rules", "letters", "short-rationale.txt")));
        folder.File("rule.imr", ShortRationaleRule);
        Assert.Contains("warning HSE100", ImrProcess.Run(folder.Path, null, "check", "letter.txt", "--rules", "rule.imr").Stdout);
        Assert.DoesNotContain("HSE100", ImrProcess.Run(folder.Path, null, "check", "letter.txt").Stdout);
    }

    public static IEnumerable<object[]> Mistakes() => new[]
    {
        new object[] { "require = non-empty(rationle)", "IMR210", 4, 23 },                 // unknown field
        new object[] { "require = matches(rationale, \"((\")", "IMR210", 4, 32 },         // a regular expression that cannot compile
        new object[] { "require = date-order(rationale, service)", "IMR210", 4, 24 },   // a type error in the condition
        new object[] { "require = non-empty(rationale)\n  message = \"{nothing}\"", "IMR212", 5, 13 }, // a placeholder that names no field
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Mistakes_in_house_rules_are_the_authors_reported_at_their_line_and_column(string body, string id, int line, int column)
    {
        using var folder = new TempFolder();
        folder.File("letter.txt", File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "examples", "house-rules", "letters", "clean.txt")));
        folder.File("rule.imr", $"rule HSE300 broken {{\n  applies-to = DisputedItem\n  summary = \"s\"\n  {body}\n{(body.Contains("message") ? "" : "  message = \"m\"\n")}}}\n");
        var result = ImrProcess.Run(folder.Path, null, "check", "letter.txt", "--rules", "rule.imr");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"rule.imr:{line}:{column}: error {id}:", result.Stderr);
        Assert.DoesNotContain("IMR901", result.Stderr + result.Stdout);
    }

    /// <summary>examples/house-rules: each letter fires exactly the rule its name says (and the clean one nothing of ours).</summary>
    [Fact]
    public void The_example_folder_fires_each_rule_as_documented()
    {
        var folder = Path.Combine(ImrProcess.RepoRoot, "examples", "house-rules");
        var result = ImrProcess.Run(folder, null, "check", "letters", "--format", "json");
        using var json = JsonDocument.Parse(result.Stdout);
        var house = json.RootElement.GetProperty("files").EnumerateArray().ToDictionary(
            f => Path.GetFileName(f.GetProperty("path").GetString()!),
            f => f.GetProperty("findings").EnumerateArray().Select(x => x.GetProperty("ruleId").GetString()!).Where(id => id.StartsWith("ACME", StringComparison.Ordinal)).ToList());
        Assert.Equal(new[] { "ACME001" }, house["placeholder.txt"]);
        Assert.Equal(new[] { "ACME002" }, house["short-rationale.txt"]);
        Assert.Equal(new[] { "ACME003" }, house["overturned-without-citation.txt"]);
        Assert.Empty(house["clean.txt"]);
    }
}

/// <summary>Option values of the wrong form are usage errors (exit 2), never a crash.</summary>
public class OptionValueTests
{
    [Theory]
    [InlineData("--jobs", "abc")]
    [InlineData("--jobs", "99999999999")]
    [InlineData("--jobs", "0")]
    [InlineData("--jobs", "-3")]
    [InlineData("--max-warnings", "many")]
    public void A_bad_number_is_a_usage_error(string option, string value)
    {
        var result = ImrProcess.Run(Path.Combine(ImrProcess.RepoRoot, "examples", "letters"), null, "check", "seed-002.txt", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("Unhandled", result.Stderr);
        Assert.Contains(option, result.Stderr);
    }
}

/// <summary>Small contracts a new user tripped over: quiet output, extract's input, explain beside a broken config.</summary>
public class CommandContractTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Quiet_hides_warnings_from_the_report_but_not_from_max_warnings(bool quiet)
    {
        var folder = Path.Combine(ImrProcess.RepoRoot, "examples", "letters");
        var args = new List<string> { "check", "imr004-item-mismatch.txt", "--max-warnings", "0" };
        if (quiet) args.Add("--quiet");
        var result = ImrProcess.Run(folder, null, args.ToArray());
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1 warning exceeds --max-warnings 0", result.Stderr);
        Assert.Equal(!quiet, result.Stdout.Contains("warning IMR004", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_refuses_an_imr_file_with_a_usage_error()
    {
        var result = ImrProcess.Run(Path.Combine(ImrProcess.RepoRoot, "examples", "cases"), null, "extract", "seed-000.imr");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("already a case document", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Explain_of_a_standard_id_works_beside_a_broken_config_and_an_asked_for_one_is_reported()
    {
        using var folder = new TempFolder();
        folder.File("imr.json", """{ "rules": { "IMR004": "Warning" } }""");
        var explain = ImrProcess.Run(folder.Path, null, "explain", "IMR002");
        Assert.Equal(0, explain.ExitCode);
        Assert.StartsWith("IMR002 guideline-page-mismatch", explain.Stdout);
        Assert.Equal(2, ImrProcess.Run(folder.Path, null, "explain", "IMR002", "--config", "imr.json").ExitCode);
    }
}
