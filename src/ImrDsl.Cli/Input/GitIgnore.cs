namespace ImrDsl.Cli.Input;

/// <summary>
/// The rules of one .gitignore file: patterns relative to its folder, with git's meaning of '*', '?', '**',
/// '[...]', a leading '/' (anchored), a trailing '/' (folders only) and '!' (include again). Later rules win.
/// </summary>
public sealed class GitIgnore
{
    private readonly List<(GlobPattern Pattern, bool Negated, bool DirectoryOnly)> _rules = new();

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
            _rules.Add((new GlobPattern(line, anchored), negated, directoryOnly));
        }
    }

    public string Directory { get; }

    /// <summary>
    /// A folder's .gitignore, or null. One that cannot be read (a FIFO, a device, too large, no permission) is
    /// skipped and told to <paramref name="problems"/>: the walk goes on as if it were empty.
    /// </summary>
    public static GitIgnore? Load(string directory, Action<string, string>? problems = null)
    {
        var path = Path.Combine(directory, ".gitignore");
        try
        {
            if (SafeFile.Stat(path, followLinks: false).Kind == FileKind.Missing) return null;
            var text = SafeFile.ReadText(path, SafeFile.MaxConfigBytes);
            return new GitIgnore(directory, text.Split('\n'));
        }
        catch (IOException ex)
        {
            problems?.Invoke(path, $"{ex.Message} (so this .gitignore was not applied)");
            return null;
        }
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

    /// <summary>The .gitignore files that apply to a folder from above: those of its ancestors up to the repository root.</summary>
    public static List<GitIgnore> Ancestors(string directory, Action<string, string>? problems = null)
    {
        var found = new List<GitIgnore>();
        for (var dir = new DirectoryInfo(directory).Parent; dir is not null; dir = dir.Parent)
        {
            if (Load(dir.FullName, problems) is { } ignore) found.Insert(0, ignore);
            if (SafeFile.Stat(Path.Combine(dir.FullName, ".git"), followLinks: false).Kind != FileKind.Missing) break;
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
