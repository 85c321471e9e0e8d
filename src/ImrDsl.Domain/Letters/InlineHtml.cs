namespace ImrDsl.Domain.Letters;

/// <summary>
/// The HTML tags converters to Markdown leave in a letter's text ("&lt;b&gt;Case Number:&lt;/b&gt;", "&lt;span
/// class="c1"&gt;", "&lt;br/&gt;"). A person reading the letter sees none of them, so the reader does not either: an
/// inline tag reads as nothing, and a tag that breaks the text ("&lt;br&gt;", "&lt;p&gt;") as a space, so the words on
/// either side stay apart. Only known tag names are tags: "pain &lt; 5/10" and "&lt;6 weeks" are text.
/// </summary>
internal static class InlineHtml
{
    /// <summary>Tags that only style their text.</summary>
    private static readonly string[] Inline =
        { "a", "abbr", "b", "code", "del", "em", "font", "i", "ins", "mark", "s", "small", "span", "strike", "strong", "sub", "sup", "u" };

    /// <summary>Tags that end a line, a paragraph or a cell.</summary>
    private static readonly string[] Breaking = { "br", "div", "hr", "li", "p", "td", "th", "tr" };

    /// <summary>The longest tag read, attributes and all; a longer one is left as text.</summary>
    private const int LongestTag = 300;

    /// <summary>
    /// The tag at <paramref name="i"/> (a '&lt;'), opening or closing, with attributes or self-closed, as
    /// <c>&lt;/?name(\s[^&lt;&gt;\n]*)?/?&gt;</c> with a known name and case ignored matched: its length, and whether it
    /// breaks the text. Null when there is none.
    /// </summary>
    public static (int Length, bool Breaks)? TagAt(string text, int i)
    {
        var at = i + 1;
        if (at < text.Length && text[at] == '/') at++;
        var nameStart = at;
        while (at < text.Length && at - nameStart < 8 && char.IsAsciiLetter(text[at])) at++;
        var breaks = false;
        if (!IsName(text, nameStart, at - nameStart, Inline))
        {
            if (!IsName(text, nameStart, at - nameStart, Breaking)) return null;
            breaks = true;
        }
        if (at >= text.Length) return null;
        if (text[at] is ' ' or '\t')
        {
            // Attributes: anything up to the closing '>' on the same line.
            while (at < text.Length && at - i < LongestTag && text[at] is not ('>' or '<' or '\n' or '\r')) at++;
            if (at >= text.Length || text[at] != '>') return null;
        }
        else if (text[at] == '/' && at + 1 < text.Length && text[at + 1] == '>') at++;
        else if (text[at] != '>') return null;
        return (at + 1 - i, breaks);
    }

    private static bool IsName(string text, int start, int length, string[] names)
    {
        if (length == 0) return false;
        foreach (var name in names)
            if (name.Length == length && string.Compare(text, start, name, 0, length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        return false;
    }
}
