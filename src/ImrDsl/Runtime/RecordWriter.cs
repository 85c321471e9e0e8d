namespace ImrDsl.Runtime;

/// <summary>
/// Receives a record's values from its generated WriteFields/WriteDocument, in declaration order (the label first).
/// The .imr case-document writer and the JSON writer implement it, so neither walks a record by hand and a field
/// added to the declarations reaches both. Field names are the .imr names (kebab-case); a writer maps them.
/// </summary>
public interface IRecordWriter
{
    /// <summary>A record begins: a document, a nested block or a list element, written with this block keyword.</summary>
    void StartRecord(string keyword);

    /// <summary>The record that began last is complete; its spans, for writers that keep locations.</summary>
    void EndRecord(SourceSpan span, IFieldSpans spans);

    /// <summary>A record field (or list of records) follows; <paramref name="isPresent"/> is false for a missing record.</summary>
    void StartNested(string field, bool isList, bool isPresent);

    void EndNested(string field, bool isList);

    void Text(string field, string? value, bool isLabel);
    void Integer(string field, int? value);
    void Date(string field, DateTime? value);

    /// <summary>An enum value as its .imr member name.</summary>
    void Member(string field, string? name, bool isLabel);

    void Pages(string field, IReadOnlyList<PageRange> pages);
    void TextList(string field, IReadOnlyList<string> values);
    void IntegerList(string field, IReadOnlyList<int> values);
    void DateList(string field, IReadOnlyList<DateTime> values);
    void MemberList(string field, IReadOnlyList<string> names);
}
