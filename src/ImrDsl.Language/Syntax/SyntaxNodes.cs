using ImrDsl.Diagnostics;
using ImrDsl.Text;

namespace ImrDsl.Syntax;

// The syntax tree is the structure as written: every node keeps its span, nothing is resolved yet.
// Meaning (types, references, required fields) is the semantic pass's job, as in HCL.

public abstract class SyntaxNode
{
    protected SyntaxNode(TextSpan span) => Span = span;
    public TextSpan Span { get; }
}

/// <summary>An identifier as written, with its span.</summary>
public sealed class NameSyntax : SyntaxNode
{
    public NameSyntax(string text, TextSpan span) : base(span) => Text = text;
    public string Text { get; }
    public override string ToString() => Text;
}

public enum CommentKind { Line, Block, Documentation }

/// <summary>A comment kept out of the tree proper; the formatter puts it back by position.</summary>
public sealed class CommentSyntax : SyntaxNode
{
    public CommentSyntax(CommentKind kind, string text, TextSpan span) : base(span) { Kind = kind; Text = text; }
    public CommentKind Kind { get; }
    /// <summary>The comment exactly as written, delimiters included.</summary>
    public string Text { get; }
}

public sealed class ImrFileSyntax : SyntaxNode
{
    public ImrFileSyntax(SourceFile source, NameSyntax? @namespace, IReadOnlyList<UseSyntax> uses,
        IReadOnlyList<DeclarationSyntax> declarations, IReadOnlyList<CommentSyntax> comments, IReadOnlyList<Diagnostic> diagnostics)
        : base(new TextSpan(0, source.Text.Length))
    {
        Source = source;
        Namespace = @namespace;
        Uses = uses;
        Declarations = declarations;
        Comments = comments;
        Diagnostics = diagnostics;
    }

    public SourceFile Source { get; }
    public NameSyntax? Namespace { get; }
    public IReadOnlyList<UseSyntax> Uses { get; }
    public IReadOnlyList<DeclarationSyntax> Declarations { get; }
    public IReadOnlyList<CommentSyntax> Comments { get; }
    /// <summary>Syntax diagnostics, in source order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}

public sealed class UseSyntax : SyntaxNode
{
    public UseSyntax(StringSyntax path, TextSpan span) : base(span) => Path = path;
    public StringSyntax Path { get; }
}

/// <summary>A top-level declaration or a member of a body.</summary>
public abstract class MemberSyntax : SyntaxNode
{
    protected MemberSyntax(TextSpan span) : base(span) { }
}

public abstract class DeclarationSyntax : MemberSyntax
{
    protected DeclarationSyntax(TextSpan span) : base(span) { }
}

/// <summary>Text the parser skipped after a syntax error; it stands in the tree so later passes know a block is incomplete.</summary>
public sealed class ErrorSyntax : DeclarationSyntax
{
    public ErrorSyntax(int errorPosition, string message, IReadOnlyList<string> expectations, TextSpan span) : base(span)
    {
        ErrorPosition = errorPosition;
        Message = message;
        Expectations = expectations;
    }

    /// <summary>Where the unexpected token is (the diagnostic points here, not at the start of the skipped text).</summary>
    public int ErrorPosition { get; }
    public string Message { get; }
    public IReadOnlyList<string> Expectations { get; }
    /// <summary>True when the parser already reported this error itself (for example an unknown keyword).</summary>
    public bool Reported { get; init; }
}

/// <summary>The members between braces. <see cref="Closed"/> is false when the file ended first.</summary>
public sealed class BodySyntax : SyntaxNode
{
    public BodySyntax(IReadOnlyList<MemberSyntax> members, bool closed, TextSpan span) : base(span)
    {
        Members = members;
        Closed = closed;
    }

