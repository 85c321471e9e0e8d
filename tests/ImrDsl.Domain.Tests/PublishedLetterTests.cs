using ImrDsl.Runtime;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

/// <summary>The exact model of each real published letter in examples/letters (seed-*), checked against the letters by hand.</summary>
public class PublishedLetterTests
{
    private static PageRange[] Pages(params (int From, int To)[] ranges) => ranges.Select(r => new PageRange(r.From, r.To)).ToArray();

    [Fact]
    public void Seed_000_pdf_text_with_credentials_on_their_own_lines()
    {
        var (d, file) = Letters.Read(Letters.Example("seed-000.txt"));
        Assert.Null(d.CaseNumber);
        Assert.Null(d.DecisionDate);
        Assert.Equal("Physical Medicine & Rehabilitation", d.Reviewer!.Specialty);
        Assert.Null(d.Reviewer.Subspecialty);
        Assert.Equal(new[] { "California" }, d.Reviewer.Licensure);
        Assert.Equal((45, "male", new DateTime(2007, 2, 9)), (d.Summary!.Age, d.Summary.Sex, d.Summary.InjuryDate));
        Assert.StartsWith("The injured worker was a 45 year old male", d.Summary.Text);
        Assert.EndsWith("a prescription for Baclofen and Lyrica.", d.Summary.Text);

        var item = Assert.Single(d.Items);
        Assert.Equal("Lioresal (Baclofen) 10 mg #60 with 3 refills", item.Service);
        Assert.Equal(("10 mg", 60, 3), (item.Dose, item.Quantity, item.Refills));
        Assert.Equal(Outcome.Upheld, item.Outcome);
        Assert.Equal(2, item.Citations.Count);

        var claims = item.Citations[0];
        Assert.Equal((CitationSource.ClaimsAdministrator, "MTUS Chronic Pain Treatment Guidelines", "Muscle Relaxers"), (claims.Source, claims.Guideline, claims.Topic));
        Assert.Equal(Pages((97, 97)), claims.Pages);
        Assert.Equal((79, 37, 79, 39), (claims.Spans["pages"].Line, claims.Spans["pages"].Column, claims.Spans["pages"].EndLine, claims.Spans["pages"].EndColumn));
        Assert.Equal("Muscle Relaxers", Letters.At(file, claims.Spans["topic"]));

        var reviewer = item.Citations[1];
        Assert.Equal((CitationSource.Reviewer, "Muscle Relaxants"), (reviewer.Source, reviewer.Topic));
        Assert.Equal(Pages((64, 65)), reviewer.Pages);
        Assert.Equal("64-65", Letters.At(file, reviewer.Spans["pages"]));

        Assert.StartsWith("Baclofen USP is a centrally acting muscle relaxant", item.Rationale);
        Assert.Equal("The Lioresal (Baclofen) 10 mg #60 with 3 refills is not medically necessary and appropriate.", item.Conclusion);
        Assert.Equal(87, item.Spans["rationale"].Line);
        Assert.Equal(101, item.Spans["rationale"].EndLine);
    }

    [Fact]
    public void Seed_002_pdf_text_with_a_claims_line_without_pages()
    {
        var (d, file) = Letters.Read(Letters.Example("seed-002.txt"));
        Assert.Equal("Family Practice", d.Reviewer!.Specialty);
        Assert.Equal(new[] { "North Carolina" }, d.Reviewer.Licensure);
        Assert.Equal((51, "female", new DateTime(2000, 1, 16)), (d.Summary!.Age, d.Summary.Sex, d.Summary.InjuryDate));

        var item = Assert.Single(d.Items);
        Assert.Equal(("Lioresal 10mg #60", "10mg", 60, (int?)null), (item.Service, item.Dose, item.Quantity, item.Refills));
        Assert.Equal(Outcome.Upheld, item.Outcome);
        Assert.Equal("Muscle Relaxers", item.Citations[0].Topic);
        Assert.Empty(item.Citations[0].Pages);
        Assert.Equal("muscle relaxants", item.Citations[1].Topic);
        Assert.Equal(Pages((63, 65)), item.Citations[1].Pages);
        Assert.Equal("Therefore, the requested treatment is not medically necessary.", item.Conclusion);
        Assert.Contains("(Chou, 2007) (Mens, 2005)", item.Rationale);
        Assert.Equal("Lioresal 10mg #60", Letters.At(file, item.Spans["service"]));
    }

