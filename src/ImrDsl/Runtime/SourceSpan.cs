namespace ImrDsl.Runtime;

/// <summary>
/// Where a value came from: a file and a 1-based line/column range (end exclusive), so a finding on a typed
/// record can point back at the letter or case file. Spans never take part in record equality.
/// </summary>
public readonly record struct SourceSpan(string Path, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan None => default;
    public bool IsKnown => Line > 0;
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
