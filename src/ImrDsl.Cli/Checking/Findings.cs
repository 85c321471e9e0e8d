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
        return new Diagnostic(finding.RuleId, finding.Severity, OwnLineOnly(file, span, finding.Message), file.Path, start, Math.Max(0, end - start),
            Math.Max(1, span.Line), Math.Max(1, span.Column), Math.Max(1, span.EndLine), Math.Max(1, span.EndColumn)) { Item = finding.Item };
    }

    /// <summary>How many lines either side of a finding are kept out of its message.</summary>
    private const int NeighbourLines = 6;

    /// <summary>
    /// Letters wrap sentences over lines, and the reader joins them, so a value a message quotes (a topic, a
    /// conclusion) can run on into the next lines, which may hold anything: a name, a diagnosis. The message keeps
    /// what is on the finding's own line; text of the lines around it is cut out and marked with '…'.
    /// </summary>
    public static string OwnLineOnly(SourceFile file, SourceSpan span, string message)
    {
        if (!span.IsKnown) return message;
        var lineCount = file.Lines.LineCount;
        var own = Normalize(file.LineText(span.Line));
        var last = Math.Min(lineCount, Math.Max(span.EndLine, span.Line) + NeighbourLines);
        for (var line = Math.Max(1, span.Line - NeighbourLines); line <= last; line++)
        {
            if (line == span.Line) continue;
            var text = file.LineText(line);
            if (line == span.EndLine) text = text.Substring(0, Math.Min(text.Length, Math.Max(0, span.EndColumn - 1)));
            text = Normalize(text);
            if (text.Length == 0 || own.Contains(text, StringComparison.Ordinal)) continue;
            var at = message.IndexOf(text, StringComparison.Ordinal);
            if (at >= 0) message = message.Substring(0, at).TrimEnd() + "…" + message.Substring(at + text.Length);
        }
        while (message.Contains("……", StringComparison.Ordinal)) message = message.Replace("……", "…", StringComparison.Ordinal);
        return message;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
}
