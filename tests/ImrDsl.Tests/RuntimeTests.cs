using ImrDsl.Runtime;

namespace ImrDsl.Tests;

/// <summary>The runtime pieces generated code relies on: catalogue lookups and rule predicates.</summary>
public class RuntimeTests
{
    private static readonly GuidelineCatalogue Mtus = new("Mtus", "MTUS Chronic Pain Medical Treatment Guidelines (2009)",
        new[] { "MTUS Chronic Pain Treatment Guidelines" }, 127, new[]
        {
            new GuidelineTopic("Muscle relaxants (for pain)", new[] { new PageRange(63, 66) }, new[] { "Muscle relaxers", "Muscle relaxants" }),
            new GuidelineTopic("Baclofen (Lioresal)", new[] { new PageRange(64, 64) }, new[] { "Baclofen" }),
            new GuidelineTopic("NSAIDs (non-steroidal anti-inflammatory drugs)", new[] { new PageRange(67, 73) }, new[] { "NSAIDs" }),
        });

    private static readonly ValidationContext Context = new(new[] { Mtus });

    [Theory]
    [InlineData("Muscle Relaxants (for pain)")]
    [InlineData("muscle relaxants for pain")]
    [InlineData("MUSCLE-RELAXERS")]
    [InlineData("  Muscle   relaxers. ")]
    public void Topics_are_found_ignoring_case_punctuation_and_spacing(string cited)
        => Assert.Equal("Muscle relaxants (for pain)", Mtus.FindTopic(cited)?.Title);

    [Fact]
    public void A_compound_topic_names_each_of_its_parts()
        => Assert.Equal(new[] { "Muscle relaxants (for pain)", "Baclofen (Lioresal)" }, Mtus.ResolveTopics("Muscle relaxers, baclofen").Select(t => t.Title));

    /// <summary>
    /// A compound topic is resolved up to the longest a letter could cite: a list of thousands of characters still names
    /// its topics, and one longer names none (an 8 MB guideline line with no page marker was split into millions of parts,
    /// all held at once, 580 MB). The rules then report it as no known topic, without a suggestion.
    /// </summary>
    [Fact]
    public void A_topic_past_the_longest_citable_names_no_topic()
    {
        string ListOf(int length) => string.Concat(Enumerable.Repeat("Muscle relaxers, baclofen; ", length / 27 + 1)).Substring(0, length);
        Assert.Equal(new[] { "Muscle relaxants (for pain)", "Baclofen (Lioresal)" }, Mtus.ResolveTopics(ListOf(GuidelineCatalogue.LongestCitedTopic)).Select(t => t.Title));
        Assert.Empty(Mtus.ResolveTopics(ListOf(GuidelineCatalogue.LongestCitedTopic + 1)));
        var unknown = RulePredicates.KnownTopic(Context, "MTUS Chronic Pain Treatment Guidelines", ListOf(GuidelineCatalogue.LongestCitedTopic + 1));
        Assert.False(unknown.Holds);
        Assert.Equal(string.Empty, unknown.Values["suggestion"]);
    }

    /// <summary>
    /// A message holds at most <see cref="MessageTemplate.LongestValue"/> characters of one value, cut there with '…':
    /// four citations of 7.5 MB each were copied whole into their messages and at every step of reporting them (593 MB).
    /// </summary>
    [Fact]
    public void A_message_holds_a_bounded_part_of_a_long_value()
    {
        var longest = new string('a', MessageTemplate.LongestValue);
        var values = new Dictionary<string, string> { ["whole"] = longest, ["long"] = longest + "bc" };
        Assert.Equal($"'{longest}' ", MessageTemplate.Fill("'{whole}' ", values, _ => null));
        Assert.Equal($"'{longest}…' ", MessageTemplate.Fill("'{long}' ", values, _ => null));
        Assert.Equal($"'{longest}…'", MessageTemplate.Fill("'{field}'", values, _ => longest + "b"));
    }

    [Fact]
    public void Topic_lookup_does_not_allocate()
    {
        _ = Mtus.FindTopic("Muscle Relaxers");
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) _ = Mtus.FindTopic("Muscle Relaxers");
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Guidelines_are_found_by_alias_or_by_a_longer_title_that_starts_with_one()
    {
        Assert.Same(Mtus, Context.Catalogues.Find("MTUS Chronic Pain Treatment Guidelines"));
        Assert.Same(Mtus, Context.Catalogues.Find("MTUS Chronic Pain Treatment Guidelines 2009"));
        Assert.Null(Context.Catalogues.Find("Official Disability Guidelines"));
    }

