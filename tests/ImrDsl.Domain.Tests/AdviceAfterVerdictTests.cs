using System.Text;
using ImrDsl.Runtime;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// Reviewers often close a rationale with advice on another treatment after the verdict on the item: "Therefore, the
/// request for Norco is not medically necessary. A urine drug screen is medically necessary before opioids are
/// continued." A probe wrote 19 such correct letters, and each was flagged IMR003 because the latest verdict decided.
/// Here every example letter (each era and layout) gets a verdict that reads as one after each item's rationale, agreeing
/// with its outcome, and then such a sentence with the opposite verdict; the IMR003 and IMR004 findings must be those of
/// the letter with the verdicts alone.
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
        // Each item's rationale gets a verdict that reads as one, agreeing with its outcome; then the same letter gets the
        // advice after each such verdict. Only the advice differs between the two.
        string Closed(bool advised)
        {
            var text = file.Text;
            // From the last item to the first, so that each insertion leaves the offsets before it as they were.
            foreach (var item in model.Items.Where(i => i.Outcome is not null && i.Spans.Rationale.IsKnown && !NamesAny(i.Service, otherTreatment))
                         .OrderByDescending(i => i.Spans.Rationale.End.Offset))
            {
                var upheld = item.Outcome == Outcome.Upheld;
                var closing = $" Therefore, the request is {(upheld ? "not " : "")}medically necessary.";
                if (advised) closing += $" {otherTreatment} is {(upheld ? "" : "not ")}medically necessary.";
                text = text.Insert(item.Spans.Rationale.End.Offset, closing);
            }
            return text;
        }
        var withVerdicts = Letters.Read(name, Encoding.UTF8.GetBytes(Closed(advised: false))).Model;
        var withAdvice = Letters.Read(name, Encoding.UTF8.GetBytes(Closed(advised: true))).Model;
        Assert.Equal(Findings(withVerdicts), Findings(withAdvice));
    }

    private static List<string> Findings(Determination model)
        => ImrValidation.Validate(model, Guidelines.Context).Where(f => f.Id is "IMR003" or "IMR004").Select(f => $"{f.Id} {f.Item}: {f.Message}").ToList();

    /// <summary>Whether the item's service shares a word with the treatment, which then would be the item.</summary>
    private static bool NamesAny(string? service, string treatment)
        => service is not null && treatment.Split(' ').Any(word => word.Length >= 4 && service.Contains(word, StringComparison.OrdinalIgnoreCase));
}
