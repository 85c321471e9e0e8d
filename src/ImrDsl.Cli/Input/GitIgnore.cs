using System.Text;
using System.Text.RegularExpressions;

namespace ImrDsl.Cli.Input;

/// <summary>
/// The rules of one .gitignore file: patterns relative to its folder, with git's meaning of '*', '?', '**',
/// '[...]', a leading '/' (anchored), a trailing '/' (folders only) and '!' (include again). Later rules win.
/// </summary>
public sealed class GitIgnore
{
    private readonly List<(Regex Pattern, bool Negated, bool DirectoryOnly)> _rules = new();

    public GitIgnore(string directory, IEnumerable<string> lines)
    {
        Directory = directory;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line[0] == '#') continue;
            var negated = line[0] == '!';
            if (negated) line = line.Substring(1);
            if (line.StartsWith("\\#", StringComparison.Ordinal) || line.StartsWith("\\!", StringComparison.Ordinal)) line = line.Substring(1);
            var directoryOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            if (line.Length == 0) continue;
            var anchored = line.Contains('/');
            line = line.TrimStart('/');
            var regex = (anchored ? "^" : "^(?:.*/)?") + Translate(line) + "$";
            _rules.Add((new Regex(regex, RegexOptions.CultureInvariant), negated, directoryOnly));
        }
    }

    public string Directory { get; }

    public static GitIgnore? Load(string directory)
    {
        var path = Path.Combine(directory, ".gitignore");
        return File.Exists(path) ? new GitIgnore(directory, File.ReadAllLines(path)) : null;
    }

    /// <summary>true: ignored; false: explicitly included again; null: this file has no say.</summary>
    public bool? Decide(string fullPath, bool isDirectory)
    {
        var relative = Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');
        if (relative.StartsWith("..", StringComparison.Ordinal)) return null;
        bool? decision = null;
        foreach (var (pattern, negated, directoryOnly) in _rules)
            if ((!directoryOnly || isDirectory) && pattern.IsMatch(relative)) decision = !negated;
        return decision;
    }

    private static string Translate(string glob)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                builder.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*') builder.Append("[^/]*");
            else if (c == '?') builder.Append("[^/]");
            else if (c == '[')
            {
                var close = glob.IndexOf(']', i + 1);
                if (close < 0) { builder.Append("\\["); continue; }
                var set = glob.Substring(i + 1, close - i - 1);
                builder.Append('[').Append(set.StartsWith('!') ? "^" + set.Substring(1) : set).Append(']');
                i = close;
            }
            else if (c == '\\' && i + 1 < glob.Length) builder.Append(Regex.Escape(glob[++i].ToString()));
            else builder.Append(Regex.Escape(c.ToString()));
        }
        return builder.ToString();
    }

    /// <summary>The .gitignore files that apply to a folder from above: those of its ancestors up to the repository root.</summary>
    public static List<GitIgnore> Ancestors(string directory)
    {
        var found = new List<GitIgnore>();
        for (var dir = new DirectoryInfo(directory).Parent; dir is not null; dir = dir.Parent)
        {
            if (Load(dir.FullName) is { } ignore) found.Insert(0, ignore);
            if (System.IO.Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git"))) break;
        }
        return found;
    }

    /// <summary>Whether a path is ignored by a stack of .gitignore files, the deepest (last) deciding first.</summary>
    public static bool IsIgnored(IReadOnlyList<GitIgnore> stack, string fullPath, bool isDirectory)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
            if (stack[i].Decide(fullPath, isDirectory) is { } decision) return decision;
        return false;
    }
}