    public IReadOnlyList<MemberSyntax> Members { get; }
    public bool Closed { get; }
    public bool HasErrors => Members.Any(m => m is ErrorSyntax || (m is BlockSyntax b && b.Body is { HasErrors: true })) || !Closed;
}

public sealed class EnumSyntax : DeclarationSyntax
{
    public EnumSyntax(NameSyntax keyword, NameSyntax name, BodySyntax body, TextSpan span) : base(span) { Keyword = keyword; Name = name; Body = body; }
    public NameSyntax Keyword { get; }
    public NameSyntax Name { get; }
    public BodySyntax Body { get; }
}

public sealed class GuidelineSyntax : DeclarationSyntax
{
    public GuidelineSyntax(NameSyntax keyword, NameSyntax name, BodySyntax body, TextSpan span) : base(span) { Keyword = keyword; Name = name; Body = body; }
    public NameSyntax Keyword { get; }
    public NameSyntax Name { get; }
    public BodySyntax Body { get; }
}

public sealed class RuleSyntax : DeclarationSyntax
{
    public RuleSyntax(NameSyntax keyword, NameSyntax id, NameSyntax name, BodySyntax body, TextSpan span) : base(span) { Keyword = keyword; Id = id; Name = name; Body = body; }
    public NameSyntax Keyword { get; }
    public NameSyntax Id { get; }
    public NameSyntax Name { get; }
    public BodySyntax Body { get; }
}

public sealed class RecordSyntax : DeclarationSyntax
{
    public RecordSyntax(NameSyntax keyword, NameSyntax name, NameSyntax? documentKeyword, BodySyntax body, TextSpan span) : base(span)
    {
        Keyword = keyword;
        Name = name;
        DocumentKeyword = documentKeyword;
        Body = body;
    }

    public NameSyntax Keyword { get; }
    public NameSyntax Name { get; }
    /// <summary>The `as case` word: the block keyword that writes an instance of this record in a document.</summary>
    public NameSyntax? DocumentKeyword { get; }
    /// <summary>Members are <see cref="FieldSyntax"/> (or <see cref="ErrorSyntax"/>).</summary>
    public BodySyntax Body { get; }
}

public enum Cardinality { Optional, Many, AtLeastOne }

/// <summary>`name: Type[*|+] option*` inside a record.</summary>
public sealed class FieldSyntax : MemberSyntax
{
    public FieldSyntax(NameSyntax name, NameSyntax type, Cardinality cardinality, IReadOnlyList<FieldOptionSyntax> options, TextSpan span) : base(span)
    {
        Name = name;
        Type = type;
        Cardinality = cardinality;
        Options = options;
    }

    public NameSyntax Name { get; }
    public NameSyntax Type { get; }
    public Cardinality Cardinality { get; }
    public IReadOnlyList<FieldOptionSyntax> Options { get; }
}

/// <summary>`required`, `non-empty`, `label`, `pattern "..."`, `range 1..9`, `as item`.</summary>
public sealed class FieldOptionSyntax : SyntaxNode
{
    public FieldOptionSyntax(NameSyntax keyword, ExpressionSyntax? argument, TextSpan span) : base(span) { Keyword = keyword; Argument = argument; }
    public NameSyntax Keyword { get; }
    public ExpressionSyntax? Argument { get; }
}

/// <summary>`name = value`.</summary>
public sealed class AttributeSyntax : MemberSyntax
{
    public AttributeSyntax(NameSyntax name, ExpressionSyntax value, TextSpan span) : base(span) { Name = name; Value = value; }
    public NameSyntax Name { get; }
    public ExpressionSyntax Value { get; }
}

/// <summary>
/// `keyword label* { body }`, or `keyword "label"` with no body. At top level it is an instance
/// (a case document); inside bodies it is a nested block (enum member, topic, item, citation).
/// </summary>
public sealed class BlockSyntax : DeclarationSyntax
{
    public BlockSyntax(NameSyntax keyword, IReadOnlyList<ExpressionSyntax> labels, BodySyntax? body, TextSpan span) : base(span)
    {
        Keyword = keyword;
        Labels = labels;
        Body = body;
    }

