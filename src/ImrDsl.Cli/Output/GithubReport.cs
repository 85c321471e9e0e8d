using ImrDsl.Cli.Checking;
using ImrDsl.Diagnostics;

namespace ImrDsl.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (::error/::warning/::notice) for each finding, then the full text log:
/// GitHub shows at most 10 annotations of a kind per step, so the log is where the rest stays readable.
/// </summary>
/// <remarks>
/// Annotations are written as files finish; the log comes after all of them, so it is rendered as files finish too
/// but held (a few hundred bytes a finding, never a file's text) until the end.
/// </remarks>
public sealed class GithubReport : IStreamedReport
{
    private readonly TextWriter _writer;
    private readonly string _workingDirectory;
    private readonly string _root;
    private readonly StringWriter _log = new();
    private readonly TextReport _text;

    public GithubReport(TextWriter writer, string workingDirectory)
    {
        _writer = writer;
        _workingDirectory = workingDirectory;
        _root = SarifReport.RepositoryRoot(workingDirectory);
        _log.NewLine = writer.NewLine;
        _text = new TextReport(_log, color: false);
    }

    public void Add(ReportedFile report)
    {
        // Annotations name files relative to the repository, as the workflow's checkout has them: worked out once a file,
        // and only for a file with findings.
        string? file = null;
        foreach (var f in report.Findings)
        {
            file ??= report.Path == "<stdin>" ? report.Path : Path.GetRelativePath(_root, Path.GetFullPath(report.Path, _workingDirectory)).Replace('\\', '/');
            var kind = f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            var properties = $"file={Property(file)},line={f.Line},endLine={f.EndLine}";
            if (f.EndLine == f.Line) properties += $",col={f.Column},endColumn={f.EndColumn}"; // GitHub rejects columns over several lines
            // GitHub cannot show a line of a PDF, so a PDF's annotation says where on the page the finding is.
            var title = report.Lines?.PageOf(f) is { } at ? $"{f.Id} (page {at.Page}, line {at.Line})" : f.Id;
            properties += $",title={Property(title)}";
            _writer.WriteLine($"::{kind} {properties}::{Data(f.Message)}");
        }
        _text.Add(report);
    }

    public void Finish(ReportTotals totals)
    {
        _text.Finish(totals);
        _writer.Write(_log.ToString());
    }

    // Escaping as in @actions/core: data escapes %, CR and LF; properties also ':' and ','.
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
