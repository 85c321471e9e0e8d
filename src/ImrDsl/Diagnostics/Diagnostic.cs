using ImrDsl.Runtime;
using ImrDsl.Text;

namespace ImrDsl.Diagnostics;

/// <summary>
/// One problem in one file, from any part of imr: the parser, the semantic pass, a generated validator or the
/// checker. ID, severity, a plain-language message and a <see cref="SourceSpan"/> that carries offsets, lines
/// and columns. It holds only strings and numbers, so it is also an incremental-generator model.
/// </summary>
public sealed record Diagnostic(string Id, Severity Severity, string Message, SourceSpan Location)
{
    public string Path => Location.Path;
    public int Start => Location.Start.Offset;
    public int Length => Location.Length;
    public int Line => Location.Line;
    public int Column => Location.Column;
    public int EndLine => Location.EndLine;
    public int EndColumn => Location.EndColumn;
    public TextSpan Span => Location.TextSpan;

    /// <summary>The disputed item a finding is about (its heading), when it is about one.</summary>
    public string? Item { get; init; }

    public static Diagnostic Create(SourceFile file, TextSpan span, string id, Severity severity, string message)
        => new(id, severity, message, SourceSpan.In(file, span));

    public static Diagnostic Create(SourceFile file, TextSpan span, DiagnosticDescriptor descriptor, string message)
        => Create(file, span, descriptor.Id, descriptor.DefaultSeverity, message);

    /// <summary>A finding about a whole file (it could not be read, say): it points at the file's start.</summary>
    public static Diagnostic ForFile(string path, string id, Severity severity, string message)
        => new(id, severity, message, SourceSpan.FileStart(path));

    public override string ToString() => $"{Path}:{Line}:{Column}: {Severity.ToText()} {Id}: {Message}";
}
