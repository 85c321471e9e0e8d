using System.Text;
using ImrDsl.Diagnostics;
using static ImrDsl.Cli.Output.Html.HtmlReport;

namespace ImrDsl.Cli.Output.Html;

/// <summary>The top of the page: counts, findings by rule, pagination shifts across the run, the letters table.</summary>
public static class SummarySection
{
    /// <summary>Letters listed in a rule's row before "and N more"; the letters table lists them all.</summary>
    private const int LettersPerRule = 12;

    public static void Write(StringBuilder html, IReadOnlyList<LetterView> letters)
    {
        var findings = letters.SelectMany(l => l.Findings).ToList();
        var withErrors = letters.Count(l => l.Errors > 0);
        var clean = letters.Count(l => l.Findings.Count == 0);
        html.Append("<section id=\"summary\" class=\"panel\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Summary</h2>\n<ul class=\"tiles\">\n");
        Tile(html, "", letters.Count, letters.Count == 1 ? "file checked" : "files checked");
        Tile(html, withErrors > 0 ? "sev-error" : "ok", withErrors, withErrors == 1 ? "letter with errors" : "letters with errors");
        Tile(html, "sev-error", findings.Count(f => f.Diagnostic.Severity == Severity.Error), "errors");
        Tile(html, "sev-warning", findings.Count(f => f.Diagnostic.Severity == Severity.Warning), "warnings");
        Tile(html, "sev-info", findings.Count(f => f.Diagnostic.Severity == Severity.Info), "info notes");
        Tile(html, "ok", clean, clean == 1 ? "file with no findings" : "files with no findings");
        html.Append("</ul>\n");

        RunShifts(html, letters);
        ByRule(html, letters);
        LettersTable(html, letters);
        html.Append("</section>\n");
    }

    private static void Tile(StringBuilder html, string cssClass, int count, string label)
        => html.Append("<li class=\"").Append(cssClass).Append("\"><span class=\"n\">").Append(Number(count)).Append("</span> <span class=\"t\">")
            .Append(label).Append("</span></li>\n");

    /// <summary>Many mismatches that fit one shift point at one cause: a reviewer using another edition's page numbers.</summary>
    private static void RunShifts(StringBuilder html, IReadOnlyList<LetterView> letters)
    {
        var mismatches = letters.SelectMany(l => l.Mismatches).ToList();
        foreach (var shift in PageShifts.Common(mismatches))
        {
            var letterCount = shift.Explained.Select(m => m.Letter).Distinct().Count();
            var all = shift.Explained.Count == shift.Mismatches;
            html.Append("<div class=\"shift\" role=\"note\"><strong>Page numbers from another edition?</strong> ")
                .Append(all ? "All " : "").Append(Number(shift.Explained.Count)).Append(all ? "" : " of " + Number(shift.Mismatches))
                .Append(" mismatched pages, in ").Append(Plural(letterCount, "letter")).Append(", are ").Append(shift.Shift.Describe())
                .Append(" than where the ").Append(HtmlText.Encode(shift.Guideline.Title))
                .Append(" has their topics. One shift explaining them points at reviewers citing another edition's pagination rather than at ")
                .Append("separate slips: check which edition the letters cite.</div>\n");
        }
    }

    private static void ByRule(StringBuilder html, IReadOnlyList<LetterView> letters)
    {
        var byRule = letters.SelectMany(l => l.Findings.Select(f => (Letter: l, Finding: f)))
            .GroupBy(x => x.Finding.Diagnostic.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (byRule.Count == 0)
        {
            html.Append("<p><span class=\"sev ok\">No findings</span> Every file passed every rule.</p>\n");
            return;
        }
        html.Append(TableScroller("Findings by rule and severity")).Append("<table class=\"by-rule\">\n<caption>Findings by rule and severity</caption>\n<thead><tr>")
            .Append("<th scope=\"col\">Rule</th><th scope=\"col\">What it checks</th><th scope=\"col\" class=\"num\">Errors</th>")
            .Append("<th scope=\"col\" class=\"num\">Warnings</th><th scope=\"col\" class=\"num\">Info</th><th scope=\"col\">Letters</th></tr></thead>\n<tbody>\n");
        foreach (var rule in byRule)
        {
            var info = RuleDocs.Find(rule.Key);
            html.Append("<tr><th scope=\"row\">").Append(HtmlText.Encode(RuleDocs.Title(rule.Key))).Append(" <span class=\"quiet\">")
                .Append(HtmlText.Encode(rule.Key)).Append("</span></th><td>").Append(HtmlText.Encode(info?.Summary ?? ""))
                .Append("</td>");
            foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
                html.Append("<td class=\"num\">").Append(Number(rule.Count(x => x.Finding.Diagnostic.Severity == severity))).Append("</td>");
            var inLetters = rule.Select(x => x.Letter).Distinct().ToList();
            html.Append("<td>");
            foreach (var letter in inLetters.Take(LettersPerRule))
                html.Append("<a href=\"#").Append(letter.Id).Append("\">").Append(HtmlText.Encode(letter.Title)).Append("</a> ");
            if (inLetters.Count > LettersPerRule) html.Append("and ").Append(Number(inLetters.Count - LettersPerRule)).Append(" more");
            html.Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static void LettersTable(StringBuilder html, IReadOnlyList<LetterView> letters)
    {
        html.Append("<h3 id=\"letters-title\">Letters</h3>\n").Append(TableScroller("Letters")).Append("<table class=\"sortable letters\" aria-labelledby=\"letters-title\">\n<thead><tr>")
            .Append("<th scope=\"col\">Letter</th><th scope=\"col\">Case number</th><th scope=\"col\" class=\"num\">Items</th>")
            .Append("<th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">Warnings</th><th scope=\"col\" class=\"num\">Info</th></tr></thead>\n<tbody>\n");
        foreach (var letter in letters)
        {
            html.Append("<tr><td data-sort=\"").Append(HtmlText.Encode(letter.Report.Path)).Append("\"><a href=\"#").Append(letter.Id).Append("\">")
                .Append(HtmlText.Encode(letter.Report.Path)).Append("</a></td><td>").Append(HtmlText.Encode(letter.CaseNumber ?? "")).Append("</td>")
                .Append("<td class=\"num\">").Append(letter.ItemCount is { } items ? Number(items) : "").Append("</td>");
            foreach (var count in new[] { letter.Errors, letter.Warnings, letter.Infos })
                html.Append("<td class=\"num\">").Append(Number(count)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n");
    }
}
