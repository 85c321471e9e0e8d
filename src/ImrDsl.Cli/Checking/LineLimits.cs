using ImrDsl.Diagnostics;
using ImrDsl.Runtime;
using ImrDsl.Text;

namespace ImrDsl.Cli.Checking;

/// <summary>
/// A letter's lines are what a person reads. A line of millions of characters is not one, and the reader's work on a
/// line (its excerpts, its joined sentences) grows with it; nor are millions of lines of a character or two, and the
/// reader keeps a few words of positions for every line, whatever its length. A letter with a line longer than
/// <see cref="Commands.CheckCommand.MaxLineChars"/>, or more lines than <see cref="Commands.CheckCommand.MaxLetterLines"/>,
/// is IMR000 where it passes the limit, not read further.
/// </summary>
public static class LineLimits
{
    /// <summary>The IMR000 finding where the letter first passes a limit on its lines, or null.</summary>
    public static Diagnostic? Find(SourceFile file) => TooManyLines(file) ?? TooLongLine(file);

    /// <summary>Every line end the reader reads: CR and LF, which number the lines, and those read inside a numbered line.</summary>
    private static readonly System.Buffers.SearchValues<char> LineEnds = System.Buffers.SearchValues.Create("\n\r" + ImrDsl.Domain.Letters.LetterSource.LineEndsWithinLines);

    /// <summary>The IMR000 finding at the start of the first line past <see cref="Commands.CheckCommand.MaxLetterLines"/>, or null.</summary>
    private static Diagnostic? TooManyLines(SourceFile file)
    {
        const int most = Commands.CheckCommand.MaxLetterLines;
        var text = file.Text;
        // Every line but the first starts after a character that ends the one before.
        if (text.Length < most) return null;
        // Counted here rather than by the file's line map, which would take four bytes a line to say no.
        int lines = 1, numbered = 1, numberedStart = 0;
        for (var i = text.AsSpan().IndexOfAny(LineEnds); i >= 0;)
        {
            if (text[i] is '\n' or '\r')
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                numbered++;
                numberedStart = i + 1;
            }
            if (++lines > most)
            {
                var at = new SourcePosition(i + 1, numbered, i + 1 - numberedStart + 1);
                var reason = $"the letter has more than {most:N0} lines, the most imr reads in a letter; the letter is not read";
                return new Diagnostic(Unreadable.RuleId, Unreadable.DefaultSeverity, reason, new SourceSpan(file.Path, at, at));
            }
            var next = text.AsSpan(i + 1).IndexOfAny(LineEnds);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return null;
    }

    /// <summary>The IMR000 finding at the first character past the limit of the letter's first too-long line, or null.</summary>
    private static Diagnostic? TooLongLine(SourceFile file)
    {
        const int maxChars = Commands.CheckCommand.MaxLineChars;
        // A text no longer than the limit has no line longer than it. Asking the file for its lines here would build
        // its line map before the reader, which builds one anyway as it splits the letter (3% of a run's CPU).
        if (file.Text.Length <= maxChars) return null;
        var lines = file.Lines;
        for (var i = 0; i < lines.LineCount; i++)
        {
            if (lines.LineContentEnd(file.Text, i) - lines.LineStart(i) <= maxChars) continue;
            var reason = $"line {i + 1} is longer than {maxChars:N0} characters, the longest line imr reads in a letter; the letter is not read (its text needs line breaks)";
            return Diagnostic.Create(file, new TextSpan(lines.LineStart(i) + maxChars, 0), Unreadable.RuleId, Unreadable.DefaultSeverity, reason);
        }
        return null;
    }
}
