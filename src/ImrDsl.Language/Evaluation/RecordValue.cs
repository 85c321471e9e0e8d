using ImrDsl.Runtime;
using ImrDsl.Semantics;

namespace ImrDsl.Evaluation;

/// <summary>
/// One record instance described by the semantic model instead of a generated class: a value per field
/// (string, int?, DateTime?, an enum member's .imr name, <see cref="RecordValue"/>, or a ValueList of those, and
/// ValueList&lt;PageRange&gt; for pages) and where each was written. The interpreter checks these, so declarations
/// that were never compiled (house rules, a payer's own records) are checked the way generated code checks them.
/// </summary>
public sealed class RecordValue : IFieldSpans
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceSpan> _spans = new(StringComparer.Ordinal);

    public RecordValue(RecordModel model) => Model = model;

    public RecordModel Model { get; }
    public SourceSpan Span { get; set; }

    public object? this[string field]
    {
        get => _values.TryGetValue(field, out var value) ? value : Empty(Model.Find(field));
        set => _values[field] = value;
    }

    SourceSpan IFieldSpans.this[string field] => SpanOf(field);

    public SourceSpan SpanOf(string field) => _spans.TryGetValue(field, out var span) ? span : SourceSpan.None;

    public void SetSpan(string field, SourceSpan span)
    {
        if (span.IsKnown) _spans[field] = span;
    }

    public IEnumerable<string> Fields => Model.Fields.Select(f => f.Name).Where(f => _spans.ContainsKey(f));

    /// <summary>What an absent field reads as, as in generated records: empty lists, null otherwise.</summary>
    private static object? Empty(FieldModel? field) => field switch
    {
        null => null,
        { Kind: FieldKind.Pages } => ValueList<PageRange>.Empty,
        { IsList: true, Kind: FieldKind.Text or FieldKind.Enum } => ValueList<string>.Empty,
        { IsList: true, Kind: FieldKind.Integer } => ValueList<int>.Empty,
        { IsList: true, Kind: FieldKind.Date } => ValueList<DateTime>.Empty,
        { IsList: true, Kind: FieldKind.Record } => ValueList<RecordValue>.Empty,
        _ => null,
    };
}
