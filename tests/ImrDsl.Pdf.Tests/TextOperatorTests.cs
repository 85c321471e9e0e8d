using System.Text;
using ImrDsl.Domain.Letters;

namespace ImrDsl.Pdf.Tests;

/// <summary>Text operators, font decoding and line rebuilding, each on a small PDF that isolates it.</summary>
public class TextOperatorTests
{
    private const string Courier = "/F1 << /Type /Font /Subtype /Type1 /BaseFont /Courier >>";

    private static List<string> Lines(string content, string fonts = Courier, bool compress = false)
    {
        var result = PdfTextReader.Read(PdfBuilder.OnePage(content, fonts, compress).ToBytes());
        Assert.True(result.Problem is null, result.Problem);
        return result.Pages.SelectMany(p => p.Lines).ToList();
    }

    [Theory]
    // Td, TD and T* with TL move to new lines; ' and " show on the next line; Tm places absolutely.
    [InlineData("BT /F1 10 Tf 72 700 Td (one) Tj 0 -12 Td (two) Tj ET", "one|two")]
    [InlineData("BT /F1 10 Tf 72 700 Td (one) Tj 0 -12 TD (two) Tj T* (three) Tj ET", "one|two|three")]
    [InlineData("BT /F1 10 Tf 12 TL 72 700 Td (one) Tj (two) ' 0 0 (three) \" ET", "one|two|three")]
    [InlineData("BT /F1 10 Tf 1 0 0 1 72 600 Tm (lower) Tj 1 0 0 1 72 700 Tm (upper) Tj ET", "upper|lower")]
    // Lines come out top to bottom and words left to right, whatever order they were drawn in.
    [InlineData("BT /F1 10 Tf 1 0 0 1 100 700 Tm (right) Tj 1 0 0 1 72 700 Tm (left) Tj ET", "left right")]
    // A TJ kerning adjustment is not a space; a wide one is; Tc and Tw widen the gaps they apply to.
    [InlineData("BT /F1 10 Tf 72 700 Td [(Ker) 20 (ning)] TJ ET", "Kerning")]
    [InlineData("BT /F1 10 Tf 72 700 Td [(two) -400 (words)] TJ ET", "two words")]
    [InlineData("BT /F1 10 Tf 72 700 Td 3 Tc (abc) Tj ET", "a b c")]
    [InlineData("BT /F1 10 Tf 72 700 Td 20 Tw (a b) Tj ET", "a\tb")]
    [InlineData("BT /F1 10 Tf 72 700 Td 20 Tw (ab) Tj ET", "ab")]
    // A gap wider than the font size separates cells with a tab (label and value in a header table).
    [InlineData("BT /F1 10 Tf 1 0 0 1 72 700 Tm (Priority:) Tj 1 0 0 1 200 700 Tm (Standard) Tj ET", "Priority:\tStandard")]
    // Horizontal scaling shrinks advances (50% of Courier's 6 points is 3, no gap); cm scales the whole text.
    [InlineData("BT /F1 10 Tf 50 Tz 72 700 Td (ab) Tj 1 0 0 1 75 700 Tm (c) Tj ET", "abc")]
    [InlineData("2 0 0 2 0 0 cm BT /F1 10 Tf 36 350 Td (big) Tj 0 -7 Td (next) Tj ET", "big|next")]
    // Text drawn twice at one place (fake bold) reads once; q/Q restore the font.
    [InlineData("BT /F1 10 Tf 72 700 Td (bold) Tj ET BT /F1 10 Tf 72.2 700 Td (bold) Tj ET", "bold")]
    // Escapes in literal strings, and hex strings.
    [InlineData("BT /F1 10 Tf 72 700 Td (a\\(b\\)\\101) Tj 0 -12 Td <48692E> Tj ET", "a(b)A|Hi.")]
    // Inline images are skipped, including binary data that looks like operators.
    [InlineData("BI /W 1 /H 1 /BPC 8 /CS /G ID (junk) Tj EI BT /F1 10 Tf 72 700 Td (after) Tj ET", "after")]
    public void Operators_place_text(string content, string expected)
        => Assert.Equal(expected, string.Join("|", Lines(content)));

