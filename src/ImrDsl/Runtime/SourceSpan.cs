using ImrDsl.Text;

namespace ImrDsl.Runtime;

/// <summary>A point in a source text: the character offset and the 1-based line and column it falls on.</summary>
public readonly record struct SourcePosition(int Offset, int Line, int Column)
{
    public static SourcePosition In(SourceFile file, int offset)
    {
        var clamped = Math.Min(Math.Max(0, offset), file.Text.Length);
        var position = file.PositionOf(clamped);
        return new SourcePosition(clamped, position.Line, position.Column);
    }
}

/// <summary>
/// Where a value or a diagnostic is: a file and a range given both as offsets and as 1-based line/column
/// positions (end exclusive), as HCL's ranges are. Offsets serve renderers and editors; lines and columns serve
/// people. Spans never take part in record equality.
/// </summary>
public readonly record struct SourceSpan(string Path, SourcePosition Start, SourcePosition End)
{
    public static SourceSpan None => default;
    public bool IsKnown => Start.Line > 0;

    public int Line => Start.Line;
    public int Column => Start.Column;
    public int EndLine => End.Line;
    public int EndColumn => End.Column;
    public int Offset => Start.Offset;
    public int Length => End.Offset - Start.Offset;
    public TextSpan TextSpan => new(Start.Offset, Length);

    /// <summary>The span of text[from..to) in a file.</summary>
    public static SourceSpan In(SourceFile file, int from, int to)
        => new(file.Path, SourcePosition.In(file, from), SourcePosition.In(file, Math.Max(from, to)));

    public static SourceSpan In(SourceFile file, TextSpan span) => In(file, span.Start, span.End);

    /// <summary>From the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static SourceSpan Cover(SourceSpan first, SourceSpan last) => new(first.Path, first.Start, last.End);

    /// <summary>The whole of a file's first line's start: where a finding about the file as a whole points.</summary>
    public static SourceSpan FileStart(string path) => new(path, new SourcePosition(0, 1, 1), new SourcePosition(0, 1, 1));

    public override string ToString() => $"{Path}:{Line}:{Column}";
}

/// <summary>
/// Where each field of one record instance was written. Generated records implement it with a typed, immutable
/// class (one property per field); this view is for code that walks any record, such as writers and tests.
/// </summary>
public interface IFieldSpans
{
    /// <summary>The span of a field by its .imr name, or <see cref="SourceSpan.None"/>.</summary>
    SourceSpan this[string field] { get; }

    /// <summary>The .imr names of the fields whose span is known, in declaration order.</summary>
    IEnumerable<string> Fields { get; }
}
