using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ImrDsl.Pdf.Tests;

/// <summary>Damaged and hostile PDFs give a reason, never an exception, a hang or a stack overflow.</summary>
public class HostilePdfTests
{
    private static PdfReadResult Read(byte[] bytes)
    {
        var result = PdfTextReader.Read(bytes);
        Assert.True(result.Problem is not null ^ result.Pages.Count > 0, "a result is either pages or a reason");
        return result;
    }

    private static string ProblemOf(byte[] bytes)
    {
        var result = Read(bytes);
        Assert.True(result.Problem is not null, "expected a reason, got text:\n" + result.ToText());
        return result.Problem!;
    }

    [Fact]
    public void A_well_formed_page_reads_and_is_the_baseline_for_the_cases_below()
        => Assert.Equal("Hello world", Read(PdfBuilder.OnePage("BT /F1 12 Tf 72 700 Td (Hello world) Tj ET").ToBytes()).Pages[0].Lines.Single());

    [Fact]
    public void An_encrypted_pdf_says_so()
    {
        var pdf = PdfBuilder.OnePage("BT /F1 12 Tf 72 700 Td (secret) Tj ET");
        pdf.Add("<< /Filter /Standard /V 2 /R 3 /O (x) /U (y) /P -4 >>");
        pdf.TrailerExtra = "/Encrypt 5 0 R /ID [<00> <00>]";
        Assert.Contains("encrypted", ProblemOf(pdf.ToBytes()));
    }

    [Fact]
    public void A_page_without_text_asks_for_ocr()
        => Assert.StartsWith("no text layer: run OCR first", ProblemOf(PdfBuilder.OnePage("q 612 0 0 792 0 0 cm /Im1 Do Q").ToBytes()));

    [Fact]
    public void A_font_with_no_unicode_mapping_is_named_with_its_page()
    {
        const string font = "/F1 << /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Secret /Encoding /Identity-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Secret >>] >>";
        var problem = ProblemOf(PdfBuilder.OnePage("BT /F1 12 Tf 72 700 Td <00120034005600780044> Tj ET", font).ToBytes());
        Assert.Equal("page 1: the font ABCDEF+Secret has no usable mapping to Unicode (no ToUnicode map), so its text cannot be read", problem);
    }

    [Fact]
    public void A_compression_bomb_in_a_content_stream_is_refused()
    {
        var pdf = new PdfBuilder();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>");
        pdf.Add("<< /Filter /FlateDecode >>", PdfBuilder.Deflate(new byte[40 * 1024 * 1024]));
        Assert.Contains("compression bomb", ProblemOf(pdf.ToBytes()));
    }

    [Fact]
    public void A_compression_bomb_in_an_object_stream_is_refused()
    {
        var pdf = PdfBuilder.OnePage("BT /F1 12 Tf 72 700 Td (text) Tj ET");
        pdf.Add("<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>", PdfBuilder.Deflate(Encoding.ASCII.GetBytes("9 0 ").Concat(new byte[40 * 1024 * 1024]).ToArray()));
        Assert.Contains("compression bomb", ProblemOf(pdf.ToBytes()));
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("<< /A ", ">>")]
    public void Objects_nested_a_million_deep_are_refused_without_overflowing_the_stack(string open, string close)
    {
        var pdf = PdfBuilder.OnePage("BT /F1 12 Tf 72 700 Td (text) Tj ET");
        pdf.Add(string.Concat(Enumerable.Repeat(open, 1_000_000)) + string.Concat(Enumerable.Repeat(close, 1_000_000)));
        Assert.Contains("nested more than 64 deep", ProblemOf(pdf.ToBytes()));
    }

    [Fact]
    public void Arrays_nested_deep_in_a_content_stream_are_refused()
        => Assert.Contains("nested more than 64 deep", ProblemOf(PdfBuilder.OnePage("BT /F1 12 Tf " + new string('[', 100_000) + " TJ ET").ToBytes()));

    [Fact]
    public void A_form_that_draws_itself_is_refused()
    {
        var pdf = new PdfBuilder();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /XObject << /X 5 0 R >> >> >>");
        pdf.AddStream("/X Do");
        pdf.AddStream("/X Do", extra: "/Type /XObject /Subtype /Form /Resources << /XObject << /X 5 0 R >> >>");
        Assert.Contains("forms are drawn inside each other", ProblemOf(pdf.ToBytes()));
    }

    [Fact]
    public void A_page_tree_that_loops_ends()
    {
        var pdf = new PdfBuilder();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Courier >> >> >> >>");
        pdf.AddStream("BT /F1 12 Tf 72 700 Td (looped) Tj ET");
        Assert.Equal("looped", Read(pdf.ToBytes()).Pages.Single().Lines.Single());
    }