    [Fact]
    public void Pages_outside_the_topic_are_a_mismatch_with_the_expected_pages_and_an_offset_hint()
    {
        var result = RulePredicates.PagesMatchTopic(Context, "MTUS Chronic Pain Treatment Guidelines", "Muscle Relaxers", new[] { new PageRange(97, 97) });
        Assert.False(result.Holds);
        Assert.Equal("pages 63-66", result.Values["expected-pages"]);
        Assert.Equal("page 97", result.Values["cited-pages"]);
        Assert.Contains("33 higher", result.Values["offset-hint"]);
    }

    /// <summary>
    /// The hint names another edition's pagination only for a shift near the one real letters show (about 33 pages):
    /// some shift always fits a single page, so a page just past its topic or in another chapter gets no hint.
    /// Muscle relaxants are on pages 63-66 of the 2009 guideline.
    /// </summary>
    [Theory]
    [InlineData(97, 97, 33)]
    [InlineData(96, 99, 33)]
    [InlineData(94, 94, 31)] // 94 - 33 = 61 is outside 63-66; 31 is the fitting shift nearest 33
    [InlineData(67, 67, null)]
    [InlineData(70, 72, null)]
    [InlineData(80, 80, null)]
    [InlineData(90, 90, null)] // would fit only 24-27 pages on
    [InlineData(110, 110, null)] // only 44-47 pages on
    [InlineData(122, 122, null)]
    public void An_edition_hint_is_given_only_for_a_shift_near_the_one_real_letters_show(int from, int to, int? expectedShift)
    {
        var result = RulePredicates.PagesMatchTopic(Context, "MTUS Chronic Pain Treatment Guidelines", "Muscle Relaxers", new[] { new PageRange(from, to) });
        Assert.False(result.Holds);
        var hint = result.Values["offset-hint"];
        if (expectedShift is null) Assert.Equal(string.Empty, hint);
        else Assert.Equal($" (page numbers {expectedShift} higher would fit, perhaps another edition's pagination)", hint);
    }

    [Fact]
    public void Pages_that_overlap_any_candidate_topic_match()
    {
        Assert.True(RulePredicates.PagesMatchTopic(Context, "MTUS Chronic Pain Treatment Guidelines", "Muscle relaxers, baclofen", new[] { new PageRange(64, 65) }).Holds);
        Assert.True(RulePredicates.PagesMatchTopic(Context, "MTUS Chronic Pain Treatment Guidelines", "Muscle relaxers", Array.Empty<PageRange>()).Holds);
        Assert.True(RulePredicates.PagesMatchTopic(Context, "MTUS Chronic Pain Treatment Guidelines", null, new[] { new PageRange(97, 97) }).Holds);
        Assert.False(RulePredicates.PagesMatchTopic(Context, "MTUS Chronic Pain Treatment Guidelines", null, new[] { new PageRange(128, 130) }).Holds);
    }

    [Fact]
    public void A_page_beyond_the_guideline_is_a_mismatch_even_for_an_unknown_topic()
    {
        var result = RulePredicates.PagesMatchTopic(Context, "MTUS Chronic Pain Treatment Guidelines", "Moon therapy", new[] { new PageRange(200, 200) });
        Assert.False(result.Holds);
        Assert.Equal("pages 1-127", result.Values["expected-pages"]);
        Assert.Equal("page 200", result.Values["cited-pages"]);
    }

    private static readonly OutcomePhrases[] Outcomes =
    {
        new("upheld", "Upheld", new[] { "is not medically necessary", "is not certified", "non-certified", "has not been established", "cannot be established" }),
        new("overturned", "Overturned", new[] { "is medically necessary", "has been established" }),
    };

    [Theory]
    [InlineData("Therefore, the request is not medically necessary.", "upheld", true)]
    [InlineData("Therefore, the request is not medically necessary.", "overturned", false)]
    [InlineData("The item is medically necessary and appropriate.", "overturned", true)]
    [InlineData("The item is medically necessary and appropriate.", "upheld", false)]
    [InlineData("Medical necessity cannot be established. The patient is 45.", "upheld", true)]
    [InlineData("The records were reviewed.", "upheld", true)]
    public void Conclusions_are_read_with_negation(string rationale, string outcome, bool agrees)
        => Assert.Equal(agrees, RulePredicates.ConclusionAgrees(rationale, outcome, Outcomes, null).Holds);

    [Fact]
    public void Items_decided_twice_with_different_outcomes_are_inconsistent_after_normalising_doses()
    {
        var items = new[] { ("Norco 10 mg #120", "Upheld"), ("norco 10mg  #120", "Overturned") };
        var result = RulePredicates.Consistent(items, i => i.Item1, i => i.Item2);
        Assert.False(result.Holds);
        Assert.Equal("Upheld", result.Values["first"]);
    }
}
