using ImrDsl.Runtime;
using ImrDsl.Semantics;

namespace ImrDsl.Evaluation;

/// <summary>
/// Fills <see cref="RecordValue"/>s the way generated binders and walkers fill typed records: from a case document
/// (<see cref="Bind"/>, the same <see cref="IRecordSource"/> calls as a generated Bind) or from a typed record's
/// generated WriteFields (<see cref="FromWriter"/>), so a letter read into Imr.Std types can be checked by rules
/// that were never compiled.
/// </summary>
public static class RecordValueBinder
{
    public static RecordValue Bind(DomainModel model, RecordModel record, IRecordSource source)
    {
        var value = new RecordValue(record) { Span = source.Span };
        foreach (var f in record.Fields)
        {
            value[f.Name] = (f.Kind, f.IsList) switch
            {
                (FieldKind.Pages, _) => source.Pages(f.Name),
                (FieldKind.Text, true) => source.TextList(f.Name),
                (FieldKind.Text, false) => source.Text(f.Name, f.IsLabel),
                (FieldKind.Integer, true) => source.IntegerList(f.Name),
                (FieldKind.Integer, false) => source.Integer(f.Name),
                (FieldKind.Date, true) => source.DateList(f.Name),
                (FieldKind.Date, false) => source.Date(f.Name),
                (FieldKind.Enum, true) => new ValueList<string>(source.NameList(f.Name).Select(n => Member(model, f, n)).Where(n => n is not null)!),
                (FieldKind.Enum, false) => Member(model, f, source.Name(f.Name, f.IsLabel)),
                // A record type the semantic pass could not resolve (reported there) binds as absent.
                (FieldKind.Record, _) when model.FindRecord(f.TypeName) is null => f.IsList ? ValueList<RecordValue>.Empty : null,
                (FieldKind.Record, true) => new ValueList<RecordValue>(source.Blocks(f.BlockKeyword).Select(b => Bind(model, model.FindRecord(f.TypeName)!, b))),
                (FieldKind.Record, false) => source.Blocks(f.BlockKeyword).FirstOrDefault() is { } block ? Bind(model, model.FindRecord(f.TypeName)!, block) : null,
                _ => null,
            };
            value.SetSpan(f.Name, f.Kind == FieldKind.Record ? source.SpanOf(f.Name, blockKeyword: f.BlockKeyword) : source.SpanOf(f.Name, f.IsLabel));
        }
        return value;
    }

    /// <summary>Every document of a source whose keyword a record of the model declares.</summary>
    public static IEnumerable<RecordValue> Documents(DomainModel model, IDocumentSource source)
        => model.Records.Where(r => r.DocumentKeyword is not null)
            .SelectMany(r => source.Documents(r.DocumentKeyword!).Select(d => Bind(model, r, d)));

    /// <summary>An enum member's .imr name from its name or display text, as the generated TryParse reads it.</summary>
    private static string? Member(DomainModel model, FieldModel field, string? text)
    {
        if (text is null || model.FindEnum(field.TypeName) is not { } e) return null;
        var key = text.Trim();
        return e.Members.FirstOrDefault(m => string.Equals(m.Name, key, StringComparison.OrdinalIgnoreCase) || string.Equals(m.Display, key, StringComparison.OrdinalIgnoreCase))?.Name;
    }

    /// <summary>A typed record as a RecordValue: <paramref name="writeFields"/> is its generated WriteFields.</summary>
    public static RecordValue FromWriter(DomainModel model, RecordModel record, Action<IRecordWriter> writeFields, SourceSpan span, IFieldSpans spans)
    {
        var writer = new Builder(model, record);
        writeFields(writer);
        writer.Complete(span, spans);
        return writer.Root;
    }

    /// <summary>Builds RecordValues from the calls of a generated walker.</summary>
    private sealed class Builder : IRecordWriter
    {
        private readonly DomainModel _model;
        private readonly Stack<RecordValue> _open = new();
        private readonly Stack<(string Field, bool IsList, List<RecordValue> Items)> _nested = new();

        public Builder(DomainModel model, RecordModel record)
        {
            _model = model;
            Root = new RecordValue(record);
            _open.Push(Root);
        }

        public RecordValue Root { get; }
        private RecordValue Current => _open.Peek();

        public void Complete(SourceSpan span, IFieldSpans spans) => Finish(Root, span, spans);

        public void StartNested(string field, bool isList, bool isPresent) => _nested.Push((field, isList, new List<RecordValue>()));

        public void StartRecord(string keyword)
        {
            var (field, _, _) = _nested.Peek();
            var type = Current.Model.Find(field)!.TypeName;
            _open.Push(new RecordValue(_model.FindRecord(type)!));
        }

        public void EndRecord(SourceSpan span, IFieldSpans spans)
        {
            var done = _open.Pop();
            Finish(done, span, spans);
            _nested.Peek().Items.Add(done);
        }

        public void EndNested(string field, bool isList)
        {
            var (_, list, items) = _nested.Pop();
            Current[field] = list ? new ValueList<RecordValue>(items) : items.FirstOrDefault();
        }

        private static void Finish(RecordValue value, SourceSpan span, IFieldSpans spans)
        {
            value.Span = span;
            foreach (var field in spans.Fields) value.SetSpan(field, spans[field]);
        }

        public void Text(string field, string? value, bool isLabel) => Current[field] = value;
        public void Integer(string field, int? value) => Current[field] = value;
        public void Date(string field, DateTime? value) => Current[field] = value;
        public void Member(string field, string? name, bool isLabel) => Current[field] = name;
        public void Pages(string field, IReadOnlyList<PageRange> pages) => Current[field] = new ValueList<PageRange>(pages);
        public void TextList(string field, IReadOnlyList<string> values) => Current[field] = new ValueList<string>(values);
        public void IntegerList(string field, IReadOnlyList<int> values) => Current[field] = new ValueList<int>(values);
        public void DateList(string field, IReadOnlyList<DateTime> values) => Current[field] = new ValueList<DateTime>(values);
        public void MemberList(string field, IReadOnlyList<string> names) => Current[field] = new ValueList<string>(names);
    }
}
