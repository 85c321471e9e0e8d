using System.Globalization;
using System.Text;
using ImrDsl.Diagnostics;
using ImrDsl.Runtime;
using Imr.Std;
using static ImrDsl.Cli.Output.Html.HtmlReport;

namespace ImrDsl.Cli.Output.Html;

/// <summary>One letter: heading and status, header facts, pagination shift, items table, then its marked-up text.</summary>
public static class LetterSection
{
    public static void Write(StringBuilder html, LetterView letter, TextWriter output)
    {
        var report = letter.Report;
        html.Append("<article class=\"letter\" id=\"").Append(letter.Id).Append("\" aria-labelledby=\"").Append(letter.Id).Append("-title\">\n")
            .Append("<div class=\"letter-head\"><h2 id=\"").Append(letter.Id).Append("-title\">").Append(HtmlText.Encode(letter.Title)).Append("</h2>")
            .Append("<span class=\"path\">").Append(HtmlText.Encode(report.Path)).Append("</span><span>");
        if (letter.Findings.Count == 0) html.Append("<span class=\"sev ok\">No findings</span>");
        foreach (var (severity, count) in new[] { (Severity.Error, letter.Errors), (Severity.Warning, letter.Warnings), (Severity.Info, letter.Infos) })
            if (count > 0) html.Append("<span class=\"sev sev-").Append(severity.ToText()).Append("\">").Append(Plural(count, severity == Severity.Info ? "info note" : severity.ToText())).Append("</span> ");
        html.Append("</span></div>\n");

        if (report.Letter is { } typed)
        {
            Facts(html, typed.Determination);
            foreach (var shift in letter.Shifts) LetterShift(html, shift);
            Items(html, letter, typed.Determination, typed.Catalogues);
        }
        else if (report.Source is null)
        {
            html.Append("<p>This file could not be read as a letter, so nothing else in it was checked.</p>\n");
        }

        var unattached = letter.Findings.Where(f => letter.ItemOf(f) is null).ToList();
        if (unattached.Count > 0)
        {
            html.Append("<h3>").Append(report.Letter is null ? "Findings" : "Findings about the whole letter").Append("</h3>\n");
            FindingList(html, unattached, withMessage: true, linked: report.Source is not null);
        }

        if (report.Source is { } source)
        {
            if (letter.Findings.Count > 0)
            {
                html.Append(report.Letter is null ? "<h3>The file's text, with its findings</h3>\n" : "<h3>The letter's text, with its findings</h3>\n");
                LetterTextView.Write(html, source, letter.Findings, output);
            }
            else
            {
                html.Append("<details class=\"clean-text\"><summary>Show the letter's text</summary>\n");
                LetterTextView.Write(html, source, letter.Findings, output);
                html.Append("</details>\n");
            }
        }
        html.Append("<p><a href=\"#summary\">Back to the summary</a></p>\n</article>\n");
    }

