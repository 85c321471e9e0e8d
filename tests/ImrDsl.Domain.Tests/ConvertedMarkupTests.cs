using ImrDsl.Domain.Letters;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// A letter converted to Markdown carries markup a person reading it never sees: HTML tags a converter left inline
/// ("&lt;br&gt;", "&lt;span class=...&gt;") and block quotes ("&gt; **Decision rationale:** ..."). The letter reads as the
/// same letter without them: the same items, rationale words, conclusion and citations, and the same findings, whether
/// its heading's outcome agrees with the rationale or not.
/// </summary>
public class ConvertedMarkupTests
{
    private const string Rationale = "No functional benefit is documented. Therefore, the request for Norco 10/325mg #120 is not medically necessary.";

    private static string Letter(string outcome, Func<string, string> rationaleLine, Func<string, string>? guidelineLine = null)
    {
        var guideline = "**MAXIMUS guideline:** Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.";
        return "### CLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male.\n\n### IMR ISSUES, DECISIONS AND RATIONALES\n\n"
            + $"#### **Norco 10/325mg #120: {outcome}**\n\n{(guidelineLine ?? (l => l))(guideline)}\n\n{rationaleLine("**Decision rationale:** " + Rationale)}\n";
    }

    /// <summary>
    /// A Markdown heading a converter wrapped over two lines ("#### **Functional restoration" / "program, 160 hours:
    /// Upheld**") is the item's heading whole: its first line was read as the last words of the rationale before, which
    /// then drew a false IMR005 (a probe's letters). A heading of one line after a rationale is unchanged.
    /// </summary>
    /// <summary>
    /// A heading closed by '#'s as Markdown allows ("### Norco 10/325mg #120: Upheld ###", probe89: no disputed items
    /// were found) reads as the same heading.
    /// </summary>
    [Theory]
    [InlineData("### IMR ISSUES, DECISIONS AND RATIONALES ###", "#### Norco 10/325mg #120: {0} ####")]
    [InlineData("### IMR ISSUES, DECISIONS AND RATIONALES #", "#### **Norco 10/325mg #120: {0}** #")]
    [InlineData("### IMR ISSUES, DECISIONS AND RATIONALES", "#### Norco 10/325mg #120: {0}   ##  ")]
    public void A_heading_closed_by_hashes_reads_as_the_heading(string section, string heading)
    {
        foreach (var outcome in new[] { "Upheld", "Overturned" })
        {
            var plain = LetterLayouts.Checked(Letter(outcome, l => l));
            var closed = LetterLayouts.Checked(Letter(outcome, l => l)
                .Replace("### IMR ISSUES, DECISIONS AND RATIONALES", section, StringComparison.Ordinal)
                .Replace($"#### **Norco 10/325mg #120: {outcome}**", string.Format(heading, outcome), StringComparison.Ordinal));
            Assert.Equal("Norco 10/325mg #120", Assert.Single(closed.Model.Items).Service);
            Assert.Equal(plain.Model.Items[0].Outcome, closed.Model.Items[0].Outcome);
            Assert.Equal(plain.Findings.Select(f => f.Id), closed.Findings.Select(f => f.Id));
        }
    }

    [Theory]
    [InlineData("#### **Soma", "350mg #60: Upheld**")]
    [InlineData("#### Soma", "350mg #60: Upheld")]
    [InlineData("### **Soma 350mg", "#60: Upheld**")]
    public void A_markdown_heading_wrapped_over_two_lines_is_one_heading(string first, string second)
    {
        var letter = Letter("Upheld", l => l) + $"\n{first}\n{second}\n\n**MAXIMUS guideline:** Decision based on MTUS Chronic Pain Treatment Guidelines Carisoprodol Page(s): 29.\n\n"
            + "**Decision rationale:** Not recommended. Therefore, the request for Soma 350mg #60 is not medically necessary.\n";
        var model = LetterReader.Standard.Read(new SourceFile("letter.md", letter));
        Assert.Equal(new[] { "Norco 10/325mg #120", "Soma 350mg #60" }, model.Items.Select(i => i.Service));
        Assert.EndsWith("is not medically necessary.", model.Items[0].Rationale);
        Assert.Empty(ImrValidation.Validate(model, Guidelines.Context).Select(f => $"{f.Id} {f.Message}"));
    }

