namespace ImrDsl.Parsing;

/// <summary>
/// Character-level scanning shared by the lexical leaves, the pre-scan and error recovery.
/// Everything here works on offsets into the source string; nothing allocates.
/// </summary>
internal static class Scanner
{
    public static bool IsIdentifierStart(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_';
    public static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || c is >= '0' and <= '9';
    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Skips white space and comments; an unclosed block comment runs to the end (the pre-scan reports it).</summary>
    public static int SkipTrivia(string s, int i)
    {
        while (i < s.Length)
        {
            var c = s[i];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\u00A0' or '\uFEFF') { i++; continue; }
            if (c == '/' && i + 1 < s.Length)
            {
                if (s[i + 1] == '/') { i = LineEnd(s, i); continue; }
                if (s[i + 1] == '*') { i = BlockCommentEnd(s, i); continue; }
            }
            break;
        }
        return i;
    }

    public static int LineEnd(string s, int i)
    {
        while (i < s.Length && s[i] != '\n' && s[i] != '\r') i++;
        return i;
    }

    /// <summary>Offset just after the `*/` closing a comment that starts at <paramref name="i"/>, or the end of text.</summary>
    public static int BlockCommentEnd(string s, int i)
    {
        var close = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
        return close < 0 ? s.Length : close + 2;
    }

    /// <summary>End of an identifier starting at <paramref name="i"/>: letters, digits, '_' and inner hyphens (`non-empty`).</summary>
    public static int IdentifierEnd(string s, int i)
    {
        if (i >= s.Length || !IsIdentifierStart(s[i])) return i;
        i++;
        while (i < s.Length)
        {
            if (IsIdentifierPart(s[i])) i++;
            else if (s[i] == '-' && i + 1 < s.Length && IsIdentifierPart(s[i + 1])) i += 2;
            else break;
        }
        return i;
    }

    public static bool IsTextBlockStart(string s, int i)
        => i + 2 < s.Length && s[i] == '"' && s[i + 1] == '"' && s[i + 2] == '"';

    /// <summary>Offset after the closing quote of a one-line string, or -1 if the line or file ends first.</summary>
    public static int StringEnd(string s, int i)
    {
        for (var j = i + 1; j < s.Length; j++)
        {
            var c = s[j];
            if (c == '\\') { j++; continue; }
            if (c == '"') return j + 1;
            if (c is '\n' or '\r') return -1;
        }
        return -1;
    }

    /// <summary>Offset after the closing `"""` of a text block, or -1.</summary>
    public static int TextBlockEnd(string s, int i)
    {
        var close = s.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
        return close < 0 ? -1 : close + 3;
    }

    /// <summary>
    /// Skips one token-ish unit (string, text block, comment, or a single character) without
    /// interpreting it; used by recovery and the pre-scan so braces inside strings are not counted.
    /// </summary>
    public static int SkipUnit(string s, int i)
    {
        var c = s[i];
        if (c == '"')
        {
            var end = IsTextBlockStart(s, i) ? TextBlockEnd(s, i) : StringEnd(s, i);
            return end < 0 ? LineEnd(s, i + 1) : end;
        }
        if (c == '/' && i + 1 < s.Length && s[i + 1] == '/') return LineEnd(s, i);
        if (c == '/' && i + 1 < s.Length && s[i + 1] == '*') return BlockCommentEnd(s, i);
        return i + 1;
    }

    /// <summary>The word or character at an offset, for "found ..." in messages.</summary>
    public static (string Text, int Length) TokenAt(string s, int i)
    {
        if (i >= s.Length) return ("end of file", 0);
        var c = s[i];
        if (IsIdentifierStart(c))
        {
            var end = IdentifierEnd(s, i);
            return ($"'{s.Substring(i, end - i)}'", end - i);
        }
        if (IsDigit(c))
        {
            var end = i;
            while (end < s.Length && (IsDigit(s[end]) || s[end] == '-')) end++;
            return ($"'{s.Substring(i, end - i)}'", end - i);
        }
        if (c == '"')
        {
            var end = SkipUnit(s, i);
            var length = Math.Max(1, Math.Min(end - i, 40));
            return ("a string", length);
        }
        if (c is '\n' or '\r') return ("end of line", 1);
        return ($"'{c}'", 1);
    }
}
