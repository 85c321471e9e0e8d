using ImrDsl.Diagnostics;
using ImrDsl.Syntax;
using ImrDsl.Text;
using Sprache;

namespace ImrDsl.Parsing;

/// <summary>
/// Error recovery at member and declaration boundaries. After a failure the parser skips to the next line
/// that starts at the failed member's own nesting level (or to the enclosing '}'), records one diagnostic
/// for the skipped text and carries on, so independent mistakes each get exactly one diagnostic.
/// </summary>
internal static class Recovery
{
    public readonly record struct Recovered(ErrorSyntax Node, SourceCursor Resume);

    public static Recovered ErrorFrom<T>(SourceCursor memberStart, IResult<T> failure)
    {
        var s = memberStart.Source;
        var failedAt = Math.Max(memberStart.Position, failure.Remainder.Position);
        var resume = SkipFrom(s, memberStart.Position, failedAt);
        var node = new ErrorSyntax(failedAt, failure.Message ?? "unexpected text", (failure.Expectations ?? Array.Empty<string>()).ToList(),
            TextSpan.FromBounds(memberStart.Position, Math.Max(resume, failedAt)));
        return new Recovered(node, memberStart.At(resume));
    }

    /// <summary>
    /// From the start of a failed member, find where to resume: the first line start after the failure where
    /// brackets opened by the member are closed again, or the '}' that closes the enclosing body.
    /// Strings and comments are skipped as units so their braces do not count.
    /// </summary>
    public static int SkipFrom(string s, int start, int failedAt)
    {
        var depth = 0;
        var i = start;
        var atLineStart = false;
        while (i < s.Length)
        {
            var c = s[i];
            if (i > failedAt && depth <= 0 && atLineStart && !char.IsWhiteSpace(c)) return i;
            if (c is '\n' or '\r') { atLineStart = true; i++; continue; }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            atLineStart = false;
            if (c is '{' or '[' or '(') depth++;
            else if (c is '}' or ']' or ')')
            {
                if (depth == 0 && c == '}' && i >= failedAt) return i == start ? i + 1 : i;
                depth--;
                if (depth == 0 && c == '}' && i >= failedAt)
                {
                    // The failed member's own block just closed: resume right after it.
                    return Scanner.SkipTrivia(s, i + 1);
                }
            }
            i = Scanner.SkipUnit(s, i);
        }
        return s.Length;
    }

    /// <summary>Turns a Sprache failure into a plain-language diagnostic at the offending token.</summary>
    public static Diagnostic Describe(SourceFile file, int position, string message, IEnumerable<string> expectations)
    {
        var (found, length) = Scanner.TokenAt(file.Text, position);
        var span = new TextSpan(position, Math.Max(length, position < file.Text.Length ? 1 : 0));
        var expected = expectations.Where(e => !string.IsNullOrEmpty(e)).Distinct().ToList();
        var descriptor = DescriptorFor(expected);

        string text;
        if (descriptor != DiagnosticDescriptors.UnexpectedToken || !message.StartsWith("expected", StringComparison.Ordinal))
            text = message;
        else if (expected.Count > 0)
            text = $"expected {JoinAlternatives(expected)}, found {found}";
        else
            text = $"{message}, found {found}";
        return Diagnostic.Create(file, span, descriptor, text);
    }

    private static DiagnosticDescriptor DescriptorFor(IReadOnlyList<string> expectations)
    {
        if (expectations.Contains("closing '\"'")) return DiagnosticDescriptors.UnterminatedString;
        if (expectations.Contains("closing '\"\"\"'")) return DiagnosticDescriptors.UnterminatedTextBlock;
        if (expectations.Contains("date") || expectations.Contains("escape")) return DiagnosticDescriptors.InvalidLiteral;
        return DiagnosticDescriptors.UnexpectedToken;
    }

    private static string JoinAlternatives(IReadOnlyList<string> items)
        => items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[items.Count - 1];
}
