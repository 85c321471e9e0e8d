using ImrDsl.Domain.Letters;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Pdf.Tests;

/// <summary>PDFs made by Chromium, LibreOffice and Ghostscript read to the same model as the letter they were made from.</summary>
public class ProducerTests
{
    public static IEnumerable<object[]> Cases => Fixtures.Cases;

    private static (Determination Model, SourceFile File) Read(string path)
    {
        var decoded = LetterSource.Decode(path, File.ReadAllBytes(path), 64L * 1024 * 1024);
        Assert.True(decoded.File is not null, $"{path}: {decoded.Problem}");
        return (LetterReader.Standard.Read(decoded.File!), decoded.File!);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_pdf_reads_to_the_same_model_as_its_letter(string producer, string name)
    {
        var (fromPdf, pdfText) = Read(Fixtures.Pdf(producer, name));
        var (fromLetter, _) = Read(Fixtures.SourceLetter(name));
        Assert.True(fromLetter.Equals(fromPdf),
            $"{producer}/{name} differs from its letter.\nletter: {Describe(fromLetter)}\npdf:    {Describe(fromPdf)}\n--- text read from the PDF ---\n{pdfText.Text}");
    }

    private static string Describe(Determination d)
        => $"case={d.CaseNumber} dates={d.AssignedDate:d}/{d.InjuryDate:d}/{d.DecisionDate:d}/{d.UrDenialDate:d}/{d.ApplicationReceived:d} priority={d.Priority} " +
           $"reviewer={d.Reviewer} summary={d.Summary} items=[{string.Join(" | ", d.Items)}]";
}
