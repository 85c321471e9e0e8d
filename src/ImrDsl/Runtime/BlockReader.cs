using ImrDsl.Syntax;
using ImrDsl.Text;

namespace ImrDsl.Runtime;

/// <summary>
/// Reads one block of a case document for a generated binder: typed values by field name, the block's
/// label, nested blocks, and the span of every value read. The semantic pass has already checked kinds,
/// so a value of the wrong kind simply reads as absent here.
/// </summary>
public sealed class BlockReader
{
    private readonly SourceFile _file;
    private readonly BlockSyntax _block;
    private readonly SpanMap _spans = new();

    public BlockReader(SourceFile file, BlockSyntax block)
    {
        _file = file;
        _block = block;
        Span = SpanOf(block.Keyword.Span.Cover(block.Span));
    }

    public SourceSpan Span { get; }
    public SpanMap Spans => _spans;

    /// <summary>Every top-level block of a parsed file written with a keyword, such as `case`.</summary>
    public static IEnumerable<BlockReader> Documents(ImrFileSyntax file, string keyword)
        => file.Declarations.OfType<BlockSyntax>().Where(b => b.Keyword.Text == keyword && b.Body is not null).Select(b => new BlockReader(file.Source, b));

    private ExpressionSyntax? Value(string field)
    {
        ExpressionSyntax? found = null;
        if (_block.Body is not null)
            foreach (var member in _block.Body.Members)
                if (member is AttributeSyntax attribute && attribute.Name.Text == field) { found = attribute.Value; break; }
        if (found is not null) _spans.With(field, SpanOf(found.Span));
        return found;
    }

    /// <summary>The block's label, read as the value of the record's label field.</summary>
    public ExpressionSyntax? LabelValue(string field)
    {
        var label = _block.Labels.Count > 0 ? _block.Labels[0] : null;
        if (label is not null) _spans.With(field, SpanOf(label.Span));
        return label;
    }

    public string? Text(string field, bool isLabel = false) => AsText(isLabel ? LabelValue(field) : Value(field));

    public string? Name(string field, bool isLabel = false) => (isLabel ? LabelValue(field) : Value(field)) switch
    {
        NameExpressionSyntax n => n.Name.Text,
        StringSyntax s => s.Value,
        _ => null,
    };

    public int? Integer(string field) => Value(field) is NumberListSyntax { IsSingleNumber: true } n ? n.Items[0].From : null;

    public DateTime? Date(string field) => Value(field) is DateSyntax d ? new DateTime(d.Year, d.Month, d.Day) : null;

    public ValueList<PageRange> Pages(string field)
        => Value(field) is NumberListSyntax n ? new ValueList<PageRange>(n.Items.Select(r => new PageRange(r.From, r.To))) : ValueList<PageRange>.Empty;

    public ValueList<string> TextList(string field) => Value(field) switch
    {
        ListSyntax list => new ValueList<string>(list.Items.Select(AsText).Where(t => t is not null)!),
        StringSyntax s => new ValueList<string>(new[] { s.Value }),
        _ => ValueList<string>.Empty,
    };

    public IEnumerable<BlockReader> Blocks(string keyword, string field)
    {
        var blocks = _block.Body?.Members.OfType<BlockSyntax>().Where(b => b.Keyword.Text == keyword).ToList() ?? new List<BlockSyntax>();
        if (blocks.Count > 0) _spans.With(field, SpanOf(blocks[0].Span));
        return blocks.Select(b => new BlockReader(_file, b));
    }

    public BlockReader? Block(string keyword, string field) => Blocks(keyword, field).FirstOrDefault();

    private static string? AsText(ExpressionSyntax? value) => value switch
    {
        StringSyntax s => s.Value,
        NameExpressionSyntax n => n.Name.Text,
        _ => null,
    };

    private SourceSpan SpanOf(TextSpan span)
    {
        var start = _file.PositionOf(span.Start);
        var end = _file.PositionOf(span.End);
        return new SourceSpan(_file.Path, start.Line, start.Column, end.Line, end.Column);
    }
}
