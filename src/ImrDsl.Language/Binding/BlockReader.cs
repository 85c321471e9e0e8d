using ImrDsl.Runtime;
using ImrDsl.Syntax;
using ImrDsl.Text;

namespace ImrDsl.Binding;

/// <summary>
/// Reads one block of a case document for a generated binder: typed values by field name, the block's label,
/// nested blocks, and the span of every value. The semantic pass has already checked kinds, so a value of the
/// wrong kind simply reads as absent here.
/// </summary>
public sealed class BlockReader : IRecordSource
{
    private readonly SourceFile _file;
    private readonly BlockSyntax _block;

    public BlockReader(SourceFile file, BlockSyntax block)
    {
        _file = file;
        _block = block;
        Span = SourceSpan.In(_file, block.Keyword.Span.Cover(block.Span));
    }

    public SourceSpan Span { get; }

    /// <summary>The top-level documents of a parsed file, for a generated `ReadDocuments`.</summary>
    public static IDocumentSource Documents(ImrFileSyntax file) => new FileDocuments(file);

    /// <summary>Every top-level block of a parsed file written with a keyword, such as `case`.</summary>
    public static IEnumerable<BlockReader> Documents(ImrFileSyntax file, string keyword)
        => file.Declarations.OfType<BlockSyntax>().Where(b => b.Keyword.Text == keyword && b.Body is not null).Select(b => new BlockReader(file.Source, b));

    private sealed class FileDocuments(ImrFileSyntax file) : IDocumentSource
    {
        public IEnumerable<IRecordSource> Documents(string keyword) => BlockReader.Documents(file, keyword);
    }

    private ExpressionSyntax? Value(string field)
    {
        if (_block.Body is null) return null;
        foreach (var member in _block.Body.Members)
            if (member is AttributeSyntax attribute && attribute.Name.Text == field) return attribute.Value;
        return null;
    }

    private ExpressionSyntax? Label => _block.Labels.Count > 0 ? _block.Labels[0] : null;

    private ExpressionSyntax? Read(string field, bool isLabel) => isLabel ? Label : Value(field);

    public SourceSpan SpanOf(string field, bool isLabel = false, string? blockKeyword = null)
    {
        if (blockKeyword is not null)
        {
            var first = _block.Body?.Members.OfType<BlockSyntax>().FirstOrDefault(b => b.Keyword.Text == blockKeyword);
            return first is null ? SourceSpan.None : SourceSpan.In(_file, first.Span);
        }
        return Read(field, isLabel) is { } value ? SourceSpan.In(_file, value.Span) : SourceSpan.None;
    }

    public string? Text(string field, bool isLabel = false) => AsText(Read(field, isLabel));

    public string? Name(string field, bool isLabel = false) => AsName(Read(field, isLabel));

    public int? Integer(string field) => Value(field) is NumberListSyntax { IsSingleNumber: true } n ? n.Items[0].From : null;

    public DateTime? Date(string field) => AsDate(Value(field));

    public ValueList<PageRange> Pages(string field)
        => Value(field) is NumberListSyntax n ? new ValueList<PageRange>(n.Items.Select(r => new PageRange(r.From, r.To))) : ValueList<PageRange>.Empty;

    public ValueList<string> TextList(string field) => Items(field, AsText);

    public ValueList<string> NameList(string field) => Items(field, AsName);

    public ValueList<int> IntegerList(string field) => Value(field) switch
    {
        // Inside brackets, `1, 2` may parse as one number list as well as two numbers: take every single number.
        ListSyntax list => new ValueList<int>(list.Items.OfType<NumberListSyntax>().SelectMany(n => n.Items).Where(r => !r.IsRange).Select(r => r.From)),
        NumberListSyntax numbers => new ValueList<int>(numbers.Items.Where(r => !r.IsRange).Select(r => r.From)),
        _ => ValueList<int>.Empty,
    };

    public ValueList<DateTime> DateList(string field) => Value(field) switch
    {
        ListSyntax list => new ValueList<DateTime>(list.Items.Select(AsDate).Where(d => d.HasValue).Select(d => d!.Value)),
        DateSyntax single => new ValueList<DateTime>(new[] { AsDate(single)!.Value }),
        _ => ValueList<DateTime>.Empty,
    };

    public IEnumerable<IRecordSource> Blocks(string keyword)
        => _block.Body?.Members.OfType<BlockSyntax>().Where(b => b.Keyword.Text == keyword).Select(b => new BlockReader(_file, b)) ?? Enumerable.Empty<BlockReader>();

    private ValueList<string> Items(string field, Func<ExpressionSyntax?, string?> read) => Value(field) switch
    {
        ListSyntax list => new ValueList<string>(list.Items.Select(read).Where(t => t is not null)!),
        { } single when read(single) is { } one => new ValueList<string>(new[] { one }),
        _ => ValueList<string>.Empty,
    };

    private static string? AsText(ExpressionSyntax? value) => value switch
    {
        StringSyntax s => s.Value,
        NameExpressionSyntax n => n.Name.Text,
        _ => null,
    };

    private static string? AsName(ExpressionSyntax? value) => value switch
    {
        NameExpressionSyntax n => n.Name.Text,
        StringSyntax s => s.Value,
        _ => null,
    };

    private static DateTime? AsDate(ExpressionSyntax? value) => value is DateSyntax d ? new DateTime(d.Year, d.Month, d.Day) : null;
}
