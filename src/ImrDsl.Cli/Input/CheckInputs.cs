namespace ImrDsl.Cli.Input;

/// <summary>
/// The inputs of one `imr check`, read once in order as they are checked: either a list (<see cref="InputList"/>) or a
/// folder walked again as it is read (<see cref="SortedWalk"/>), which then holds nothing per file.
/// </summary>
public sealed class CheckInputs : IEnumerable<InputFile>
{
    private readonly IEnumerable<InputFile> _inputs;

    private CheckInputs(IEnumerable<InputFile> inputs, int count, IReadOnlyList<string?> configPaths, bool isWalked)
    {
        _inputs = inputs;
        Count = count;
        ConfigPaths = configPaths;
        IsWalked = isWalked;
    }

    /// <summary>Whether the inputs are a folder walked as it is read (nothing held per file), not a list.</summary>
    public bool IsWalked { get; }

    /// <summary>How many inputs there are (a walked folder's count as first walked).</summary>
    public int Count { get; }

    /// <summary>
    /// Paths whose imr.json, looked up in this order, finds every input's config in the order of the inputs (for a list,
    /// each input's; for a walked folder, one file in each folder, taken where the folder's first file comes).
    /// </summary>
    public IReadOnlyList<string?> ConfigPaths { get; }

    internal static CheckInputs Listed(InputList inputs)
        => new(inputs, inputs.Count, new ConfigPathList(inputs), isWalked: false);

    /// <summary>A folder walked once now, to count it and find its folders; null if the walk found anything not plain.</summary>
    internal static CheckInputs? Walked(string root, FileFacts rootFacts, bool respectGitIgnore, string workingDirectory)
    {
        var walk = new SortedWalk(root, rootFacts, respectGitIgnore);
        var count = 0;
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var firstInFolder = new List<string?>();
        foreach (var found in walk)
        {
            if (!walk.Plain) return null;
            count++;
            if (folders.Add(Path.GetDirectoryName(found.FullPath)!)) firstInFolder.Add(found.FullPath);
        }
        if (!walk.Plain) return null;
        // Walked again as the files are checked, without a statx per file: the first walk found no hard links.
        var again = new SortedWalk(root, rootFacts, respectGitIgnore, checkLinkCounts: false)
            .Select(file => new InputFile(InputFiles.Display(file.FullPath, workingDirectory), file.FullPath, file.Problem));
        return new CheckInputs(again, count, firstInFolder, isWalked: true);
    }

    public IEnumerator<InputFile> GetEnumerator() => _inputs.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Each listed input's path, or for standard input the file it stands for (null: none).</summary>
    private sealed class ConfigPathList(InputList inputs) : IReadOnlyList<string?>
    {
        public int Count => inputs.Count;
        public string? this[int index] => inputs[index] is var input ? input.FullPath ?? input.StandsFor : null;
        public IEnumerator<string?> GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
