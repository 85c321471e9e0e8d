using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ImrDsl.Domain.Tests;

/// <summary>Makes a Word draft: one paragraph per line, tabs as Word tabs.</summary>
internal static class DocxWriter
{
    public static byte[] Create(IEnumerable<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var text in paragraphs)
            {
                var run = new Run();
                var parts = text.Split('\t');
                for (var i = 0; i < parts.Length; i++)
                {
                    if (i > 0) run.Append(new TabChar());
                    run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
                }
                body.Append(new Paragraph(run));
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A converted-layout letter as a Word author would have it: the same lines, emphasis as formatting rather than markup.</summary>
    public static IEnumerable<string> ParagraphsOf(string markdown)
        => markdown.Replace("\r\n", "\n").Split('\n')
            .Select(line => line.Replace("<b>", "").Replace("</b>", "").Replace("**", "").TrimStart('#').TrimStart());
}
