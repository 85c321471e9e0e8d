using System.Globalization;
using System.Text;

namespace ImrDsl.Syntax;

/// <summary>
/// A compact S-expression of a syntax tree without spans or comments: two trees with the same dump
/// mean the same thing. Used by the formatter's round-trip tests and handy when debugging the parser.
/// </summary>
public static class SyntaxDump
{
    public static string Write(ImrFileSyntax file)
    {
        var builder = new StringBuilder();
        if (file.Namespace is not null) builder.Append("(namespace ").Append(file.Namespace.Text).Append(')');
        foreach (var use in file.Uses) builder.Append("(use ").Append(Quote(use.Path.Value)).Append(')');
        foreach (var declaration in file.Declarations) Node(builder, declaration);
        return builder.ToString();
    }

    private static void Node(StringBuilder b, SyntaxNode node)
    {
        switch (node)
        {
            case EnumSyntax e: b.Append("(enum ").Append(e.Name.Text); Body(b, e.Body); b.Append(')'); break;
            case GuidelineSyntax g: b.Append("(guideline ").Append(g.Name.Text); Body(b, g.Body); b.Append(')'); break;
            case RuleSyntax r: b.Append("(rule ").Append(r.Id.Text).Append(' ').Append(r.Name.Text); Body(b, r.Body); b.Append(')'); break;
            case RecordSyntax r:
                b.Append("(record ").Append(r.Name.Text);
                if (r.DocumentKeyword is not null) b.Append(" as ").Append(r.DocumentKeyword.Text);
                Body(b, r.Body);
                b.Append(')');
                break;
            case FieldSyntax f:
                b.Append("(field ").Append(f.Name.Text).Append(' ').Append(f.Type.Text).Append(' ').Append(f.Cardinality);
                foreach (var o in f.Options)
                {
                    b.Append(" (").Append(o.Keyword.Text);
                    if (o.Argument is not null) { b.Append(' '); Node(b, o.Argument); }
                    b.Append(')');
                }
                b.Append(')');
                break;
            case BlockSyntax block:
                b.Append("(block ").Append(block.Keyword.Text);
                foreach (var label in block.Labels) { b.Append(' '); Node(b, label); }
                if (block.Body is not null) Body(b, block.Body);
                b.Append(')');
                break;
            case AttributeSyntax a: b.Append("(= ").Append(a.Name.Text).Append(' '); Node(b, a.Value); b.Append(')'); break;
            case ErrorSyntax: b.Append("(error)"); break;
            case StringSyntax s: b.Append(Quote(s.Value)); break;
            case DateSyntax d: b.Append(d.Iso); break;
            case IntervalSyntax i: b.Append(i.From.ToString(CultureInfo.InvariantCulture)).Append("..").Append(i.To.ToString(CultureInfo.InvariantCulture)); break;
            case NumberListSyntax n:
                b.Append("(pages");
                foreach (var r in n.Items) b.Append(' ').Append(r.From.ToString(CultureInfo.InvariantCulture)).Append(r.IsRange ? "-" + r.To.ToString(CultureInfo.InvariantCulture) : "");
                b.Append(')');
                break;
            case NameExpressionSyntax n: b.Append(n.Name.Text); break;
            case ListSyntax l: b.Append("(list"); foreach (var i in l.Items) { b.Append(' '); Node(b, i); } b.Append(')'); break;
            case CallSyntax c: b.Append("(call ").Append(c.Function.Text); foreach (var a in c.Arguments) { b.Append(' '); Node(b, a); } b.Append(')'); break;
            case NotSyntax n: Negations(b, n); break;
            case LogicalSyntax l: Chain(b, l); break;
        }
    }

    // A chain of `and`/`or` nests down its left side and a run of `not`s down its operand, one level per operator:
    // both are walked in a loop, so a condition of 200,000 terms does not overflow the stack.

    /// <summary>(or (or a b) c): the left side's chain opened first, then each right side closed in turn.</summary>
    private static void Chain(StringBuilder b, LogicalSyntax top)
    {
        var spine = new List<LogicalSyntax>();
        for (SyntaxNode node = top; node is LogicalSyntax link; node = link.Left) spine.Add(link);
        foreach (var link in spine) b.Append('(').Append(link.Operator == LogicalOperator.And ? "and " : "or ");
        Node(b, spine[spine.Count - 1].Left);
        for (var i = spine.Count - 1; i >= 0; i--)
        {
            b.Append(' ');
            Node(b, spine[i].Right);
            b.Append(')');
        }
    }

    private static void Negations(StringBuilder b, NotSyntax top)
    {
        var count = 0;
        SyntaxNode node = top;
        for (; node is NotSyntax not; node = not.Operand) count++;
        b.Insert(b.Length, "(not ", count);
        Node(b, node);
        b.Append(')', count);
    }

    private static void Body(StringBuilder b, BodySyntax body)
    {
        b.Append(" {");
        foreach (var member in body.Members) Node(b, member);
        b.Append(body.Closed ? "}" : "<unclosed>");
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
