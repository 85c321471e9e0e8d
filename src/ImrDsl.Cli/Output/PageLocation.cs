using ImrDsl.Diagnostics;
using ImrDsl.Domain.Letters;
using ImrDsl.Pdf;
using ImrDsl.Text;

namespace ImrDsl.Cli.Output;

/// <summary>
/// Where a finding in a PDF letter is on the printed page. A PDF's findings carry lines of the text imr read
/// from it (`imr extract letter.pdf --format text` prints it); this turns such a line into "page P, line L",
/// which the reports show so the reader can find the sentence in the PDF itself.
/// </summary>
public static class PageLocation
{
    public static (int Page, int Line)? Of(Diagnostic finding, SourceFile? source)
        => source is not null && finding.Line >= 1 && LetterSource.IsPdfText(source) ? PdfPageMap.Locate(source.Text, finding.Line) : null;

    /// <summary>"p3:12" for page 3, line 12.</summary>
    public static string Label((int Page, int Line) at) => $"p{at.Page}:{at.Line}";
}