    [Fact]
    public void A_compressed_content_stream_reads_like_a_plain_one()
        => Assert.Equal(Lines("BT /F1 10 Tf 72 700 Td (same) Tj ET"), Lines("BT /F1 10 Tf 72 700 Td (same) Tj ET", compress: true));

    [Fact]
    public void Differences_map_codes_to_glyph_names_and_accents_compose()
    {
        const string font = "/F1 << /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /FirstChar 1 /LastChar 4 /Widths [500 500 500 500] " +
                            "/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /eacute /fi /uni2013 /quoteright] >> >>";
        Assert.Equal("é\u2013fi’s \u00E9", Lines("BT /F1 10 Tf 72 700 Td <01030204> Tj (s \\351) Tj ET", font).Single());
    }

    [Fact]
    public void Type0_fonts_read_through_their_ToUnicode_map_with_bfchar_and_bfrange()
    {
        var pdf = new PdfBuilder();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        pdf.AddStream("BT /F1 10 Tf 72 700 Td <0001000200030004> Tj ET");
        pdf.Add("<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+Serif /Encoding /Identity-H /ToUnicode 6 0 R " +
                "/DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+Serif /DW 500 /W [1 [600 600] 3 4 550] >>] >>");
        pdf.AddStream("/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange " +
                      "1 beginbfchar <0001> <0043> endbfchar 2 beginbfrange <0002> <0003> <0061> <0004> <0004> [<FB01>] endbfrange endcmap end end", compress: true);
        var result = PdfTextReader.Read(pdf.ToBytes());
        Assert.Equal("Cabfi", result.Pages.Single().Lines.Single());
    }

    [Fact]
    public void Form_xobjects_draw_their_text_where_their_matrix_puts_it()
    {
        var pdf = new PdfBuilder();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add($"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << {Courier} >> /XObject << /X 5 0 R >> >> >>");
        pdf.AddStream("BT /F1 10 Tf 72 700 Td (page) Tj ET /X Do");
        pdf.AddStream("BT /F1 10 Tf 0 0 Td (form) Tj ET", extra: "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Matrix [1 0 0 1 72 600]");
        Assert.Equal(new[] { "page", "form" }, PdfTextReader.Read(pdf.ToBytes()).Pages.Single().Lines);
    }

    [Fact]
    public void Running_headers_and_page_numbers_are_dropped_and_a_wide_gap_is_a_paragraph_break()
    {
        var pdf = new PdfBuilder();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>");
        var content = (int page) => $"BT /F1 10 Tf 72 760 Td (Case CM13-00{page}) Tj 0 -40 Td (first line {page}) Tj 0 -12 Td (second line) Tj 0 -12 Td (third line) Tj 0 -30 Td (new paragraph) Tj 0 -600 Td ({page}) Tj ET";
        pdf.Add($"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << {Courier} >> >> >>");
        pdf.AddStream(content(1));
        pdf.Add($"<< /Type /Page /Parent 2 0 R /Contents 6 0 R /Resources << /Font << {Courier} >> >> >>");
        pdf.AddStream(content(2));
        var result = PdfTextReader.Read(pdf.ToBytes());
        Assert.Equal(new[] { "first line 1", "second line", "third line", " ", "new paragraph" }, result.Pages[0].Lines);
        Assert.Equal("\ffirst line 2", result.ToText().Split('\n')[5]);
        Assert.Equal((2, 4), PdfPageMap.Locate(result.ToText(), 10)); // "new paragraph" on page 2, the break line not counted
    }

