using ImrDsl.Diagnostics;
using ImrDsl.Syntax;
using ImrDsl.Text;

namespace ImrDsl.Parsing;

/// <summary>
/// One linear pass before parsing: collects comments (for documentation and the formatter), reports
/// unclosed block comments, and measures bracket nesting. Sprache recurses once per nesting level,
/// so a file nested deeper than <see cref="MaxDepth"/> is refused here with one clear diagnostic
/// instead of overflowing the stack.
/// </summary>
internal static class PreScan
{
    public const int MaxDepth = 64;

    public sealed record Result(IReadOnlyList<CommentSyntax> Comments, Diagnostic? Fatal, IReadOnlyList<Diagnostic> Diagnostics);

    public static Result Run(SourceFile file)
    {
        var s = file.Text;
        var comments = new List<CommentSyntax>();
        var diagnostics = new List<Diagnostic>();
        var depth = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            switch (c)
            {
                case '/' when i + 1 < s.Length && s[i + 1] == '/':
                {
                    var end = Scanner.LineEnd(s, i);
                    var kind = i + 2 < s.Length && s[i + 2] == '/' && (i + 3 >= s.Length || s[i + 3] != '/') ? CommentKind.Documentation : CommentKind.Line;
                    comments.Add(new CommentSyntax(kind, s.Substring(i, end - i).TrimEnd(), TextSpan.FromBounds(i, end)));
                    i = end;
                    continue;
                }
                case '/' when i + 1 < s.Length && s[i + 1] == '*':
                {
                    var end = Scanner.BlockCommentEnd(s, i);
                    if (s.IndexOf("*/", i + 2, StringComparison.Ordinal) < 0)
                    {
                        diagnostics.Add(Diagnostic.Create(file, new TextSpan(i, 2), DiagnosticDescriptors.UnterminatedComment,
                            "this comment is never closed; add '*/' where it should end"));
                        end = s.Length;
                    }
                    comments.Add(new CommentSyntax(CommentKind.Block, s.Substring(i, end - i), TextSpan.FromBounds(i, end)));
                    i = end;
                    continue;
                }
                case '"':
                    i = Scanner.SkipUnit(s, i);
                    continue;
                case '{' or '[' or '(':
                    depth++;
                    if (depth > MaxDepth)
                    {
                        var fatal = Diagnostic.Create(file, new TextSpan(i, 1), DiagnosticDescriptors.NestingTooDeep,
                            $"blocks and brackets are nested more than {MaxDepth} levels deep here; .imr allows at most {MaxDepth}, so this file was not parsed");
                        return new Result(comments, fatal, diagnostics);
                    }
                    break;
                case '}' or ']' or ')':
                    if (depth > 0) depth--;
                    break;
            }
            i++;
        }
        return new Result(comments, null, diagnostics);
    }
}
