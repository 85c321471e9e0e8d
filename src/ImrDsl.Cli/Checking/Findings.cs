using ImrDsl.Diagnostics;
using ImrDsl.Runtime;
using ImrDsl.Text;

namespace ImrDsl.Cli.Checking;

/// <summary>A rule finding on a typed record, as a diagnostic located in the file it came from.</summary>
public static class Findings
{
    public static Diagnostic ToDiagnostic(SourceFile file, Finding finding)
    {
        var span = finding.Span;
        var start = span.IsKnown ? file.Lines.LineStart(span.Line - 1) + span.Column - 1 : 0;
        var end = span.IsKnown ? file.Lines.LineStart(span.EndLine - 1) + span.EndColumn - 1 : 0;
        return new Diagnostic(finding.RuleId, finding.Severity, finding.Message, file.Path, start, Math.Max(0, end - start),
            Math.Max(1, span.Line), Math.Max(1, span.Column), Math.Max(1, span.EndLine), Math.Max(1, span.EndColumn)) { Item = finding.Item };
    }

    public static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
}
