using Microsoft.Extensions.FileSystemGlobbing;

namespace ImrDsl.Cli.Input;

/// <summary>One input to check: a file on disk, or standard input ("-").</summary>
public sealed record InputFile(string DisplayPath, string? FullPath)
{
    public bool IsStdin => FullPath is null;
}

/// <summary>Expands the command line's paths, folders (recursively) and globs into files, in a stable order.</summary>
public static class InputFiles
{
    public static readonly string[] CheckedExtensions = { ".imr", ".txt", ".md", ".docx" };

    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> arguments, string workingDirectory, bool respectGitIgnore = true)
    {
        var result = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                result.Add(new InputFile("<stdin>", null));
                continue;
            }
            var full = Path.GetFullPath(argument, workingDirectory);
            if (File.Exists(full))
            {
                if (seen.Add(full)) result.Add(new InputFile(Display(full, workingDirectory), full));
            }
            else if (Directory.Exists(full))
            {
                var ignores = respectGitIgnore ? GitIgnore.Ancestors(full) : new List<GitIgnore>();
                foreach (var file in Walk(full, ignores, respectGitIgnore).OrderBy(f => f, StringComparer.Ordinal))
                    if (seen.Add(file)) result.Add(new InputFile(Display(file, workingDirectory), file));
            }
            else if (argument.IndexOfAny(new[] { '*', '?', '[' }) >= 0)
            {
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(argument.Replace('\\', '/'));
                var matches = matcher.GetResultsInFullPath(workingDirectory).OrderBy(f => f, StringComparer.Ordinal).ToList();
                if (matches.Count == 0) throw new UsageException($"no files match '{argument}'");
                foreach (var file in matches)
                    if (seen.Add(file)) result.Add(new InputFile(Display(file, workingDirectory), file));
            }
            else
            {
                throw new UsageException($"'{argument}' does not exist");
            }
        }
        return result;
    }

    /// <summary>
    /// The checkable files below a folder. Hidden folders (.git and the like) are skipped, and so is what the
    /// .gitignore files above and inside it exclude, unless <paramref name="respectGitIgnore"/> is off.
    /// </summary>
    private static IEnumerable<string> Walk(string directory, List<GitIgnore> ignores, bool respectGitIgnore)
    {
        var own = respectGitIgnore ? GitIgnore.Load(directory) : null;
        if (own is not null) ignores = new List<GitIgnore>(ignores) { own };
        IEnumerable<string> files, folders;
        try
        {
            files = Directory.GetFiles(directory);
            folders = Directory.GetDirectories(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            yield break; // an unreadable folder has nothing we can check
        }
        foreach (var file in files)
            if (CheckedExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) && !IsWordLockFile(file) && !GitIgnore.IsIgnored(ignores, file, false))
                yield return file;
        foreach (var folder in folders)
        {
            if (Path.GetFileName(folder).StartsWith('.') || GitIgnore.IsIgnored(ignores, folder, true)) continue;
            foreach (var file in Walk(folder, ignores, respectGitIgnore)) yield return file;
        }
    }

    /// <summary>"~$draft.docx": the lock file Word keeps beside an open document, not a letter.</summary>
    private static bool IsWordLockFile(string path) => Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal);

    public static string Display(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');
    }

    /// <summary>All of standard input, as bytes (decoding is the letter reader's job).</summary>
    public static byte[] ReadStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var memory = new MemoryStream();
        stdin.CopyTo(memory);
        return memory.ToArray();
    }
}
