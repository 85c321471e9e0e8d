using ImrDsl.Formatting;
using ImrDsl.Parsing;

namespace ImrDsl.Tests;

/// <summary>
/// The repository's own .imr files are in the formatter's canonical form, so `imr fmt --check` passes on them and
/// a contributor's `imr fmt` never rewrites files they did not mean to touch.
/// </summary>
public class CanonicalFormTests
{
    /// <summary>Files that exist to show mistakes: they have syntax errors, so there is no canonical form for them.</summary>
    private static readonly string[] Broken = { "examples/cases/mistakes.imr" };

    public static IEnumerable<object[]> RepositoryFiles()
        => Repo.StdFiles
            .Concat(Directory.EnumerateFiles(Repo.PathOf("examples"), "*.imr", SearchOption.AllDirectories))
            .Select(p => Path.GetRelativePath(Repo.Root, p).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part is "bin" or "obj"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new object[] { p });

    [Fact]
    public void The_file_list_covers_std_and_examples()
    {
        var files = RepositoryFiles().Select(f => (string)f[0]).ToList();
        Assert.Contains("grammar/std/rules.imr", files);
        Assert.Contains(files, f => f.StartsWith("examples/cases/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("examples/TypedCases/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RepositoryFiles))]
    public void Formatting_the_file_changes_nothing(string relativePath)
    {
        var text = File.ReadAllText(Repo.PathOf(relativePath)).Replace("\r\n", "\n");
        var formatted = ImrFormatter.Format(relativePath, text);
        if (Broken.Contains(relativePath))
        {
            // The exemption holds only while the file really cannot be formatted.
            Assert.Null(formatted);
            Assert.NotEmpty(ImrParser.Parse(relativePath, text).Diagnostics);
            return;
        }
        Assert.NotNull(formatted);
        Assert.True(formatted == text, $"{relativePath} is not in canonical form; run 'imr fmt {relativePath}'. First difference at line {FirstDifferentLine(text, formatted!)}.");
    }

    private static int FirstDifferentLine(string a, string b)
    {
        var left = a.Split('\n');
        var right = b.Split('\n');
        var i = 0;
        while (i < left.Length && i < right.Length && left[i] == right[i]) i++;
        return i + 1;
    }
}
