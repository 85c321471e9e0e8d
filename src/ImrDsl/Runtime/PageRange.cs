using System.Globalization;

namespace ImrDsl.Runtime;

/// <summary>Pages <see cref="From"/> to <see cref="To"/> of a guideline, both included.</summary>
/// <remarks>
/// A class, not a struct: every letter's citations make lists and arrays of page ranges, and ReadyToRun cannot precompile
/// the framework's generic code (lists, spans, LINQ) for a struct of this assembly, so each start compiled about 70
/// methods for it. Over a class the framework's shared, precompiled code serves.
/// </remarks>
public sealed record PageRange(int From, int To)
{
    public bool Overlaps(PageRange other) => From <= other.To && other.From <= To;
    public override string ToString() => From == To ? From.ToString(CultureInfo.InvariantCulture) : $"{From.ToString(CultureInfo.InvariantCulture)}-{To.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"page 97", "pages 63-66", "pages 18-19 and 49".</summary>
    public static string Describe(IReadOnlyList<PageRange> ranges)
    {
        if (ranges.Count == 0) return "no pages";
        var single = ranges.Count == 1 && ranges[0].From == ranges[0].To;
        var items = ranges.Select(r => r.ToString()).ToList();
        var joined = items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1];
        return (single ? "page " : "pages ") + joined;
    }
}