    [Fact]
    public void Seed_003_converted_layout_with_header_cells_and_a_rationale_over_two_paragraphs()
    {
        var (d, file) = Letters.Read(Letters.Example("seed-003.txt"));
        Assert.Equal("CM13-0068515", d.CaseNumber);
        Assert.Equal((3, 21), (d.Spans["case-number"].Line, d.Spans["case-number"].Column));
        Assert.Equal("CM13-0068515", Letters.At(file, d.Spans["case-number"]));
        Assert.Equal(new DateTime?[] { new(2014, 1, 3), new(2011, 11, 10), new(2014, 5, 27), new(2013, 12, 12), new(2013, 12, 19) },
            new[] { d.AssignedDate, d.InjuryDate, d.DecisionDate, d.UrDenialDate, d.ApplicationReceived });
        Assert.Equal("Standard", d.Priority);
        Assert.Equal(("Anesthesiology", "Pain Management"), (d.Reviewer!.Specialty, d.Reviewer.Subspecialty));
        Assert.Equal(new[] { "California" }, d.Reviewer.Licensure);
        Assert.Equal((48, "male", new DateTime(2011, 11, 10)), (d.Summary!.Age, d.Summary.Sex, d.Summary.InjuryDate));

        var item = Assert.Single(d.Items);
        Assert.Equal(("RETROSPECTIVE BACLOFEN 10MG #60", Outcome.Upheld), (item.Service, item.Outcome));
        Assert.Equal(3, item.Citations.Count);
        Assert.Equal("Muscle Relaxants", item.Citations[0].Topic);
        Assert.Equal(Pages((63, 64)), item.Citations[0].Pages);
        Assert.Equal((CitationSource.Reviewer, "Baclofen"), (item.Citations[1].Source, item.Citations[1].Topic));
        Assert.Equal(Pages((64, 64)), item.Citations[1].Pages);
        var odg = item.Citations[2];
        Assert.Equal(("Official Disability Guideline (ODG)", "Pain Chapter", "Official Disability Guideline (ODG), Pain Chapter"), (odg.Guideline, odg.Topic, odg.NonMtus));
        Assert.Empty(odg.Pages);
        // The rationale runs on into the next paragraph, after an empty line.
        Assert.Contains("MTUS identifies that any treatment intervention", item.Rationale);
        Assert.EndsWith("the request for Baclofen 10mg #60 is not medically necessary.", item.Rationale);
        Assert.Equal((28, 25, 30), (item.Spans["rationale"].Line, item.Spans["rationale"].Column, item.Spans["rationale"].EndLine));
        Assert.StartsWith("MTUS Chronic Pain Medical Treatment Guidelines identifies", Letters.At(file, item.Spans["rationale"]));
        Assert.Equal("RETROSPECTIVE BACLOFEN 10MG #60", Letters.At(file, item.Spans["service"]));
    }

    [Theory]
    [InlineData("seed-000.txt")]
    [InlineData("seed-002.txt")]
    [InlineData("seed-003.txt")]
    public void Shared_letters_have_no_missing_rationale_mismatch_or_contradiction_except_seed_000s_page_97(string name)
    {
        var (d, _) = Letters.Read(Letters.Example(name));
        var findings = ImrValidation.Validate(d, Guidelines.Context).Where(f => f.RuleId is "IMR001" or "IMR002" or "IMR003").ToList();
        if (name == "seed-000.txt")
        {
            var finding = Assert.Single(findings);
            Assert.Equal(("IMR002", 79, 37), (finding.RuleId, finding.Span.Line, finding.Span.Column));
            Assert.StartsWith("'Muscle Relaxers' is on pages 63-66 of the MTUS Chronic Pain Medical Treatment Guidelines (2009); this cites page 97", finding.Message);
        }
        else Assert.Empty(findings);
    }
}
