using System.Globalization;
using System.Text;
using ImrDsl.Cli.Checking;
using ImrDsl.Diagnostics;

namespace ImrDsl.Cli.Output.Html;

/// <summary>
/// `--format html`: one self-contained page for compliance staff. A summary of the run (counts, findings by
/// rule, a sortable table of letters, pagination shifts), then each letter: its header facts, its items and
/// citations, and its text with every finding marked in place and explained beside it.
/// </summary>
public static class HtmlReport
{
    public static void Write(TextWriter writer, IReadOnlyList<FileReport> reports, DateTimeOffset checkedAt)
    {
        var letters = reports.Select((r, i) => new LetterView(r, i + 1)).ToList();
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ReportAssets.ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>IMR letter check: ").Append(Plural(reports.Count, "file")).Append("</title>\n")
            .Append("<style>").Append(ReportAssets.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#letters\">Skip to the letters</a>\n")
            .Append("<header class=\"report-head\">\n<h1>IMR determination letter check</h1>\n<p>")
            .Append(Plural(reports.Count, "file")).Append(" checked on ")
            .Append(HtmlText.Encode(checkedAt.UtcDateTime.ToString("MMMM d, yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture)))
            .Append(". Each finding is marked in the letter's text and explained beside it.</p>\n</header>\n<main>\n");

        SummarySection.Write(html, letters);
        html.Append("<section id=\"letters\" aria-label=\"Letters\">\n");
        // Written letter by letter (and a long letter's text in pieces), so the page is never held whole.
        foreach (var letter in letters)
        {
            LetterSection.Write(html, letter, writer);
            writer.Write(html);
            html.Clear();
        }
        html.Append("</section>\n</main>\n<footer>\n<p>Made by <code>imr</code> from files on this computer. The page loads nothing from the network and ")
            .Append("sends nothing anywhere; it holds health information, so store and share it as you would the letters.</p>\n</footer>\n")
            .Append("<script>").Append(ReportAssets.Script).Append("</script>\n</body>\n</html>\n");
        writer.Write(html);
    }

    public static string Plural(int count, string word) => $"{count.ToString(CultureInfo.InvariantCulture)} {word}{(count == 1 ? "" : "s")}";

    /// <summary>A severity as a labelled badge: the word is the signal, the colour only repeats it.</summary>
    public static string SeverityBadge(Severity severity) => $"<span class=\"sev sev-{severity.ToText()}\">{SeverityWord(severity)}</span>";

    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "Error",
        Severity.Warning => "Warning",
        _ => "Info",
    };

    /// <summary>
    /// Opens the box a wide table scrolls sideways in at narrow widths: focusable and named, so keyboard users can
    /// scroll it too.
    /// </summary>
    public static string TableScroller(string label) => $"<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"{HtmlText.Encode(label)}\">\n";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
