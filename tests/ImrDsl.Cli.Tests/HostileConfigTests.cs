namespace ImrDsl.Cli.Tests;

/// <summary>
/// Hostile imr.json files and the files they name: each is a usage error (exit 2) within the harness's bounds,
/// whose message quotes at most a short excerpt of the config and none of the words of a file it wrongly names.
/// </summary>
public class HostileConfigTests
{
    private const int MaxErrorLength = 600;

    public static TheoryData<string, string, string> Configs => new()
    {
        { "50 MB key", "{ \"" + new string('k', 50 * 1024 * 1024) + "\": 1 }", "imr.json: cannot be read: it is larger than 1 MB" },
        { "500 KB key", "{ \"" + new string('k', 500 * 1024) + "\": 1 }", "has an unknown key 'kkkkk" },
        { "500 KB value", "{ \"rules\": { \"IMR001\": \"" + new string('v', 500 * 1024) + "\" } }", "'rules.IMR001' is 'vvvv" },
        { "deep nesting", "{ \"rules\": " + new string('[', 100_000) + new string(']', 100_000) + " }", "imr.json: is not valid JSON" },
        { "escapes in a key", "{ \"\\u001b[2J\\u001b]0;owned\\u0007\": 1 }", "has an unknown key '\\u001b[2J\\u001b]0;owned\\u0007'" },
        { "not JSON at all", "\u0000\u0001\u0002", "imr.json: is not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(Configs))]
    public void A_hostile_config_is_a_usage_error_with_a_short_escaped_message(string name, string config, string expected)
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter("imr001-missing-rationale.txt"));
        temp.File("imr.json", config);
        var result = HostileHarness.Run(temp.Path, "check", "a.txt");
        Assert.True(result.ExitCode == 2, $"{name}: {result}");
        Assert.Contains(expected, result.Stderr);
        Assert.True(result.Stderr.Length < MaxErrorLength, $"{name}: a {result.Stderr.Length}-character error");
        Assert.False(HostileHarness.HasRawControl(result.Stderr), name);
    }

    [Fact]
    public void A_catalogue_that_names_a_letter_reports_where_but_quotes_none_of_its_words()
    {
        using var temp = new TempFolder();
        temp.File("letters/private.txt", "Patient Jane Q. Example\nSSN 123-45-6789\nDiagnosis: lumbar radiculopathy\n");
        temp.File("a.txt", HostileHarness.Letter("imr001-missing-rationale.txt"));
        temp.File("imr.json", """{ "catalogues": ["letters/private.txt"] }""");

        var result = HostileHarness.Run(temp.Path, "check", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches("the catalogue .*letters/private.txt:1:[0-9]+ has an error \\(IMR1[0-9][0-9] ", result.Stderr);
        foreach (var word in new[] { "Patient", "Jane", "SSN", "6789", "Diagnosis", "radiculopathy" }) Assert.DoesNotContain(word, result.Stderr);
    }

    [Fact]
    public void A_gitignore_line_built_to_backtrack_is_matched_in_linear_time()
    {
        using var temp = new TempFolder();
        temp.File(".gitignore", string.Concat(Enumerable.Repeat("*a", 40)) + "*b.txt\n" + string.Concat(Enumerable.Repeat("**/a", 30)) + "/b\n");
        for (var i = 0; i < 50; i++) temp.File($"{new string('a', 200)}{i}.txt", HostileHarness.Letter("imr001-missing-rationale.txt"));
        temp.File($"{new string('a', 100)}b.txt", "ignored");

        var result = HostileHarness.Run(temp.Path, "check", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Checked 50 files:", result.Stdout);
    }
}
