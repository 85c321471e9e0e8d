namespace ImrDsl.Runtime;

/// <summary>The span of each field's value in a record instance, by field name as declared in .imr.</summary>
public sealed class SpanMap
{
    private readonly Dictionary<string, SourceSpan> _spans = new(StringComparer.Ordinal);

    public static SpanMap Empty { get; } = new();

    public SourceSpan this[string field] => _spans.TryGetValue(field, out var span) ? span : SourceSpan.None;

    public SpanMap With(string field, SourceSpan span)
    {
        if (span.IsKnown) _spans[field] = span;
        return this;
    }

    public IEnumerable<string> Fields => _spans.Keys;
}
