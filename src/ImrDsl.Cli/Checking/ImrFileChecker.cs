using ImrDsl.Diagnostics;
using ImrDsl.Domain;
using ImrDsl.Semantics;
using ImrDsl.Text;

namespace ImrDsl.Cli.Checking;

/// <summary>Checks an .imr file (declarations or case documents) against the standard library.</summary>
public static class ImrFileChecker
{
    public static Diagnostic ToDiagnostic(SourceFile file, ImrDsl.Runtime.Finding finding)
    {
        var span = finding.Span;
        var start = span.IsKnown ? file.Lines.LineStart(span.Line - 1) + span.Column - 1 : 0;
        var end = span.IsKnown ? file.Lines.LineStart(span.EndLine - 1) + span.EndColumn - 1 : 0;
        return new Diagnostic(finding.RuleId, finding.Severity, finding.Message, file.Path, start, Math.Max(0, end - start),
            Math.Max(1, span.Line), Math.Max(1, span.Column), Math.Max(1, span.EndLine), Math.Max(1, span.EndColumn));
    }

    public static FileReport Check(SourceFile file)
    {
        var compilation = ImrCompilation.FromDisk(new[] { file }, StandardLibrary.Files);
        // Diagnostics in files it uses are reported when those files are checked themselves.
        var own = compilation.Diagnostics.Where(d => d.Path == file.Path).ToList();
        // Rules run on case documents only once they are well formed: a broken document would bind half-empty.
        if (!own.Any(d => d.Severity == Severity.Error))
        {
            var syntax = compilation.Files.First(f => f.Source.Path == file.Path);
            own.AddRange(CaseValidation.Validate(syntax).Select(f => ToDiagnostic(file, f)));
        }
        return new FileReport(file.Path, own.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal).ToList(), file);
    }
}
