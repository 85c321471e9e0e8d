using System.Text;
using System.Text.RegularExpressions;
using ImrDsl.Cli.Input;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// The glob matcher behind .gitignore lines and command-line globs: it agrees with a plain backtracking
/// translation on random small cases, and it decides the patterns built to make backtracking explode.
/// </summary>
public class HostileGlobTests
{
    /// <summary>The meaning of a glob as a regular expression: the reference the matcher must agree with.</summary>
    private static Regex Reference(string glob, bool anchored)
    {
        var builder = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (string.CompareOrdinal(glob, i, "**/", 0, 3) == 0)
            {
                builder.Append("(?:.*/)?"); // zero or more whole folders; what follows the '/' is read on its own
                i += 2;
            }
            else if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                builder.Append(".*");
                while (i + 1 < glob.Length && glob[i + 1] == '*') i++; // a run of stars is one '**'
            }
            else if (c == '*') builder.Append("[^/]*");
            else if (c == '?') builder.Append("[^/]");
            else builder.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    [Fact]
    public void The_matcher_agrees_with_the_backtracking_reference_on_random_globs_and_paths()
    {
        var random = new Random(3);
        string Pick(string[] parts, int count) => string.Concat(Enumerable.Range(0, count).Select(_ => parts[random.Next(parts.Length)]));
        var globParts = new[] { "a", "b", "/", "*", "**", "**/", "?", "." };
        var pathParts = new[] { "a", "b", "/", ".", "ab", "ba" };
        for (var n = 0; n < 5000; n++)
        {
            var glob = Pick(globParts, random.Next(1, 7));
            var path = Pick(pathParts, random.Next(0, 8));
            var anchored = random.Next(2) == 0;
            Assert.True(Reference(glob, anchored).IsMatch(path) == new GlobPattern(glob, anchored).IsMatch(path),
                $"glob '{glob}' (anchored: {anchored}) on '{path}'");
        }
    }

    [Theory]
    [InlineData("**/*.txt", "x.txt", true)] // the form CI configurations use most
    [InlineData("**/*.txt", "a/y.txt", true)]
    [InlineData("**/*", "a/b/c", true)]
    [InlineData("letters/**/*.txt", "letters/2019/x.txt", true)]
    [InlineData("**/*x.txt", "a/y.txt", false)]
    [InlineData("[abc].txt", "b.txt", true)]
    [InlineData("[!abc].txt", "b.txt", false)]
    [InlineData("[a-c]x", "cx", true)]
    [InlineData("\\*.txt", "*.txt", true)]
    [InlineData("\\*.txt", "a.txt", false)]
    [InlineData("[", "[", true)]
    [InlineData("a[", "a[", true)]
    public void Sets_escapes_and_unclosed_brackets(string glob, string path, bool matches)
        => Assert.Equal(matches, new GlobPattern(glob).IsMatch(path));

    [Fact]
    public void Patterns_built_to_backtrack_are_decided_on_long_names()
    {
        var name = new string('a', 5000);
        Assert.False(new GlobPattern(string.Concat(Enumerable.Repeat("*a", 60)) + "*b").IsMatch(name));
        Assert.True(new GlobPattern(string.Concat(Enumerable.Repeat("*a", 60)) + "*").IsMatch(name));
        Assert.False(new GlobPattern(string.Concat(Enumerable.Repeat("**/a", 40)) + "/b", anchored: false).IsMatch(string.Join('/', Enumerable.Repeat("a", 2000))));
    }
}
