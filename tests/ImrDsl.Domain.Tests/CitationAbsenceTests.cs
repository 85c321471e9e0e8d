using Imr.Std;
using static ImrDsl.Domain.Tests.LetterLayouts;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// A guideline line that says nothing was cited is no citation: a probe's reviewer lines "None cited." and "The expert
/// reviewer did not cite any medical evidence for its decision." were read as citations of guidelines by those names, so
/// their items got no IMR006. A line that names a guideline a catalogue knows, however it is worded, stays a citation.
/// </summary>
public class CitationAbsenceTests
{
    public static TheoryData<string, bool> ReviewerLines() => new()
    {
        { "None cited.", true },
        { "Not cited.", true },
        { "The expert reviewer did not cite any medical evidence for its decision.", true },
        { "The Claims Administrator did not cite any medical evidence for its decision.", true },
        { "No guidelines were provided.", true },
        { "No guideline was cited by the reviewer.", true },
        { "Guidelines cited: none.", true },
        { "The reviewer didn't cite any guideline.", true },
        { "N/A", true },
        { "No guidelines or medical evidence were cited.", true },
        { "The reviewer did not cite any specific guidelines.", true },
        { "No medical treatment guidelines were cited by the expert reviewer.", true },
        { "The expert reviewer did not rely on any guideline.", true },
        { "Decision not based on any published guideline.", true },
        { "The expert reviewer did not cite any medical evidence to support the decision.", true },
        { "No MTUS or other guideline was cited.", true },
        { "The MTUS does not address the request; Official Disability Guidelines (ODG) Pain Chapter.", false },
        // Guidelines the catalogues do not know, with a denial that governs no citing (a review's finds).
        { "Decision based on the Medical Board of California Guidelines for Prescribing Controlled Substances for Pain, which do not support dose escalation.", false },
        { "Decision based on UpToDate, Hydrocodone, not for chronic use.", false },
        { "Decision based on Lexicomp, Hydrocodone; no dose adjustment noted.", false },
        { "Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.", false },
        { "Decision based on Non-MTUS Citation: Official Disability Guidelines (ODG), Pain Chapter.", false },
        { "Decision based on ACOEM, not the MTUS.", false },
        { "Not based on the MTUS; the ODG Pain Chapter was used.", false },
        { "No MTUS citation; Official Disability Guidelines (ODG) Pain Chapter.", false },
    };

    [Theory]
    [MemberData(nameof(ReviewerLines))]
    public void A_reviewer_line_that_cites_nothing_is_no_citation(string reviewerLine, bool citesNothing)
    {
        foreach (var doubleSpaced in new[] { false, true })
        {
            var (model, findings) = Checked(Letter(doubleSpaced, new[]
            {
                new[] { "IMR ISSUES, DECISIONS AND RATIONALES" },
                new[] { "Norco 10/325mg #120: Upheld" },
                new[] { "Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96." },
                new[] { $"MAXIMUS guideline: {reviewerLine}" },
                new[] { "Decision rationale: The records do not document functional improvement. Therefore, the request for Norco 10/325mg #120 is not medically necessary." },
            }));
            var item = Assert.Single(model.Items);
            Assert.Equal(citesNothing, !item.Citations.Any(c => c.Source == CitationSource.Reviewer));
            Assert.Equal(citesNothing, findings.Any(f => f.Id == "IMR006"));
            Assert.Contains(item.Citations, c => c.Source == CitationSource.ClaimsAdministrator);
        }
    }

    /// <summary>The claims administrator's line may say the same: the item keeps only the reviewer's citation, and no finding.</summary>
    [Fact]
    public void A_claims_administrator_line_that_cites_nothing_leaves_the_reviewers_citation_alone()
    {
        var (model, findings) = Checked(Letter(false, new[]
        {
            new[] { "IMR ISSUES, DECISIONS AND RATIONALES" },
            new[] { "Norco 10/325mg #120: Upheld" },
            new[] { "Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision." },
            new[] { "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96." },
            new[] { "Decision rationale: The records do not document functional improvement. Therefore, the request for Norco 10/325mg #120 is not medically necessary." },
        }));
        var citation = Assert.Single(Assert.Single(model.Items).Citations);
        Assert.Equal(CitationSource.Reviewer, citation.Source);
        Assert.Empty(findings);
    }
}
