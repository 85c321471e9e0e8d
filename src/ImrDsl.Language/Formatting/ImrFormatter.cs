using System.Globalization;
using System.Text;
using ImrDsl.Parsing;
using ImrDsl.Syntax;

namespace ImrDsl.Formatting;

/// <summary>
/// The canonical layout of an .imr file: two-space indentation, one member per line, one blank line
/// between top-level declarations, `name = value` with single spaces. Comments are kept: each is
/// written before the node that follows it, or at the end of the line of the node it trails.
/// Two layout choices are the author's, as gofmt and Prettier leave them: a single blank line between
/// members of a block is kept (it groups them), and a nested block with one attribute that the author
/// wrote on one line stays on one line if it fits (a list of short entries reads as a table:
/// `topic "Pain Chapter" { aliases = ["Pain"] }`). Everything else is expanded.
/// Formatting is idempotent, and the formatted text parses to the same tree.
/// A file with syntax errors is not formatted (its text is returned unchanged).
/// </summary>
public sealed class ImrFormatter
{
    private const string Indent = "  ";
    private const int MaxWidth = 100;
    private readonly StringBuilder _out = new();
    private readonly IReadOnlyList<CommentSyntax> _comments;
    private readonly string _text;
    private int _nextComment;
    private int _depth;

    private ImrFormatter(ImrFileSyntax file)
    {
        _comments = file.Comments;
        _text = file.Source.Text;
    }

    /// <summary>The formatted text, or null when the file has syntax errors and cannot be formatted safely.</summary>
    public static string? Format(ImrFileSyntax file)
    {
        if (file.Diagnostics.Count > 0) return null;
        var formatter = new ImrFormatter(file);
        formatter.WriteFile(file);
        return formatter._out.ToString();
    }

    public static string? Format(string path, string text) => Format(ImrParser.Parse(path, text));

    private void WriteFile(ImrFileSyntax file)
    {
        var first = true;
        void Separate()
        {
            if (!first) _out.Append('\n');
            first = false;
        }

        if (file.Namespace is { } ns)
        {
            Separate();
            LeadingComments(ns.Span.Start);
            Line($"namespace {ns.Text}", ns.Span.End);
        }
        if (file.Uses.Count > 0)
        {
            Separate();
            foreach (var use in file.Uses)
            {
                LeadingComments(use.Span.Start);
                Line($"use {Quote(use.Path.Value)}", use.Span.End);
            }
        }
        foreach (var declaration in file.Declarations)
        {
            Separate();
            WriteMember(declaration);
        }
        if (_nextComment < _comments.Count)
        {
            Separate();
            LeadingComments(int.MaxValue);
        }
    }

    private void WriteMember(SyntaxNode node)
    {
        LeadingComments(node.Span.Start);
        switch (node)
        {
            case EnumSyntax e: OpenBody($"enum {e.Name.Text}", e.Body, WriteMember); break;
            case GuidelineSyntax g: OpenBody($"guideline {g.Name.Text}", g.Body, WriteMember); break;
            case RuleSyntax r: OpenBody($"rule {r.Id.Text} {r.Name.Text}", r.Body, WriteMember); break;
            case RecordSyntax r:
                OpenBody(r.DocumentKeyword is null ? $"record {r.Name.Text}" : $"record {r.Name.Text} as {r.DocumentKeyword.Text}", r.Body, WriteMember);
                break;
            case BlockSyntax b:
                var header = new StringBuilder(b.Keyword.Text);
                foreach (var label in b.Labels) header.Append(' ').Append(Expression(label));
                if (b.Body is null) Line(header.ToString(), b.Span.End);
                else if (OneLine(header.ToString(), b.Body) is { } oneLine) Line(oneLine, b.Span.End);
                else OpenBody(header.ToString(), b.Body, WriteMember);
                break;
            case AttributeSyntax a:
                WriteValueLine($"{a.Name.Text} = ", a.Value, a.Span.End);
                break;
            case FieldSyntax f:
                Line(Field(f), f.Span.End);
                break;
        }
    }

