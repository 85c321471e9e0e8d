using ImrDsl.Text;

namespace ImrDsl.Diagnostics;

/// <summary>
/// One problem in one file: ID, severity, a plain-language message and a precise span.
/// The same value is rendered by the CLI (caret excerpt) and mapped to a Roslyn diagnostic by the generator,
/// so it holds only strings and numbers (it is also an incremental-generator model).
/// Lines and columns are 1-based; the end is exclusive.
/// </summary>
public sealed record Diagnostic(
    string Id,
    Severity Severity,
    string Message,
    string Path,
    int Start,
    int Length,
    int Line,
    int Column,
    int EndLine,
    int EndColumn)
{
    public TextSpan Span => new(Start, Length);

    /// <summary>The disputed item a finding is about (its heading), when it is about one.</summary>
    public string? Item { get; init; }

    public static Diagnostic Create(SourceFile file, TextSpan span, string id, Severity severity, string message)
    {
        var start = file.PositionOf(span.Start);
        var end = file.PositionOf(span.End);
        return new Diagnostic(id, severity, message, file.Path, span.Start, span.Length, start.Line, start.Column, end.Line, end.Column);
    }

    public static Diagnostic Create(SourceFile file, TextSpan span, DiagnosticDescriptor descriptor, string message)
        => Create(file, span, descriptor.Id, descriptor.DefaultSeverity, message);

    public override string ToString() => $"{Path}:{Line}:{Column}: {Severity.ToText()} {Id}: {Message}";
}
