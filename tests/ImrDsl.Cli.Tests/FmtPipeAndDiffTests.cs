using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Cli.Output;

namespace ImrDsl.Cli.Tests;

/// <summary>`imr fmt -` (a pipe, for format on save) and `imr fmt --check --diff` (what would change, as a patch).</summary>
public sealed class FmtPipeAndDiffTests
{
    /// <summary>A published case file with its indentation taken away: valid, and not in the canonical layout.</summary>
    private static string Unformatted()
        => string.Join('\n', File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "examples", "cases", "seed-000.imr")).Replace("\r\n", "\n")
            .Split('\n').Select(line => line.TrimStart()));

    [Fact]
    public void Fmt_dash_formats_standard_input_to_standard_output_as_fmt_formats_a_file()
    {
        using var folder = new TempFolder();
        var file = folder.File("case.imr", Unformatted());
        var piped = ImrProcess.Run(folder.Path, Unformatted(), "fmt", "-");
        Assert.Equal(0, piped.ExitCode);
        Assert.Equal(string.Empty, piped.Stderr);

        Assert.Equal(0, ImrProcess.Run(folder.Path, null, "fmt", "case.imr").ExitCode);
        Assert.Equal(File.ReadAllText(file), piped.Stdout);
        Assert.NotEqual(Unformatted(), piped.Stdout);

        // Formatted text goes through unchanged, and --check on a pipe agrees.
        Assert.Equal(piped.Stdout, ImrProcess.Run(folder.Path, piped.Stdout, "fmt", "-").Stdout);
        Assert.Equal(0, ImrProcess.Run(folder.Path, piped.Stdout, "fmt", "--check", "-").ExitCode);
        Assert.Equal(1, ImrProcess.Run(folder.Path, Unformatted(), "fmt", "--check", "-").ExitCode);
    }

    /// <summary>On a syntax error an editor must keep its buffer: nothing on standard output, the error on standard error, exit 1.</summary>
    [Fact]
    public void Fmt_dash_with_syntax_errors_writes_nothing_to_standard_output()
    {
        using var folder = new TempFolder();
        var result = ImrProcess.Run(folder.Path, "case {\n  item \"X\" {\n", "fmt", "-");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains("<stdin>:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("IMR107", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>An editor names the buffer's file: errors and the diff use that name instead of &lt;stdin&gt;.</summary>
    [Fact]
    public void Fmt_dash_with_stdin_filename_names_the_file()
    {
        using var folder = new TempFolder();
        var broken = ImrProcess.Run(folder.Path, "case {\n", "fmt", "-", "--stdin-filename", "cases/draft.imr");
        Assert.Equal(1, broken.ExitCode);
        Assert.StartsWith("cases/draft.imr:1:", broken.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("<stdin>", broken.Stderr, StringComparison.Ordinal);

        var diff = ImrProcess.Run(folder.Path, Unformatted(), "fmt", "--check", "--diff", "-", "--stdin-filename", "cases/draft.imr");
        Assert.Equal(1, diff.ExitCode);
        Assert.StartsWith("--- cases/draft.imr\n+++ cases/draft.imr\n", diff.Stdout, StringComparison.Ordinal);
    }

    /// <summary>
    /// What imr fmt refuses as a file it refuses as a named buffer: whatever --stdin-filename names that is not .imr is
    /// a usage error with nothing on standard output, even when the text piped in is a valid .imr file.
    /// </summary>
    [Theory]
    [InlineData("letters/draft.md", false)]
    [InlineData("letters/draft.txt", false)]
    [InlineData("letters/draft.docx", false)]
    [InlineData("letters/draft", false)]
    [InlineData("cases/draft.imr.bak", false)]
    [InlineData("cases/draft.imr", true)]
    [InlineData("cases/DRAFT.IMR", true)]
    public void Fmt_dash_formats_only_what_stdin_filename_names_as_an_imr_file(string name, bool formatted)
    {
        using var folder = new TempFolder();
        var result = ImrProcess.Run(folder.Path, Unformatted(), "fmt", "-", "--stdin-filename", name);
        if (formatted)
        {
            Assert.Equal(0, result.ExitCode);
            Assert.NotEqual(string.Empty, result.Stdout);
            return;
        }
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal($"imr: '{name}' is not an .imr file; imr fmt formats .imr files only", result.Stderr.TrimEnd());
    }

    [Fact]
    public void Fmt_dash_with_files_too_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.File("case.imr", Unformatted());
        var result = ImrProcess.Run(folder.Path, Unformatted(), "fmt", "-", "case.imr");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(Unformatted(), File.ReadAllText(Path.Combine(folder.Path, "case.imr")));
    }

    /// <summary>
    /// --check --diff changes nothing, exits 1, and prints a patch that git apply (a real consumer of unified diffs)
    /// turns the file into exactly what imr fmt writes.
    /// </summary>
    [Fact]
    public void Fmt_check_diff_prints_a_patch_that_git_applies()
    {
        using var folder = new TempFolder();
        folder.File("case.imr", Unformatted());
        folder.File("expected/case.imr", Unformatted());
        Assert.Equal(0, ImrProcess.Run(Path.Combine(folder.Path, "expected"), null, "fmt", "case.imr").ExitCode);

        var result = ImrProcess.Run(folder.Path, null, "fmt", "--check", "--diff", "case.imr");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("--- case.imr\n+++ case.imr\n@@ ", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(Unformatted(), File.ReadAllText(Path.Combine(folder.Path, "case.imr")));

        var patch = folder.File("fmt.patch", result.Stdout);
        var (exit, output) = Git(folder.Path, "apply", "-p0", "--unsafe-paths", patch);
        Assert.True(exit == 0, $"git apply rejected the diff:\n{output}\n{result.Stdout}");
        Assert.Equal(File.ReadAllText(Path.Combine(folder.Path, "expected", "case.imr")), File.ReadAllText(Path.Combine(folder.Path, "case.imr")));

        // Once formatted there is nothing to show.
        var clean = ImrProcess.Run(folder.Path, null, "fmt", "--check", "--diff", "case.imr");
        Assert.Equal(0, clean.ExitCode);
        Assert.Equal(string.Empty, clean.Stdout);
    }

    [Fact]
    public void Fmt_diff_without_check_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.File("case.imr", Unformatted());
        var result = ImrProcess.Run(folder.Path, null, "fmt", "--diff", "case.imr");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(Unformatted(), File.ReadAllText(Path.Combine(folder.Path, "case.imr")));
    }

    /// <summary>
    /// The class of hunk mistakes (off-by-one ranges, merged or split hunks, lost context, line breaks at the end):
    /// for any two texts, applying the diff's hunks at their stated ranges to the first gives the second.
    /// </summary>
    [Fact]
    public void Any_diff_applied_to_its_old_text_gives_the_new_text()
    {
        var line = Gen.Elements("a", "b", "c", "d", "");
        var text = from lines in Gen.ListOf(line)
                   from breakAtEnd in Gen.Elements(true, false)
                   from crlf in Gen.Elements(false, false, true)
                   select string.Join(crlf ? "\r\n" : "\n", lines) + (breakAtEnd && lines.Count > 0 ? "\n" : "");
        Prop.ForAll(text.ToArbitrary(), text.ToArbitrary(), (before, after) =>
        {
            var diff = UnifiedDiff.Create("x.imr", before, after);
            Assert.Equal(before == after, diff.Length == 0);
            Assert.Equal(after, Apply(before, diff));
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>A strict patcher: each hunk's context and removed lines must be at its stated place in the old text.</summary>
    private static string Apply(string before, string diff)
    {
        if (diff.Length == 0) return before;
        var oldLines = SplitKeepingBreaks(before);
        var result = new List<string>();
        var lines = diff.Split('\n')[..^1];
        Assert.StartsWith("--- ", lines[0]);
        Assert.StartsWith("+++ ", lines[1]);
        var at = 0;
        for (var i = 2; i < lines.Length;)
        {
            var header = System.Text.RegularExpressions.Regex.Match(lines[i++], @"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$");
            Assert.True(header.Success, $"not a hunk header: {lines[i - 1]}");
            var oldCount = header.Groups[2].Success ? int.Parse(header.Groups[2].Value) : 1;
            var oldStart = oldCount == 0 ? int.Parse(header.Groups[1].Value) : int.Parse(header.Groups[1].Value) - 1;
            Assert.True(oldStart >= at, "hunks overlap or go backwards");
            result.AddRange(oldLines.Skip(at).Take(oldStart - at));
            at = oldStart;
            var newCount = header.Groups[4].Success ? int.Parse(header.Groups[4].Value) : 1;
            var newStart = int.Parse(header.Groups[3].Value) - (newCount == 0 ? 0 : 1);
            Assert.Equal(result.Count, newStart); // the new text's range starts where the lines so far end
            var (removed, added) = (0, 0);
            for (; i < lines.Length && !lines[i].StartsWith("@@", StringComparison.Ordinal); i++)
            {
                var body = lines[i][1..];
                var noNewline = i + 1 < lines.Length && lines[i + 1] == "\\ No newline at end of file";
                var full = noNewline ? body : body + "\n";
                switch (lines[i][0])
                {
                    case ' ':
                        Assert.Equal(oldLines[at++], full);
                        result.Add(full);
                        removed++; added++;
                        break;
                    case '-':
                        Assert.Equal(oldLines[at++], full);
                        removed++;
                        break;
                    case '+':
                        result.Add(full);
                        added++;
                        break;
                    default:
                        Assert.Fail($"not a diff line: {lines[i]}");
                        break;
                }
                if (noNewline) i++;
            }
            Assert.Equal(oldCount, removed);
            Assert.Equal(newCount, added);
        }
        result.AddRange(oldLines.Skip(at));
        return string.Concat(result);
    }

    /// <summary>Lines with their line breaks, so a hunk applies byte for byte.</summary>
    private static List<string> SplitKeepingBreaks(string text)
        => System.Text.RegularExpressions.Regex.Matches(text, @"[^\n]*\n|[^\n]+$").Select(m => m.Value).ToList();

    private static (int Exit, string Output) Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
