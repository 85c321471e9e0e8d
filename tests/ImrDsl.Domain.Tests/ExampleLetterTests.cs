using ImrDsl.Domain.Letters;
using ImrDsl.Runtime;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// The letters of examples/LETTERS.md: each clean letter gives no finding, each defect letter exactly the
/// findings it documents (rule, line and the item or words it is about), nothing more.
/// </summary>
public class ExampleLetterTests
{
    private static List<ImrDsl.Diagnostics.Diagnostic> Check(string name)
    {
        var (model, _) = Letters.Read(Letters.Example(name));
        return ImrValidation.Validate(model, Guidelines.Context).ToList();
    }

    public static IEnumerable<object[]> CleanLetters()
        => Letters.ExampleFiles.Select(Path.GetFileName).Where(n => n!.StartsWith("clean-", StringComparison.Ordinal)).Select(n => new object[] { n! });

    [Theory]
    [MemberData(nameof(CleanLetters))]
    public void A_clean_letter_has_no_findings(string name)
        => Assert.Empty(Check(name).Select(f => $"{f.Id} {f.Line}: {f.Message}"));

    [Fact]
    public void There_are_at_least_twenty_new_letters_a_third_of_them_clean()
    {
        var names = Letters.ExampleFiles.Select(Path.GetFileName).ToList();
        var clean = names.Count(n => n!.StartsWith("clean-", StringComparison.Ordinal));
        var defects = names.Count(n => n!.StartsWith("defect-", StringComparison.Ordinal));
        Assert.True(clean + defects >= 20 && clean * 3 >= clean + defects, $"{clean} clean and {defects} defect letters");
    }

    [Theory]
    [InlineData("defect-imr001-see-above.txt", "IMR001 55 Gabapentin 600mg #90")]
    [InlineData("defect-imr001-tbd.txt", "IMR001 29 Soma 350mg #60")]
    [InlineData("defect-imr002-p-marker.txt", "IMR002 60 this cites page 122")]
    [InlineData("defect-imr002-pg-beyond.txt", "IMR002 65 has 127 pages; this cites page 178")]
    [InlineData("defect-imr002-ccr-style.txt", "IMR002 65 this cites page 97")]
    [InlineData("defect-imr003-cannot-be-recommended.txt", "IMR003 68 cannot be recommended as medically necessary")]
    [InlineData("defect-imr003-not-at-this-time.txt", "IMR003 68 is not, at this time, medically necessary")]
    [InlineData("defect-imr003-warranted.txt", "IMR003 68 A urine drug screen is warranted.")]
    [InlineData("defect-imr003-hyphen-split.txt", "IMR003 68 Ketorolac injection 60mg")]
    [InlineData("defect-imr003-upheld-alone.txt", "IMR003 73 is medically reasonable and necessary")]
    [InlineData("defect-imr003-2013-notmedically.txt", "IMR003 59 a lumbar support brace")]
    [InlineData("defect-imr007-unknown-topic-ccr.txt", "IMR007 60 Low-level laser therapy", "IMR007 65 Infrared photon therapy")]
    public void A_defect_letter_has_exactly_its_documented_findings(string name, params string[] expected)
    {
        var findings = Check(name);
        Assert.Equal(expected.Length, findings.Count);
        foreach (var (finding, want) in findings.OrderBy(f => f.Line).Zip(expected))
        {
            var parts = want.Split(' ', 3);
            Assert.Equal((parts[0], int.Parse(parts[1])), (finding.Id, finding.Line));
            Assert.Contains(parts[2], finding.Message);
        }
    }

    [Fact]
    public void A_hash_quantity_at_a_line_start_does_not_make_a_pdf_letter_converted()
    {
        // The same letter with and without a line that starts with "#120": the citations must read the same.
        var (model, _) = Letters.Read(Letters.Example("clean-wrapped-lines.txt"));
        Assert.Equal("Retrospective request for Norco 10/325mg, one tablet every six hours as needed for pain, #120", model.Items[0].Service);
        Assert.Equal(120, model.Items[0].Quantity);
        Assert.All(model.Items.SelectMany(i => i.Citations), c => Assert.NotEmpty(c.Pages));
        Assert.Equal(new[] { "Spinal cord stimulators (SCS)", "Spinal cord stimulators (SCS)", "Psychological evaluations, IDDS & SCS" }, model.Items[1].Citations.Select(c => c.Topic));
    }

