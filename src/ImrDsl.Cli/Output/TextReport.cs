using ImrDsl.Cli.Checking;

namespace ImrDsl.Cli.Output;

/// <summary>The text report: each finding rendered with its excerpt (<see cref="DiagnosticRenderer"/>), then a summary line.</summary>
public sealed class TextReport(TextWriter writer, bool color) : IStreamedReport
{
    private readonly DiagnosticRenderer _renderer = new(writer, color);

    public void Add(ReportedFile file)
    {
        foreach (var finding in file.Findings) _renderer.Write(finding, file.Lines);
    }

    public void Finish(ReportTotals totals)
    {
        writer.WriteLine(totals.Findings == 0
            ? $"Checked {Plural(totals.Files, "file")}: no problems found."
            : $"Checked {Plural(totals.Files, "file")}: {Plural(totals.Errors, "error")}, {Plural(totals.Warnings, "warning")}, {totals.Findings - totals.Errors - totals.Warnings} info in {Plural(totals.FilesWithFindings, "file")}.");
    }

    private static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";
}
