using System.Globalization;
using System.Text;
using ImrDsl.Runtime;

namespace ImrDsl.Formatting;

/// <summary>
/// Writes any generated record as an .imr case document in the formatter's canonical layout, driven by the
/// record's generated WriteDocument/WriteFields. Texts are one-line strings, so reading the document back gives
/// exactly the same model; absent values are left out.
/// </summary>
public sealed class ImrDocumentWriter : IRecordWriter
{
    private readonly StringBuilder _out = new();
    private int _depth;
    // A block's header waits for its label, which the record writes first when it has one.
    private string? _pendingKeyword;

    /// <summary>The text of one document: <paramref name="write"/> is a record's WriteDocument.</summary>
    public static string Write(Action<IRecordWriter> write, string? comment = null)
    {
        var writer = new ImrDocumentWriter();
        if (comment is not null) writer.Line("// " + comment.Replace('\r', ' ').Replace('\n', ' '));
        write(writer);
        return writer._out.ToString();
    }

    public void StartRecord(string keyword)
    {
        FlushHeader(null);
        _pendingKeyword = keyword;
    }

    public void EndRecord(SourceSpan span, IFieldSpans spans)
    {
        FlushHeader(null);
        _depth--;
        Line("}");
    }

    public void StartNested(string field, bool isList, bool isPresent) => FlushHeader(null);
    public void EndNested(string field, bool isList) { }

    public void Text(string field, string? value, bool isLabel)
    {
        if (value is null) return;
        Value(field, ImrFormatter.Quote(value), isLabel);
    }

    public void Member(string field, string? name, bool isLabel)
    {
        if (name is null) return;
        Value(field, name, isLabel);
    }

    public void Integer(string field, int? value)
    {
        if (value is { } n) Value(field, n.ToString(CultureInfo.InvariantCulture), false);
    }

    public void Date(string field, DateTime? value)
    {
        if (value is { } d) Value(field, IsoDate(d), false);
    }

    public void Pages(string field, IReadOnlyList<PageRange> pages)
    {
        if (pages.Count > 0) Value(field, string.Join(", ", pages.Select(p => p.ToString())), false);
    }

    public void TextList(string field, IReadOnlyList<string> values) => List(field, values.Select(ImrFormatter.Quote));
    public void IntegerList(string field, IReadOnlyList<int> values) => List(field, values.Select(n => n.ToString(CultureInfo.InvariantCulture)));
    public void DateList(string field, IReadOnlyList<DateTime> values) => List(field, values.Select(IsoDate));
    public void MemberList(string field, IReadOnlyList<string> names) => List(field, names);

    private void List(string field, IEnumerable<string> items)
    {
        var written = items.ToList();
        if (written.Count > 0) Value(field, "[" + string.Join(", ", written) + "]", false);
    }

    private void Value(string field, string text, bool isLabel)
    {
        if (isLabel && _pendingKeyword is not null) { FlushHeader(text); return; }
        FlushHeader(null);
        Line($"{field} = {text}");
    }

    private void FlushHeader(string? label)
    {
        if (_pendingKeyword is null) return;
        Line(label is null ? _pendingKeyword + " {" : $"{_pendingKeyword} {label} {{");
        _pendingKeyword = null;
        _depth++;
    }

    private void Line(string text) => _out.Append(' ', _depth * 2).Append(text).Append('\n');

    private static string IsoDate(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
