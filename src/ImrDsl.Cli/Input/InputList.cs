namespace ImrDsl.Cli.Input;

/// <summary>
/// The inputs of a run in their order, held compactly: a file is its folder (one string shared by every file in it)
/// and its name; the <see cref="InputFile"/>, with the path reports show, is made only when asked for. 20,000 letters
/// named on the command line hold about 100 bytes a file here, where a list of records held about 250 (issue 10: peak
/// memory must not grow with the number of inputs; one folder is not held at all, see <see cref="CheckInputs"/>).
/// </summary>
/// <remarks>Entries are objects, not structs: framework generics over this assembly's structs are compiled at every
/// start (ReadyToRun cannot precompile them), and this list is made by every run.</remarks>
public sealed class InputList : IReadOnlyList<InputFile>
{
    private static readonly char[] Separators = { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };

    private readonly string _workingDirectory;
    /// <summary>Each folder once, with its trailing separator, so a file's full path is folder + name exactly.</summary>
    private readonly List<string> _folders = new();
    private readonly Dictionary<string, int> _folderIndex = new(StringComparer.Ordinal);
    private readonly List<Entry> _entries = new();

    /// <summary>A file on disk: its folder's index and its name, and a problem to report instead of reading it, if any.</summary>
    private class Entry(int folder, string name, string? problem)
    {
        public int Folder { get; } = folder;
        public string Name { get; } = name;
        public string? Problem { get; } = problem;
    }

    /// <summary>Standard input, kept whole: it has no path to share. Sorts by its display path.</summary>
    private sealed class Stdin(InputFile whole) : Entry(-1, whole.DisplayPath, null)
    {
        public InputFile Whole { get; } = whole;
    }

    public InputList(string workingDirectory) => _workingDirectory = workingDirectory;

    public int Count => _entries.Count;

    public InputFile this[int index]
    {
        get
        {
            var entry = _entries[index];
            if (entry is Stdin stdin) return stdin.Whole;
            var full = string.Concat(_folders[entry.Folder], entry.Name);
            return new InputFile(InputFiles.Display(full, _workingDirectory), full, entry.Problem);
        }
    }

    /// <summary>A file (or a path to report as a problem, when <paramref name="problem"/> is set), by its full path.</summary>
    public void Add(string fullPath, string? problem)
    {
        // Split after the last separator: folder + name is the path exactly. Files come folder by folder, so the last
        // folder is usually the one.
        var cut = fullPath.LastIndexOfAny(Separators) + 1;
        var folder = _folders.Count > 0 && fullPath.AsSpan(0, cut).Equals(_folders[^1], StringComparison.Ordinal) ? _folders.Count - 1 : FolderIndex(fullPath[..cut]);
        _entries.Add(new Entry(folder, fullPath[cut..], problem));
    }

    public void Add(InputFile stdin) => _entries.Add(new Stdin(stdin));

    /// <summary>Sorts <paramref name="count"/> inputs from <paramref name="start"/> by full path (display path for standard input), ordinally.</summary>
    public void Sort(int start, int count) => _entries.Sort(start, count, Comparer<Entry>.Create(Compare));

    public IEnumerator<InputFile> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private int FolderIndex(string folder)
    {
        if (_folderIndex.TryGetValue(folder, out var index)) return index;
        _folders.Add(folder);
        _folderIndex.Add(folder, _folders.Count - 1);
        return _folders.Count - 1;
    }

    private int Compare(Entry? x, Entry? y)
        => CompareJoined(x!.Folder >= 0 ? _folders[x.Folder] : "", x.Name, y!.Folder >= 0 ? _folders[y.Folder] : "", y.Name);

    /// <summary>Math.Sign(string.CompareOrdinal(a1 + a2, b1 + b2)), without joining them.</summary>
    internal static int CompareJoined(ReadOnlySpan<char> a1, ReadOnlySpan<char> a2, ReadOnlySpan<char> b1, ReadOnlySpan<char> b2)
    {
        while (true)
        {
            if (a1.IsEmpty)
            {
                a1 = a2;
                a2 = default;
            }
            if (b1.IsEmpty)
            {
                b1 = b2;
                b2 = default;
            }
            if (a1.IsEmpty || b1.IsEmpty) return a1.IsEmpty ? (b1.IsEmpty ? 0 : -1) : 1;
            var common = Math.Min(a1.Length, b1.Length);
            var order = a1[..common].CompareTo(b1[..common], StringComparison.Ordinal);
            if (order != 0) return Math.Sign(order);
            a1 = a1[common..];
            b1 = b1[common..];
        }
    }
}
