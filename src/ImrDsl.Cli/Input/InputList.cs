namespace ImrDsl.Cli.Input;

/// <summary>
/// The inputs of a run in their order, held compactly: a file is its folder (one string shared by every file in it)
/// and its name; the <see cref="InputFile"/>, with the path reports show, is made only when asked for. A run over
/// 20,000 letters holds about 70 bytes a file here, where a list of records held about 250 (issue 10: peak memory
/// must not grow with the number of inputs).
/// </summary>
public sealed class InputList : IReadOnlyList<InputFile>
{
    private readonly string _workingDirectory;
    /// <summary>Each folder once, with its trailing separator, so a file's full path is folder + name exactly.</summary>
    private readonly List<string> _folders = new();
    private readonly Dictionary<string, int> _folderIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _folderLookup;
    /// <summary>What few inputs have beyond a path: standard input (its whole record) or a problem to report.</summary>
    private readonly List<(InputFile? Whole, string? Problem)> _extras = new();
    private Entry[] _entries = new Entry[16];

    /// <summary>
    /// A file on disk (<see cref="Folder"/> at least 0, <see cref="Name"/> the rest of its path) or standard input
    /// (Folder -1, Name its display path). <see cref="Extra"/> indexes <see cref="_extras"/>, or is -1.
    /// </summary>
    private readonly record struct Entry(int Folder, int Extra, string Name);

    public InputList(string workingDirectory)
    {
        _workingDirectory = workingDirectory;
        _folderLookup = _folderIndex.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; private set; }

    public InputFile this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            var entry = _entries[index];
            var extra = entry.Extra >= 0 ? _extras[entry.Extra] : default;
            if (extra.Whole is not null) return extra.Whole;
            var full = string.Concat(_folders[entry.Folder], entry.Name);
            return new InputFile(InputFiles.Display(full, _workingDirectory), full, extra.Problem);
        }
    }

    /// <summary>
    /// A path split where <see cref="Add(PathKey, string?)"/> and path sets want it: its folder (found or added once)
    /// and the name after the last separator. The same path always splits the same way, so keys compare as paths do.
    /// </summary>
    public PathKey Key(string fullPath)
    {
        var cut = fullPath.AsSpan().LastIndexOfAny(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + 1;
        var folder = fullPath.AsSpan(0, cut);
        if (!_folderLookup.TryGetValue(folder, out var index))
        {
            index = _folders.Count;
            var text = folder.ToString();
            _folders.Add(text);
            _folderIndex.Add(text, index);
        }
        return new PathKey(index, fullPath[cut..]);
    }

    /// <summary>A file (or a path to report as a problem, when <paramref name="problem"/> is set).</summary>
    public void Add(PathKey path, string? problem)
    {
        var extra = -1;
        if (problem is not null)
        {
            extra = _extras.Count;
            _extras.Add((null, problem));
        }
        Append(new Entry(path.Folder, extra, path.Name));
    }

    /// <summary>Standard input, kept whole: it has no path to sort or share.</summary>
    public void Add(InputFile stdin)
    {
        _extras.Add((stdin, null));
        Append(new Entry(-1, _extras.Count - 1, stdin.DisplayPath));
    }

    /// <summary>Sorts <paramref name="count"/> inputs from <paramref name="start"/> by full path (display path for standard input), ordinally.</summary>
    public void Sort(int start, int count) => _entries.AsSpan(start, count).Sort(Compare);

    public IEnumerator<InputFile> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private void Append(Entry entry)
    {
        if (Count == _entries.Length) Array.Resize(ref _entries, Count * 2);
        _entries[Count++] = entry;
    }

    private int Compare(Entry x, Entry y)
        => CompareJoined(x.Folder >= 0 ? _folders[x.Folder] : x.Name, x.Folder >= 0 ? x.Name : "",
            y.Folder >= 0 ? _folders[y.Folder] : y.Name, y.Folder >= 0 ? y.Name : "");

    /// <summary>string.CompareOrdinal(a1 + a2, b1 + b2), without joining them.</summary>
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
            var order = a1[..common].SequenceCompareTo(b1[..common]);
            if (order != 0) return order;
            a1 = a1[common..];
            b1 = b1[common..];
        }
    }
}

/// <summary>A path as <see cref="InputList"/> holds it: the index of its folder and its name. Equal keys are equal paths.</summary>
public readonly record struct PathKey(int Folder, string Name);
