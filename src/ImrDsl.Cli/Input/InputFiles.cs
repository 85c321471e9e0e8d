namespace ImrDsl.Cli.Input;

/// <summary>
/// One input to check: a file on disk, or standard input ("-"). <see cref="Problem"/> is set for an input that was
/// found but must not be read (a FIFO, a device, a folder that cannot be listed): it is reported as IMR000.
/// </summary>
public sealed record InputFile(string DisplayPath, string? FullPath, string? Problem = null)
{
    public bool IsStdin => FullPath is null && Problem is null;

    /// <summary>For standard input read with --stdin-filename: the full path of the file it stands for (its config, its overrides).</summary>
    public string? StandsFor { get; init; }

    /// <summary>The input's bytes, under the limit; an <see cref="UnreadableInputException"/> (an IOException) otherwise.</summary>
    public byte[] Read(long maxBytes)
    {
        if (Problem is not null) throw new UnreadableInputException(Problem);
        // A listed or walked input without a problem was found to be a regular file (by stat or by the listing's file type).
        return IsStdin ? InputFiles.ReadStdin(maxBytes) : SafeFile.ReadBytes(FullPath!, maxBytes, foundRegular: true);
    }
}

/// <summary>
/// Expands the command line's paths, folders (recursively) and globs into files, in a stable order. The walk follows
/// links to folders, but enters each folder (by device and inode) once, so link loops end and nothing is checked twice.
/// </summary>
public static class InputFiles
{
    public static readonly string[] CheckedExtensions = { ".imr", ".txt", ".md", ".docx", ".pdf" };

