using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Cli.Output.Html;
using ImrDsl.Runtime;
using Imr.Std;

namespace ImrDsl.Cli.Tests;

/// <summary>The pagination-shift analysis behind the HTML report's "another edition?" notes.</summary>
public class PageShiftsTests
{
    // A small catalogue with the 2009 MTUS pages of the topics the table uses.
    private static readonly GuidelineCatalogue Mtus = new("mtus", "MTUS 2009", new[] { "MTUS" }, 120, new[]
    {
        new GuidelineTopic("Muscle relaxants", new[] { new PageRange(63, 66) }, Array.Empty<string>()),
        new GuidelineTopic("Gabapentin", new[] { new PageRange(18, 19), new PageRange(49, 49) }, Array.Empty<string>()),
        new GuidelineTopic("Duloxetine", new[] { new PageRange(15, 16), new PageRange(43, 44) }, Array.Empty<string>()),
        new GuidelineTopic("Opioids", new[] { new PageRange(74, 96) }, Array.Empty<string>()),
    });

    private static readonly GuidelineCatalogue Acoem = new("acoem", "ACOEM", new[] { "ACOEM" }, null, new[]
    {
        new GuidelineTopic("Low back", new[] { new PageRange(287, 315) }, Array.Empty<string>()),
    });

    private static readonly CatalogueSet Catalogues = new(new[] { Mtus, Acoem });

    /// <summary>"MTUS Muscle relaxants 97; MTUS Gabapentin 52, 60" as a letter with one item per citation.</summary>
    private static Determination Letter(string citations) => new()
    {
        Items = new ValueList<DisputedItem>(citations.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select((c, i) =>
        {
            var words = c.Split(' ', 2);
            var pagesAt = words[1].LastIndexOf(' ');
            var pages = words[1][(pagesAt + 1)..].Split(',').Select(p => p.Split('-')).Select(p => new PageRange(int.Parse(p[0]), int.Parse(p[^1])));
            return new DisputedItem
            {
                Service = $"Item {i + 1}",
                Citations = new ValueList<Citation>(new[] { new Citation { Guideline = words[0], Topic = words[1][..pagesAt], Pages = new ValueList<PageRange>(pages) } }),
            };
        })),
    };

    [Theory]
    // citations; mismatched page ranges; the common shift (or none); how many it explains
    [InlineData("MTUS Muscle relaxants 97", 1, null, 0)]                                             // one slip is not a pattern
    [InlineData("MTUS Muscle relaxants 97; MTUS Gabapentin 52; MTUS Duloxetine 48-49", 3, "33-34 pages higher", 3)]
    [InlineData("MTUS Muscle relaxants 97; MTUS Gabapentin 52; MTUS Opioids 10", 3, "33-34 pages higher", 2)]
    [InlineData("MTUS Muscle relaxants 64; MTUS Gabapentin 49; MTUS Opioids 80-81", 0, null, 0)]         // every page fits
    [InlineData("MTUS Muscle relaxants 30; MTUS Gabapentin 1", 2, null, 0)]                              // no shift fits both
    [InlineData("MTUS Muscle relaxants 30; MTUS Opioids 40", 2, "34-36 pages lower", 2)]
    [InlineData("MTUS Muscle relaxants 97; MTUS Gabapentin 52; MTUS Muscle relaxants 200; MTUS Gabapentin 155", 4, "33-34 pages higher", 2)] // a tie: the smaller shift
    [InlineData("MTUS Magnet therapy 97; MTUS Muscle relaxants 97", 1, null, 0)]                      // unknown topics are not checked
    [InlineData("ODG Muscle relaxants 97; MTUS Muscle relaxants 97", 1, null, 0)]                     // nor unknown guidelines
    [InlineData("MTUS Muscle relaxants, Gabapentin 97; MTUS Duloxetine 48-49", 2, "32-34 pages higher", 2)] // a compound topic fits either part
    [InlineData("MTUS Muscle relaxants 97,98", 2, "32-34 pages higher", 2)]                              // each cited range counts
    [InlineData("MTUS Muscle relaxants 97; ACOEM Low back 350", 2, null, 0)]                            // shifts are per guideline
    [InlineData("MTUS Gabapentin 50; MTUS Muscle relaxants 67", 2, "1 page higher", 2)]
    public void Finds_the_shift_that_explains_most_mismatches(string citations, int mismatches, string? shift, int explained)
    {
        var found = PageShifts.Find("letter.txt", Letter(citations), Catalogues);
        Assert.Equal(mismatches, found.Count);
        var common = PageShifts.Common(found);
        Assert.Equal(shift, common.SingleOrDefault()?.Shift.Describe());
        Assert.Equal(explained, common.SingleOrDefault()?.Explained.Count ?? 0);
    }

    [Fact]
    public void Across_a_run_mismatches_of_several_letters_share_a_shift()
    {
        var run = PageShifts.Find("a.txt", Letter("MTUS Muscle relaxants 97"), Catalogues)
            .Concat(PageShifts.Find("b.txt", Letter("MTUS Gabapentin 52; MTUS Opioids 10"), Catalogues)).ToList();
        var common = Assert.Single(PageShifts.Common(run));
        Assert.Equal(("33-34 pages higher", 2, 3), (common.Shift.Describe(), common.Explained.Count, common.Mismatches));
        Assert.Equal(new[] { "a.txt", "b.txt" }, common.Explained.Select(m => m.Letter));
    }

    /// <summary>Against brute force: the shift found fits every mismatch it claims, and no shift fits more.</summary>
    [Fact]
    public void The_common_shift_is_the_best_there_is()
    {
        var topics = new[] { "Muscle relaxants", "Gabapentin", "Duloxetine", "Opioids" };
        var citation = from topic in Gen.Elements(topics) from from_ in Gen.Choose(1, 150) from length in Gen.Choose(0, 3) select $"MTUS {topic} {from_}-{from_ + length}";
        var letters = Gen.ListOf(citation).Select(l => string.Join("; ", l.Take(8)));
        Prop.ForAll(letters.ToArbitrary(), text =>
        {
            var found = PageShifts.Find("x", Letter(text), Catalogues);
            bool Fits(PageMismatch m, int s) => m.TopicPages.Any(r => r.Overlaps(new PageRange(m.Cited.From - s, m.Cited.To - s)));
            var best = Enumerable.Range(-300, 601).Where(s => s != 0).Select(s => found.Count(m => Fits(m, s))).DefaultIfEmpty(0).Max();
            var common = PageShifts.Common(found, minimum: 1).SingleOrDefault();
            Assert.Equal(best, common?.Explained.Count ?? 0);
            if (common is null) return true;
            foreach (var s in new[] { common.Shift.From, common.Shift.To })
                Assert.All(common.Explained, m => Assert.True(Fits(m, s), $"{m.Cited} does not fit shift {s}"));
            Assert.DoesNotContain(0, Enumerable.Range(common.Shift.From, common.Shift.To - common.Shift.From + 1));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