    /// <summary>
    /// A header of two lines and a footer of two above the page number go from every page: only the first and the last
    /// line of a page were dropped, so "CONFIDENTIAL" and the header's second line were read into the text that the break
    /// cut (a rationale's sentence, a citation's topic: a false IMR007). A line of the page's own that opens in lower
    /// case stays, though three pages end with it.
    /// </summary>
    [Fact]
    public void Headers_and_footers_of_several_lines_are_dropped()
    {
        var pdf = new PdfBuilder();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R 5 0 R 7 0 R] /Count 3 >>");
        var content = (int page) => "BT /F1 10 Tf 72 760 Td (Independent Medical Review) Tj 0 -12 Td (Final Determination Letter) Tj "
            + $"0 -40 Td (first line {page}) Tj 0 -12 Td (and appropriate.) Tj 0 -500 Td (CONFIDENTIAL) Tj 0 -12 Td (Page {page} of 3) Tj ET";
        for (var page = 1; page <= 3; page++)
        {
            pdf.Add($"<< /Type /Page /Parent 2 0 R /Contents {2 * page + 2} 0 R /Resources << /Font << {Courier} >> >> >>");
            pdf.AddStream(content(page));
        }
        var result = PdfTextReader.Read(pdf.ToBytes());
        for (var page = 1; page <= 3; page++)
            Assert.Equal(new[] { $"first line {page}", "and appropriate." }, result.Pages[page - 1].Lines);
    }

    /// <summary>
    /// A line that ends two pages of three with no page number below it goes only if it reads as furniture (a company, a
    /// title, a privacy notice). A letter's own line may end two pages by chance: a probe's PDF ended two pages with
    /// "MAXIMUS guideline: Decision based on 8 C.C.R. ... (Effective July 18," and lost it, so the reviewer's citation ran
    /// into the claims administrator's (a false IMR006 and IMR007).
    /// </summary>
    [Theory]
    [InlineData("MAXIMUS guideline: Decision based on 8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18,", false)]
    [InlineData("Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines", false)]
    [InlineData("Decision rationale: The request for the medication is not medically necessary.", false)]
    [InlineData("Therefore, the request is not medically necessary.", false)]
    [InlineData("Norco 10/325mg #120: Upheld", false)]
    [InlineData("MAXIMUS Federal Services, Inc.", true)]
    [InlineData("Independent Medical Review Final Determination", true)]
    [InlineData("CONFIDENTIAL: This document contains protected health information.", true)]
    public void A_line_that_ends_two_pages_of_three_goes_only_if_it_reads_as_furniture(string line, bool dropped)
    {
        var pdf = new PdfBuilder();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R 5 0 R 7 0 R] /Count 3 >>");
        // A PDF string escapes its brackets.
        var shown = line.Replace("(", "\\(").Replace(")", "\\)");
        string Content(int page)
            => $"BT /F1 10 Tf 72 760 Td ({FirstLines[page - 1]}) Tj 0 -12 Td (and appropriate,) Tj 0 -12 Td ({(page < 3 ? shown : "the last page ends here.")}) Tj ET";
        for (var page = 1; page <= 3; page++)
        {
            pdf.Add($"<< /Type /Page /Parent 2 0 R /Contents {2 * page + 2} 0 R /Resources << /Font << {Courier} >> >> >>");
            pdf.AddStream(Content(page));
        }
        var result = PdfTextReader.Read(pdf.ToBytes());
        for (var page = 1; page <= 2; page++)
        {
            var kept = new List<string> { FirstLines[page - 1], "and appropriate," };
            if (!dropped) kept.Add(line);
            Assert.Equal(kept, result.Pages[page - 1].Lines.Where(l => l.Trim().Length > 0));
        }
    }

    /// <summary>The first lines of three pages, each its own.</summary>
    private static readonly string[] FirstLines = { "The worker reports pain", "Records show no change", "Therapy was completed" };

    /// <summary>
    /// A privacy notice written as a sentence above the page number goes, on one line or wrapped onto two, where it stands on
    /// every page: a sentence is otherwise the letter's own, so it was read into the text the break cut. A sentence on every
    /// page without a notice's words stays, and so does a notice missing from one page (the letter quoting one).
    /// </summary>
    [Theory]
    [InlineData("CONFIDENTIAL: This document contains protected health information.", "", false, true)]
    [InlineData("This letter holds confidential medical information protected by state", "and federal law, meant only for the named recipient.", false, true)]
    [InlineData("The request for the medication is not medically necessary.", "", false, false)]
    [InlineData("CONFIDENTIAL: This document contains protected health information.", "", true, false)]
    public void A_privacy_notice_on_every_page_is_dropped(string notice, string wrapped, bool missingFromOnePage, bool dropped)
    {
        var pdf = new PdfBuilder();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R 5 0 R 7 0 R] /Count 3 >>");
        string Show(string line) => $"0 -12 Td ({line}) Tj ";
        string Content(int page)
        {
            var footer = missingFromOnePage && page == 2 ? "" : Show(notice) + (wrapped.Length > 0 ? Show(wrapped) : "");
            return $"BT /F1 10 Tf 72 760 Td ({FirstLines[page - 1]}) Tj 0 -12 Td (and appropriate,) Tj 0 -500 Td " + footer + Show($"Page {page} of 3") + "ET";
        }
        for (var page = 1; page <= 3; page++)
        {
            pdf.Add($"<< /Type /Page /Parent 2 0 R /Contents {2 * page + 2} 0 R /Resources << /Font << {Courier} >> >> >>");
            pdf.AddStream(Content(page));
        }
        var result = PdfTextReader.Read(pdf.ToBytes());
        for (var page = 1; page <= 3; page++)
        {
            var kept = new List<string> { FirstLines[page - 1], "and appropriate," };
            if (!dropped && !(missingFromOnePage && page == 2)) kept.Add(notice);
            Assert.Equal(kept, result.Pages[page - 1].Lines.Where(line => line.Trim().Length > 0));
        }
    }

    [Theory]
    [InlineData("a\nb\n\fc\nd\n", 4, 2, 2)]
    [InlineData("a\n \nb\n", 3, 1, 2)]
    [InlineData("a\n\f\n\fb\n", 3, 3, 1)]
    [InlineData("only\n", 1, 1, 1)]
    public void The_page_map_counts_lines_per_page_without_paragraph_breaks(string text, int line, int page, int lineOnPage)
        => Assert.Equal((page, lineOnPage), PdfPageMap.Locate(text, line));

    /// <summary>
    /// A PDF breaks lines wherever the page edge falls, so a rationale may be wrapped before any of its words,
    /// including before "#90" (which must not read as a Markdown heading): the model stays the same.
    /// </summary>
    [Fact]
    public void A_rationale_wrapped_before_any_word_reads_the_same()
    {
        var path = Path.Combine(Fixtures.Root, "examples", "letters", "imr004-item-mismatch.txt");
        var text = File.ReadAllText(path);
        var expected = LetterReader.Standard.Read(new ImrDsl.Text.SourceFile(path, text));
        var line = text.Split('\n').Single(l => l.StartsWith("Decision rationale:", StringComparison.Ordinal));
        var spaces = Enumerable.Range(0, line.Length).Where(i => line[i] == ' ' && i > "Decision rationale:".Length).ToList();
        Assert.Contains(spaces, i => line[(i + 1)..].StartsWith("#90", StringComparison.Ordinal));
        foreach (var at in spaces)
        {
            var wrapped = text.Replace(line, line[..at] + "\n" + line[(at + 1)..]);
            Assert.True(expected.Equals(LetterReader.Standard.Read(new ImrDsl.Text.SourceFile(path, wrapped))), "wrapped before: " + line[(at + 1)..]);
        }
    }

    /// <summary>Lines of number signs, alone or at the end of the text, in any line ending: read, never thrown on.</summary>
    [Theory]
    [InlineData("#")]
    [InlineData("###")]
    [InlineData("# ")]
    [InlineData("#\n")]
    [InlineData("text\n###")]
    [InlineData("text\r\n#\r\n#90 is not")]
    [InlineData("\f#")]
    public void Number_sign_lines_never_break_the_letter_reader(string text)
        => Assert.NotNull(LetterReader.Standard.Read(new ImrDsl.Text.SourceFile("letter.txt", text)));
}