    public static TheoryData<string, string, string> Markup() => new()
    {
        { "a line break between words", "No functional benefit", "No functional<br>benefit" },
        { "a self-closed line break between sentences", "documented. Therefore", "documented.<br/>Therefore" },
        { "a paragraph tag", "No functional benefit", "No functional</p><p>benefit" },
        { "a span around a word", "functional", "<span class=\"c1\">functional</span>" },
        { "bold around the verdict's negation", "is not medically", "is <b>not</b> medically" },
        { "emphasis with attributes", "medically necessary", "<em style=\"x\">medically</em> <STRONG>necessary</STRONG>" },
        { "a font tag", "Norco 10/325mg #120", "<font face=\"Arial\">Norco 10/325mg #120</font>" },
    };

    [Theory]
    [MemberData(nameof(Markup))]
    public void Inline_html_reads_as_the_text_it_marks(string what, string plain, string marked)
    {
        foreach (var outcome in new[] { "Upheld", "Overturned" })
        {
            var expected = Read(Letter(outcome, l => l));
            var actual = Read(Letter(outcome, l => l.Replace(plain, marked, StringComparison.Ordinal)));
            Assert.True(expected == actual, $"{what}, {outcome}:\nexpected {expected}\nactual   {actual}");
        }
    }

    [Theory]
    [InlineData("each labelled line quoted")]
    [InlineData("quoted twice")]
    [InlineData("the rationale wrapped within its quote")]
    public void A_block_quote_reads_as_the_text_it_quotes(string how)
    {
        string Quote(string line) => how switch
        {
            "quoted twice" => "> > " + line,
            "the rationale wrapped within its quote" => "> " + line.Replace(" Therefore,", "\n> Therefore,", StringComparison.Ordinal),
            _ => "> " + line,
        };
        foreach (var outcome in new[] { "Upheld", "Overturned" })
        {
            var expected = Read(Letter(outcome, l => l));
            var actual = Read(Letter(outcome, Quote, Quote));
            Assert.True(expected == actual, $"{how}, {outcome}:\nexpected {expected}\nactual   {actual}");
        }
    }

    /// <summary>A '&lt;' that opens no known tag is text: "pain &lt; 5/10" keeps its words.</summary>
    [Theory]
    [InlineData("pain < 5/10")]
    [InlineData("pain <5/10 at rest")]
    [InlineData("within <6 weeks")]
    [InlineData("a <brace> of words")]
    public void A_less_than_sign_is_text(string words)
    {
        var text = Letter("Upheld", l => l.Replace("No functional benefit", "No functional benefit with " + words, StringComparison.Ordinal));
        var item = Assert.Single(LetterReader.Standard.Read(new SourceFile("letter.md", text)).Items);
        Assert.Contains(words, item.Rationale, StringComparison.Ordinal);
    }

    /// <summary>What a reader of the letter takes from it: the item, its rationale's words, its conclusion, citations and findings.</summary>
    private static string Read(string text)
    {
        var model = LetterReader.Standard.Read(new SourceFile("letter.md", text));
        var findings = ImrValidation.Validate(model, Guidelines.Context).Select(f => f.Id);
        var items = model.Items.Select(i => $"{i.Service}={i.Outcome} [{Words(i.Rationale)}] conclusion [{Words(i.Conclusion)}] "
            + string.Join(";", i.Citations.Select(c => $"{c.Topic}:{string.Join(",", c.Pages)}")));
        return string.Join(" | ", items) + " findings " + string.Join(",", findings);
    }

    private static string Words(string? text) => text is null ? "" : string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