    private void OpenBody(string header, BodySyntax body, Action<SyntaxNode> member)
    {
        if (body.Members.Count == 0 && !HasCommentsIn(body))
        {
            Line(header + " {}", body.Span.End);
            return;
        }
        Line(header + " {", body.Span.Start + 1);
        _depth++;
        SyntaxNode? previous = null;
        foreach (var m in body.Members)
        {
            if (previous is not null && BlankLineBetween(previous, m)) _out.Append('\n');
            member(m);
            previous = m;
        }
        LeadingComments(body.Span.End - 1);
        _depth--;
        Line("}", body.Span.End);
    }

    /// <summary>
    /// `header { name = value }` when the author wrote this nested block on one line and it holds a single
    /// attribute, no comment, and fits in <see cref="MaxWidth"/> columns; otherwise null (the block is expanded).
    /// Top-level declarations and documents are always expanded.
    /// </summary>
    private string? OneLine(string header, BodySyntax body)
    {
        if (_depth == 0 || body.Members.Count != 1 || body.Members[0] is not AttributeSyntax attribute) return null;
        if (_text.IndexOf('\n', body.Span.Start, body.Span.Length) >= 0 || HasCommentsIn(body)) return null;
        var line = $"{header} {{ {attribute.Name.Text} = {Expression(attribute.Value)} }}";
        return IndentText.Length + line.Length <= MaxWidth ? line : null;
    }

    /// <summary>Whether the author left a blank line between two members (comments before the second one count as part of it).</summary>
    private bool BlankLineBetween(SyntaxNode previous, SyntaxNode next)
    {
        var end = next.Span.Start;
        if (_nextComment < _comments.Count && _comments[_nextComment].Span.Start < end) end = _comments[_nextComment].Span.Start;
        var blank = false;
        var lineHasText = true;
        for (var i = previous.Span.End; i < end && !blank; i++)
        {
            if (_text[i] == '\n')
            {
                blank = !lineHasText;
                lineHasText = false;
            }
            else if (!char.IsWhiteSpace(_text[i])) lineHasText = true;
        }
        return blank;
    }

    private bool HasCommentsIn(SyntaxNode node)
        => _nextComment < _comments.Count && _comments[_nextComment].Span.Start < node.Span.End;

    /// <summary>Values that do not fit one line (text blocks, long lists) are broken over several.</summary>
    private void WriteValueLine(string prefix, ExpressionSyntax value, int end)
    {
        // A text block cannot hold its own delimiter; such a value stays a one-line string with escapes.
        if (value is StringSyntax { IsTextBlock: true } block && !block.Value.Contains("\"\"\""))
        {
            Line(prefix + "\"\"\"", -1);
            _depth++;
            foreach (var line in block.Value.Split('\n')) RawLine(line.Length == 0 ? string.Empty : IndentText + line);
            Line("\"\"\"", end);
            _depth--;
            return;
        }
        var single = prefix + Expression(value);
        // A list with comments among its items is expanded too, each comment kept beside its item: on one line they
        // could only be moved after the list.
        if (value is ListSyntax list && (list.Items.Count > 1 && IndentText.Length + single.Length > MaxWidth || HasCommentsIn(list)))
        {
            Line(prefix + "[", -1);
            _depth++;
            foreach (var item in list.Items)
            {
                LeadingComments(item.Span.Start);
                Line(Expression(item) + ",", item.Span.End);
            }
            LeadingComments(list.Span.End - 1);
            _depth--;
            Line("]", end);
            return;
        }
        Line(single, end);
    }

    private static string Field(FieldSyntax f)
    {
        var text = new StringBuilder($"{f.Name.Text}: {f.Type.Text}");
        text.Append(f.Cardinality switch { Cardinality.Many => "*", Cardinality.AtLeastOne => "+", _ => "" });
        foreach (var option in f.Options)
        {
            text.Append(' ').Append(option.Keyword.Text);
            if (option.Argument is { } argument) text.Append(' ').Append(Expression(argument));
        }
        return text.ToString();
    }

