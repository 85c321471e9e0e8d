using System.IO.Enumeration;

namespace ImrDsl.Cli.Input;

/// <summary>
/// The checkable files below one folder in the order <see cref="InputFiles.Expand"/> gives them, found as they are
/// needed and never held: a depth-first walk whose siblings are sorted with a folder's name read as "name/", so each
/// folder's files come exactly where the ordinal order of full paths puts them ("a-b.txt" and "a.txt" before the files
/// of "a/", as '-' and '.' sort before '/'). Only the folders on the way down are kept.
/// </summary>
/// <remarks>
/// Expand decides which of two paths to one file or folder it keeps by which it meets first, in its own order. This
/// walk skips those decisions, so it is the same as Expand only where nothing can be met twice and nothing is
/// reported but files. Anything else (a link, a file with other hard links, a folder met twice, a folder or a
/// .gitignore that cannot be read, a path that cannot be examined) sets <see cref="Plain"/> to false, and the
/// caller expands instead.
/// </remarks>
internal sealed class SortedWalk(string root, FileFacts rootFacts, bool respectGitIgnore) : IEnumerable<(string FullPath, string? Problem)>
{
    private static readonly EnumerationOptions AllEntries = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    /// <summary>False once the walk met something that makes it differ from Expand, or might.</summary>
    public bool Plain { get; private set; } = true;

    /// <summary>A file to yield or a folder to walk; <see cref="Key"/> orders siblings ("name" for a file, "name/" for a folder).</summary>
    private sealed record Child(string Key, string Path, bool IsFolder, string? Problem, List<GitIgnore> Ignores);

    private sealed class Frame(Child[] children)
    {
        public Child[] Children { get; } = children;
        public int Next { get; set; }
    }

    public IEnumerator<(string FullPath, string? Problem)> GetEnumerator()
    {
        var rootIgnores = respectGitIgnore ? GitIgnore.Ancestors(root, (_, _) => Plain = false) : new List<GitIgnore>();
        var folders = new HashSet<(ulong, ulong)> { rootFacts.Identity };
        var path = new Stack<Frame>();
        path.Push(new Frame(Children(root, rootIgnores, folders)));
        while (path.Count > 0)
        {
            var frame = path.Peek();
            if (frame.Next == frame.Children.Length)
            {
                path.Pop();
                continue;
            }
            var child = frame.Children[frame.Next++];
            if (child.IsFolder) path.Push(new Frame(Children(child.Path, child.Ignores, folders)));
            else yield return (child.Path, child.Problem);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A folder's wanted files and folders, sorted by key; as Expand's walk takes them, with its own tests.</summary>
    private Child[] Children(string folder, List<GitIgnore> ignores, HashSet<(ulong, ulong)> folders)
    {
        (string Path, bool IsLink)[] entries;
        try
        {
            entries = new FileSystemEnumerable<(string, bool)>(folder,
                (ref FileSystemEntry entry) => (entry.ToFullPath(), (entry.Attributes & FileAttributes.ReparsePoint) != 0), AllEntries).ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Plain = false;
            return Array.Empty<Child>();
        }
        if (respectGitIgnore && GitIgnore.Load(folder, (_, _) => Plain = false) is { } own) ignores = new List<GitIgnore>(ignores) { own };
        var children = new List<Child>();
        foreach (var (entry, isLink) in entries)
        {
            FileFacts facts;
            try
            {
                facts = SafeFile.Stat(entry);
            }
            catch (UnreadableInputException)
            {
                if (InputFiles.WantedInFolder(entry, false, ignores)) Plain = false;
                continue;
            }
            var isFolder = facts.Kind == FileKind.Directory;
            if (!InputFiles.WantedInFolder(entry, isFolder, ignores)) continue;
            if (isLink || (isFolder ? !folders.Add(facts.Identity) : facts.Links > 1))
            {
                Plain = false;
                continue;
            }
            children.Add(isFolder ? new Child(entry + "/", entry, true, null, ignores) : new Child(entry, entry, false, SafeFile.RefusalFor(facts.Kind), ignores));
        }
        children.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
        return children.ToArray();
    }
}