    private static void Facts(StringBuilder html, Determination letter)
    {
        var reviewer = letter.Reviewer;
        var specialty = string.Join(", ", new[] { reviewer?.Specialty, reviewer?.Subspecialty }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var facts = new (string Label, string? Value)[]
        {
            ("Case number", letter.CaseNumber),
            ("Date assigned", Date(letter.AssignedDate)),
            ("Date of injury", Date(letter.InjuryDate ?? letter.Summary?.InjuryDate)),
            ("Date of UR decision", Date(letter.UrDenialDate)),
            ("Application received", Date(letter.ApplicationReceived)),
            ("Decision date", Date(letter.DecisionDate)),
            ("Priority", letter.Priority),
            ("Reviewer's specialty", specialty.Length == 0 ? null : specialty),
        };
        html.Append("<dl class=\"facts\">\n");
        foreach (var (label, value) in facts)
            html.Append("<div><dt>").Append(label).Append("</dt><dd>")
                .Append(string.IsNullOrWhiteSpace(value) ? "<span class=\"quiet\">not stated</span>" : HtmlText.Encode(value)).Append("</dd></div>\n");
        html.Append("</dl>\n");
    }

    private static string? Date(DateTime? date) => date?.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static void LetterShift(StringBuilder html, CommonShift shift)
    {
        var all = shift.Explained.Count == shift.Mismatches;
        html.Append("<div class=\"shift\" role=\"note\"><strong>One pagination shift explains ")
            .Append(all ? "these page mismatches" : Number(shift.Explained.Count) + " of " + Number(shift.Mismatches) + " page mismatches").Append("</strong>")
            .Append(all ? "All " + Number(shift.Explained.Count) : Number(shift.Explained.Count)).Append(" mismatched pages (")
            .Append(HtmlText.Encode(string.Join("; ", shift.Explained.Select(m => $"{m.Citation.Topic}: {PageRange.Describe(new[] { m.Cited })}"))))
            .Append(") are ").Append(shift.Shift.Describe()).Append(" than where the ").Append(HtmlText.Encode(shift.Guideline.Title))
            .Append(" has their topics. The letter probably cites another edition's page numbers: correct them together rather than one by one.</div>\n");
    }

    private static void Items(StringBuilder html, LetterView letter, Determination determination, CatalogueSet catalogues)
    {
        html.Append("<h3>Disputed items</h3>\n");
        if (determination.Items.Count == 0)
        {
            html.Append("<p>No disputed items were found in this letter.</p>\n");
            return;
        }
        // Not a focusable scroller like the summary's tables: at phone width this table stacks instead of scrolling.
        html.Append("<div class=\"table-wrap\">\n<table class=\"items\">\n<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Decision</th>")
            .Append("<th scope=\"col\">Conclusion as read</th><th scope=\"col\">Guideline citations</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
        foreach (var item in determination.Items)
        {
            html.Append("<tr><td data-label=\"Item\"><strong>").Append(HtmlText.Encode(item.Service)).Append("</strong></td>")
                .Append("<td data-label=\"Decision\" class=\"decision\">").Append(item.Outcome is { } outcome ? HtmlText.Encode(outcome.Display()) : "<span class=\"quiet\">not stated</span>").Append("</td>")
                .Append("<td data-label=\"Conclusion as read\">").Append(string.IsNullOrWhiteSpace(item.Conclusion) ? "<span class=\"quiet\">none found</span>" : HtmlText.Encode(item.Conclusion)).Append("</td>")
                .Append("<td data-label=\"Guideline citations\">");
            Citations(html, item, catalogues);
            html.Append("</td><td data-label=\"Findings\">");
            var mine = letter.FindingsOf(item);
            if (mine.Count == 0) html.Append("<span class=\"sev ok\">None</span>");
            else FindingList(html, mine, withMessage: false, linked: true);
            html.Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static void Citations(StringBuilder html, DisputedItem item, CatalogueSet catalogues)
    {
        if (item.Citations.Count == 0)
        {
            html.Append("<span class=\"quiet\">none</span>");
            return;
        }
        html.Append("<ul class=\"citations\">");
        foreach (var citation in item.Citations)
        {
            html.Append("<li><span class=\"who\">").Append(HtmlText.Encode(citation.Source?.Display() ?? "Citation")).Append("</span>")
                .Append(HtmlText.Encode(citation.Guideline));
            if (!string.IsNullOrWhiteSpace(citation.Topic)) html.Append(": <em>").Append(HtmlText.Encode(citation.Topic)).Append("</em>");
            if (!string.IsNullOrWhiteSpace(citation.NonMtus)) html.Append(" <span class=\"quiet\">(").Append(HtmlText.Encode(citation.NonMtus)).Append(")</span>");
            if (citation.Pages.Count > 0)
            {
                html.Append("<span class=\"pages\">Cited: ").Append(HtmlText.Encode(PageRange.Describe(citation.Pages))).Append(". ");
                var catalogue = catalogues.Find(citation.Guideline);
                var topicPages = catalogue is null || string.IsNullOrWhiteSpace(citation.Topic)
                    ? new List<PageRange>()
                    : catalogue.ResolveTopics(citation.Topic!).SelectMany(t => t.Pages).ToList();
                if (topicPages.Count == 0)
                    html.Append("<span class=\"unknown\">? Topic not in the catalogue</span>");
                else
                {
                    var fits = citation.Pages.All(p => topicPages.Any(r => r.Overlaps(p)));
                    html.Append("Catalogue: ").Append(HtmlText.Encode(PageRange.Describe(topicPages))).Append(". ")
                        .Append(fits ? "<span class=\"match\">\u2713 Matches</span>" : "<span class=\"nomatch\">\u2717 Does not match</span>");
                }
                html.Append("</span>");
            }
            html.Append("</li>");
        }
        html.Append("</ul>");
    }

    /// <param name="linked">Whether the findings are marked in the letter's text (not when the file could not be read).</param>
    private static void FindingList(StringBuilder html, IReadOnlyList<NumberedFinding> findings, bool withMessage, bool linked)
    {
        html.Append("<ul class=\"finding-links\">");
        foreach (var finding in findings)
        {
            html.Append("<li>").Append(SeverityBadge(finding.Diagnostic.Severity)).Append(' ');
            if (linked) html.Append("<a href=\"#").Append(finding.AnchorId).Append("\">");
            html.Append(Number(finding.Number)).Append(". ").Append(HtmlText.Encode(RuleDocs.Title(finding.Diagnostic.Id)));
            if (linked) html.Append("</a>");
            if (withMessage) html.Append(": ").Append(HtmlText.Encode(finding.Diagnostic.Message));
            html.Append("</li>");
        }
        html.Append("</ul>\n");
    }
}
