using System.Globalization;
using System.Text;
using ImrDsl.Syntax;
using ImrDsl.Text;
using Sprache;

namespace ImrDsl.Parsing;

/// <summary>
/// The lexical leaves, written as raw Sprache delegates that scan the string from the cursor and jump
/// (no combinator object or allocation per character). Every token eats the trivia after it, never before,
/// so spans start exactly at the token.
/// </summary>
internal static class Lexical
{
    private static IResult<T> Fail<T>(IInput input, string message, string expectation)
        => Result.Failure<T>(input, message, new[] { expectation });

    /// <summary>Leading trivia at the start of a file.</summary>
    public static readonly Parser<int> Trivia = input =>
    {
        var cursor = SourceCursor.From(input);
        var end = Scanner.SkipTrivia(cursor.Source, cursor.Position);
        return Result.Success(end, cursor.At(end));
    };

    public static readonly Parser<NameSyntax> Identifier = input =>
    {
        var cursor = SourceCursor.From(input);
        var s = cursor.Source;
        var start = cursor.Position;
        var end = Scanner.IdentifierEnd(s, start);
        if (end == start) return Fail<NameSyntax>(input, "expected a name", "name");
        var name = new NameSyntax(s.Substring(start, end - start), TextSpan.FromBounds(start, end));
        return Result.Success(name, cursor.At(Scanner.SkipTrivia(s, end)));
    };

    /// <summary>A whole-word keyword: `record` matches, `records` and `rec` do not.</summary>
    public static Parser<NameSyntax> Keyword(string keyword) => input =>
    {
        var cursor = SourceCursor.From(input);
        var s = cursor.Source;
        var start = cursor.Position;
        var end = Scanner.IdentifierEnd(s, start);
        if (end - start != keyword.Length || string.CompareOrdinal(s, start, keyword, 0, keyword.Length) != 0)
            return Fail<NameSyntax>(input, $"expected '{keyword}'", $"'{keyword}'");
        return Result.Success(new NameSyntax(keyword, TextSpan.FromBounds(start, end)), cursor.At(Scanner.SkipTrivia(s, end)));
    };

    /// <summary>A name, or a dotted name for namespaces (`Imr.Std`).</summary>
    public static readonly Parser<NameSyntax> QualifiedName = input =>
    {
        var cursor = SourceCursor.From(input);
        var s = cursor.Source;
        var start = cursor.Position;
        var end = Scanner.IdentifierEnd(s, start);
        if (end == start) return Fail<NameSyntax>(input, "expected a name", "name");
        while (end + 1 < s.Length && s[end] == '.' && Scanner.IsIdentifierStart(s[end + 1]))
            end = Scanner.IdentifierEnd(s, end + 1);
        return Result.Success(new NameSyntax(s.Substring(start, end - start), TextSpan.FromBounds(start, end)), cursor.At(Scanner.SkipTrivia(s, end)));
    };

    public static Parser<char> Punctuation(char c) => input =>
    {
        var cursor = SourceCursor.From(input);
        if (cursor.AtEnd || cursor.Current != c) return Fail<char>(input, $"expected '{c}'", $"'{c}'");
        return Result.Success(c, cursor.At(Scanner.SkipTrivia(cursor.Source, cursor.Position + 1)));
    };

    /// <summary>True when the next token is the given character (no input consumed).</summary>
    public static bool Peek(IInput input, char c) => !input.AtEnd && input.Current == c;