    /// <summary>
    /// An expression on one line; parentheses only where precedence needs them. Written with an explicit stack of
    /// what is still to write, so a 20,000-term condition or a long `not not ...` cannot overflow the call stack.
    /// </summary>
    public static string Expression(ExpressionSyntax expression, int parentPrecedence = 0)
    {
        var text = new StringBuilder();
        // Each entry is either literal text or an expression with the precedence of its context; pushed in reverse.
        var pending = new Stack<(ExpressionSyntax? Node, int ParentPrecedence, string? Literal)>();
        pending.Push((expression, parentPrecedence, null));
        void Push(string literal) => pending.Push((null, 0, literal));
        void PushSeparated(IReadOnlyList<ExpressionSyntax> items)
        {
            for (var i = items.Count - 1; i >= 0; i--)
            {
                pending.Push((items[i], 0, null));
                if (i > 0) Push(", ");
            }
        }
        while (pending.Count > 0)
        {
            var (node, context, literal) = pending.Pop();
            if (literal is not null)
            {
                text.Append(literal);
                continue;
            }
            switch (node)
            {
                // Inside a list or call a text block stays a one-line string with escapes.
                case StringSyntax s: text.Append(Quote(s.Value)); break;
                case DateSyntax d: text.Append(d.Iso); break;
                case IntervalSyntax i: text.Append(i.From.ToString(CultureInfo.InvariantCulture)).Append("..").Append(i.To.ToString(CultureInfo.InvariantCulture)); break;
                case NumberListSyntax n:
                    text.Append(string.Join(", ", n.Items.Select(r => r.IsRange ? $"{r.From.ToString(CultureInfo.InvariantCulture)}-{r.To.ToString(CultureInfo.InvariantCulture)}" : r.From.ToString(CultureInfo.InvariantCulture))));
                    break;
                case NameExpressionSyntax n: text.Append(n.Name.Text); break;
                case ListSyntax l:
                    Push("]");
                    PushSeparated(l.Items);
                    Push("[");
                    break;
                case CallSyntax c:
                    Push(")");
                    PushSeparated(c.Arguments);
                    Push(c.Function.Text + "(");
                    break;
                case NotSyntax n:
                    pending.Push((n.Operand, 3, null));
                    Push("not ");
                    break;
                case LogicalSyntax l:
                    var precedence = l.Operator == LogicalOperator.Or ? 1 : 2;
                    var parenthesized = precedence < context;
                    if (parenthesized) Push(")");
                    // Right operands get precedence + 1: the parser builds left-nested chains, so a right-nested one needs its parentheses.
                    pending.Push((l.Right, precedence + 1, null));
                    Push(l.Operator == LogicalOperator.Or ? " or " : " and ");
                    pending.Push((l.Left, precedence, null));
                    if (parenthesized) Push("(");
                    break;
            }
        }
        return text.ToString();
    }

    public static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    private string IndentText => string.Concat(Enumerable.Repeat(Indent, _depth));

    /// <summary>Writes a line, then any comments that trail it on the same source line (up to <paramref name="sourceEnd"/>'s line end).</summary>
    private void Line(string text, int sourceEnd)
    {
        _out.Append(IndentText).Append(text);
        if (sourceEnd >= 0) TrailingComments(sourceEnd);
        _out.Append('\n');
    }

    private void RawLine(string text) => _out.Append(text).Append('\n');

    private void TrailingComments(int sourceEnd)
    {
        var lineEnd = Scanner.LineEnd(_text, Math.Min(sourceEnd, _text.Length));
        while (_nextComment < _comments.Count)
        {
            var comment = _comments[_nextComment];
            if (comment.Span.Start < sourceEnd || comment.Span.Start > lineEnd || comment.Kind == CommentKind.Documentation || comment.Text.Contains('\n')) break;
            _out.Append(' ').Append(comment.Text);
            _nextComment++;
        }
    }

    /// <summary>Writes every comment that starts before <paramref name="position"/> on lines of their own.</summary>
    private void LeadingComments(int position)
    {
        while (_nextComment < _comments.Count && _comments[_nextComment].Span.Start < position)
        {
            var comment = _comments[_nextComment++];
            foreach (var line in comment.Text.Replace("\r\n", "\n").Split('\n'))
                _out.Append(IndentText).Append(line.TrimEnd()).Append('\n');
        }
    }
}
