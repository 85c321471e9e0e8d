using ImrDsl.Diagnostics;
using ImrDsl.Syntax;
using ImrDsl.Text;

namespace ImrDsl.Parsing;

/// <summary>
/// Parses one `.imr` file into a syntax tree plus every syntax diagnostic in it. Never throws:
/// an unexpected failure becomes IMR901, too deep a nesting IMR106, too large a file IMR109.
/// </summary>
public static class ImrParser
{
    /// <summary>.imr files are written by people; past this size the file is refused with a diagnostic.</summary>
    public const int MaxFileLength = 16 * 1024 * 1024;

    public static ImrFileSyntax Parse(string path, string text) => Parse(new SourceFile(path, text));

    public static ImrFileSyntax Parse(SourceFile file)
    {
        try
        {
            return ParseCore(file);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var diagnostic = Diagnostic.Create(file, new TextSpan(0, 0), DiagnosticDescriptors.InternalError,
                $"the parser failed unexpectedly ({ex.GetType().Name}: {ex.Message}); please report this file");
            return Empty(file, Array.Empty<CommentSyntax>(), new[] { diagnostic });
        }
    }

    private static ImrFileSyntax ParseCore(SourceFile file)
    {
        if (file.Text.Length > MaxFileLength)
        {
            var diagnostic = Diagnostic.Create(file, new TextSpan(0, 0), DiagnosticDescriptors.FileTooLarge,
                $"this file is {file.Text.Length / (1024.0 * 1024.0):0.0} MB; .imr files may be at most {MaxFileLength / (1024 * 1024)} MB, so it was not parsed (split it into several files joined with 'use')");
            return Empty(file, Array.Empty<CommentSyntax>(), new[] { diagnostic });
        }

        var scan = PreScan.Run(file);
        if (scan.Fatal is not null)
            return Empty(file, scan.Comments, scan.Diagnostics.Concat(new[] { scan.Fatal }).OrderBy(d => d.Start).ToList());

        var s = file.Text;
        var cursor = new SourceCursor(s, file.Lines, Scanner.SkipTrivia(s, 0));
        var declarations = new List<DeclarationSyntax>();
        NameSyntax? @namespace = null;
        var uses = new List<UseSyntax>();
        var diagnostics = new List<Diagnostic>(scan.Diagnostics);

        while (!cursor.AtEnd)
        {
            if (!Scanner.IsIdentifierStart(cursor.Current))
            {
                var skipTo = SkipStray(file, cursor, diagnostics);
                cursor = cursor.At(skipTo);
                continue;
            }

            var word = s.Substring(cursor.Position, Scanner.IdentifierEnd(s, cursor.Position) - cursor.Position);
            if (LooksLikeMisspelledKeyword(word) is { } keyword)
            {
                var end = Recovery.SkipFrom(s, cursor.Position, cursor.Position + 1);
                diagnostics.Add(Diagnostic.Create(file, new TextSpan(cursor.Position, word.Length), DiagnosticDescriptors.UnknownKeyword,
                    $"unknown keyword '{word}'; did you mean '{keyword}'?"));
                declarations.Add(new ErrorSyntax(cursor.Position, "unknown keyword", Array.Empty<string>(), TextSpan.FromBounds(cursor.Position, end)) { Reported = true });
                cursor = cursor.At(end);
                continue;
            }

            var result = Grammar.Declaration(cursor);
            if (result.WasSuccessful)
            {
                switch (result.Value)
                {
                    case NamespaceDeclarationSyntax ns when @namespace is null: @namespace = ns.Name; break;
                    case NamespaceDeclarationSyntax ns:
                        diagnostics.Add(Diagnostic.Create(file, ns.Span, DiagnosticDescriptors.UnexpectedToken,
                            $"this file already declared namespace '{@namespace.Text}' at line {file.PositionOf(@namespace.Span.Start).Line}; a file has one namespace"));
                        break;
                    case UseDeclarationSyntax use: uses.Add(use.Use); break;
                    default: declarations.Add(result.Value); break;
                }
                cursor = SourceCursor.From(result.Remainder);
                continue;
            }
            var error = Recovery.ErrorFrom(cursor, result);
            declarations.Add(error.Node);
            cursor = error.Resume;
        }

        foreach (var declaration in declarations) CollectSyntaxErrors(file, declaration, diagnostics);
        return new ImrFileSyntax(file, @namespace, uses, declarations, scan.Comments, diagnostics.OrderBy(d => d.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList());
    }

    /// <summary>A word at declaration level that is not a keyword but is one typo away from one (`recrod`).</summary>
    private static string? LooksLikeMisspelledKeyword(string word)
    {
        if (Array.IndexOf(Grammar.DeclarationKeywords, word) >= 0) return null;
        // Stricter than a plain suggestion: any other word here is a document kind such as `case`,
        // so only a near certain typo (one edit, two for long words) counts as a misspelled keyword.
        var limit = word.Length >= 6 ? 2 : 1;
        return Grammar.DeclarationKeywords.FirstOrDefault(k => Suggestions.Distance(word.ToLowerInvariant(), k) <= limit);
    }

    private static int SkipStray(SourceFile file, SourceCursor cursor, List<Diagnostic> diagnostics)
    {
        var s = file.Text;
        var c = cursor.Current;
        if (c is '}' or ']' or ')')
        {
            diagnostics.Add(Diagnostic.Create(file, new TextSpan(cursor.Position, 1), DiagnosticDescriptors.UnbalancedClose,
                $"'{c}' closes nothing; remove it or check the block above for a missing opening '{(c == '}' ? '{' : c == ']' ? '[' : '(')}'"));
            return Scanner.SkipTrivia(s, cursor.Position + 1);
        }
        var (found, _) = Scanner.TokenAt(s, cursor.Position);
        var end = Recovery.SkipFrom(s, cursor.Position, cursor.Position);
        diagnostics.Add(Diagnostic.Create(file, new TextSpan(cursor.Position, 1), DiagnosticDescriptors.UnexpectedToken,
            $"expected a declaration (enum, record, guideline, rule) or a document block such as 'case', found {found}"));
        return Math.Max(end, cursor.Position + 1);
    }

    private static void CollectSyntaxErrors(SourceFile file, SyntaxNode node, List<Diagnostic> diagnostics)
    {
        switch (node)
        {
            case ErrorSyntax { Reported: false } error:
                diagnostics.Add(Recovery.Describe(file, error.ErrorPosition, error.Message, error.Expectations));
                break;
            case EnumSyntax e: CollectBody(file, e.Body, e.Keyword.Text, diagnostics); break;
            case GuidelineSyntax g: CollectBody(file, g.Body, g.Keyword.Text, diagnostics); break;
            case RuleSyntax r: CollectBody(file, r.Body, r.Keyword.Text, diagnostics); break;
            case RecordSyntax r: CollectBody(file, r.Body, r.Keyword.Text, diagnostics); break;
            case BlockSyntax { Body: { } body } b: CollectBody(file, body, b.Keyword.Text, diagnostics); break;
        }
    }

    private static void CollectBody(SourceFile file, BodySyntax body, string owner, List<Diagnostic> diagnostics)
    {
        foreach (var member in body.Members) CollectSyntaxErrors(file, member, diagnostics);
        // Report only the innermost unclosed block: its parents are unclosed because of it.
        var innerUnclosed = body.Members.OfType<BlockSyntax>().Any(b => b.Body is { Closed: false });
        if (!body.Closed && !innerUnclosed)
        {
            var open = file.PositionOf(body.Span.Start);
            diagnostics.Add(Diagnostic.Create(file, new TextSpan(body.Span.Start, 1), DiagnosticDescriptors.MissingCloseBrace,
                $"the '{owner}' block opened here (line {open.Line}) is never closed; add '}}' where it ends"));
        }
    }

    private static ImrFileSyntax Empty(SourceFile file, IReadOnlyList<CommentSyntax> comments, IReadOnlyList<Diagnostic> diagnostics)
        => new(file, null, Array.Empty<UseSyntax>(), Array.Empty<DeclarationSyntax>(), comments, diagnostics);
}
