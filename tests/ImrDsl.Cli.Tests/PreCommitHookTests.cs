using System.Text.Json;
using System.Text.RegularExpressions;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// The two pre-commit examples (issue 12, item 3), run for real with the built imr on the PATH: the plain git hook
/// examples/ci/pre-commit installed in a repository and run by `git commit`, and the repository's
/// .pre-commit-hooks.yaml run by the pre-commit framework itself (Debian's pre-commit, installed on first use).
/// </summary>
public sealed class PreCommitHookTests
{
    private static string HookScript => Path.Combine(ImrProcess.RepoRoot, "examples", "ci", "pre-commit");

    private static string HooksFile => Path.Combine(ImrProcess.RepoRoot, ".pre-commit-hooks.yaml");

    private static string Letter(string name) => File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "examples", "letters", name));

    private static string CleanLetter => Letter("clean-typography.txt");

    private static string BadLetter => Letter("defect-imr001-tbd.txt");

    private static string FormattedCase => File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "examples", "cases", "seed-002.imr"));

    private static string UnformattedCase => FormattedCase.Replace("\n  ", "\n      ", StringComparison.Ordinal);

    [Fact]
    public void A_commit_with_a_bad_letter_is_refused_and_names_it()
    {
        using var repo = new UserRepository();
        repo.Stage(("letters/good one.txt", CleanLetter), ("letters/bad one.txt", BadLetter), ("README.md", "# Not a letter\n"));
        var commit = repo.Commit();
        Assert.NotEqual(0, commit.ExitCode);
        Assert.Contains("letters/bad one.txt:29:1: error IMR001", commit.Output);
        Assert.DoesNotContain("README.md", commit.Output);
        Assert.False(repo.HasCommits);
    }

    /// <summary>
    /// Any file name git allows reaches imr intact, as one name, both ways the hook checks (from the working tree, and
    /// from the index through standard input): spaces, glob characters, a leading dash, quotes, non-ASCII, a newline.
    /// </summary>
    [Theory]
    [InlineData("bad one.txt", false)]
    [InlineData("bad one.txt", true)]
    [InlineData("a[1]*?.txt", false)]
    [InlineData("a[1]*?.txt", true)]
    [InlineData("-n.txt", false)]
    [InlineData("-n.txt", true)]
    [InlineData("it's \"quoted\".md", false)]
    [InlineData("lettre résumé.md", true)]
    [InlineData("two\nlines.txt", false)]
    [InlineData("two\nlines.txt", true)]
    public void Any_file_name_is_checked_as_one_file(string name, bool unstagedEditToo)
    {
        using var repo = new UserRepository();
        // A good letter whose name matches the bad one's as a pattern: it must not be checked in its place.
        repo.Stage(($"letters/{name}", BadLetter), ("letters/a1xy.txt", CleanLetter));
        if (unstagedEditToo) repo.Write($"letters/{name}", CleanLetter);
        var commit = repo.Commit();
        Assert.NotEqual(0, commit.ExitCode);
        Assert.Contains(":29:1: error IMR001", commit.Output);
        Assert.Contains(Excerpt.Of($"letters/{name}", 200), commit.Output);
        Assert.False(repo.HasCommits);
    }

    [Fact]
    public void A_commit_of_good_letters_and_formatted_cases_goes_through()
    {
        using var repo = new UserRepository();
        repo.Stage(("letters/good one.txt", CleanLetter), ("cases/case one.imr", FormattedCase), ("README.md", "# Not a letter\n"));
        var commit = repo.Commit();
        Assert.True(commit.ExitCode == 0, commit.Output);
        Assert.True(repo.HasCommits);
    }

    /// <summary>
    /// The commit records the index, so the index is what is checked: a bad letter staged and then fixed only in the
    /// working tree is refused; a good letter staged and then broken only in the working tree goes through.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_staged_content_is_checked_not_the_working_tree(bool stagedIsBad)
    {
        using var repo = new UserRepository();
        repo.Stage(("letters/draft letter.txt", stagedIsBad ? BadLetter : CleanLetter));
        repo.Write("letters/draft letter.txt", stagedIsBad ? CleanLetter : BadLetter);
        var commit = repo.Commit();
        Assert.Equal(stagedIsBad, commit.ExitCode != 0);
        if (stagedIsBad) Assert.Contains("letters/draft letter.txt:29:1: error IMR001", commit.Output);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_staged_imr_file_must_be_formatted_as_staged(bool unstagedEditToo)
    {
        using var repo = new UserRepository();
        repo.Stage(("cases/my case.imr", UnformattedCase));
        if (unstagedEditToo) repo.Write("cases/my case.imr", FormattedCase);
        var commit = repo.Commit();
        Assert.NotEqual(0, commit.ExitCode);
        Assert.Contains("cases/my case.imr", commit.Output);
        Assert.Contains("not formatted", commit.Output);
    }

    /// <summary>A staged baseline makes its findings known, as in CI; IMR_LETTERS picks another folder.</summary>
    [Fact]
    public void The_staged_baseline_and_the_letters_folder_setting_are_honoured()
    {
        using var repo = new UserRepository();
        repo.Stage(("mail/old bad.txt", BadLetter), ("letters/ignored bad.txt", BadLetter),
            ("imr-baseline.json", "{ \"version\": 1, \"files\": { \"mail/old bad.txt\": { \"IMR001\": 1 } } }\n"));
        var commit = repo.Commit(new() { ["IMR_LETTERS"] = "mail" });
        Assert.True(commit.ExitCode == 0, commit.Output);
    }

    /// <summary>Without imr on the PATH the hook refuses with how to install it, rather than letting letters through unchecked.</summary>
    [Fact]
    public void Without_imr_the_hook_says_how_to_install_it()
    {
        using var repo = new UserRepository();
        repo.Stage(("letters/good.txt", CleanLetter));
        var commit = repo.Commit(new() { ["PATH"] = "/usr/bin:/bin" });
        Assert.NotEqual(0, commit.ExitCode);
        Assert.Contains("dotnet tool install --global ImrDsl.Cli", commit.Output);
    }

    /// <summary>Each hook runs an imr command that exists, on the files its pattern selects (pre-commit uses Python's re.search).</summary>
    [Fact]
    public void Each_hook_names_an_imr_command_and_selects_the_right_files()
    {
        var hooks = WorkflowTools.Yaml(HooksFile).EnumerateArray().ToDictionary(h => h.GetProperty("id").GetString()!);
        Assert.Equal(["imr-check", "imr-fmt"], hooks.Keys.Order());
        foreach (var hook in hooks.Values)
        {
            Assert.Equal("system", hook.GetProperty("language").GetString());
            var entry = hook.GetProperty("entry").GetString()!.Split(' ');
            Assert.Equal("imr", entry[0]);
            var help = ImrProcess.Run(ImrProcess.RepoRoot, null, [.. entry[1..], "--help"]);
            Assert.True(help.ExitCode == 0, help.Stderr);
        }

        var selects = (string id, string path) => Regex.IsMatch(path, hooks[id].GetProperty("files").GetString()!);
        foreach (var letter in new[] { "letters/a.txt", "letters/2024/b c.md", "docs/letters/d.docx", "letters/e.pdf", "cases/x.imr", "y.imr" })
            Assert.True(selects("imr-check", letter), letter);
        foreach (var other in new[] { "README.md", "notes.txt", "letters/data.json", "newsletters/a.txt", "letters.txt" })
            Assert.False(selects("imr-check", other), other);
        Assert.True(selects("imr-fmt", "cases/x.imr"));
        Assert.False(selects("imr-fmt", "letters/a.txt"));
    }

    /// <summary>
    /// The pre-commit framework itself reads .pre-commit-hooks.yaml (try-repo), runs imr-check on a repository's files
    /// (the bad letter fails, README.md is not taken for a letter) and imr-fmt (it formats the file and fails).
    /// </summary>
    [Fact]
    public void The_pre_commit_framework_runs_both_hooks()
    {
        ExternalTools.EnsureDebianPackage("/usr/bin/pre-commit", "pre-commit", "the pre-commit hook tests");
        using var folder = new TempFolder();
        // A hooks repository holding this repository's .pre-commit-hooks.yaml, committed, as pre-commit requires.
        var hooksRepository = Path.Combine(folder.Path, "hooks");
        Directory.CreateDirectory(hooksRepository);
        File.Copy(HooksFile, Path.Combine(hooksRepository, ".pre-commit-hooks.yaml"));
        Git.Run(hooksRepository, "init", "-q");
        Git.Run(hooksRepository, "add", "-A");
        Git.Run(hooksRepository, "commit", "-q", "-m", "hooks");

        using var repo = new UserRepository(installHook: false);
        repo.Stage(("letters/good one.txt", CleanLetter), ("letters/bad one.txt", BadLetter), ("README.md", "# Not a letter\n"),
            ("cases/my case.imr", UnformattedCase));
        var environment = ImrShim.Environment();
        environment["PRE_COMMIT_HOME"] = Path.Combine(folder.Path, "pre-commit-home");

        var check = ExternalTools.Run("/usr/bin/pre-commit", repo.Path, ["try-repo", hooksRepository, "imr-check", "--all-files"], TimeSpan.FromMinutes(3), environment: environment);
        Assert.NotEqual(0, check.ExitCode);
        Assert.Contains("letters/bad one.txt:29:1: error IMR001", check.Output);
        Assert.Contains("Checked 3 files", check.Output); // two letters and the case; not README.md
        Assert.DoesNotContain("README.md", check.Output);

        var fmt = ExternalTools.Run("/usr/bin/pre-commit", repo.Path, ["try-repo", hooksRepository, "imr-fmt", "--all-files"], TimeSpan.FromMinutes(3), environment: environment);
        Assert.NotEqual(0, fmt.ExitCode);
        Assert.Contains("files were modified by this hook", fmt.Output);
        Assert.Equal(FormattedCase, File.ReadAllText(Path.Combine(repo.Path, "cases", "my case.imr")));
    }

    /// <summary>A user's repository with examples/ci/pre-commit installed as its pre-commit hook.</summary>
    private sealed class UserRepository : IDisposable
    {
        private readonly TempFolder _folder = new();

        public UserRepository(bool installHook = true)
        {
            Git.Run(Path, "init", "-q");
            if (!installHook) return;
            var hook = System.IO.Path.Combine(Path, ".git", "hooks", "pre-commit");
            File.Copy(HookScript, hook);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(hook, File.GetUnixFileMode(hook) | UnixFileMode.UserExecute);
        }

        public string Path => _folder.Path;

        public bool HasCommits => Git.Run(Path, false, "rev-parse", "--verify", "-q", "HEAD").ExitCode == 0;

        public void Write(string path, string text) => _folder.File(path, text);

        public void Stage(params (string Path, string Text)[] files)
        {
            foreach (var (path, text) in files)
            {
                Write(path, text);
                Git.Run(Path, "add", "--", path);
            }
        }

        /// <summary>`git commit`, which runs the hook, with imr on the PATH (and any settings given).</summary>
        public ToolResult Commit(Dictionary<string, string?>? settings = null)
        {
            var environment = ImrShim.Environment();
            foreach (var (name, value) in settings ?? []) environment[name] = value;
            return ExternalTools.Run("git", Path, ["commit", "-m", "letters"], TimeSpan.FromMinutes(2), environment: environment);
        }

        public void Dispose() => _folder.Dispose();
    }
}
