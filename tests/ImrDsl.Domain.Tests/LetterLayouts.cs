namespace ImrDsl.Domain.Tests;

/// <summary>
/// Letters built the ways real ones are laid out, for table tests that must hold in every layout: single-spaced text or
/// PDF double-spaced text, and the labelled items of 2014 on or the numbered decisions of 2013.
/// </summary>
internal static class LetterLayouts
{
    public const string PageBreakMark = "<page break>";

    /// <summary>"headed": "Service: Outcome" and labelled blocks; "numbered": 2013's "1) Regarding the request for ...".</summary>
    public static readonly string[] Eras = { "headed", "numbered" };

    /// <summary>
    /// Paragraphs of lines laid out single-spaced (an empty line between paragraphs) or as PDF double-spaced text (an
    /// empty line after every line, a line of spaces between paragraphs); a page break mark becomes the furniture lines.
    /// </summary>
    public static string LaidOut(bool doubleSpaced, string[][] paragraphs, string[] furniture)
    {
        var text = new System.Text.StringBuilder();
        foreach (var paragraph in paragraphs.Where(p => p.Length > 0))
        {
            if (text.Length > 0) text.Append(doubleSpaced ? " \n\n" : "\n");
            foreach (var line in paragraph)
                foreach (var written in line == PageBreakMark ? furniture : new[] { line })
                    text.Append(written).Append(doubleSpaced ? "\n\n" : "\n");
        }
        return text.ToString();
    }

    /// <summary>
    /// The issues section with one item in an era's layout: its heading (the 2013 layout states the outcome only in the
    /// rationale), the reviewer's citation (what follows "Decision based on"), and the rationale's text.
    /// </summary>
    public static string[][] OneItem(string era, string service, string outcome, string citation, string rationale) => era == "headed"
        ? new[]
        {
            new[] { "IMR ISSUES, DECISIONS AND RATIONALES" },
            new[] { $"{service}: {outcome}" },
            new[] { $"MAXIMUS guideline: Decision based on {citation}" },
            new[] { $"Decision rationale: {rationale}" },
        }
        : new[]
        {
            new[] { "IMR ISSUES, DECISIONS AND RATIONALES" },
            new[] { $"1) Regarding the request for {service}:" },
            new[] { "Medical Treatment Guideline(s) Used by the Expert Reviewer:" },
            new[] { $"The Expert Reviewer based his/her decision on the {citation}" },
            new[] { "Rationale for the Decision:" },
            new[] { rationale },
        };

    /// <summary>A letter's text read by the standard reader, and what the generated rules find in it.</summary>
    public static (Imr.Std.Determination Model, List<ImrDsl.Diagnostics.Diagnostic> Findings) Checked(string text)
    {
        var model = ImrDsl.Domain.Letters.LetterReader.Standard.Read(new ImrDsl.Text.SourceFile("letter.txt", text));
        return (model, Imr.Std.ImrValidation.Validate(model, Imr.Std.Guidelines.Context).ToList());
    }

    /// <summary>A whole letter: a case summary, then <paramref name="items"/>.</summary>
    public static string Letter(bool doubleSpaced, string[][] items)
        => LaidOut(doubleSpaced, new[] { new[] { "CLINICAL CASE SUMMARY" }, new[] { "The injured worker is a 50 year old male." } }.Concat(items).ToArray(), Array.Empty<string>());
}
