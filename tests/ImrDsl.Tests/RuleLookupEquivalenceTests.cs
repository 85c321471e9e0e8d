using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Runtime;

namespace ImrDsl.Tests;

/// <summary>
/// The citation rules' lookups were made cheaper for issue 10: the letters-and-digits comparer answers ASCII in place,
/// the catalogue set and each catalogue remember their answers per text, and the page and item predicates make lists
/// only for a finding. Each must answer exactly as the code it replaced (<see cref="RulePredicatesReference"/>).
/// </summary>
public class RuleLookupEquivalenceTests
{
    private static GuidelineCatalogue[] Catalogues() => new[]
    {
        new GuidelineCatalogue("mtus", "MTUS Chronic Pain Medical Treatment Guidelines", new[] { "MTUS", "CPMTG", "Chronic Pain Medical Treatment Guidelines" }, 127, new[]
        {
            new GuidelineTopic("Muscle relaxants (for pain)", new[] { new PageRange(63, 66) }, new[] { "Muscle relaxers", "Muscle relaxants" }),
            new GuidelineTopic("Baclofen (Lioresal)", new[] { new PageRange(64, 64) }, new[] { "Baclofen" }),
            new GuidelineTopic("Opioids, long-term use", new[] { new PageRange(80, 82), new PageRange(88, 89) }, new[] { "Opioids" }),
            new GuidelineTopic("Spinal cord stimulator", new[] { new PageRange(105, 107) }, Array.Empty<string>()),
            new GuidelineTopic("Électrodes", Array.Empty<PageRange>(), new[] { "TENS" }),
        }),
        new GuidelineCatalogue("odg", "Official Disability Guidelines", new[] { "ODG", "ODG Pain" }, null, new[]
        {
            new GuidelineTopic("Lidoderm (lidocaine patch)", new[] { new PageRange(10, 12) }, Array.Empty<string>()),
            new GuidelineTopic("Opioids", new[] { new PageRange(200, 210) }, Array.Empty<string>()),
        }),
    };

    private static readonly GuidelineCatalogue[] Shared = Catalogues();
    private static readonly CatalogueSet SharedSet = new(Shared);

    /// <summary>Names as letters write them: exact, other case and punctuation, with a year after, unknown, non-ASCII, empty.</summary>
    private static readonly Gen<string?> GuidelineNames = Gen.OneOf(
        Gen.Elements<string?>("MTUS", "mtus", "M.T.U.S.", "MTUS Chronic Pain Medical Treatment Guidelines", "CA MTUS", "MTUS 2009",
            "Chronic Pain Medical Treatment Guidelines (2009)", "ODG", "odg pain", "Official Disability Guidelines, Pain chapter", "ACOEM",
            "ＭＴＵＳ", "MTUſ", "\u212Aodg", "", "  ", null),
        Gen.Elements("MTUS", "ODG", "Guidelines", "ÉTAT", "-", " ").Two().Select(p => (string?)(p.Item1 + p.Item2)));

    /// <summary>Topics as letters cite them: titles, aliases, compounds, plurals, parentheses, case, unknown and non-ASCII.</summary>
    private static readonly Gen<string> TopicNames = Gen.OneOf(
        Gen.Elements("Muscle relaxants (for pain)", "muscle relaxers", "MUSCLE-RELAXANTS", "Baclofen", "Baclofen (Lioresal)", "Lioresal",
            "Muscle relaxers, baclofen", "Opioids; Baclofen", "Opioids and TENS", "Opioids & Lidoderm", "Opioids (long-term use)",
            "Spinal cord stimulators", "spinal cord stimulator", "Lidoderm", "lidocaine patch", "(Lidoderm)", "Électrodes", "électrodes",
            "TENS", "Acupuncture", "", " ", "Opioids/Baclofen/Acupuncture"),
        Gen.Elements("Opioids", "Baclofen", "s", "(", ")", ",", " and ", "É").Two().Select(p => p.Item1 + p.Item2));

    private static readonly Gen<PageRange[]> Pages = Gen.ListOf(Gen.Choose(1, 240).Two()
        .Select(p => new PageRange(Math.Min(p.Item1, p.Item2), Math.Max(p.Item1, p.Item2)))).Select(p => p.Take(4).ToArray());