    public NameSyntax Keyword { get; }
    /// <summary>Each label is a <see cref="StringSyntax"/> or a <see cref="NameExpressionSyntax"/>.</summary>
    public IReadOnlyList<ExpressionSyntax> Labels { get; }
    public BodySyntax? Body { get; }
}

// Expressions: attribute values, option arguments and rule conditions.

public abstract class ExpressionSyntax : SyntaxNode
{
    protected ExpressionSyntax(TextSpan span) : base(span) { }
}

public sealed class StringSyntax : ExpressionSyntax
{
    public StringSyntax(string value, bool isTextBlock, TextSpan span) : base(span) { Value = value; IsTextBlock = isTextBlock; }
    public string Value { get; }
    /// <summary>Written as a triple-quoted text block rather than a one-line string.</summary>
    public bool IsTextBlock { get; }
}

public sealed class DateSyntax : ExpressionSyntax
{
    public DateSyntax(int year, int month, int day, TextSpan span) : base(span) { Year = year; Month = month; Day = day; }
    public int Year { get; }
    public int Month { get; }
    public int Day { get; }
    public string Iso => $"{Year:D4}-{Month:D2}-{Day:D2}";
}

public sealed class PageRangeSyntax : SyntaxNode
{
    public PageRangeSyntax(int from, int to, bool isRange, TextSpan span) : base(span) { From = from; To = to; IsRange = isRange; }
    public int From { get; }
    public int To { get; }
    /// <summary>Written as `a-b` (true) or a single number (false).</summary>
    public bool IsRange { get; }
}

/// <summary>A number, a page range, or a comma-separated list of them: `64`, `63-66`, `13-16, 43-44`.</summary>
public sealed class NumberListSyntax : ExpressionSyntax
{
    public NumberListSyntax(IReadOnlyList<PageRangeSyntax> items, TextSpan span) : base(span) => Items = items;
    public IReadOnlyList<PageRangeSyntax> Items { get; }
    public bool IsSingleNumber => Items.Count == 1 && !Items[0].IsRange;
}

/// <summary>`a..b`, used by the `range` option.</summary>
public sealed class IntervalSyntax : ExpressionSyntax
{
    public IntervalSyntax(int from, int to, TextSpan span) : base(span) { From = from; To = to; }
    public int From { get; }
    public int To { get; }
}

public sealed class NameExpressionSyntax : ExpressionSyntax
{
    public NameExpressionSyntax(NameSyntax name) : base(name.Span) => Name = name;
    public NameSyntax Name { get; }
}

public sealed class ListSyntax : ExpressionSyntax
{
    public ListSyntax(IReadOnlyList<ExpressionSyntax> items, TextSpan span) : base(span) => Items = items;
    public IReadOnlyList<ExpressionSyntax> Items { get; }
}

public sealed class CallSyntax : ExpressionSyntax
{
    public CallSyntax(NameSyntax function, IReadOnlyList<ExpressionSyntax> arguments, TextSpan span) : base(span) { Function = function; Arguments = arguments; }
    public NameSyntax Function { get; }
    public IReadOnlyList<ExpressionSyntax> Arguments { get; }
}

public sealed class NotSyntax : ExpressionSyntax
{
    public NotSyntax(ExpressionSyntax operand, TextSpan span) : base(span) => Operand = operand;
    public ExpressionSyntax Operand { get; }
}

public enum LogicalOperator { And, Or }

public sealed class LogicalSyntax : ExpressionSyntax
{
    public LogicalSyntax(LogicalOperator op, ExpressionSyntax left, ExpressionSyntax right, TextSpan span) : base(span) { Operator = op; Left = left; Right = right; }
    public LogicalOperator Operator { get; }
    public ExpressionSyntax Left { get; }
    public ExpressionSyntax Right { get; }
}
