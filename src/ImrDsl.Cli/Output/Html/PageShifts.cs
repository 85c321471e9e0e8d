using System.Globalization;
using ImrDsl.Runtime;
using Imr.Std;

namespace ImrDsl.Cli.Output.Html;

/// <summary>
/// Shifts s such that cited page p, read as p - s, lands on the topic: a closed interval, never containing 0
/// (at 0 the page would match and there would be no mismatch).
/// </summary>
public readonly record struct ShiftRange(int From, int To)
{
    public bool Contains(int shift) => From <= shift && shift <= To;

    /// <summary>"31-34 pages higher", "1 page lower".</summary>
    public string Describe()
    {
        var (low, high) = From > 0 ? (From, To) : (-To, -From);
        var amount = low == high ? low.ToString(CultureInfo.InvariantCulture) : $"{low.ToString(CultureInfo.InvariantCulture)}-{high.ToString(CultureInfo.InvariantCulture)}";
        return $"{amount} {(high == 1 ? "page" : "pages")} {(From > 0 ? "higher" : "lower")}";
    }
}

/// <summary>A cited page range that holds none of its topic's pages in the catalogue.</summary>
public sealed record PageMismatch(string Letter, string? Item, Citation Citation, GuidelineCatalogue Guideline, IReadOnlyList<PageRange> TopicPages, PageRange Cited)
{
    /// <summary>The shifts that would land the cited range on one of the topic's ranges, merged and in order.</summary>
    public IReadOnlyList<ShiftRange> Fits { get; } = Merge(TopicPages.Select(r => new ShiftRange(Cited.From - r.To, Cited.To - r.From)));

    private static IReadOnlyList<ShiftRange> Merge(IEnumerable<ShiftRange> ranges)
    {
        var merged = new List<ShiftRange>();
        foreach (var range in ranges.OrderBy(r => r.From))
        {
            if (merged.Count > 0 && range.From <= merged[^1].To + 1) merged[^1] = merged[^1] with { To = Math.Max(merged[^1].To, range.To) };
            else merged.Add(range);
        }
        return merged;
    }
}

/// <summary>One shift under which several mismatched pages of one guideline all land on their topics.</summary>
public sealed record CommonShift(GuidelineCatalogue Guideline, ShiftRange Shift, IReadOnlyList<PageMismatch> Explained, int Mismatches);

/// <summary>
/// Explains page mismatches by pagination: a reviewer who cites another edition of a guideline gets every page
/// wrong by about the same amount, so when many mismatches fit one common shift that is one cause, not many
/// slips. Works on the typed letters and their catalogues, for one letter or a whole run.
/// </summary>
public static class PageShifts
{
    /// <summary>The mismatched cited page ranges of a letter, in the order of its items and citations.</summary>
    public static IReadOnlyList<PageMismatch> Find(string letter, Determination determination, CatalogueSet catalogues)
    {
        var found = new List<PageMismatch>();
        foreach (var item in determination.Items)
        foreach (var citation in item.Citations)
        {
            if (citation.Pages.Count == 0 || string.IsNullOrWhiteSpace(citation.Topic)) continue;
            if (catalogues.Find(citation.Guideline) is not { } guideline) continue;
            var topicPages = guideline.ResolveTopics(citation.Topic!).SelectMany(t => t.Pages).ToList();
            if (topicPages.Count == 0) continue;
            foreach (var cited in citation.Pages)
                if (!topicPages.Any(r => r.Overlaps(cited)))
                    found.Add(new PageMismatch(letter, item.Service, citation, guideline, topicPages, cited));
        }
        return found;
    }

    /// <summary>
    /// For each guideline, the shift that explains the most of its mismatches (the one nearest zero on a tie),
    /// when it explains at least <paramref name="minimum"/> of them.
    /// </summary>
    public static IReadOnlyList<CommonShift> Common(IEnumerable<PageMismatch> mismatches, int minimum = 2)
    {
        var result = new List<CommonShift>();
        foreach (var group in mismatches.GroupBy(m => m.Guideline))
        {
            var all = group.ToList();
            if (Best(all) is not { } shift) continue;
            var explained = all.Where(m => m.Fits.Any(f => f.Contains(shift.From))).ToList();
            if (explained.Count >= minimum) result.Add(new CommonShift(group.Key, shift, explained, all.Count));
        }
        return result.OrderByDescending(c => c.Explained.Count).ThenBy(c => c.Guideline.Title, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Sweeps the mismatches' shift intervals: between two consecutive boundaries the set of mismatches that fit
    /// is constant, so the best stretch is a whole shift range. Linear after sorting.
    /// </summary>
    private static ShiftRange? Best(IReadOnlyList<PageMismatch> mismatches)
    {
        var events = new List<(int At, int Delta)>();
        foreach (var m in mismatches)
        foreach (var fit in m.Fits)
        {
            events.Add((fit.From, +1));
            events.Add((fit.To + 1, -1));
        }
        events.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Delta.CompareTo(b.Delta));

        ShiftRange? best = null;
        var bestCount = 0;
        var count = 0;
        for (var i = 0; i < events.Count; i++)
        {
            count += events[i].Delta;
            if (i + 1 < events.Count && events[i + 1].At == events[i].At) continue; // apply every event at this point first
            if (count == 0 || i + 1 == events.Count) continue;
            var stretch = new ShiftRange(events[i].At, events[i + 1].At - 1);
            if (count > bestCount || (count == bestCount && best is { } b && Nearest(stretch) < Nearest(b)))
            {
                best = stretch;
                bestCount = count;
            }
        }
        return best;
    }

    private static int Nearest(ShiftRange range) => range.From > 0 ? range.From : -range.To;
}
