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
            case NotSyntax n: b.Append("(not "); Node(b, n.Operand); b.Append(')'); break;
            case LogicalSyntax l: b.Append('(').Append(l.Operator == LogicalOperator.And ? "and " : "or "); Node(b, l.Left); b.Append(' '); Node(b, l.Right); b.Append(')'); break;
        }
    }

    private static void Body(StringBuilder b, BodySyntax body)
    {
        b.Append(" {");
        foreach (var member in body.Members) Node(b, member);
        b.Append(body.Closed ? "}" : "<unclosed>");
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
