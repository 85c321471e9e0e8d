using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Diagnostics;
using ImrDsl.Runtime;

namespace ImrDsl.Tests;

/// <summary>
/// "Did you mean" runs for every unknown topic of every letter, so it was made cheaper (issue 10): three rows of the
/// distance table instead of the whole table, candidates of the wrong length skipped, answers remembered per
/// catalogue. Each must answer exactly as the whole-table version did.
/// </summary>
public class SuggestionsTests
{
    /// <summary>The optimal string alignment distance over the whole table, as it was computed before.</summary>
    private static int WholeTableDistance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3) return Math.Abs(a.Length - b.Length);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }

    /// <summary>Every candidate measured, as before.</summary>
    private static string? ClosestByWholeTable(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = word.Length <= 3 ? 1 : 2;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, word, StringComparison.Ordinal)) continue;
            var distance = WholeTableDistance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= limit && distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }
        return best;
    }

    // Few letters, so near misses, transpositions and repeats are common.
    private static readonly Gen<string> Words = Gen.ListOf(Gen.Elements('a', 'b', 'c', 'A', 'é', ' ')).Select(c => new string(c.Take(9).ToArray()));

    [Fact]
    public void The_distance_is_the_whole_tables()
    {
        Prop.ForAll(Words.ToArbitrary(), Words.ToArbitrary(), (a, b) =>
        {
            if (Suggestions.Distance(a, b) != WholeTableDistance(a, b))
                throw new Xunit.Sdk.XunitException($"'{a}' to '{b}': {Suggestions.Distance(a, b)}, expected {WholeTableDistance(a, b)}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void The_closest_candidate_is_the_one_every_candidate_measured_gives()
    {
        Prop.ForAll(Words.ToArbitrary(), Gen.ListOf(Words).ToArbitrary(), (word, candidates) =>
        {
            var list = candidates.ToList();
            if (Suggestions.Closest(word, list) != ClosestByWholeTable(word, list))
                throw new Xunit.Sdk.XunitException($"'{word}' among [{string.Join(", ", list)}]");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void A_catalogue_remembers_a_miss_and_answers_it_the_same_every_time()
    {
        var catalogue = new GuidelineCatalogue("g", "Guide", Array.Empty<string>(), 100, new[]
        {
            new GuidelineTopic("Opioids", new[] { new PageRange(74, 96) }, Array.Empty<string>()),
            new GuidelineTopic("Topical analgesics", new[] { new PageRange(111, 113) }, Array.Empty<string>()),
        });
        var context = new ValidationContext(new[] { catalogue });
        foreach (var (cited, hint) in new[] { ("Opiods", "Opioids"), ("Topicl analgesics", "Topical analgesics"), ("Acupuncture", null), ("Opiods", "Opioids") })
        {
            var values = RulePredicates.KnownTopic(context, "g", cited);
            Assert.False(values.Holds);
            Assert.Equal("Guide", values.Values["guideline-title"]);
            Assert.Equal(hint is null ? "" : $"; did you mean \u201C{hint}\u201D?", values.Values["suggestion"]);
        }
    }
}
