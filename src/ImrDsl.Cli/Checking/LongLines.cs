using ImrDsl.Diagnostics;
using ImrDsl.Text;

namespace ImrDsl.Cli.Checking;

/// <summary>
/// A letter's lines are what a person reads; a line of millions of characters is not one, and the reader's work on a
/// line (its excerpts, its joined sentences) grows with it. A letter with a line longer than
/// <see cref="Commands.CheckCommand.MaxLineChars"/> is IMR000 at that line, not read further.
/// </summary>
public static class LongLines
{
    /// <summary>The first line longer than <paramref name="maxChars"/> (1-based), or null when none is.</summary>
    public static int? First(SourceFile file, int maxChars)
    {
        var lines = file.Lines;
        for (var i = 0; i < lines.LineCount; i++)
            if (lines.LineContentEnd(file.Text, i) - lines.LineStart(i) > maxChars) return i + 1;
        return null;
    }

    public static string Reason(int line, int maxChars)
        => $"line {line} is longer than {maxChars:N0} characters, the longest line imr reads in a letter; the letter is not read (its text needs line breaks)";

    /// <summary>The IMR000 finding for <paramref name="file"/>'s too-long line, at the first character past the limit.</summary>
    public static FileReport Report(SourceFile file, int line, int maxChars)
    {
        var at = file.Lines.LineStart(line - 1) + maxChars;
        var finding = Diagnostic.Create(file, new TextSpan(at, 0), Unreadable.RuleId, Unreadable.DefaultSeverity, Reason(line, maxChars));
        return new FileReport(file.Path, new[] { finding }, null);
    }
}
