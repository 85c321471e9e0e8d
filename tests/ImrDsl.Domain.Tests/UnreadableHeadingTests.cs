using ImrDsl.Domain.Letters;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// An item heading whose outcome cannot be read ("Uphled", "TBD", "- Uphled", or none) is still an item: its
/// citations and rationale stay its own (never merged into the item before it, never dropped) and the missing
/// outcome is reported at the heading. A table over the spellings, the item's position and the letter's spacing.
/// </summary>
public class UnreadableHeadingTests
{
    private const string Head = "CLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male.\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n";

    private static string Item(string service, string heading, string conclusion) =>
        $"{heading}\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.\n\n" +
        $"Decision rationale: The records were reviewed. Therefore, the request for {service} is {conclusion}.\n\n";

    public static IEnumerable<object[]> Cases()
    {
        var headings = new[] { "{0}: Uphled", "{0}: TBD", "{0} - Uphled", "{0}", "{0}: Overturnd", "{0}:" };
        foreach (var heading in headings)
        foreach (var position in new[] { 0, 1, 2 })
        foreach (var doubleSpaced in new[] { false, true })
            yield return new object[] { heading, position, doubleSpaced };
    }

    /// <summary>
    /// A line the reader cannot place between an item's heading and its first label (a page's running header or
    /// footer, a label it does not know) stays in that item: no item of its own, nothing moved, nothing reported.
    /// </summary>
    [Theory]
    [InlineData("Page 2 of 5")]
    [InlineData("IMR Case Number CM15-0104411 Page 2 of 5")]
    [InlineData("Final Determination Letter for IMR Case Number CM15-0104411")]
    [InlineData("Reviewer Comments: none")]
    public void A_stray_line_after_a_heading_makes_no_item(string stray)
    {
        var services = new[] { "Norco 10/325mg #120", "Soma 350mg #60", "Tramadol 50mg #60" };
        foreach (var position in new[] { 0, 1, 2 })
            foreach (var doubleSpaced in new[] { false, true })
            {
                var text = Head;
                for (var i = 0; i < services.Length; i++)
                    text += Item(services[i], services[i] + ": Upheld" + (i == position ? "\n\n" + stray : ""), "not medically necessary");
                if (!doubleSpaced) text = text.Replace("\n\n", "\n");
                var model = LetterReader.Standard.Read(new SourceFile("letter.txt", text));
                Assert.Equal(services, model.Items.Select(i => i.Service));
                Assert.All(model.Items, item => Assert.Single(item.Citations));
                Assert.Empty(ImrValidation.Validate(model, Guidelines.Context).Select(f => $"{f.Id} {f.Message}"));
            }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_unreadable_outcome_is_reported_at_its_item_and_nothing_merges(string heading, int position, bool doubleSpaced)
    {
        var services = new[] { "Norco 10/325mg #120", "Soma 350mg #60", "Tramadol 50mg #60" };
        var text = Head;
        for (var i = 0; i < services.Length; i++)
        {
            var line = i == position ? string.Format(heading, services[i]) : services[i] + ": Upheld";
            text += Item(services[i], line, "not medically necessary");
        }
        if (!doubleSpaced) text = text.Replace("\n\n", "\n");
        var model = LetterReader.Standard.Read(new SourceFile("letter.txt", text));
        Assert.Equal(services, model.Items.Select(i => i.Service));
        for (var i = 0; i < services.Length; i++)
        {
            Assert.Contains(services[i], model.Items[i].Rationale);
            Assert.Single(model.Items[i].Citations);
            Assert.Equal(i == position ? null : Outcome.Upheld, model.Items[i].Outcome);
        }
        var findings = ImrValidation.Validate(model, Guidelines.Context).ToList();
        var missing = Assert.Single(findings);
        Assert.Equal(("IMR005", services[position]), (missing.Id, missing.Item));
        Assert.Contains("neither Upheld nor Overturned", missing.Message);
    }

    /// <summary>
    /// A decision IMR does not give ("Modified", "Denied", "Upheld in part") makes an item all the same, reported at its
    /// outcome, whether the letter has other items the reader can read or that one alone: before, a letter of one such
    /// item had "no disputed items", and among others the item drew the .imr language's IMR206.
    /// </summary>
    [Theory]
    [InlineData("Modified")]
    [InlineData("Denied")]
    [InlineData("Upheld in part")]
    [InlineData("Partially Overturned")]
    [InlineData("**Certified**")]
    [InlineData("Non-certified.")]
    public void A_decision_IMR_does_not_give_is_reported_at_its_item(string decision)
    {
        var services = new[] { "Norco 10/325mg #120", "Soma 350mg #60", "Tramadol 50mg #60" };
        foreach (var count in new[] { 1, 3 })
        foreach (var separator in new[] { ": ", " - " })
        foreach (var doubleSpaced in new[] { false, true })
            for (var position = 0; position < count; position++)
            {
                var text = Head;
                for (var i = 0; i < count; i++)
                    text += Item(services[i], services[i] + (i == position ? separator + decision : ": Upheld"), "not medically necessary");
                if (!doubleSpaced) text = text.Replace("\n\n", "\n");
                var file = new SourceFile("letter.txt", text);
                var model = LetterReader.Standard.Read(file);
                Assert.Equal(services.Take(count), model.Items.Select(i => i.Service));
                Assert.Null(model.Items[position].Outcome);
                var finding = Assert.Single(ImrValidation.Validate(model, Guidelines.Context));
                Assert.Equal(("IMR005", services[position]), (finding.Id, finding.Item));
                Assert.Equal(decision.Trim('*'), text.Substring(finding.Location.Offset, finding.Location.Length));
            }
    }

    /// <summary>
    /// Such a decision, on the heading's line or the next, stays an item when a page break stands between the heading and
    /// its first label, in PDF text with a blank line after every line: a probe's "Modified" item there was lost and its
    /// rationale read into the item before, which drew a false IMR003.
    /// </summary>
    [Theory]
    [InlineData("Modified", false)]
    [InlineData("Modified", true)]
    [InlineData("Upheld in part", false)]
    [InlineData("Upheld in part", true)]
    public void A_decision_IMR_does_not_give_before_a_page_break_is_reported_at_its_item(string decision, bool nextLine)
    {
        var services = new[] { "Norco 10/325mg #120", "Soma 350mg #60", "Tramadol 50mg #60" };
        string[][] breaks =
        {
            new[] { "Page 1 of 2", "\fFinal Determination Letter for IMR Case Number CM16-0044512" },
            new[] { "- 1 -", "\f" },
            new[] { "Page 1 of 2", "\f" },
        };
        foreach (var pageBreak in breaks)
        foreach (var pdfSpacing in new[] { false, true })
        {
            var lines = new List<string> { "CLINICAL CASE SUMMARY", " ", "The injured worker is a 50 year old male.", " ", "IMR ISSUES, DECISIONS AND RATIONALES", " " };
            for (var i = 0; i < services.Length; i++)
            {
                if (i != 1) lines.Add(services[i] + ": Upheld");
                else if (nextLine) lines.AddRange(new[] { services[i] + ":", decision });
                else lines.Add(services[i] + ": " + decision);
                lines.Add(" ");
                if (i == 1) lines.AddRange(pageBreak);
                lines.AddRange(new[] { "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.", " " });
                lines.AddRange(new[] { $"Decision rationale: The records were reviewed. Therefore, the request for {services[i]} is not medically necessary.", " " });
            }
            var text = string.Join(pdfSpacing ? "\n\n" : "\n", lines) + "\n";
            var model = LetterReader.Standard.Read(new SourceFile("letter.txt", text));
            Assert.Equal(services, model.Items.Select(i => i.Service));
            for (var i = 0; i < services.Length; i++) Assert.Contains(services[i], model.Items[i].Rationale);
            Assert.Null(model.Items[1].Outcome);
            var finding = Assert.Single(ImrValidation.Validate(model, Guidelines.Context));
            Assert.Equal(("IMR005", services[1]), (finding.Id, finding.Item));
            Assert.Equal(decision, text.Substring(finding.Location.Offset, finding.Location.Length));
        }
    }

    [Theory]
    [InlineData("Pain Chapter.")]
    [InlineData("Official Disability Guidelines (ODG), Pain Chapter.")]
    [InlineData("ODG")]
    [InlineData("Page(s): 74-96.")]
    public void A_citation_wrapped_before_its_rationale_is_not_a_heading(string continuation)
    {
        foreach (var spacing in new[] { "\n", "\n\n" })
        {
            var text = (Head + "Norco 10/325mg #120: Overturned\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96,\n" +
                        continuation + "\n\nDecision rationale: Pain fell. Therefore, the request for Norco 10/325mg #120 is medically necessary.\n\n" +
                        "Soma 350mg #60: Upheld\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Carisoprodol Page(s): 29.\n\n" +
                        "Decision rationale: Therefore, the request for Soma 350mg #60 is not medically necessary.\n").Replace("\n\n", spacing);
            var model = LetterReader.Standard.Read(new SourceFile("letter.txt", text));
            Assert.Equal(new[] { "Norco 10/325mg #120", "Soma 350mg #60" }, model.Items.Select(i => i.Service));
            Assert.DoesNotContain(ImrValidation.Validate(model, Guidelines.Context), f => f.Id is "IMR206" or "IMR001");
        }
    }
}
