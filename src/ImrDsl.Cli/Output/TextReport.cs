using ImrDsl.Cli.Checking;
using ImrDsl.Diagnostics;

namespace ImrDsl.Cli.Output;

public static class TextReport
{
    public static void Write(TextWriter writer, IReadOnlyList<FileReport> reports, bool color)
    {
        var renderer = new DiagnosticRenderer(writer, color);
        foreach (var report in reports)
        foreach (var finding in report.Findings)
            renderer.Write(finding, report.Source);

        var all = reports.SelectMany(r => r.Findings).ToList();
        var errors = all.Count(f => f.Severity == Severity.Error);
        var warnings = all.Count(f => f.Severity == Severity.Warning);
        var infos = all.Count - errors - warnings;
        var files = reports.Count;
        writer.WriteLine(all.Count == 0
            ? $"Checked {Plural(files, "file")}: no problems found."
            : $"Checked {Plural(files, "file")}: {Plural(errors, "error")}, {Plural(warnings, "warning")}, {infos} info in {Plural(reports.Count(r => r.Findings.Count > 0), "file")}.");
    }

    private static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";
}
