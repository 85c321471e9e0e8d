using System.Text;
using ImrDsl.Domain.Letters;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

/// <summary>Inputs that are not (whole) letters: a clear reason or a partial model with IMR005, never an exception.</summary>
public class BadInputTests
{
    [Fact]
    public void Empty_binary_oversized_and_broken_docx_inputs_get_a_reason_instead_of_text()
    {
        Assert.Equal("the file is empty", LetterSource.Decode("a.txt", Array.Empty<byte>(), 1000).Problem);
        Assert.StartsWith("the file is binary", LetterSource.Decode("a.txt", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x00, 0x01 }, 1000).Problem);
        Assert.StartsWith("the file is 0.0 MB; letters over", LetterSource.Decode("a.txt", new byte[2000], 1000).Problem);
        Assert.StartsWith("the .docx file cannot be opened", LetterSource.Decode("a.docx", Encoding.UTF8.GetBytes("not a zip"), 1000).Problem);
    }

    /// <summary>
    /// A file's bytes say what it is before its name does (probe89): a .docx saved under ".txt" is read as the .docx, a
    /// Word 97-2003 or RTF file under any name is named as such, and a file of white space only, blank .docx included,
    /// is no letter (it drew two IMR005s, as if a letter lacked its sections).
    /// </summary>
    [Fact]
    public void What_the_bytes_are_decides_how_a_file_is_read()
    {
        var docx = File.ReadAllBytes(Letters.Example("draft.docx"));
        Assert.Equal(LetterSource.Decode("draft.docx", docx, 1 << 20).File!.Text, LetterSource.Decode("draft.txt", docx, 1 << 20).File?.Text);
        var ole = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 };
        foreach (var name in new[] { "letter.docx", "letter.txt", "letter.pdf", "letter" })
        {
            Assert.StartsWith("the file is a Word 97-2003 document", LetterSource.Decode(name, ole, 1000).Problem);
            Assert.StartsWith("the file is RTF", LetterSource.Decode(name, Encoding.ASCII.GetBytes(@"{\rtf1\ansi Norco 10/325mg: Upheld}"), 1000).Problem);
        }
        foreach (var blank in new[] { " \n\t\r\n ", "\uFEFF\n\n", "\u00A0\u2028" })
            Assert.Equal("the file holds no text, only white space", LetterSource.Decode("blank.txt", Encoding.UTF8.GetBytes(blank), 1000).Problem);
        Assert.Equal("the file holds no text, only white space", LetterSource.Decode("blank.docx", DocxWriter.Create(new[] { "", " " }), 1 << 20).Problem);
    }

    [Fact]
    public void Damaged_docx_files_never_throw()
    {
        var original = File.ReadAllBytes(Letters.Example("draft.docx"));
        var random = new Random(7);
        for (var n = 0; n < 300; n++)
        {
            var bytes = (byte[])original.Clone();
            if (n % 3 == 0) Array.Resize(ref bytes, random.Next(1, bytes.Length));
            else for (var k = 0; k < 1 + n % 5; k++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            var decoded = LetterSource.Decode("draft.docx", bytes, 1 << 20);
            if (decoded.File is { } file) _ = LetterReader.Standard.Read(file);
            else Assert.False(string.IsNullOrEmpty(decoded.Problem));
        }
    }

    [Fact]
    public void A_letter_with_no_decisions_section_keeps_what_was_found_and_gets_IMR005()
    {
        var text = File.ReadAllText(Letters.Example("seed-000.txt"));
        var cut = text[..text.IndexOf("IMR ISSUES", StringComparison.Ordinal)];
        var model = LetterReader.Standard.Read(new SourceFile("cut.txt", cut));
        Assert.Equal("Physical Medicine & Rehabilitation", model.Reviewer!.Specialty);
        Assert.Equal(45, model.Summary!.Age);
        Assert.Empty(model.Items);
        var finding = Assert.Single(ImrValidation.Validate(model, Guidelines.Context));
        Assert.Equal("IMR005", finding.Id);
    }

    [Fact]
    public void A_letter_cut_off_inside_a_rationale_keeps_the_item()
    {
        var text = File.ReadAllText(Letters.Example("seed-002.txt"));
        var cut = text[..(text.IndexOf("Decision rationale:", StringComparison.Ordinal) + 60)];
        var item = Assert.Single(LetterReader.Standard.Read(new SourceFile("cut.txt", cut)).Items);
        Assert.Equal("Lioresal 10mg #60", item.Service);
        Assert.StartsWith("The California chronic pain", item.Rationale);
        Assert.Null(item.Conclusion);
    }

    [Fact]
    public void Fifty_megabytes_of_letters_are_read_in_one_pass()
    {
        var letter = File.ReadAllText(Letters.Example("seed-000.txt"));
        var builder = new StringBuilder(50 * 1024 * 1024 + letter.Length);
        while (builder.Length < 50 * 1024 * 1024) builder.Append(letter);
        var model = LetterReader.Standard.Read(new SourceFile("huge.txt", builder.ToString()));
        Assert.Equal("Lioresal (Baclofen) 10 mg #60 with 3 refills", model.Items[0].Service);
    }

    [Fact]
    public void Fifty_megabytes_on_one_line_are_read_in_one_pass()
    {
        var model = LetterReader.Standard.Read(new SourceFile("line.txt", new string('x', 50 * 1024 * 1024)));
        Assert.Empty(model.Items);
        Assert.Null(model.Summary);
    }
}
