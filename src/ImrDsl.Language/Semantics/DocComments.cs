using ImrDsl.Syntax;
using ImrDsl.Text;

namespace ImrDsl.Semantics;

/// <summary>Finds the `///` lines written directly above a declaration, field or member.</summary>
internal sealed class DocComments
{
    private readonly SourceFile _file;
    private readonly IReadOnlyList<CommentSyntax> _comments;
    // Line -> index of its doc comment; the text is cut out only for comments that document something.
    private readonly Dictionary<int, int> _byLine = new();

    public DocComments(ImrFileSyntax file)
    {
        _file = file.Source;
        _comments = file.Comments;
        for (var i = 0; i < _comments.Count; i++)
            if (_comments[i].Kind == CommentKind.Documentation)
                _byLine[_file.PositionOf(_comments[i].Span.Start).Line] = i;
    }

    public string For(SyntaxNode node)
    {
        var line = _file.PositionOf(node.Span.Start).Line - 1;
        var lines = new List<string>();
        while (_byLine.TryGetValue(line, out var index))
        {
            lines.Add(_comments[index].Text.Substring(3).Trim());
            line--;
        }
        // Collected bottom-up and reversed once: inserting each at the front made a long comment quadratic.
        lines.Reverse();
        return string.Join(" ", lines);
    }
}
