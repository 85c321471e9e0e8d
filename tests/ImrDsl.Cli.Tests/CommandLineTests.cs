using ImrDsl.Cli.Commands;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// The command line people expect from other tools (issue 12, item 4), through the real imr process: near-miss
/// suggestions, -v, --stdin-filename, --color with NO_COLOR/FORCE_COLOR.
/// </summary>
public sealed class CommandLineTests
{
    private const string Escape = "\u001b[";

    private static string HouseRules => Path.Combine(ImrProcess.RepoRoot, "examples", "house-rules");

    private static string PlaceholderLetter => File.ReadAllText(Path.Combine(HouseRules, "letters", "placeholder.txt"));

    /// <summary>Misspelt commands and options, at the root and in subcommands: each gets the one it was near, exit 2.</summary>
    [Theory]
    [InlineData("check", "chek")]
    [InlineData("report", "rpeort")]
    [InlineData("explain", "explian")]
    [InlineData("--format", "check", "--formt", "json", "letter.txt")]
    [InlineData("--quiet", "check", "letter.txt", "--qiet")]
    [InlineData("--baseline", "check", "--basline", "b.json", "letter.txt")]
    [InlineData("--check", "fmt", "--chek", "case.imr")]
    [InlineData("--format", "extract", "--fromat", "imr", "letter.txt")]
    // Judged by the name when the value is joined to it, as --format=json may be.
    [InlineData("--format", "check", "--formt=json", "letter.txt")]
    [InlineData("--format", "check", "--formt:json", "letter.txt")]
    // A one-letter option is taken for the first letter of a long one (ESLint's -f), never for another one-letter option.
    [InlineData("--format", "check", "-f", "json", "letter.txt")]
    [InlineData("--quiet", "check", "-q", "letter.txt")]
    [InlineData("--jobs", "check", "-j", "2", "letter.txt")]
    [InlineData("--check", "fmt", "-c", "case.imr")]
    public void A_near_miss_is_suggested(string meant, params string[] args)
    {
        using var folder = new TempFolder();
        folder.File("letter.txt", PlaceholderLetter);
        var result = ImrProcess.Run(folder.Path, null, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"did you mean '{meant}'?", result.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(string.Empty, result.Stdout);
    }

    /// <summary>A word far from every command or option gets no guess, still exit 2 with the usage hint.</summary>
    [Theory]
    [InlineData("zzzzzz")]
    [InlineData("check", "--zzzzzzzz", "letter.txt")]
    [InlineData("check", "-z", "letter.txt")]
    // --config and --color both start with c: a guess between them would be a coin toss.
    [InlineData("check", "-c", "imr.json", "letter.txt")]
    public void A_far_miss_gets_no_guess(params string[] args)
    {
        using var folder = new TempFolder();
        folder.File("letter.txt", PlaceholderLetter);
        var result = ImrProcess.Run(folder.Path, null, args);
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("did you mean", result.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("--help", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>A file whose name starts with '-' can still be checked: after '--', or as ./NAME.</summary>
    [Theory]
    [InlineData("--", "-letter.txt")]
    [InlineData("./-letter.txt")]
    public void A_file_named_like_an_option_is_checked_when_marked_as_a_path(params string[] paths)
    {
        using var folder = new TempFolder();
        folder.File("-letter.txt", PlaceholderLetter);
        var result = ImrProcess.Run(folder.Path, null, ["check", "--format", "json", .. paths]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("-letter.txt", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_v_prints_the_version_as_dash_dash_version_does()
    {
        var root = ImrProcess.RepoRoot;
        var longForm = ImrProcess.Run(root, null, "--version");
        var shortForm = ImrProcess.Run(root, null, "-v");
        Assert.Equal(0, shortForm.ExitCode);
        Assert.Equal(longForm.Stdout, shortForm.Stdout);
        Assert.Matches(@"^\d+\.\d+\.\d+", shortForm.Stdout);
    }

    /// <summary>
    /// --stdin-filename makes standard input the named file for config discovery (house rules of
    /// examples/house-rules/imr.json fire), the reported path and SARIF's artifact location.
    /// </summary>
    [Fact]
    public void Stdin_filename_finds_the_config_and_names_the_file()
    {
        var named = ImrProcess.Run(Path.GetTempPath(), PlaceholderLetter, "check", "-", "--stdin-filename",
            Path.Combine(HouseRules, "letters", "draft.txt"), "--format", "json");
        Assert.Equal(1, named.ExitCode);
        Assert.Contains("ACME001", named.Stdout, StringComparison.Ordinal);
        Assert.Contains("draft.txt", named.Stdout, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(HouseRules, "letters", "draft.txt"),
            System.Text.Json.JsonDocument.Parse(named.Stdout).RootElement.GetProperty("files")[0].GetProperty("path").GetString());

        // The same bytes without the name are checked with no config from a folder without one: no house rule fires.
        var anonymous = ImrProcess.Run(Path.GetTempPath(), PlaceholderLetter, "check", "-", "--format", "json");
        Assert.DoesNotContain("ACME001", anonymous.Stdout, StringComparison.Ordinal);
        Assert.Equal("<stdin>", System.Text.Json.JsonDocument.Parse(anonymous.Stdout).RootElement.GetProperty("files")[0].GetProperty("path").GetString());

        // A relative name is relative to the working folder, as it is for paths.
        var relative = ImrProcess.Run(HouseRules, PlaceholderLetter, "check", "-", "--stdin-filename", "letters/draft.txt");
        Assert.Equal(1, relative.ExitCode);
        Assert.StartsWith("letters/draft.txt:", relative.Stdout, StringComparison.Ordinal);
    }

    /// <summary>The name's extension picks the reader: the same text is a letter as .txt and an .imr file as .imr.</summary>
    [Fact]
    public void Stdin_filename_extension_picks_the_reader()
    {
        using var folder = new TempFolder();
        const string unclosedCase = "case {\n";
        var asImr = ImrProcess.Run(folder.Path, unclosedCase, "check", "-", "--stdin-filename", "draft.imr");
        Assert.Equal(1, asImr.ExitCode);
        Assert.Contains("draft.imr:1:", asImr.Stdout, StringComparison.Ordinal);
        Assert.Contains("IMR107", asImr.Stdout, StringComparison.Ordinal); // an unclosed block: only the .imr parser says so

        var asLetter = ImrProcess.Run(folder.Path, unclosedCase, "check", "-", "--stdin-filename", "draft.txt");
        Assert.DoesNotContain("IMR107", asLetter.Stdout, StringComparison.Ordinal);
    }

    /// <summary>A PDF piped in with its name is read as a PDF: findings name the page and line, as for the file.</summary>
    [Fact]
    public void Stdin_filename_reads_a_piped_pdf_as_a_pdf()
    {
        var pdf = Path.Combine(ImrProcess.RepoRoot, "tests", "ImrDsl.Pdf.Tests", "Fixtures", "chromium", "seed-000.pdf");
        // Both from the PDF's folder, so the file's own report names it exactly as --stdin-filename does.
        var folder = Path.GetDirectoryName(pdf)!;
        var fromFile = ImrProcess.Run(folder, null, "check", "seed-000.pdf");
        var piped = HostileHarness.RunWithStdin(folder, pdf, "check", "-", "--stdin-filename", "seed-000.pdf");
        Assert.Equal(fromFile.ExitCode, piped.ExitCode);
        Assert.Matches(@"^seed-000\.pdf:p\d+:\d+:\d+: ", piped.Stdout);
        Assert.Equal(fromFile.Stdout, piped.Stdout);
    }

    [Fact]
    public void Stdin_filename_without_a_dash_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.File("letter.txt", PlaceholderLetter);
        var result = ImrProcess.Run(folder.Path, null, "check", "letter.txt", "--stdin-filename", "other.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--stdin-filename", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// Colour of the text report by --color, NO_COLOR and FORCE_COLOR. Standard output is a pipe here, so auto
    /// means no colour unless FORCE_COLOR asks; the flag beats both variables.
    /// </summary>
    [Theory]
    [InlineData(null, null, null, false)]
    [InlineData(null, "1", null, false)]
    [InlineData(null, null, "1", true)]
    [InlineData(null, "1", "1", true)]
    [InlineData(null, null, "", false)]
    [InlineData("auto", null, "1", true)]
    [InlineData("always", "1", null, true)]
    [InlineData("always", null, null, true)]
    [InlineData("never", null, "1", false)]
    [InlineData("never", null, null, false)]
    public void Color_follows_the_flag_then_the_environment(string? flag, string? noColor, string? forceColor, bool colored)
    {
        using var folder = new TempFolder();
        folder.File("letter.txt", PlaceholderLetter);
        folder.File("imr.json", File.ReadAllText(Path.Combine(HouseRules, "imr.json")));
        File.Copy(Path.Combine(HouseRules, "house-rules.imr"), Path.Combine(folder.Path, "house-rules.imr"));
        string[] args = flag is null ? ["check", "letter.txt"] : ["check", "letter.txt", "--color", flag];
        var result = ImrProcess.Run(folder.Path, null, new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["FORCE_COLOR"] = forceColor }, args);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ACME001", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(colored, result.Stdout.Contains(Escape, StringComparison.Ordinal));
    }

    [Fact]
    public void Color_accepts_only_auto_always_never()
    {
        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, "check", "--color", "sometimes", "README.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sometimes", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every mistake the parser finds is one line per error, with no escaped line break in it, followed by the help
    /// hint of the command being run; a value outside a fixed list names every allowed value.
    /// </summary>
    [Theory]
    [InlineData("imr check", "check", "--color", "sometimes", "letter.txt")]
    [InlineData("imr check", "check", "--format", "yaml", "letter.txt")]
    [InlineData("imr extract", "extract", "--format", "xml", "letter.txt")]
    [InlineData("imr check", "check", "--max-warnings", "many", "letter.txt")]
    [InlineData("imr check", "check")]
    [InlineData("imr check", "check", "letter.txt", "--format")]
    [InlineData("imr fmt", "fmt")]
    [InlineData("imr explain", "explain")]
    [InlineData("imr", "chek", "letter.txt")]
    public void Usage_errors_are_one_line_each_and_point_at_the_commands_help(string command, params string[] args)
    {
        using var folder = new TempFolder();
        folder.File("letter.txt", PlaceholderLetter);
        var result = ImrProcess.Run(folder.Path, null, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        var lines = result.Stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.True(lines.Length >= 2, result.Stderr);
        Assert.All(lines[..^1], line => Assert.StartsWith("imr: ", line, StringComparison.Ordinal));
        Assert.Equal($"Run '{command} --help' for usage.", lines[^1]);
        Assert.DoesNotContain("\\u000", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// A misspelt command is the whole story: its suggestion is the one error shown, with no "Required command" line
    /// and no line for the words after it (which are unrecognised only because the command was).
    /// </summary>
    [Theory]
    [InlineData("chek")]
    [InlineData("chek", "letter.txt")]
    [InlineData("chekc", "letters", "--format", "json")]
    [InlineData("fmtt", "case.imr")]
    public void A_misspelt_command_is_reported_first_and_alone(params string[] args)
    {
        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, args);
        Assert.Equal(2, result.ExitCode);
        var errors = result.Stderr.ReplaceLineEndings("\n").Split('\n').Where(line => line.StartsWith("imr: ", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.StartsWith($"imr: Unrecognized command or argument '{args[0]}'. Did you mean", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// An empty string where a path or value goes (`--output "$OUT"` with OUT unset) is a usage error naming the option
    /// or argument, for every option and argument that takes one: never a crash, never the current folder read instead.
    /// </summary>
    [Theory]
    [InlineData("--output", "check", "--output", "", "letter.txt")]
    [InlineData("--output", "check", "-o", "", "letter.txt")]
    [InlineData("--write-baseline", "check", "--write-baseline", "", "letter.txt")]
    [InlineData("--baseline", "check", "--baseline", "", "letter.txt")]
    [InlineData("--config", "check", "--config", "", "letter.txt")]
    [InlineData("--rules", "check", "--rules", "", "letter.txt")]
    [InlineData("--stdin-filename", "check", "-", "--stdin-filename", "")]
    [InlineData("a paths argument", "check", "")]
    [InlineData("a paths argument", "check", "letter.txt", "")]
    [InlineData("--output", "report", "letter.txt", "-o", "")]
    [InlineData("--output", "extract", "letter.txt", "--output", "")]
    [InlineData("a letter argument", "extract", "")]
    [InlineData("a files argument", "fmt", "")]
    [InlineData("--stdin-filename", "fmt", "-", "--stdin-filename", "")]
    [InlineData("a rule argument", "explain", "")]
    public void An_empty_value_is_a_usage_error_naming_where_it_was(string where, params string[] args)
    {
        using var folder = new TempFolder();
        folder.File("letter.txt", PlaceholderLetter);
        var result = ImrProcess.Run(folder.Path, "", args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"imr: {where} is an empty string", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(new[] { "letter.txt" }, Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    /// <summary>`-o` is --output for check as it is for report (and as ESLint and ruff spell it).</summary>
    [Fact]
    public void Dash_o_writes_the_check_report_to_a_file()
    {
        using var folder = new TempFolder();
        folder.File("letter.txt", PlaceholderLetter);
        var result = ImrProcess.Run(folder.Path, null, "check", "letter.txt", "--format", "json", "-o", "report.json");
        Assert.True(result.ExitCode is 0 or 1, result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains("\"path\": \"letter.txt\"", File.ReadAllText(Path.Combine(folder.Path, "report.json")), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string[]> ChoiceOptions => new()
    {
        { "check", "--format", CheckCommand.Formats },
        { "check", "--color", Output.DiagnosticRenderer.ColorModes },
    };

    [Theory]
    [MemberData(nameof(ChoiceOptions))]
    public void A_value_outside_a_list_names_every_allowed_value(string command, string option, string[] allowed)
    {
        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, command, option, "sometimes", "README.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(string.Join(", ", allowed.Select(a => $"'{a}'")), result.Stderr, StringComparison.Ordinal);
    }
}
