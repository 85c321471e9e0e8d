using System.Text.RegularExpressions;

namespace ImrDsl.Pdf;

/// <summary>
/// Recognises page headers and footers among the first and last line of each page: a page number ("3",
/// "Page 3", "Page 3 of 7", "3/7", "- 3 -"), alone or as the last cell of the line, or the same line
/// (digits aside) at the same end of most pages of a document of two or more pages.
/// </summary>
internal static partial class RunningLines
{
    [GeneratedRegex(@"^\s*(?:page\s*)?-?\s*\d{1,4}\s*-?(?:\s*(?:of|/)\s*\d{1,4})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public static void Remove(List<List<LineBuilder.TextLine>> pages)
    {
        var repeatedTop = Repeated(pages, p => p[0].Text);
        var repeatedBottom = Repeated(pages, p => p[^1].Text);
        foreach (var lines in pages)
        {
            if (lines.Count == 0) continue;
            if (IsRunning(lines[^1].Text, repeatedBottom)) lines.RemoveAt(lines.Count - 1);
            if (lines.Count > 0 && IsRunning(lines[0].Text, repeatedTop)) lines.RemoveAt(0);
        }
    }

    private static bool IsRunning(string line, HashSet<string> repeated)
    {
        var cells = line.Split('\t');
        return PageNumber().IsMatch(cells[^1]) || PageNumber().IsMatch(cells[0]) || repeated.Contains(Mask(line));
    }

    private static HashSet<string> Repeated(List<List<LineBuilder.TextLine>> pages, Func<List<LineBuilder.TextLine>, string> end)
    {
        var withText = pages.Where(p => p.Count > 1).ToList();
        if (withText.Count < 2) return new HashSet<string>();
        return withText.GroupBy(p => Mask(end(p)))
            .Where(g => g.Count() >= 2 && g.Count() * 2 >= withText.Count)
            .Select(g => g.Key).ToHashSet();
    }

    private static string Mask(string line) => Digits().Replace(line, "#");
}
