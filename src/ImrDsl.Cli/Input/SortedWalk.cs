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
/// caller expands instead. Everything it holds or yields is an object, not a struct: framework generics over structs
/// would be compiled at every start (ReadyToRun cannot precompile them).
/// </remarks>
/// <param name="checkLinkCounts">Whether each regular file is examined (a statx) for other hard links to it, which make the
/// walk not <see cref="Plain"/>. The walk that decides whether a folder can be walked does; the one that then yields its
/// files as they are checked trusts that decision and takes the listing's word that a file is regular (its read still
/// examines the open file).</param>
/// <param name="kindsListed">Whether an entry's kind is taken from the listing. Some file systems (XFS made without ftype,
/// some network and FUSE ones) list every entry as of unknown kind, and the walk then examines each; false walks as if
/// on one of those, so tests can hold that path to the same answers.</param>
internal sealed class SortedWalk(string root, FileFacts rootFacts, bool respectGitIgnore, bool checkLinkCounts = true, bool kindsListed = true)
    : IEnumerable<SortedWalk.Found>
{
    /// <summary>False once the walk met something that makes it differ from Expand, or might.</summary>
    public bool Plain { get; private set; } = true;

    /// <summary>A file found: its full path, and a problem to report instead of reading it (a FIFO, a device), if any.</summary>
    public sealed record Found(string FullPath, string? Problem);

    /// <summary>A file to yield or a folder to walk, by name; siblings sort as "name" (a file) and "name/" (a folder).</summary>
    private sealed record Child(string Name, bool IsFolder, string? Problem);

    /// <summary>A folder on the way down: its children (names only; a path is joined when it is needed) and where the walk is.</summary>
    private sealed class Frame(string folder, List<GitIgnore> ignores, Child[] children)
    {
        public string Folder { get; } = folder;
        public List<GitIgnore> Ignores { get; } = ignores;
        public Child[] Children { get; } = children;
        public int Next { get; set; }
    }

    public IEnumerator<Found> GetEnumerator()
    {
        var rootIgnores = respectGitIgnore ? GitIgnore.Ancestors(root, (_, _) => Plain = false) : new List<GitIgnore>();
        var folders = new HashSet<FileIdentity> { rootFacts.Identity };
        var path = new Stack<Frame>();
        path.Push(Enter(root, rootIgnores, folders));
        while (path.Count > 0)
        {
            var frame = path.Peek();
            if (frame.Next == frame.Children.Length)
            {
                path.Pop();
                continue;
            }
            var child = frame.Children[frame.Next++];
            var full = Path.Join(frame.Folder, child.Name);
            if (child.IsFolder) path.Push(Enter(full, frame.Ignores, folders));
            else yield return new Found(full, child.Problem);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A folder's wanted files and folders, sorted; as Expand's walk takes them, with its own tests.</summary>
    private Frame Enter(string folder, List<GitIgnore> ignores, HashSet<FileIdentity> folders)
    {
        FolderListing listing;
        try
        {
            // With each entry's file type as listed: a regular file, a FIFO or a device is known without a statx.
            listing = FolderListing.Open(folder);
        }
        catch (IOException)
        {
            Plain = false;
            return new Frame(folder, ignores, Array.Empty<Child>());
        }
        using var open = listing;
        var entries = listing.Entries;
        if (respectGitIgnore && GitIgnore.Load(folder, (_, _) => Plain = false) is { } own) ignores = new List<GitIgnore>(ignores) { own };
        var children = new List<Child>(entries.Count);
        foreach (var (name, kindAsListed) in entries)
        {
            var listedKind = kindsListed ? kindAsListed : FileKind.Missing;
            // The path as Directory.GetFileSystemEntries gives it to Expand's walk: the folder and the name, joined.
            var entry = Path.Join(folder, name);
            // Whether it is wanted is a matter of its name and whether it is a folder, which the listing says (but for a link
            // or an unknown type): what is not wanted is not examined. (An entry that cannot be examined counts as a file,
            // as in Expand, so a folder is passed over only when it would not be wanted as a file either.)
            var listedFile = listedKind is FileKind.Regular or FileKind.Fifo or FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Socket;
            if ((listedFile || listedKind == FileKind.Directory) && !InputFiles.WantedInFolder(entry, false, ignores)
                && (listedFile || !InputFiles.WantedInFolder(entry, true, ignores))) continue;
            // Once the first walk has checked every file's facts (its hard links among them), a file is taken as listed;
            // a folder's identity (for loops) and a link's or an unknown entry's kind always need a statx.
            if (listedFile && !checkLinkCounts)
            {
                children.Add(new Child(name, false, SafeFile.RefusalFor(listedKind)));
                continue;
            }
            FileFacts facts;
            bool isLink;
            try
            {
                // One statx for an entry that is not a link (the same facts either way); a link is followed as Expand follows it.
                // Relative to the open folder: the same file as the joined path, with one name to look up instead of all.
                facts = listing.Stat(name, followLinks: false);
                isLink = facts.Kind == FileKind.SymbolicLink;
                if (isLink) facts = listing.Stat(name);
            }
            catch (UnreadableInputException)
            {
                // Expand reports what cannot be examined if it would be wanted as a file or as a folder.
                if (InputFiles.WantedInFolder(entry, false, ignores) || InputFiles.WantedInFolder(entry, true, ignores)) Plain = false;
                continue;
            }
            var isFolder = facts.Kind == FileKind.Directory;
            if (!InputFiles.WantedInFolder(entry, isFolder, ignores)) continue;
            // Gone since it was listed (or a name that does not survive decoding): Expand would report it; the caller expands.
            if (isLink || facts.Kind == FileKind.Missing || (isFolder ? !folders.Add(facts.Identity) : facts.Links > 1))
            {
                Plain = false;
                continue;
            }
            children.Add(new Child(name, isFolder, isFolder ? null : SafeFile.RefusalFor(facts.Kind)));
        }
        children.Sort((x, y) => InputList.CompareJoined(x.Name, x.IsFolder ? "/" : "", y.Name, y.IsFolder ? "/" : ""));
        return new Frame(folder, ignores, children.ToArray());
    }
}
