using ImrDsl.Syntax;
using ImrDsl.Text;

namespace ImrDsl.Semantics;

/// <summary>Finds the `///` lines written directly above a declaration, field or member.</summary>
internal sealed class DocComments
{
    private readonly SourceFile _file;
    private readonly Dictionary<int, string> _byLine = new();

    public DocComments(ImrFileSyntax file)
    {
        _file = file.Source;
        foreach (var comment in file.Comments)
            if (comment.Kind == CommentKind.Documentation)
                _byLine[_file.PositionOf(comment.Span.Start).Line] = comment.Text.Substring(3).Trim();
    }

    public string For(SyntaxNode node)
    {
        var line = _file.PositionOf(node.Span.Start).Line - 1;
        var lines = new List<string>();
        while (_byLine.TryGetValue(line, out var text))
        {
            lines.Insert(0, text);
            line--;
        }
        return string.Join(" ", lines);
    }
}
