namespace ImrDsl.Domain.Letters;

/// <summary>
/// The escapes converters to Markdown and HTML write for a character: a backslash before ASCII punctuation ("\#60",
/// "\*"), a named character reference ("&amp;amp;", "&amp;nbsp;") or a numeric one ("&amp;#8217;", "&amp;#x2019;"). A
/// person reading the letter sees the character, so the reader does too; a lone '&amp;' or '\' is itself, and one that
/// ends a line is the line's end.
/// </summary>
internal static class MarkupEscape
{
    /// <summary>The character the escape at <paramref name="i"/> stands for and how many characters it takes, or null.</summary>
    public static (char Character, int Length)? At(string text, int i)
    {
        if (i + 1 >= text.Length) return null;
        // A backslash at a line's end is a hard line break (pandoc writes Word's Shift+Enter so): the line ends there.
        if (text[i] == '\\') return IsAsciiPunctuation(text[i + 1]) || text[i + 1] is '\n' or '\r' ? (text[i + 1], 2) : null;
        if (text[i] != '&') return null;
        return text[i + 1] == '#' ? NumericAt(text, i) : NamedAt(text, i);
    }

    /// <summary>What CommonMark lets a backslash escape: the ASCII punctuation characters.</summary>
    private static bool IsAsciiPunctuation(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';

    /// <summary>"&amp;#" then 1-7 decimal digits, or "x" and 1-6 hex digits, then ';': a character of the Basic Multilingual Plane other than NUL and the surrogates.</summary>
    private static (char, int)? NumericAt(string text, int i)
    {
        var at = i + 2;
        var hex = at < text.Length && text[at] is 'x' or 'X';
        if (hex) at++;
        var digitsStart = at;
        var value = 0;
        while (at < text.Length && at - digitsStart < (hex ? 6 : 7) && DigitValue(text[at], hex) is var digit and >= 0)
        {
            value = value * (hex ? 16 : 10) + digit;
            at++;
        }
        if (at == digitsStart || at >= text.Length || text[at] != ';') return null;
        if (value is 0 or > 0xFFFF || char.IsSurrogate((char)value)) return null;
        // "&#146;" is a right quote, as HTML reads references to the C1 controls: Windows-1252's characters.
        return (LetterSource.FromWindows1252((char)value), at + 1 - i);
    }

    private static int DigitValue(char c, bool hex)
    {
        if (c is >= '0' and <= '9') return c - '0';
        if (!hex) return -1;
        var lower = (char)(c | 0x20);
        return lower is >= 'a' and <= 'f' ? lower - 'a' + 10 : -1;
    }

    /// <summary>A named reference from <see cref="Named"/>, its name in lower case as converters write it, then ';'.</summary>
    private static (char, int)? NamedAt(string text, int i)
    {
        foreach (var (name, character) in Named)
        {
            var end = i + 1 + name.Length;
            if (end < text.Length && text[end] == ';' && string.CompareOrdinal(text, i + 1, name, 0, name.Length) == 0)
                return (character, end + 1 - i);
        }
        return null;
    }

    /// <summary>The references a converted letter holds: markup's own characters, spaces, dashes, quotes and the symbols letters use.</summary>
    private static readonly (string Name, char Character)[] Named =
    {
        ("amp", '&'), ("lt", '<'), ("gt", '>'), ("quot", '"'), ("apos", '\''), ("nbsp", '\u00A0'), ("ensp", '\u2002'),
        ("emsp", '\u2003'), ("thinsp", '\u2009'), ("ndash", '\u2013'), ("mdash", '\u2014'), ("lsquo", '\u2018'),
        ("rsquo", '\u2019'), ("ldquo", '\u201C'), ("rdquo", '\u201D'), ("hellip", '\u2026'), ("shy", '\u00AD'),
        ("sect", '\u00A7'), ("para", '\u00B6'), ("deg", '\u00B0'), ("plusmn", '\u00B1'), ("times", '\u00D7'),
        ("middot", '\u00B7'), ("bull", '\u2022'), ("frac12", '\u00BD'), ("frac14", '\u00BC'), ("frac34", '\u00BE'),
        ("copy", '\u00A9'), ("reg", '\u00AE'), ("trade", '\u2122'), ("micro", '\u00B5'),
    };
}