    [Fact]
    public void A_broken_cross_reference_table_does_not_matter_objects_are_found_by_scanning()
    {
        var bytes = PdfBuilder.OnePage("BT /F1 12 Tf 72 700 Td (still here) Tj ET").ToBytes();
        var text = Encoding.Latin1.GetString(bytes);
        var xref = text.IndexOf("xref\n", StringComparison.Ordinal);
        var damaged = text[..xref] + "xref\n0 9\ngarbage garbage\n" + text[text.IndexOf("trailer", StringComparison.Ordinal)..];
        Assert.Equal("still here", Read(Encoding.Latin1.GetBytes(damaged)).Pages.Single().Lines.Single());
    }

    [Fact]
    public void Not_a_pdf_and_truncated_pdfs_are_named_as_such()
    {
        Assert.Contains("not a PDF", ProblemOf(Encoding.ASCII.GetBytes("hello")));
        var bytes = File.ReadAllBytes(Fixtures.Pdf("libreoffice", "seed-000.pdf"));
        Assert.Contains("truncated", ProblemOf(bytes[..(bytes.Length * 2 / 3)]));
    }

    /// <summary>Every fixture cut at any point, or with bytes overwritten anywhere: a result, never an exception.</summary>
    [Fact]
    public void Damaged_fixtures_never_throw()
    {
        var fixtures = Fixtures.All.Select(f => File.ReadAllBytes(f.Pdf)).ToArray();
        var damage = from index in Gen.Choose(0, fixtures.Length - 1)
                     from position in Gen.Choose(0, 1_000_000)
                     from length in Gen.Choose(1, 64)
                     from value in Gen.Choose(0, 255)
                     from cut in Gen.Elements(true, false)
                     select (index, position, length, (byte)value, cut);
        Prop.ForAll(damage.ToArbitrary(), d =>
        {
            var bytes = (byte[])fixtures[d.index].Clone();
            var at = d.position % bytes.Length;
            if (d.cut) bytes = bytes[..at];
            else for (var i = at; i < Math.Min(bytes.Length, at + d.length); i++) bytes[i] = d.Item4;
            var result = PdfTextReader.Read(bytes);
            return result.Problem is not null ^ result.Pages.Count > 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Forms_drawn_a_thousand_times_by_forms_drawn_a_thousand_times_stop_at_the_operator_budget()
    {
        var pdf = new PdfBuilder();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /XObject << /X 5 0 R >> >> >>");
        var thousandDraws = string.Concat(Enumerable.Repeat("/X Do ", 1000));
        pdf.AddStream(thousandDraws);
        for (var level = 0; level < 6; level++) // each form draws the next one 1,000 times: 10^18 operators in all
            pdf.AddStream(string.Concat(Enumerable.Repeat("/X Do ", 1000)), extra: $"/Type /XObject /Subtype /Form /Resources << /XObject << /X {6 + level} 0 R >> >>");
        pdf.AddStream("q Q", extra: "/Type /XObject /Subtype /Form");
        Assert.Contains("drawing operators", ProblemOf(pdf.ToBytes()));
    }

    [Fact]
    public void Graphics_states_saved_a_million_deep_are_refused()
        => Assert.Contains("graphics states", ProblemOf(PdfBuilder.OnePage(string.Concat(Enumerable.Repeat("q ", 1_000_000)) + "BT /F1 12 Tf (x) Tj ET").ToBytes()));

    [Fact]
    public void Fonts_whose_tounicode_ranges_and_widths_overlap_endlessly_are_read_in_bounded_time()
    {
        // 1,000 blocks of 100 ranges (the most a block may hold), each range mapping 65,535 codes: 6.5 billion assignments.
        var block = "100 beginbfrange " + string.Concat(Enumerable.Repeat("<0000> <FFFE> <0041> ", 100)) + "endbfrange ";
        var ranges = string.Concat(Enumerable.Repeat(block, 1000));
        var widths = string.Concat(Enumerable.Repeat("0 65534 500 ", 100_000));
        var pdf = new PdfBuilder();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        pdf.AddStream("BT /F1 10 Tf 72 700 Td <00000001> Tj ET");
        pdf.Add($"<< /Type /Font /Subtype /Type0 /BaseFont /Hostile /Encoding /Identity-H /ToUnicode 6 0 R /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /W [{widths}] >>] >>");
        pdf.AddStream($"begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange {ranges}endcmap", compress: true);
        Assert.Equal("AB", Read(pdf.ToBytes()).Pages.Single().Lines.Single());
    }
}
