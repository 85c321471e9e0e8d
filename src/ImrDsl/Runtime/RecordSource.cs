namespace ImrDsl.Runtime;

/// <summary>
/// What a generated binder reads a record from: typed values and their spans by .imr field name, and nested
/// blocks. Implemented over the parsed syntax of a case document by the language assembly (BlockReader), so
/// generated code needs no parser at run time. A value of the wrong kind reads as absent: the semantic pass
/// reports those.
/// </summary>
public interface IRecordSource
{
    /// <summary>The whole block the record was written in.</summary>
    SourceSpan Span { get; }

    /// <summary>Where a field's value was written: its attribute value, the block's label, or its first nested block.</summary>
    SourceSpan SpanOf(string field, bool isLabel = false, string? blockKeyword = null);

    string? Text(string field, bool isLabel = false);
    string? Name(string field, bool isLabel = false);
    int? Integer(string field);
    DateTime? Date(string field);
    ValueList<PageRange> Pages(string field);
    ValueList<string> TextList(string field);
    ValueList<string> NameList(string field);
    ValueList<int> IntegerList(string field);
    ValueList<DateTime> DateList(string field);
    IEnumerable<IRecordSource> Blocks(string keyword);
}

/// <summary>A source of top-level documents (such as every `case { ... }` of a file), by document keyword.</summary>
public interface IDocumentSource
{
    IEnumerable<IRecordSource> Documents(string keyword);
}

/// <summary>Parses an enum member from its .imr name or display text (the generated XInfo.TryParse).</summary>
public delegate bool TryParseMember<T>(string? text, out T value);

/// <summary>Helpers generated binders call for values that need more than one step.</summary>
public static class Bind
{
    /// <summary>The members of an enum list; names that are not members are left out (the semantic pass reports them).</summary>
    public static ValueList<T> Members<T>(ValueList<string> names, TryParseMember<T> parse) where T : struct
    {
        var members = new List<T>(names.Count);
        foreach (var name in names)
            if (parse(name, out var member)) members.Add(member);
        return new ValueList<T>(members);
    }

    public static T? Member<T>(string? name, TryParseMember<T> parse) where T : struct
        => parse(name, out var member) ? member : null;
}