    /// <summary>`"..."` with escapes \" \\ \n \t \r \uXXXX, or a `"""` text block.</summary>
    public static readonly Parser<StringSyntax> StringLiteral = input =>
    {
        var cursor = SourceCursor.From(input);
        var s = cursor.Source;
        var start = cursor.Position;
        if (cursor.AtEnd || s[start] != '"') return Fail<StringSyntax>(input, "expected a string", "string");
        if (Scanner.IsTextBlockStart(s, start)) return TextBlock(cursor);

        var builder = new StringBuilder();
        for (var i = start + 1; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '"')
            {
                var node = new StringSyntax(builder.ToString(), false, TextSpan.FromBounds(start, i + 1));
                return Result.Success(node, cursor.At(Scanner.SkipTrivia(s, i + 1)));
            }
            if (c is '\n' or '\r') break;
            if (c != '\\') { builder.Append(c); continue; }
            if (++i >= s.Length) break;
            switch (s[i])
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'u' when i + 4 < s.Length && ushort.TryParse(s.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default:
                    return Fail<StringSyntax>(cursor.At(i - 1), $"'\\{s[i]}' is not an escape; use \\\" \\\\ \\n \\t \\r or \\uXXXX", "escape");
            }
        }
        return Fail<StringSyntax>(input, "this string is not closed before the end of the line; add '\"' (use \"\"\" for text over several lines)", "closing '\"'");
    };

    /// <summary>
    /// A text block: `"""`, a line break, lines, then `"""`. The indentation common to all non-blank lines
    /// is removed, as are the first and last line breaks, so text blocks can be indented with the code.
    /// </summary>
    private static IResult<StringSyntax> TextBlock(SourceCursor cursor)
    {
        var s = cursor.Source;
        var start = cursor.Position;
        var end = Scanner.TextBlockEnd(s, start);
        if (end < 0)
            return Fail<StringSyntax>(cursor, "this text block is never closed; add '\"\"\"' on a line of its own where it ends", "closing '\"\"\"'");
        var value = Dedent(s.Substring(start + 3, end - 3 - (start + 3)));
        return Result.Success(new StringSyntax(value, true, TextSpan.FromBounds(start, end)), cursor.At(Scanner.SkipTrivia(s, end)));
    }

    internal static string Dedent(string raw)
    {
        var lines = raw.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').ToList();
        if (lines.Count > 1 && string.IsNullOrWhiteSpace(lines[0])) lines.RemoveAt(0);
        if (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[lines.Count - 1])) lines.RemoveAt(lines.Count - 1);
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ', '\t').Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", lines.Select(l => (l.Length >= indent ? l.Substring(indent) : l.TrimStart(' ', '\t')).TrimEnd()));
    }

    /// <summary>
    /// Anything starting with a digit: an ISO date (`2015-03-17`), an interval (`0..120`), or a number, a page
    /// range or a comma list of them (`64`, `63-66`, `13-16, 43-44`).
    /// </summary>
    public static readonly Parser<ExpressionSyntax> Numeric = input =>
    {
        var cursor = SourceCursor.From(input);
        var s = cursor.Source;
        var start = cursor.Position;
        if (cursor.AtEnd || !Scanner.IsDigit(s[start])) return Fail<ExpressionSyntax>(input, "expected a number", "number");

        var firstEnd = DigitsEnd(s, start);
        // Date: dddd-dd-dd
        if (firstEnd - start == 4 && At(s, firstEnd, '-') && DigitsEnd(s, firstEnd + 1) - firstEnd == 3
            && At(s, firstEnd + 3, '-') && DigitsEnd(s, firstEnd + 4) - (firstEnd + 4) == 2)
        {
            var end = firstEnd + 6;
            var year = int.Parse(s.Substring(start, 4), CultureInfo.InvariantCulture);
            var month = int.Parse(s.Substring(firstEnd + 1, 2), CultureInfo.InvariantCulture);
            var day = int.Parse(s.Substring(firstEnd + 4, 2), CultureInfo.InvariantCulture);
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(1, year), month))
                return Fail<ExpressionSyntax>(input, $"'{s.Substring(start, end - start)}' is not a real date; write dates as YYYY-MM-DD", "date");
            return Result.Success<ExpressionSyntax>(new DateSyntax(year, month, day, TextSpan.FromBounds(start, end)), cursor.At(Scanner.SkipTrivia(s, end)));
        }

        if (!TryInt(s, start, firstEnd, out var first))
            return Fail<ExpressionSyntax>(input, $"'{s.Substring(start, firstEnd - start)}' is too large a number", "number");

        // Interval: a..b
        if (At(s, firstEnd, '.') && At(s, firstEnd + 1, '.'))
        {
            var secondStart = firstEnd + 2;
            var secondEnd = DigitsEnd(s, secondStart);
            if (secondEnd == secondStart || !TryInt(s, secondStart, secondEnd, out var second))
                return Fail<ExpressionSyntax>(cursor.At(secondStart), "expected a number after '..'", "number");
            return Result.Success<ExpressionSyntax>(new IntervalSyntax(first, second, TextSpan.FromBounds(start, secondEnd)), cursor.At(Scanner.SkipTrivia(s, secondEnd)));
        }

        var items = new List<PageRangeSyntax>();
        var itemStart = start;
        var position = firstEnd;
        var from = first;
        while (true)
        {
            var to = from;
            var isRange = false;
            if (At(s, position, '-') && position + 1 < s.Length && Scanner.IsDigit(s[position + 1]))
            {
                var toEnd = DigitsEnd(s, position + 1);
                if (!TryInt(s, position + 1, toEnd, out to))
                    return Fail<ExpressionSyntax>(cursor.At(position + 1), "too large a number", "number");
                isRange = true;
                position = toEnd;
            }
            items.Add(new PageRangeSyntax(from, to, isRange, TextSpan.FromBounds(itemStart, position)));
            // A comma continues the list only when a number follows it.
            var afterComma = At(s, position, ',') ? Scanner.SkipTrivia(s, position + 1) : -1;
            if (afterComma < 0 || afterComma >= s.Length || !Scanner.IsDigit(s[afterComma])) break;
            itemStart = afterComma;
            var nextEnd = DigitsEnd(s, afterComma);
            if (!TryInt(s, afterComma, nextEnd, out from))
                return Fail<ExpressionSyntax>(cursor.At(afterComma), "too large a number", "number");
            position = nextEnd;
        }
        var list = new NumberListSyntax(items, TextSpan.FromBounds(start, position));
        return Result.Success<ExpressionSyntax>(list, cursor.At(Scanner.SkipTrivia(s, position)));
    };

    private static bool At(string s, int i, char c) => i < s.Length && s[i] == c;

    private static int DigitsEnd(string s, int i)
    {
        while (i < s.Length && Scanner.IsDigit(s[i])) i++;
        return i;
    }

    private static bool TryInt(string s, int start, int end, out int value)
        => int.TryParse(s.Substring(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out value) && end - start <= 9;
}
