using ImrDsl.Text;

namespace ImrDsl.Domain.Letters;

internal enum LineKind
{
    /// <summary>Nothing on the line. PDF text puts one after every line, so it separates nothing there.</summary>
    Empty,
    /// <summary>Only white space: PDF text's paragraph break.</summary>
    Separator,
    Text,
    /// <summary>Page furniture: a form feed, a "Page 2 of 5" footer, a header repeated on every page. Read as if absent.</summary>
    Furniture,
}

/// <summary>
/// One physical line of a letter: where it starts in the original text, where its content (without trailing white space
/// and without Markdown/HTML emphasis at its ends) starts and ends, and where its words start after a list's bullet
/// (<see cref="LetterLines.AfterBullet"/>), which is where a label or an item's service may start.
/// </summary>
internal readonly record struct LetterLine(int Start, int ContentStart, int ContentEnd, LineKind Kind, int WordsStart)
{
    public int Length => ContentEnd - ContentStart;
    public ReadOnlySpan<char> Content(string text) => text.AsSpan(ContentStart, ContentEnd - ContentStart);
}

/// <summary>
/// A letter's lines, in order. An array and a count rather than a List&lt;LetterLine&gt;: ReadyToRun cannot precompile the
/// framework's list code for a struct of this assembly, so every start compiled it.
/// </summary>
internal sealed class LineTable
{
    private LetterLine[] _lines;

    public LineTable(int capacity)
    {
        // The array a table read before on this thread, when it is large enough: every letter needs one, for as long as it is read.
        var spare = t_spare;
        if (spare is not null && spare.Length >= capacity)
        {
            t_spare = null;
            _lines = spare;
        }
        else _lines = new LetterLine[Math.Max(1, capacity)];
    }

    [ThreadStatic] private static LetterLine[]? t_spare;

    // Not Array.Empty: that generic method over this assembly's struct would be JIT-compiled at every start.
    private static readonly LetterLine[] NoLines = new LetterLine[0];

    /// <summary>The most lines whose array is kept for the next letter (64 KB): a huge letter's is left to the collector.</summary>
    private const int MostLinesKept = 4096;

    /// <summary>Hands the table's array to the next table made on this thread. The table is empty and unusable after.</summary>
    public void Release()
    {
        if (_lines.Length <= MostLinesKept && (t_spare is null || t_spare.Length < _lines.Length)) t_spare = _lines;
        _lines = NoLines;
        Count = 0;
    }

    public int Count { get; private set; }

    // The throw is out of line, so the JIT inlines the look-up: the reader asks it of every line many times.
    public LetterLine this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) OutOfRange(index);
            return _lines[index];
        }
        set
        {
            if ((uint)index >= (uint)Count) OutOfRange(index);
            // The reader keeps what it found on each line (LetterScan.LineLabels): lines change only while the scan is made.
            if (_frozen) throw new InvalidOperationException("the letter's lines are read; they no longer change");
            _lines[index] = value;
        }
    }

    // Set once the scan has made its lines, so what the reader keeps per line stays true.
    private bool _frozen;

    public void Freeze() => _frozen = true;

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void OutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "no such line");

    public void Add(LetterLine line)
    {
        if (Count == _lines.Length)
        {
            var larger = new LetterLine[Math.Max(4, _lines.Length * 2)];
            Array.Copy(_lines, larger, Count);
            _lines = larger;
        }
        _lines[Count++] = line;
    }
}