    [Theory]
    [InlineData("IMR Case Number: CM13-0031874    Date of Injury:\n06/14/2010\n")]
    [InlineData("IMR Case Number: CM13-0031874    Date of Injury:\n\n06/14/2010    \n\n")]
    [InlineData("IMR Case Number: CM13-0031874    Date of Injury: 06/14/2010    Priority:\nStandard\n")]
    public void A_header_value_wrapped_onto_the_next_line_is_read(string header)
    {
        var model = LetterReader.Standard.Read(new SourceFile("letter.txt", header + "CLINICAL CASE SUMMARY\nThe patient is 40.\n"));
        Assert.Equal(("CM13-0031874", new DateTime(2010, 6, 14)), (model.CaseNumber, model.InjuryDate));
        Assert.True(model.Priority is null or "Standard", model.Priority);
    }

    [Theory]
    [InlineData("8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009) Cyclobenzaprine (Flexeril) Page(s): 41-42 of 127", "MTUS (Effective July 18, 2009)", "Cyclobenzaprine (Flexeril)", "41-42")]
    [InlineData("MTUS Chronic Pain Treatment Guidelines Opioids p. 122", "MTUS Chronic Pain Treatment Guidelines", "Opioids", "122")]
    [InlineData("MTUS Chronic Pain Treatment Guidelines Opioids pg. 178", "MTUS Chronic Pain Treatment Guidelines", "Opioids", "178")]
    [InlineData("MTUS Chronic Pain Treatment Guidelines Lidoderm p 97", "MTUS Chronic Pain Treatment Guidelines", "Lidoderm", "97")]
    [InlineData("MTUS Chronic Pain Treatment Guidelines Lidoderm pp. 56\u201357, 112", "MTUS Chronic Pain Treatment Guidelines", "Lidoderm", "56-57, 112")]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines, page(s) 41-42, Cyclobenzaprine", "MTUS Chronic Pain Medical Treatment Guidelines", "Cyclobenzaprine", "41-42")]
    [InlineData("MTUS ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12 Low Back Complaints, pages 303-305", "MTUS ACOEM Practice Guidelines, 2nd Edition (2004)", "Chapter 12 Low Back Complaints", "303-305")]
    [InlineData("CA MTUS Chronic Pain Medical Treatment Guidelines Tramadol (Ultram) Page(s): 113", "MTUS Chronic Pain Medical Treatment Guidelines", "Tramadol (Ultram)", "113")]
    // Ranges in words, which were read as their first page alone.
    [InlineData("MTUS Chronic Pain Treatment Guidelines Opioids, pages 74 through 96", "MTUS Chronic Pain Treatment Guidelines", "Opioids", "74-96")]
    [InlineData("MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74 to 96", "MTUS Chronic Pain Treatment Guidelines", "Opioids", "74-96")]
    [InlineData("MTUS Chronic Pain Treatment Guidelines Opioids, pages 74 thru 78 and 80", "MTUS Chronic Pain Treatment Guidelines", "Opioids", "74-78, 80")]
    public void Citations_keep_legal_references_edition_notes_and_page_markers_out_of_the_topic(string cited, string guideline, string topic, string pages)
    {
        var letter = $"IMR ISSUES, DECISIONS AND RATIONALES\nX 10mg #1: Upheld\nMAXIMUS guideline: Decision based on {cited}.\nDecision rationale: The request is not medically necessary.\n";
        var model = LetterReader.Standard.Read(new SourceFile("letter.txt", letter));
        var citation = Assert.Single(model.Items[0].Citations);
        Assert.Equal((guideline, topic, pages), (citation.Guideline, citation.Topic, PageRange.Describe(citation.Pages).Replace("pages ", "").Replace("page ", "").Replace(" and ", ", ")));
        // A catalogue knows the topic: no IMR007.
        Assert.DoesNotContain(ImrValidation.Validate(model, Guidelines.Context), f => f.Id == "IMR007");
    }
}