    /// <param name="stdinFileName">What standard input ("-") holds, as an editor names it: its extension picks the reader,
    /// its folder the imr.json, and reports show it instead of &lt;stdin&gt;. The file itself is never read.</param>
    public static InputList Expand(IEnumerable<string> arguments, string workingDirectory, bool respectGitIgnore = true, string? stdinFileName = null)
    {
        var walk = new Walk(workingDirectory);
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                walk.Result.Add(stdinFileName is null
                    ? new InputFile("<stdin>", null)
                    : new InputFile(stdinFileName, null) { StandsFor = Path.GetFullPath(stdinFileName, workingDirectory) });
                continue;
            }
            var full = Path.GetFullPath(argument, workingDirectory);
            FileFacts facts;
            try
            {
                facts = SafeFile.Stat(full);
            }
            catch (UnreadableInputException ex)
            {
                walk.Refuse(full, ex.Message);
                continue;
            }
            var before = walk.Result.Count;
            switch (facts.Kind)
            {
                case FileKind.Directory:
                    walk.Folder(full, facts, respectGitIgnore);
                    break;
                case FileKind.Missing when GlobPattern.HasWildcards(argument):
                    walk.Glob(argument);
                    if (walk.Result.Count == before) throw new UsageException($"no files match '{Excerpt.Of(argument)}'");
                    break;
                case FileKind.Missing when SafeFile.NameWasNotUtf8(argument):
                    // The runtime put U+FFFD for bytes of the name that are not UTF-8: the file may well be there, so it is
                    // an input that cannot be read (IMR000), and the run goes on.
                    walk.Refuse(full, SafeFile.NotUtf8Name);
                    break;
                case FileKind.Missing when IsLink(full):
                    // A link to nothing is an input that cannot be read (IMR000), as it is inside a folder; the run goes on.
                    walk.Refuse(full, "it is a link to nothing");
                    break;
                case FileKind.Missing:
                    throw new UsageException($"'{Excerpt.Of(argument)}' does not exist");
                default:
                    walk.File(full, facts);
                    break;
            }
            walk.Result.Sort(before, walk.Result.Count - before);
        }
        return walk.Result;
    }

    private static bool IsLink(string path)
    {
        try
        {
            return SafeFile.Stat(path, followLinks: false).Kind == FileKind.SymbolicLink;
        }
        catch (UnreadableInputException)
        {
            return false;
        }
    }

    /// <summary>
    /// The inputs of `imr check`: as <see cref="Expand"/> gives them, but a single folder is walked twice (once to count its
    /// files and find their folders, once as they are checked) instead of held, so a run's memory does not grow with the
    /// number of letters. Everything else, and any folder where that walk could differ from Expand (see
    /// <see cref="SortedWalk"/>), is expanded.
    /// </summary>
    public static CheckInputs ForCheck(IReadOnlyList<string> arguments, string workingDirectory, bool respectGitIgnore = true, string? stdinFileName = null)
    {
        // The walk reads Linux's struct dirent as laid out for 64-bit processes (FolderListing); elsewhere the folder is expanded.
        if (OperatingSystem.IsLinux() && Environment.Is64BitProcess && arguments is [var only] && only != "-")
        {
            var root = Path.GetFullPath(only, workingDirectory);
            FileFacts facts;
            try
            {
                facts = SafeFile.Stat(root);
            }
            catch (UnreadableInputException)
            {
                facts = default;
            }
            if (facts.Kind == FileKind.Directory && CheckInputs.Walked(root, facts, respectGitIgnore, workingDirectory) is { } walked) return walked;
        }
        return CheckInputs.Listed(Expand(arguments, workingDirectory, respectGitIgnore, stdinFileName));
    }

    /// <summary>
    /// Whether a folder's walk takes a path below it: folders but hidden ones (.git and the like), files with a checked
    /// extension but Word's lock files, and neither when a .gitignore on the way excludes it.
    /// </summary>
    internal static bool WantedInFolder(string path, bool isFolder, List<GitIgnore> ignores)
    {
        if (isFolder) return !Path.GetFileName(path).StartsWith('.') && !GitIgnore.IsIgnored(ignores, path, true);
        return CheckedExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase) && !IsWordLockFile(path) && !GitIgnore.IsIgnored(ignores, path, false);
    }

    /// <summary>"~$draft.docx": the lock file Word keeps beside an open document, not a letter.</summary>
    private static bool IsWordLockFile(string path) => Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal);

    public static string Display(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');
    }

    /// <summary>Standard input, as bytes (decoding is the letter reader's job), read no further than the limit.</summary>
    public static byte[] ReadStdin(long maxBytes)
    {
        RefuseClosedStdin();
        using var stdin = Console.OpenStandardInput();
        return SafeFile.ReadLimited(stdin, maxBytes);
    }

    /// <summary>
    /// A usage error when standard input was closed when imr started (`imr check - <&-`). The runtime's own first pipe
    /// then takes descriptor 0, and reading it waited for ever, since only imr itself holds its other end. Linux: a pipe
    /// at 0 whose writing end this process holds is taken for that (the runtime's copies of descriptor 0 are reading
    /// ends, and imr writes to no pipe of its own).
    /// </summary>
    internal static void RefuseClosedStdin()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            var stdin = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (stdin is null || !stdin.StartsWith("pipe:", StringComparison.Ordinal)) return;
            foreach (var fd in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
                if (new FileInfo(fd).LinkTarget == stdin && IsWriteOnly(Path.GetFileName(fd)))
                    throw new UsageException("standard input is closed; give the text on standard input (or name files instead of -)");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // /proc cannot be read here: read standard input as usual.
        }
    }

    /// <summary>Whether a descriptor of this process was opened for writing only (/proc's fdinfo gives its flags in octal).</summary>
    private static bool IsWriteOnly(string fd)
    {
        foreach (var line in File.ReadLines($"/proc/self/fdinfo/{fd}"))
            if (line.StartsWith("flags:", StringComparison.Ordinal))
                return (Convert.ToInt32(line.Substring("flags:".Length).Trim(), 8) & 3) == 1; // O_ACCMODE is 3, O_WRONLY 1
        return false;
    }

    /// <summary>
    /// The state of one expansion: what was found, and which files and folders were already seen. What was seen goes
    /// with the walk; what was found is kept compactly (<see cref="InputList"/>) for the whole run.
    /// </summary>
    private sealed class Walk(string workingDirectory)
    {
        private readonly HashSet<FileIdentity> _seenIdentities = new();
        private readonly HashSet<string> _seenPaths = new(StringComparer.Ordinal);

        public InputList Result { get; } = new(workingDirectory);

        /// <summary>A file named on the command line or found by the walk: read later if regular, otherwise reported.</summary>
        public void File(string full, FileFacts facts)
        {
            if (!FirstTime(full, facts)) return;
            Result.Add(full, SafeFile.RefusalFor(facts.Kind, path: full));
        }

        public void Refuse(string full, string reason)
        {
            if (_seenPaths.Add(full)) Result.Add(full, reason);
        }

        /// <summary>
        /// The checkable files below a folder. Hidden folders (.git and the like) are skipped, and so is what the
        /// .gitignore files above and inside it exclude, unless <paramref name="respectGitIgnore"/> is off.
        /// </summary>
        public void Folder(string root, FileFacts rootFacts, bool respectGitIgnore)
        {
            if (!FirstTime(root, rootFacts)) return;
            var rootIgnores = respectGitIgnore ? GitIgnore.Ancestors(root, Refuse) : new List<GitIgnore>();
            Visit(root, WantedInFolder, rootIgnores, respectGitIgnore);
        }

        /// <summary>
        /// A glob: the folders before its first wildcard are where the walk starts; every file below whose path from
        /// there matches the rest is taken, whatever its extension (the user asked for it by name).
        /// </summary>
        public void Glob(string argument)
        {
            var segments = argument.Replace('\\', '/').Split('/');
            var literal = segments.TakeWhile(s => !GlobPattern.HasWildcards(s)).ToArray();
            var baseDirectory = Path.GetFullPath(literal.Length == 0 ? "." : string.Join('/', literal) + "/", workingDirectory);
            var pattern = new GlobPattern(string.Join('/', segments.Skip(literal.Length)));
            FileFacts facts;
            try
            {
                facts = SafeFile.Stat(baseDirectory);
            }
            catch (UnreadableInputException)
            {
                return;
            }
            if (facts.Kind != FileKind.Directory || !_seenIdentities.Add(facts.Identity)) return;
            Visit(baseDirectory, (path, isFolder, _) => isFolder
                ? !Path.GetFileName(path).StartsWith('.')
                : pattern.IsMatch(Path.GetRelativePath(baseDirectory, path).Replace('\\', '/')), new List<GitIgnore>(), respectGitIgnore: false);
        }

        /// <summary>Walks below a folder with an explicit stack (no recursion, however deep the tree).</summary>
        private void Visit(string root, Func<string, bool, List<GitIgnore>, bool> wanted, List<GitIgnore> rootIgnores, bool respectGitIgnore)
        {
            var pending = new Stack<(string Folder, List<GitIgnore> Ignores)>();
            pending.Push((root, rootIgnores));
            while (pending.Count > 0)
            {
                var (folder, ignores) = pending.Pop();
                string[] entries;
                try
                {
                    entries = Directory.GetFileSystemEntries(folder);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Refuse(folder, $"it is a folder that cannot be listed, so the files in it were not checked ({ex.Message})");
                    continue;
                }
                if (respectGitIgnore && GitIgnore.Load(folder, Refuse) is { } own) ignores = new List<GitIgnore>(ignores) { own };
                Array.Sort(entries, StringComparer.Ordinal);
                var folders = new List<string>();
                foreach (var entry in entries)
                {
                    FileFacts facts;
                    try
                    {
                        facts = SafeFile.Stat(entry);
                    }
                    catch (UnreadableInputException ex)
                    {
                        // What cannot be examined may be a letter or a folder of them (a path too long to look up): it is
                        // reported if it would be wanted as either, so no folder is passed over unseen.
                        if (wanted(entry, false, ignores) || wanted(entry, true, ignores)) Refuse(entry, ex.Message);
                        continue;
                    }
                    if (facts.Kind == FileKind.Directory)
                    {
                        if (wanted(entry, true, ignores) && _seenIdentities.Add(facts.Identity)) folders.Add(entry);
                    }
                    else if (facts.Kind == FileKind.Missing && SafeFile.NameWasNotUtf8(Path.GetFileName(entry)))
                    {
                        // Listed, yet it names nothing: its name is not UTF-8, so it cannot be examined either.
                        if (wanted(entry, false, ignores) || wanted(entry, true, ignores)) Refuse(entry, SafeFile.NotUtf8Name);
                    }
                    else if (wanted(entry, false, ignores)) File(entry, facts);
                }
                // Pushed in reverse so folders are walked in name order.
                for (var i = folders.Count - 1; i >= 0; i--) pending.Push((folders[i], ignores));
            }
        }

        private bool FirstTime(string full, FileFacts facts)
        {
            if (!_seenPaths.Add(full)) return false;
            // Identity is unknown (zero) off Linux; there the path alone decides.
            return facts.Inode == 0 || _seenIdentities.Add(facts.Identity);
        }
    }
}
