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
    /// <summary>The IMR000 finding at the first character past the limit of the letter's first too-long line, or null.</summary>
    public static Diagnostic? Find(SourceFile file)
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
