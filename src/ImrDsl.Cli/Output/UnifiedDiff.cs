using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace ImrDsl.Cli.Output;

/// <summary>
/// A unified diff (the `diff -u` / `git diff` layout that patch and review tools read) of a file and what it would
/// become. DiffPlex finds the changed lines; this groups them into hunks with three lines of context.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff, or an empty string when the texts are equal.</summary>
    public static string Create(string path, string before, string after)
    {
        // Lines keep their line break, so a changed break (CRLF to LF, a missing final newline) is a changed line;
        // as in diff -u, a carriage return stays in the line's text, so patch and git apply restore it.
        var diff = new Differ().CreateCustomDiffs(before, after, false, SplitKeepingBreaks);
        var (oldLines, newLines) = (diff.PiecesOld, diff.PiecesNew);
        if (diff.DiffBlocks.Count == 0) return string.Empty;

        var output = new StringBuilder();
        output.Append("--- ").Append(path).Append('\n');
        output.Append("+++ ").Append(path).Append('\n');
        foreach (var hunk in Hunks(diff.DiffBlocks))
        {
            var first = hunk[0];
            var last = hunk[^1];
            var oldStart = Math.Max(0, first.DeleteStartA - Context);
            var oldEnd = Math.Min(oldLines.Length, last.DeleteStartA + last.DeleteCountA + Context);
            var newStart = first.InsertStartB - (first.DeleteStartA - oldStart);
            var newEnd = last.InsertStartB + last.InsertCountB + (oldEnd - (last.DeleteStartA + last.DeleteCountA));
            output.Append("@@ -").Append(Range(oldStart, oldEnd - oldStart)).Append(" +").Append(Range(newStart, newEnd - newStart)).Append(" @@\n");
            var at = oldStart;
            foreach (var block in hunk)
            {
                for (; at < block.DeleteStartA; at++) Line(output, ' ', oldLines[at]);
                for (var i = 0; i < block.DeleteCountA; i++) Line(output, '-', oldLines[block.DeleteStartA + i]);
                for (var i = 0; i < block.InsertCountB; i++) Line(output, '+', newLines[block.InsertStartB + i]);
                at = block.DeleteStartA + block.DeleteCountA;
            }
            for (; at < oldEnd; at++) Line(output, ' ', oldLines[at]);
        }
        return output.ToString();
    }

    /// <summary>Changes closer than twice the context share a hunk, as diff -u does.</summary>
    private static IEnumerable<List<DiffBlock>> Hunks(IList<DiffBlock> blocks)
    {
        var hunk = new List<DiffBlock> { blocks[0] };
        foreach (var block in blocks.Skip(1))
        {
            var previous = hunk[^1];
            if (block.DeleteStartA - (previous.DeleteStartA + previous.DeleteCountA) > 2 * Context)
            {
                yield return hunk;
                hunk = new List<DiffBlock>();
            }
            hunk.Add(block);
        }
        yield return hunk;
    }

    /// <summary>"start,count", 1-based; an empty range names the line before it, as diff -u does.</summary>
    private static string Range(int start, int count)
        => count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";

    private static void Line(StringBuilder output, char mark, string line)
    {
        var text = line.EndsWith('\n') ? line[..^1] : line;
        output.Append(mark).Append(text).Append('\n');
        if (text.Length == line.Length) output.Append("\\ No newline at end of file\n");
    }

    private static string[] SplitKeepingBreaks(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines.ToArray();
    }
}