/// <summary>Splits a letter into lines (LF, CRLF or CR) and recognises its layout.</summary>
internal static class LetterLines
{
    public static LineTable Split(string text)
    {
        // Sized once from the line breaks (CR for old Mac files), so a large letter's table is not grown and copied.
        var breaks = text.AsSpan().Count('\n');
        var lines = new LineTable(1 + (breaks > 0 ? breaks : text.AsSpan().Count('\r')));
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny('\n', '\r');
            var lineEnd = end < 0 ? text.Length : start + end;
            lines.Add(Classify(text, start, lineEnd));
            if (end < 0) break;
            start = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
            if (start == text.Length) break;
        }
        return lines;
    }

    /// <summary>
    /// The <see cref="LineMap"/> of the text <paramref name="lines"/> were split from: the same line ends (LF, CRLF, a
    /// lone CR), and the same lines but one: after a final line break the map counts an empty last line, which
    /// <see cref="Split"/> leaves out.
    /// </summary>
    public static LineMap LineMapOf(LineTable lines, string text)
    {
        var endsWithBreak = text.Length > 0 && text[text.Length - 1] is '\n' or '\r';
        var starts = new int[lines.Count + (endsWithBreak ? 1 : 0)];
        for (var i = 0; i < lines.Count; i++) starts[i] = lines[i].Start;
        if (endsWithBreak) starts[lines.Count] = text.Length;
        return LineMap.FromStarts(starts, text.Length);
    }

    /// <summary>
    /// The line without the marks of a Markdown block quote ("> **Decision rationale:** ...", "> > text"), read again for the
    /// markup inside; a line with nothing but the marks is a paragraph break within the quote. Other lines are as they are.
    /// </summary>
    public static LetterLine Unquoted(string text, LetterLine line)
    {
        if (line.Kind != LineKind.Text || text[line.ContentStart] != '>') return line;
        var at = line.ContentStart;
        while (at < line.ContentEnd && text[at] == '>') at = SkipSpaces(text, at + 1, line.ContentEnd);
        return Classify(text, line.Start, at, line.ContentEnd);
    }

    private static LetterLine Classify(string text, int start, int end) => Classify(text, start, start, end);

    /// <summary>The line that starts at <paramref name="start"/>, its content read from <paramref name="from"/> to <paramref name="end"/>.</summary>
    private static LetterLine Classify(string text, int start, int from, int end)
    {
        var contentStart = from;
        var contentEnd = end;
        while (contentStart < contentEnd && IsSpace(text[contentStart])) contentStart++;
        while (contentEnd > contentStart && IsSpace(text[contentEnd - 1])) contentEnd--;
        if (contentStart == contentEnd) return new LetterLine(start, contentStart, contentEnd, end > start ? LineKind.Separator : LineKind.Empty, contentStart);

        // Converted layout: '### HEADING', '#### **ITEM: Upheld**', '**Label:** text', '*Label:* text', '<b>Field:</b>'.
        // Only a run of '#' followed by a space is a heading mark: "#120" carried onto a line of its own is a quantity.
        var hashes = contentStart;
        while (hashes < contentEnd && text[hashes] == '#') hashes++;
        if (hashes > contentStart && (hashes == contentEnd || IsSpace(text[hashes]) || text[hashes] == '*'))
        {
            contentStart = SkipSpaces(text, hashes, contentEnd);
            contentEnd = WithoutClosingHashes(text, contentStart, WithoutAttributes(text, contentStart, contentEnd));
        }
        // A Markdown table's row ("| Norco 10/325mg #120 | Upheld |"): its cells, the borders inside kept as separators.
        if (contentEnd - contentStart >= 2 && text[contentStart] == '|' && text[contentEnd - 1] == '|')
        {
            contentStart = SkipSpaces(text, contentStart + 1, contentEnd - 1);
            contentEnd--;
            while (contentEnd > contentStart && IsSpace(text[contentEnd - 1])) contentEnd--;
        }
        // Emphasis that opens the line, bold or italic in either mark ("**", "__", "*", "_"): a single mark only before a
        // letter, as "* item" is a bullet.
        if (Starts(text, contentStart, contentEnd, "**") || Starts(text, contentStart, contentEnd, "__")) contentStart = SkipSpaces(text, contentStart + 2, contentEnd);
        // Italic after bold or alone ("***Decision rationale:***"): a single mark before a letter.
        if (contentEnd - contentStart > 1 && text[contentStart] is '*' or '_' && char.IsLetter(text[contentStart + 1])) contentStart++;
        if (Ends(text, contentStart, contentEnd, "**") || Ends(text, contentStart, contentEnd, "__")) contentEnd -= 2;
        while (contentEnd > contentStart && IsSpace(text[contentEnd - 1])) contentEnd--;
        return new LetterLine(start, contentStart, contentEnd, contentStart < contentEnd ? LineKind.Text : LineKind.Separator, AfterBullet(text, contentStart, contentEnd));
    }

    /// <summary>
    /// Where a line's words start after a list's bullet and the emphasis after it, for a label or an item's service: a
    /// drafter who sets the labels or the items as a list ("• Decision rationale: ...", "- **Norco 10/325mg #120**:
    /// Upheld") writes the same letter. A bullet is a bullet character, or '-', '*' or '+' and a space, or Word's "o"
    /// and a space before a capital, as pdftotext gives its second-level bullet. Kept beside the content
    /// (<see cref="LetterLine.WordsStart"/>) rather than taken out of it: elsewhere "- 9792.26" may be the wrapped end of
    /// a range, and a line's own text is not changed.
    /// </summary>
    private static int AfterBullet(string text, int at, int end)
    {
        if (end - at < 3) return at;
        var c = text[at];
        // Most lines start with a letter or digit that is no bullet.
        if (c < 128 && c is not ('-' or '*' or '+' or 'o')) return at;
        var isBullet = Bullets.IndexOf(c) >= 0
                       || c is '-' or '*' or '+' && IsSpace(text[at + 1])
                       || c == 'o' && IsSpace(text[at + 1]) && SkipSpaces(text, at + 1, end) is var next && next < end && char.IsUpper(text[next]);
        if (!isBullet) return at;
        at = SkipSpaces(text, at + 1, end);
        while (at < end && text[at] is '*' or '_') at++;
        return at;
    }

    /// <summary>
    /// Bullet characters of word processors and PDF text: •, ▪, ◦, ●, ‣, ∙, ·, ■, □, ➢, ►, ❖, and the private-use glyphs
    /// Word's Symbol and Wingdings bullets convert to (a dot, a square, an arrow, a diamond, a check).
    /// </summary>
    private const string Bullets = "\u2022\u25AA\u25E6\u25CF\u2023\u2219\u00B7\u25A0\u25A1\u27A2\u25BA\u2756\uF0B7\uF0A7\uF0D8\uF076\uF0FC";

    /// <summary>
    /// The end of a heading's text before the attributes pandoc may write after it ("{#norco}", "{.unnumbered}", "{-}"):
    /// a closing brace group that opens with '#', '.' or '-' and holds no other brace.
    /// </summary>
    private static int WithoutAttributes(string text, int start, int end)
    {
        if (end - start < 3 || text[end - 1] != '}') return end;
        var open = text.LastIndexOf('{', end - 2, end - 1 - start);
        if (open < 0 || text[open + 1] is not ('#' or '.' or '-') || text.IndexOf('}', open, end - 1 - open) >= 0) return end;
        while (open > start && IsSpace(text[open - 1])) open--;
        return open;
    }

    /// <summary>
    /// The end of a heading's text before the '#'s Markdown allows to close it ("### Norco 10/325mg #120: Upheld ###"):
    /// a run of '#' after a space that ends the line. "#120" at the end is a quantity, not a closing run.
    /// </summary>
    private static int WithoutClosingHashes(string text, int start, int end)
    {
        var run = end;
        while (run > start && text[run - 1] == '#') run--;
        if (run == end || run == start || !IsSpace(text[run - 1])) return end;
        while (run > start && IsSpace(text[run - 1])) run--;
        return run;
    }

    /// <summary>A Markdown heading mark: '#'s then a space ("### HEADING"), not a number sign ("#90 is ...").</summary>
    public static bool IsHeadingMark(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] == '#') i++;
        return i > start && (i == end || IsSpace(text[i]));
    }

    /// <summary>Tab, space, no-break space and form feed (a page break in PDF text) are all white space here.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\f' or '\v' or '\uFEFF';

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && IsSpace(text[i])) i++;
        return i;
    }

    private static bool Starts(string text, int start, int end, string prefix)
        => end - start >= prefix.Length && string.CompareOrdinal(text, start, prefix, 0, prefix.Length) == 0;

    private static bool Ends(string text, int start, int end, string suffix)
        => end - start >= suffix.Length && string.CompareOrdinal(text, end - suffix.Length, suffix, 0, suffix.Length) == 0;
}