    private static readonly Gen<string> Texts = Gen.ListOf(Gen.Elements("a", "B", "z", "Z", "0", "9", " ", "-", "(", "é", "É", "\u212A", "k", "ſ", "s", "İ", "i", "ß", "Ａ", "ａ", "٣",
            // The word "and", which compares as "&" does (as nothing), and words that hold its letters.
            "and", " and ", "AND", "And", "&", "n", "d", "sand", "andy", "anD1"))
        .Select(p => string.Concat(p.Take(10)));

    /// <summary>A topic a catalogue spells with "and" is found under "&amp;", and the other way round (probe88: "Neck &amp; Upper Back" drew IMR007).</summary>
    [Theory]
    [InlineData("Neck and Upper Back", "Neck & Upper Back")]
    [InlineData("Ankle & Foot Complaints", "ankle and foot complaints")]
    [InlineData("GI symptoms & cardiovascular risk", "GI symptoms and cardiovascular risk")]
    public void And_and_an_ampersand_compare_equal(string x, string y)
    {
        Assert.True(NormalizedComparer.Instance.Equals(x, y));
        Assert.Equal(NormalizedComparer.Instance.GetHashCode(x), NormalizedComparer.Instance.GetHashCode(y));
        Assert.False(NormalizedComparer.Instance.Equals("Sandy soil", "Sy soil"));
    }

    [Fact]
    public void The_comparer_equates_and_hashes_as_before()
    {
        Prop.ForAll(Texts.ToArbitrary(), Texts.ToArbitrary(), (x, y) =>
        {
            if (NormalizedComparer.Instance.Equals(x, y) != NormalizedComparerReference.Instance.Equals(x, y))
                throw new Xunit.Sdk.XunitException($"'{x}' vs '{y}': expected {NormalizedComparerReference.Instance.Equals(x, y)}");
            // Equal texts from the same pieces: one lowered and with its punctuation moved must still compare as before.
            var other = x.ToLowerInvariant().Replace(" ", "") + "-";
            if (NormalizedComparer.Instance.Equals(x, other) != NormalizedComparerReference.Instance.Equals(x, other))
                throw new Xunit.Sdk.XunitException($"'{x}' vs '{other}': expected {NormalizedComparerReference.Instance.Equals(x, other)}");
            if (NormalizedComparer.Instance.GetHashCode(x) != NormalizedComparerReference.Instance.GetHashCode(x))
                throw new Xunit.Sdk.XunitException($"'{x}': hash differs");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5000).WithQuietOnSuccess(true));
        Assert.True(NormalizedComparer.Instance.Equals(null, null));
        Assert.False(NormalizedComparer.Instance.Equals("a", null));
    }

