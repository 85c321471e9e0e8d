namespace ImrDsl.Cli.Output;

/// <summary>
/// Where a finding in a PDF letter is on the printed page. A PDF's findings carry lines of the text imr read
/// from it (`imr extract letter.pdf --format text` prints it); this turns such a line into "page P, line L",
/// which the reports show so the reader can find the sentence in the PDF itself. The reports take it from
/// <see cref="Checking.FindingLines.PageOf"/>, found while the file's text was still at hand.
/// </summary>
public static class PageLocation
{
    /// <summary>"p3:12" for page 3, line 12.</summary>
    public static string Label((int Page, int Line) at) => $"p{at.Page}:{at.Line}";
}
