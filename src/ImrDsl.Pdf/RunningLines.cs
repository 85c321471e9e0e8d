using System.Text.RegularExpressions;

namespace ImrDsl.Pdf;

/// <summary>
/// Recognises page headers and footers among the first and last line of each page: a page number ("3",
/// "Page 3", "Page 3 of 7", "3/7", "- 3 -"), alone or as the last cell of the line, or the same line
/// (digits aside) at the same end of most pages of a document of two or more pages. Below a header so found, and
/// above a footer, more lines go with it (<see cref="PageEdgeLines.MostLines"/> in all) where each stands at the same
/// place on all those pages but one (a title above a case number, "CONFIDENTIAL" and an address above a page number).
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
        // Which pages lost a header and a footer line: only there can a block go on.
        var headerGoesOn = new bool[pages.Count];
        var footerGoesOn = new bool[pages.Count];
        for (var page = 0; page < pages.Count; page++)
        {
            var lines = pages[page];
            if (lines.Count == 0) continue;
            footerGoesOn[page] = IsRunning(lines[^1].Text, repeatedBottom);
            if (footerGoesOn[page]) lines.RemoveAt(lines.Count - 1);
            headerGoesOn[page] = lines.Count > 0 && IsRunning(lines[0].Text, repeatedTop);
            if (headerGoesOn[page]) lines.RemoveAt(0);
        }
        // Headers and footers a line at a time, in turn, each to its block's most lines.
        for (int header = 1, footer = 1; header < PageEdgeLines.MostLines || footer < PageEdgeLines.MostLines;)
        {
            if (header < PageEdgeLines.MostLines) header += RemoveRepeated(pages, headerGoesOn, top: true, PageEdgeLines.MostLines - header);
            if (footer < PageEdgeLines.MostLines) footer += RemoveRepeated(pages, footerGoesOn, top: false, PageEdgeLines.MostLines - footer);
        }
    }

    /// <summary>
    /// One more line of the blocks still going on: the first (or last) line of each such page goes where the same line
    /// stands there on all those pages but one (<see cref="PageEdgeLines.OnAllPagesButOne"/>) and reads as furniture, or
    /// lines that begin a privacy notice on every one of them (<see cref="PageEdgeLines.NoticeLines"/>) go. Returns how
    /// many lines of the block that took.
    /// </summary>
    private static int RemoveRepeated(List<List<LineBuilder.TextLine>> pages, bool[] goesOn, bool top, int most)
    {
        var going = new List<int>();
        for (var page = 0; page < pages.Count; page++)
            if (goesOn[page] && pages[page].Count > 1) going.Add(page);
            else goesOn[page] = false;
        string End(int page) => top ? pages[page][0].Text : pages[page][^1].Text;
        var holder = PageEdgeLines.OnAllPagesButOne(going.Count,
            (a, b) => string.Equals(End(going[a]), End(going[b]), StringComparison.Ordinal), k => PageEdgeLines.ReadsAsFurniture(End(going[k])));
        if (holder < 0 && going.Count >= 2)
        {
            // The step-th line from this end, keeping one line of the page at least.
            string? At(int page, int step) => pages[page].Count > step + 1 ? pages[page][top ? step : pages[page].Count - 1 - step].Text : null;
            var notice = PageEdgeLines.NoticeLines(going.Count, most, up: !top, step => At(going[0], step),
                (step, k) => At(going[k], step) is { } line && string.Equals(line, At(going[0], step), StringComparison.Ordinal));
            if (notice > 0)
            {
                foreach (var page in going) pages[page].RemoveRange(top ? 0 : pages[page].Count - notice, notice);
                return notice;
            }
        }
        var block = holder < 0 ? null : End(going[holder]);
        foreach (var page in going)
        {
            if (block is null || !string.Equals(End(page), block, StringComparison.Ordinal)) { goesOn[page] = false; continue; }
            pages[page].RemoveAt(top ? 0 : pages[page].Count - 1);
        }
        return 1;
    }

    /// <summary>
    /// Whether a page's first or last line is a page number, or a line repeated at that end of most pages that reads as
    /// furniture or a privacy notice: a line of the letter's own (a citation's opening, "MAXIMUS guideline: Decision based
    /// on ... (Effective July 18,") may end two pages of three by chance, and is kept as it is further in.
    /// </summary>
    private static bool IsRunning(string line, HashSet<string> repeated)
    {
        var cells = line.Split('\t');
        return PageNumber().IsMatch(cells[^1]) || PageNumber().IsMatch(cells[0])
            || repeated.Contains(Mask(line)) && (PageEdgeLines.ReadsAsFurniture(line) || PageEdgeLines.IsNoticeLine(line));
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
