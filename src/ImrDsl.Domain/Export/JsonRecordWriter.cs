using System.Globalization;
using System.Text;
using System.Text.Json;
using ImrDsl.Runtime;

namespace ImrDsl.Domain.Export;

/// <summary>
/// Writes any generated record as JSON, driven by its generated WriteFields: field names in camelCase
/// ("case-number" becomes "caseNumber"), enum values by their .imr names, absent values as null, pages as
/// {"from","to"} objects, and each object's value spans under "spans" as {"line","column","endLine","endColumn"}.
/// </summary>
public sealed class JsonRecordWriter(Utf8JsonWriter json) : IRecordWriter
{
    /// <summary>One record as a JSON object: <paramref name="writeFields"/> is the record's WriteFields.</summary>
    public static void Write(Utf8JsonWriter json, Action<IRecordWriter> writeFields, SourceSpan span, IFieldSpans spans)
    {
        var writer = new JsonRecordWriter(json);
        writer.StartRecord(string.Empty);
        writeFields(writer);
        writer.EndRecord(span, spans);
    }

    public void StartRecord(string keyword) => json.WriteStartObject();

    public void EndRecord(SourceSpan span, IFieldSpans spans)
    {
        json.WriteStartObject("spans");
        foreach (var field in spans.Fields.OrderBy(f => f, StringComparer.Ordinal))
        {
            var s = spans[field];
            json.WriteStartObject(field);
            json.WriteNumber("line", s.Line);
            json.WriteNumber("column", s.Column);
            json.WriteNumber("endLine", s.EndLine);
            json.WriteNumber("endColumn", s.EndColumn);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public void StartNested(string field, bool isList, bool isPresent)
    {
        if (isList) json.WriteStartArray(Name(field));
        else if (!isPresent) json.WriteNull(Name(field));
        else json.WritePropertyName(Name(field));
    }

    public void EndNested(string field, bool isList)
    {
        if (isList) json.WriteEndArray();
    }

    public void Text(string field, string? value, bool isLabel)
    {
        if (value is null) json.WriteNull(Name(field)); else json.WriteString(Name(field), value);
    }

    public void Member(string field, string? name, bool isLabel) => Text(field, name, isLabel);

    public void Integer(string field, int? value)
    {
        if (value is { } n) json.WriteNumber(Name(field), n); else json.WriteNull(Name(field));
    }

    public void Date(string field, DateTime? value)
    {
        if (value is { } d) json.WriteString(Name(field), IsoDate(d)); else json.WriteNull(Name(field));
    }

    public void Pages(string field, IReadOnlyList<PageRange> pages)
    {
        json.WriteStartArray(Name(field));
        foreach (var p in pages)
        {
            json.WriteStartObject();
            json.WriteNumber("from", p.From);
            json.WriteNumber("to", p.To);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public void TextList(string field, IReadOnlyList<string> values) => Strings(field, values);
    public void MemberList(string field, IReadOnlyList<string> names) => Strings(field, names);
    public void DateList(string field, IReadOnlyList<DateTime> values) => Strings(field, values.Select(IsoDate).ToList());

    public void IntegerList(string field, IReadOnlyList<int> values)
    {
        json.WriteStartArray(Name(field));
        foreach (var n in values) json.WriteNumberValue(n);
        json.WriteEndArray();
    }

    private void Strings(string field, IReadOnlyList<string> values)
    {
        json.WriteStartArray(Name(field));
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    /// <summary>"ur-denial-date" becomes "urDenialDate".</summary>
    public static string Name(string imrName)
    {
        var builder = new StringBuilder(imrName.Length);
        var upper = false;
        foreach (var c in imrName)
        {
            if (c == '-') { upper = true; continue; }
            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return builder.ToString();
    }

    private static string IsoDate(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