    [Fact]
    public void Remembered_catalogues_and_topics_are_what_a_fresh_search_finds()
    {
        Prop.ForAll(GuidelineNames.ToArbitrary(), TopicNames.ToArbitrary(), (guideline, topic) =>
        {
            // A set that has never been asked, against the shared one asked many times (the first ask fills its memory).
            var fresh = new CatalogueSet(Shared);
            for (var round = 0; round < 2; round++)
            {
                var expected = fresh.Find(guideline);
                if (!ReferenceEquals(SharedSet.Find(guideline), expected))
                    throw new Xunit.Sdk.XunitException($"'{guideline}': {SharedSet.Find(guideline)?.Name}, expected {expected?.Name}");
                foreach (var catalogue in Shared)
                {
                    var topics = catalogue.ResolveTopics(topic);
                    if (!catalogue.ResolveTopicsRemembered(topic).SequenceEqual(topics))
                        throw new Xunit.Sdk.XunitException($"'{topic}' in {catalogue.Name}: remembered topics differ");
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void More_texts_than_the_memory_holds_still_get_the_search_answer()
    {
        // Two thousand texts share 256 slots: each replaces others, and every answer must still be the search's.
        var set = new CatalogueSet(Shared);
        // Some are longer than the memory keeps (a letter of page lists can cite pages of text): searched every time.
        var texts = Enumerable.Range(0, 2000).Select(i => i % 3 == 0 ? $"MTUS {i}" : i % 3 == 1 ? $"Unknown {i}" : $"ODG-{i}")
            .Select((text, i) => i % 50 == 0 ? text + " Chronic Pain " + new string('x', RecentAnswers.MaxTextLength + i) : text).ToArray();
        for (var round = 0; round < 2; round++)
        foreach (var text in texts.Concat(texts.Reverse()))
        {
            Assert.Same(new CatalogueSet(Shared).Find(text), set.Find(text));
            Assert.Equal(Shared[0].ResolveTopics(text), Shared[0].ResolveTopicsRemembered(text));
            Assert.Equal(ImrDsl.Diagnostics.Suggestions.Closest(text, Shared[0].TopicNames), Shared[0].ClosestTopicName(text));
        }
    }

    private static void AssertSameResult(PredicateResult expected, PredicateResult actual, string what)
    {
        if (expected.Holds != actual.Holds || !expected.Values.OrderBy(v => v.Key).SequenceEqual(actual.Values.OrderBy(v => v.Key)))
            throw new Xunit.Sdk.XunitException($"{what}: {actual.Holds} [{string.Join("; ", actual.Values)}], expected {expected.Holds} [{string.Join("; ", expected.Values)}]");
    }

    [Fact]
    public void Pages_match_topic_answers_as_before()
    {
        var context = new ValidationContext(Shared);
        Prop.ForAll(GuidelineNames.ToArbitrary(), TopicNames.ToArbitrary(), Pages.ToArbitrary(), (guideline, topic, pages) =>
        {
            var expected = RulePredicatesReference.PagesMatchTopic(new CatalogueSet(Shared), guideline, topic, pages);
            AssertSameResult(expected, RulePredicates.PagesMatchTopic(context, guideline, topic, pages), $"'{guideline}' '{topic}' [{string.Join(", ", pages.AsEnumerable())}]");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(4000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("MTUS", "Opioids", new[] { 81, 81 })]
    [InlineData("MTUS", "Opioids", new[] { 114, 115 })]
    [InlineData("MTUS", "Opioids", new[] { 130, 131 })]
    [InlineData("MTUS", "Électrodes", new[] { 5, 6 })]
    [InlineData("MTUS", "Unknown topic", new[] { 5, 6 })]
    [InlineData("ODG", "Lidoderm", new[] { 10, 10, 400, 401 })]
    [InlineData("ACOEM", "Opioids", new[] { 1, 2 })]
    [InlineData("MTUS", "Muscle relaxers, baclofen", new[] { 64, 64, 97, 99 })]
    public void Pages_match_topic_on_known_citations(string guideline, string topic, int[] bounds)
    {
        var pages = bounds.Chunk(2).Select(b => new PageRange(b[0], b[1])).ToArray();
        var expected = RulePredicatesReference.PagesMatchTopic(new CatalogueSet(Shared), guideline, topic, pages);
        AssertSameResult(expected, RulePredicates.PagesMatchTopic(new ValidationContext(Shared), guideline, topic, pages), $"{guideline} {topic}");
    }

    private static readonly Gen<string> ItemTexts = Gen.ListOf(Gen.OneOf(
            Gen.Elements("Norco", "10/325mg", "10 mg", "5MG", "0.5 ml", "#120", "# 90", "#60", "x", "is", "not", "medically", "necessary"),
            Gen.Elements(". ", ". The ", "e.g. ", " ", "\n", "Therefore, ")))
        .Select(p => string.Join(" ", p.Take(12)));

    private static readonly OutcomePhrases[] Outcomes =
    {
        new("upheld", "Upheld", new[] { "is not medically necessary", "not medically necessary" }),
        new("overturned", "Overturned", new[] { "is medically necessary" }),
    };

    [Fact]
    public void Conclusion_names_item_answers_as_before()
    {
        Prop.ForAll(ItemTexts.ToArbitrary(), ItemTexts.ToArbitrary(), (rationale, service) =>
        {
            AssertSameResult(RulePredicatesReference.ConclusionNamesItem(rationale, service, Outcomes), RulePredicates.ConclusionNamesItem(rationale, service, null, Outcomes, items: null), $"'{rationale}' for '{service}'");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(4000).WithQuietOnSuccess(true));
    }
}
