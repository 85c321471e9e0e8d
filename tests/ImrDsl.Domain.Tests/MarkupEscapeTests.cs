using ImrDsl.Domain.Letters;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// Converters to Markdown escape characters ("\#60", "&amp;amp;", "&amp;nbsp;"): the reader sees the character a person
/// sees, and a lone '&amp;' or '\' stays itself. The metamorphic test escapes whole example letters the same way.
/// </summary>
public class MarkupEscapeTests
{
    [Theory]
    [InlineData("\\#60", '#', 2)]
    [InlineData("\\*", '*', 2)]
    [InlineData("\\\\", '\\', 2)]
    [InlineData("\\a", null, 0)] // a backslash escapes punctuation only
    [InlineData("\\", null, 0)]
    [InlineData("\\ ", null, 0)]
    [InlineData("\\\n", '\n', 2)] // a hard line break: the backslash goes, the line end stays
    [InlineData("\\\r\n", '\r', 2)]
    [InlineData("&amp;", '&', 5)]
    [InlineData("&nbsp;56", '\u00A0', 6)]
    [InlineData("&rsquo;s", '\u2019', 7)]
    [InlineData("&#8217;", '\u2019', 7)]
    [InlineData("&#146;", '\u2019', 6)] // a C1 control's number is Windows-1252's character, as HTML reads it
    [InlineData("&#x85;", '\u2026', 6)]
    [InlineData("&#129;", '\u0081', 6)] // one Windows-1252 leaves undefined stays as it is
    [InlineData("&#x2019;", '\u2019', 8)]
    [InlineData("&#X2019;", '\u2019', 8)]
    [InlineData("&#39;", '\'', 5)]
    [InlineData("&#0000039;", '\'', 10)] // seven digits at most
    [InlineData("&#00000039;", null, 0)]
    [InlineData("&#0;", null, 0)]
    [InlineData("&#xD800;", null, 0)] // a lone surrogate is no character
    [InlineData("&#x1F600;", null, 0)] // beyond the Basic Multilingual Plane: left as written
    [InlineData("&#;", null, 0)]
    [InlineData("&#x;", null, 0)]
    [InlineData("&amp", null, 0)] // no ';': the word "amp" after an ampersand
    [InlineData("&AMP;", null, 0)] // names are case-sensitive
    [InlineData("&unknown;", null, 0)]
    [InlineData("& Rehabilitation", null, 0)]
    [InlineData("&", null, 0)]
    public void An_escape_stands_for_one_character(string text, char? character, int length)
    {
        var escape = MarkupEscape.At(text, 0);
        Assert.Equal(character, escape?.Character);
        Assert.Equal(length, escape?.Length ?? 0);
    }

    private const string Head = "CLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male.\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n";

    /// <summary>
    /// A converted letter's escapes inside the parts the checks read: a quantity, a page list, a topic and a specialty.
    /// Each escaped letter must read as the plain one, with its spans on the escaped file's own text.
    /// </summary>
    [Theory]
    [InlineData("#### **Lyrica 75mg \\#60: Upheld**", "Page(s):&nbsp;19-20, 99.", "#### **Lyrica 75mg #60: Upheld**", "Page(s): 19-20, 99.")]
    [InlineData("#### **Lyrica 75mg &#35;60: Upheld**", "Page(s):&#160;19&ndash;20.", "#### **Lyrica 75mg #60: Upheld**", "Page(s): 19-20.")]
    [InlineData("Lyrica 75mg \\#60: Upheld", "Page(s)&#58; 19&#x2D;20.", "Lyrica 75mg #60: Upheld", "Page(s): 19-20.")]
    public void Escapes_read_as_the_characters_they_stand_for(string escapedHeading, string escapedPages, string heading, string pages)
    {
        static string Letter(string heading, string pages)
            => Head + heading + "\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Pregabalin (Lyrica) " + pages
               + "\n\nDecision rationale: Efficacy is not documented. Therefore, Lyrica 75mg #60 is not medically necessary.\n";
        var plain = LetterReader.Standard.Read(new SourceFile("letter.md", Letter(heading, pages)));
        var escapedFile = new SourceFile("letter.md", Letter(escapedHeading, escapedPages));
        var escaped = LetterReader.Standard.Read(escapedFile);
        Assert.True(plain.Equals(escaped), $"the escaped letter reads differently:\n{CaseDocument(plain)}\n---\n{CaseDocument(escaped)}");
        Assert.Equal("Lyrica 75mg #60", escaped.Items[0].Service);
        MetamorphicTests.CheckSpans("escaped", escapedFile, escaped, "escapes");
    }

    [Fact]
    public void A_page_written_after_an_escaped_space_is_checked()
    {
        var text = Head + "#### **Lidoderm 5% patch \\#30: Upheld**\n\n**MAXIMUS guideline:** Decision based on MTUS Chronic Pain Treatment Guidelines Lidoderm (lidocaine patch) Page(s):&nbsp;121.\n\n"
                   + "**Decision rationale:** The pain is not neuropathic. Therefore, Lidoderm 5% patch \\#30 is not medically necessary.\n";
        var findings = ImrValidation.Validate(LetterReader.Standard.Read(new SourceFile("letter.md", text)), Guidelines.Context).ToList();
        var finding = Assert.Single(findings, f => f.Id == "IMR002");
        Assert.EndsWith("this cites page 121", finding.Message);
        Assert.DoesNotContain(findings, f => f.Id == "IMR004"); // "\#30" in the conclusion is the heading's "#30"
    }

    private static string CaseDocument(Determination d) => ImrDsl.Domain.Export.CaseDocumentWriter.Write(d);
}
