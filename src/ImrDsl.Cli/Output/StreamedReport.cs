using ImrDsl.Cli.Checking;
using ImrDsl.Diagnostics;

namespace ImrDsl.Cli.Output;

/// <summary>
/// A report written file by file, in input order, as checking finishes (text, JSON, SARIF, GitHub), then closed with
/// the run's totals. Nothing of a file is kept once it is added, so the report's memory does not grow with the run.
/// </summary>
public interface IStreamedReport
{
    void Add(ReportedFile file);

    void Finish(ReportTotals totals);
}

/// <summary>The run's counts, added up as files are reported.</summary>
public sealed class ReportTotals
{
    public int Files { get; private set; }
    public int FilesWithFindings { get; private set; }
    public int Findings { get; private set; }
    public int Errors { get; private set; }
    public int Warnings { get; private set; }
    public int Infos { get; private set; }

    public void Count(IReadOnlyList<Diagnostic> findings)
    {
        Files++;
        if (findings.Count > 0) FilesWithFindings++;
        Findings += findings.Count;
        foreach (var finding in findings)
        {
            switch (finding.Severity)
            {
                case Severity.Error: Errors++; break;
                case Severity.Warning: Warnings++; break;
                case Severity.Info: Infos++; break;
            }
        }
    }
}
