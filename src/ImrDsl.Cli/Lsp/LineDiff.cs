namespace ImrDsl.Cli.Lsp;

/// <summary>
/// The lines that differ between a document and its formatted text, as replacements of whole lines, so an editor keeps
/// the cursor and folding where nothing changed, and range formatting can keep only the hunks in its range.
/// </summary>
internal static class LineDiff
{
    /// <summary>Old lines [OldStart, OldEnd) become NewText; OldEndPosition is where the replaced text ends.</summary>
    public sealed record Hunk(int OldStart, int OldEnd, string NewText, (int Line, int Character) OldEndPosition);

    /// <summary>Beyond this many line pairs in the changed middle, the middle is one hunk rather than a quadratic diff.</summary>
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<Hunk> Hunks(string oldText, string newText)
    {
        var oldLines = Split(oldText);
        var newLines = Split(newText);
        var oldKeys = oldLines.Select(Key).ToArray();
        var newKeys = newLines.Select(Key).ToArray();

        int prefix = 0, suffix = 0;
        while (prefix < oldKeys.Length && prefix < newKeys.Length && oldKeys[prefix] == newKeys[prefix]) prefix++;
        while (suffix < oldKeys.Length - prefix && suffix < newKeys.Length - prefix
               && oldKeys[oldKeys.Length - 1 - suffix] == newKeys[newKeys.Length - 1 - suffix]) suffix++;

        var pairs = new List<(int Old, int New)>(); // matched lines of the middle, in order
        int n = oldKeys.Length - prefix - suffix, m = newKeys.Length - prefix - suffix;
        if (n > 0 && m > 0 && (long)n * m <= MaxCells)
        {
            // Longest common subsequence, walked forwards from a table of suffix lengths.
            var table = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                table[i, j] = oldKeys[prefix + i] == newKeys[prefix + j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            for (int i = 0, j = 0; i < n && j < m;)
            {
                if (oldKeys[prefix + i] == newKeys[prefix + j]) { pairs.Add((prefix + i, prefix + j)); i++; j++; }
                else if (table[i + 1, j] >= table[i, j + 1]) i++;
                else j++;
            }
        }
        pairs.Add((oldKeys.Length - suffix, newKeys.Length - suffix)); // sentinel: the common suffix starts here

        var hunks = new List<Hunk>();
        int oldAt = prefix, newAt = prefix;
        foreach (var (oldMatch, newMatch) in pairs)
        {
            if (oldMatch > oldAt || newMatch > newAt)
                hunks.Add(new Hunk(oldAt, oldMatch, string.Concat(newLines.Skip(newAt).Take(newMatch - newAt)), EndOf(oldLines, oldMatch)));
            oldAt = oldMatch + 1;
            newAt = newMatch + 1;
        }
        return hunks;
    }

    /// <summary>Lines with their line breaks, so a missing final line break is a difference too.</summary>
    private static List<string> Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || text[i] == '\r')
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }
        if (start < text.Length) lines.Add(text.Substring(start));
        return lines;
    }

    /// <summary>Lines compare with any line break written as \n: the formatter's output uses \n, editors keep the file's own.</summary>
    private static string Key(string line) => line.EndsWith("\r\n", StringComparison.Ordinal) ? line[..^2] + "\n" : line.EndsWith('\r') ? line[..^1] + "\n" : line;

    /// <summary>The position where old line <paramref name="index"/> starts (or the text's end when it is past the last line).</summary>
    private static (int Line, int Character) EndOf(List<string> lines, int index)
    {
        if (index < lines.Count) return (index, 0);
        if (lines.Count == 0) return (0, 0);
        var last = lines[^1];
        return last.EndsWith('\n') || last.EndsWith('\r') ? (lines.Count, 0) : (lines.Count - 1, last.Length);
    }
}
