using ImrDsl.Runtime;

namespace ImrDsl.Tests;

/// <summary>
/// The catalogue lookups and rule predicates as they were before issue 10 made them cheaper (LINQ lists per citation,
/// a letters-and-digits comparison on every lookup, both halves of an item's facts read), kept verbatim so that property
/// tests can hold the faster code to their answers. The findings' wording, which the work did not change, is the
/// predicates' own.
/// </summary>
internal static class RulePredicatesReference
{
    public static PredicateResult PagesMatchTopic(CatalogueSet catalogues, string? guideline, string? topic, IReadOnlyList<PageRange>? pages)
    {
        if (pages is null || pages.Count == 0) return PredicateResult.True;
        var catalogue = catalogues.Find(guideline);
        if (catalogue is null) return PredicateResult.True;

        if (catalogue.PageCount is { } count && pages.Where(p => p.To > count).ToList() is { Count: > 0 } beyond)
            return RulePredicates.PagesBeyond(catalogue, count, beyond);

        if (string.IsNullOrWhiteSpace(topic)) return PredicateResult.True;
        var ranges = catalogue.ResolveTopics(topic!).SelectMany(t => t.Pages).ToList();
        if (ranges.Count == 0) return PredicateResult.True;
        var outside = pages.Where(p => !ranges.Any(r => r.Overlaps(p))).ToList();
        return outside.Count == 0 ? PredicateResult.True : RulePredicates.PagesOutsideTopic(catalogue, topic!, outside, ranges);
    }

    public static PredicateResult ConclusionNamesItem(string? rationale, string? service, IReadOnlyList<OutcomePhrases> phrases)
    {
        if (string.IsNullOrWhiteSpace(rationale) || string.IsNullOrWhiteSpace(service)) return PredicateResult.True;
        var found = Conclusions.Find(rationale!, phrases);
        // A rationale cut mid-sentence with no conclusion is IMR005's, and names nothing to compare.
        if (found is null && !RulePredicates.EndsWhole(rationale, null, phrases).Holds) return PredicateResult.True;
        var sentence = found?.Sentence ?? Conclusions.LastSentence(rationale!);
        var expected = ItemFacts.From(service!);
        var named = ItemFacts.From(sentence);
        var conflicts = expected.Conflicts(named);
        return conflicts is null ? PredicateResult.True : new PredicateResult(false, new Dictionary<string, string> { ["named"] = conflicts, ["conclusion"] = sentence });
    }

}

/// <summary>The letters-and-digits comparer as it was: a call per character to classify and to lower.</summary>
internal sealed class NormalizedComparerReference : IEqualityComparer<string>
{
    public static readonly NormalizedComparerReference Instance = new();

    // The runtime's hash combiner, as its GetHashCode used it.
    private const int Seed = unchecked((int)2166136261);
    private static int Combine(int seed, int value) => unchecked((seed ^ value) * 16777619);

    public bool Equals(string? x, string? y)
    {
        if (x is null || y is null) return x is null && y is null;
        (x, y) = (WithoutAnd(x), WithoutAnd(y));
        int i = 0, j = 0;
        while (true)
        {
            while (i < x.Length && !char.IsLetterOrDigit(x[i])) i++;
            while (j < y.Length && !char.IsLetterOrDigit(y[j])) j++;
            if (i == x.Length || j == y.Length) return i == x.Length && j == y.Length;
            if (char.ToLowerInvariant(x[i]) != char.ToLowerInvariant(y[j])) return false;
            i++;
            j++;
        }
    }

    public int GetHashCode(string text)
    {
        var hash = Seed;
        foreach (var c in WithoutAnd(text))
            if (char.IsLetterOrDigit(c)) hash = Combine(hash, char.ToLowerInvariant(c));
        return hash;
    }

    /// <summary>The text without the word "and" (letters write "&amp;" for it as often), whatever its case.</summary>
    private static string WithoutAnd(string text)
        => System.Text.RegularExpressions.Regex.Replace(text, @"(?<![\p{L}\p{Nd}])and(?![\p{L}\p{Nd}])", "",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
