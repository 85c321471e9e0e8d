using ImrDsl.Diagnostics;
using ImrDsl.Syntax;
using ImrDsl.Text;

namespace ImrDsl.Semantics;

/// <summary>
/// Reads the attributes of a declaration body against the names it allows, reporting unknown names
/// (with a suggestion) and repeats once each.
/// </summary>
internal sealed class AttributeReader
{
    private readonly Dictionary<string, ExpressionSyntax> _values = new(StringComparer.Ordinal);

    public AttributeReader(ModelBuilder builder, SourceFile file, BodySyntax? body, string owner, params string[] allowed)
        : this(builder, file, body, owner, allowed, Array.Empty<string>())
    {
    }

    public AttributeReader(ModelBuilder builder, SourceFile file, BodySyntax? body, string owner, string[] allowed, string[] allowedBlocks)
    {
        if (body is null) return;
        foreach (var member in body.Members)
        {
            switch (member)
            {
                case AttributeSyntax attribute when Array.IndexOf(allowed, attribute.Name.Text) >= 0:
                    if (_values.ContainsKey(attribute.Name.Text))
                        builder.Report(file, attribute.Name.Span, DiagnosticDescriptors.DuplicateAttribute, $"'{attribute.Name.Text}' is given twice in {owner}; keep one");
                    else
                        _values[attribute.Name.Text] = attribute.Value;
                    break;
                case AttributeSyntax attribute:
                    builder.Report(file, attribute.Name.Span, DiagnosticDescriptors.UnknownAttribute,
                        $"{owner} has no attribute '{attribute.Name.Text}'{Suggestions.DidYouMean(attribute.Name.Text, allowed)}");
                    break;
                case BlockSyntax block when Array.IndexOf(allowedBlocks, block.Keyword.Text) < 0:
                    builder.Report(file, block.Keyword.Span, DiagnosticDescriptors.UnknownAttribute,
                        $"{owner} has no block '{block.Keyword.Text}'{Suggestions.DidYouMean(block.Keyword.Text, allowed.Concat(allowedBlocks))}");
                    break;
            }
        }
    }

    public ExpressionSyntax? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;
}
