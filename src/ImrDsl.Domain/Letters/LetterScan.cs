using ImrDsl.Text;

namespace ImrDsl.Domain.Letters;

/// <summary>
/// A letter's lines with what the reader asks of them: where a section heading is (also when it wraps onto a
/// second line), where a labelled block ends, and the text of a range of lines joined back together.
/// The two layouts differ in what separates paragraphs: PDF text has a line holding only spaces (and an empty
/// line after every line, which means nothing); the converted layout has empty lines.
/// </summary>
internal sealed class LetterScan
{
    public LetterScan(SourceFile file)
    {
        File = file;
        Text = file.Text;
        Lines = LetterLines.Split(Text);
        IsConverted = Lines.Any(l => l.Kind == LineKind.Text && IsMarkup(l));
    }

    public SourceFile File { get; }
    public string Text { get; }
    public List<LetterLine> Lines { get; }

    /// <summary>The converted (Markdown-like) layout rather than PDF text.</summary>
    public bool IsConverted { get; }

    private bool IsMarkup(LetterLine line)
        => LetterLines.IsHeadingMark(Text, line.Start, line.ContentEnd) || string.CompareOrdinal(Text, line.Start, "<b>", 0, 3) == 0 || string.CompareOrdinal(Text, line.Start, "**", 0, 2) == 0;

    public bool IsParagraphBreak(LetterLine line) => IsConverted ? line.Kind != LineKind.Text : line.Kind == LineKind.Separator;

    public readonly record struct Heading(int Line, int After);

    /// <summary>The first line (from <paramref name="from"/>) that is one of the headings, alone or wrapped onto the next line.</summary>
    public Heading? FindHeading(string[] headings, int from)
    {
        for (var i = from; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line.Kind != LineKind.Text || line.Length > 60) continue;
            foreach (var heading in headings)
            {
                var matched = MatchLetters(line, heading, 0);
                if (matched == heading.Length) return new Heading(i, i + 1);
                if (matched <= 0) continue;
                var next = NextText(i + 1, Math.Min(Lines.Count, i + 4));
                if (next >= 0 && MatchLetters(Lines[next], heading, matched) == heading.Length) return new Heading(i, next + 1);
            }
        }
        return null;
    }

    /// <summary>
    /// Compares the letters of a line, case ignored, with <paramref name="heading"/> from position <paramref name="at"/>;
    /// returns how far into the heading the whole line matched, or -1 if it does not match.
    /// </summary>
    private int MatchLetters(LetterLine line, string heading, int at)
    {
        var i = line.ContentStart;
        var j = at;
        while (true)
        {
            while (i < line.ContentEnd && !char.IsLetter(Text[i])) i++;
            while (j < heading.Length && !char.IsLetter(heading[j])) j++;
            if (i == line.ContentEnd) return j;
            if (j == heading.Length || char.ToUpperInvariant(Text[i]) != heading[j]) return -1;
            i++;
            j++;
        }
    }

    private int NextText(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Lines[i].Kind == LineKind.Text) return i;
            if (IsParagraphBreak(Lines[i])) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The first line of an item heading whose last line is <paramref name="line"/>. In PDF text a long heading wraps:
    /// its earlier lines follow a paragraph break and do not end a sentence.
    /// </summary>
    public int HeadingStart(int line, int min)
    {
        if (IsConverted) return line;
        var first = line;
        var taken = 0;
        for (var i = line - 1; i >= min && taken < 2; i--)
        {
            var candidate = Lines[i];
            if (candidate.Kind == LineKind.Empty) continue;
            if (candidate.Kind == LineKind.Separator) return first;
            var last = Text[candidate.ContentEnd - 1];
            if (last is '.' or ':') return line;
            first = i;
            taken++;
        }
        // No paragraph break above: these lines belong to the text before, not to the heading.
        return taken > 0 && first > min && !PrecededByBreak(first, min) ? line : first;
    }

    private bool PrecededByBreak(int line, int min)
    {
        for (var i = line - 1; i >= min; i--)
        {
            if (Lines[i].Kind == LineKind.Separator) return true;
            if (Lines[i].Kind == LineKind.Text) return false;
        }
        return true;
    }

    /// <summary>
    /// Where a labelled block that starts at <paramref name="labelLine"/> ends. A guideline line ends at a paragraph
    /// break or the next label; a rationale runs on over paragraph breaks and page breaks until the next label.
    /// </summary>
    public int BlockEnd(int labelLine, int end, bool acrossParagraphs, Func<int, bool> isLabel)
    {
        for (var i = labelLine + 1; i < end; i++)
        {
            var line = Lines[i];
            if (line.Kind == LineKind.Text && isLabel(i)) return i;
            if (!acrossParagraphs && IsParagraphBreak(line)) return i;
        }
        return end;
    }

    /// <summary>The text of lines [from, to) joined with spaces; the first line may start later (after its label).</summary>
    public TextRun Join(int from, int to, int firstLineStart = -1)
    {
        var run = new TextRun(Text);
        for (var i = from; i < to; i++)
        {
            var line = Lines[i];
            if (line.Kind != LineKind.Text) continue;
            var start = i == from && firstLineStart >= 0 ? firstLineStart : line.ContentStart;
            run.Append(start, line.ContentEnd);
        }
        return run;
    }

    public int LastText(int from, int end)
    {
        for (var i = Math.Min(end, Lines.Count) - 1; i > from; i--)
            if (Lines[i].Kind == LineKind.Text) return i;
        return from;
    }
}
