using ImrDsl.Cli.Checking;
using ImrDsl.Diagnostics;

namespace ImrDsl.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (::error/::warning/::notice) for each finding, then the full text log:
/// GitHub shows at most 10 annotations of a kind per step, so the log is where the rest stays readable.
/// </summary>
public static class GithubReport
{
    public static void Write(TextWriter writer, IReadOnlyList<FileReport> reports, string workingDirectory)
    {
        var root = SarifReport.RepositoryRoot(workingDirectory);
        foreach (var report in reports)
        foreach (var f in report.Findings)
        {
            // Annotations name files relative to the repository, as the workflow's checkout has them.
            var file = report.Path == "<stdin>" ? report.Path : Path.GetRelativePath(root, Path.GetFullPath(report.Path, workingDirectory)).Replace('\\', '/');
            var kind = f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            var properties = $"file={Property(file)},line={f.Line},endLine={f.EndLine}";
            if (f.EndLine == f.Line) properties += $",col={f.Column},endColumn={f.EndColumn}"; // GitHub rejects columns over several lines
            // GitHub cannot show a line of a PDF, so a PDF's annotation says where on the page the finding is.
            var title = PageLocation.Of(f, report.Source) is { } at ? $"{f.Id} (page {at.Page}, line {at.Line})" : f.Id;
            properties += $",title={Property(title)}";
            writer.WriteLine($"::{kind} {properties}::{Data(f.Message)}");
        }
        TextReport.Write(writer, reports, color: false);
    }

    // Escaping as in @actions/core: data escapes %, CR and LF; properties also ':' and ','.
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
