using ImrDsl.Cli.Checking;
using ImrDsl.Domain.Letters;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// The practice letter `imr check` reads on a spare core at start (<see cref="Prewarm"/>) only warms the path a real
/// letter takes if the reader reads every part of it. A reader change that stops reading it would leave the warm-up
/// running and useless, with no other sign; these tests are that sign.
/// </summary>
public sealed class PrewarmTests
{
    [Fact]
    public void The_practice_letter_reads_as_a_whole_letter()
    {
        var letter = LetterReader.Standard.Read(new SourceFile(PracticeLetter.Path, PracticeLetter.Text));

        Assert.Equal("CM16-0000000", letter.CaseNumber);
        Assert.NotNull(letter.DecisionDate);
        Assert.Equal("Orthopedic Surgery", letter.Reviewer?.Specialty);
        Assert.Equal(52, letter.Summary?.Age);
        Assert.Equal("female", letter.Summary?.Sex);
        Assert.NotNull(letter.Summary?.InjuryDate);
        Assert.Equal(new Outcome?[] { Outcome.Upheld, Outcome.Overturned }, letter.Items.Select(i => i.Outcome));
        Assert.All(letter.Items, item =>
        {
            Assert.Equal(2, item.Citations.Count);
            Assert.All(item.Citations, c => Assert.NotNull(c.Pages));
            Assert.False(string.IsNullOrEmpty(item.Conclusion));
        });
        Assert.Equal(90, letter.Items[0].Quantity);
    }

    /// <summary>The warm-up runs the rules and the report too: its one mismatched citation is found, at its line.</summary>
    [Fact]
    public void The_practice_run_checks_and_reports_the_letter()
    {
        var report = Prewarm.Practise();

        Assert.NotNull(report);
        var finding = Assert.Single(report.Findings);
        Assert.Equal("IMR002", finding.Id);
        Assert.Contains("page 60", report.Source!.LineText(finding.Line), StringComparison.Ordinal);
    }
}
