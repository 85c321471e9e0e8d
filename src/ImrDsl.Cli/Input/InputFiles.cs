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

    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> arguments, string workingDirectory)
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
                foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                             .Where(f => CheckedExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                             .Where(f => !IsHidden(full, f))
                             .OrderBy(f => f, StringComparer.Ordinal))
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

    // Skips .git, bin, obj and other dot-folders when walking a directory.
    private static bool IsHidden(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        return relative.Split('/').Any(part => part.StartsWith('.') || part is "bin" or "obj" or "node_modules");
    }

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
