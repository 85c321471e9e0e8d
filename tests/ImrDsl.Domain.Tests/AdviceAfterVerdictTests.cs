using System.Text;
using ImrDsl.Runtime;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// Reviewers often close a rationale with advice on another treatment after the verdict on the item: "Therefore, the
/// request for Norco is not medically necessary. A urine drug screen is medically necessary before opioids are
/// continued." A probe wrote 19 such correct letters, and each was flagged IMR003 because the latest verdict decided.
/// Here every example letter (each era and layout) gets such a sentence after each item's rationale, with the verdict
/// opposite to the item's outcome; the letter's IMR003 and IMR004 findings must not change.
/// </summary>
public class AdviceAfterVerdictTests
{
    /// <summary>Other treatments, as reviewers name them in a closing sentence of advice.</summary>
    private static readonly string[] OtherTreatments =
    {
        "A home exercise program",
        "A urine drug screen before opioids are continued",
        "Gradual discontinuation to avoid withdrawal",
        "Referral to a pain specialist",
        "An NSAID such as naproxen as an alternative",
        "A short course of aquatic exercise",
    };

    public static IEnumerable<object[]> LettersAndAdvice()
        => MetamorphicTests.AllLetters().SelectMany(letter => OtherTreatments.Select(advice => new[] { letter[0], advice }));

    [Theory]
    [MemberData(nameof(LettersAndAdvice))]
    public void Advice_on_another_treatment_after_the_verdict_does_not_decide_the_item(string name, string otherTreatment)
    {
        var (model, file) = Letters.Read(Letters.Example(name));
        var text = file.Text;
        var advised = 0;
        // From the last item to the first, so that each insertion leaves the offsets before it as they were.
        // Only after a verdict: a rationale with none ("TBD") has only the advice's, which then decides, as a verdict under
        // another name for the item must.
        foreach (var item in model.Items.Where(i => i.Outcome is not null && i.Spans.Rationale.IsKnown && !NamesAny(i.Service, otherTreatment)
                                                    && Conclusions.Find(i.Rationale!, OutcomeInfo.Phrases, i.Service) is not null)
                     .OrderByDescending(i => i.Spans.Rationale.End.Offset))
        {
            var verdict = item.Outcome == Outcome.Upheld ? "is medically necessary" : "is not medically necessary";
            text = text.Insert(item.Spans.Rationale.End.Offset, $" {otherTreatment} {verdict}.");
            advised++;
        }
        if (advised == 0) return; // a letter with no decided item that has a rationale
        var (withAdvice, _) = Letters.Read(name, Encoding.UTF8.GetBytes(text));
        Assert.Equal(Findings(model), Findings(withAdvice));
    }

    private static List<string> Findings(Determination model)
        => ImrValidation.Validate(model, Guidelines.Context).Where(f => f.Id is "IMR003" or "IMR004").Select(f => $"{f.Id} {f.Item}: {f.Message}").ToList();

    /// <summary>Whether the item's service shares a word with the treatment, which then would be the item.</summary>
    private static bool NamesAny(string? service, string treatment)
        => service is not null && treatment.Split(' ').Any(word => word.Length >= 4 && service.Contains(word, StringComparison.OrdinalIgnoreCase));
}
