using ImrDsl.Diagnostics;
using ImrDsl.Runtime;
using ImrDsl.Text;

namespace ImrDsl.Cli.Checking;

/// <summary>The order findings are reported in: by position, then ID.</summary>
public static class Findings
{
    /// <summary>
    /// A letter's finding as reported: its message may quote only the finding's own line (see <see cref="OwnLineOnly"/>).
    /// Case documents (.imr) keep their messages: a value there is one literal, and a finding at `pages` rightly
    /// names the `topic` two lines up.
    /// </summary>
    public static Diagnostic ForLetter(SourceFile file, Diagnostic finding)
        => finding with { Message = OwnLineOnly(file, finding.Location, finding.Message, finding.Item) };

    /// <summary>How many lines either side of a finding are kept out of its message.</summary>
    private const int NeighbourLines = 6;

    /// <summary>
    /// Letters wrap sentences over lines, and the reader joins them, so a value a message quotes (a topic, a
    /// conclusion) can run on into, or start on, other lines, which may hold anything: a name, a diagnosis. A
    /// message keeps only what is on the finding's own line: each quoted value is cut to its longest start that
    /// the own line (or the item's heading) holds, marked with '…', and text of the lines around that is still
    /// in the message is cut out too.
    /// </summary>
    public static string OwnLineOnly(SourceFile file, SourceSpan span, string message, string? item = null)
    {
        if (!span.IsKnown) return message;
        if (message.Length > MaxRawMessage) message = message.Substring(0, MaxRawMessage);
        var own = Words(file.LineText(span.Line));
        message = CutQuotedValues(message, own, Words(item ?? string.Empty));
        var lineCount = file.Lines.LineCount;
        var last = Math.Min(lineCount, Math.Max(span.EndLine, span.Line) + NeighbourLines);
        for (var line = Math.Max(1, span.Line - NeighbourLines); line <= last; line++)
        {
            if (line == span.Line || !HoldsFirstWordOf(message, file, line) || !MayFitIn(file, line, message.Length)) continue;
            var text = Words(file.LineText(line));
            if (text.Length == 0 || own.Contains(text, StringComparison.Ordinal)) continue;
            var at = message.IndexOf(text, StringComparison.Ordinal);
            if (at >= 0) message = message.Substring(0, at).TrimEnd() + "…" + message.Substring(at + text.Length);
        }
        while (message.Contains("……", StringComparison.Ordinal)) message = message.Replace("……", "…", StringComparison.Ordinal);
        return message;
    }

    /// <summary>Messages are bounded again when reported; this only keeps the work here small.</summary>
    private const int MaxRawMessage = 2000;

    /// <summary>
    /// Values in rule messages are quoted ('...' or "..."). A quote opens after a non-letter and closes before one, so
    /// an apostrophe inside a word (the patient's) is not taken for a quote.
    /// </summary>
    private static string CutQuotedValues(string message, string own, string item)
    {
        var result = new System.Text.StringBuilder(message.Length);
        var i = 0;
        while (i < message.Length)
        {
            var c = message[i];
            var opens = c is '\'' or '"' && (i == 0 || !char.IsLetterOrDigit(message[i - 1]));
            var close = opens ? ClosingQuote(message, i) : -1;
            if (close < 0)
            {
                result.Append(c);
                i++;
                continue;
            }
            var value = Words(message.Substring(i + 1, close - i - 1));
            result.Append(c).Append(value.Length == 0 || own.Contains(value, StringComparison.Ordinal) || item.Contains(value, StringComparison.Ordinal)
                ? value : LongestStartIn(value, own) + "…").Append(c);
            i = close + 1;
        }
        return result.ToString();
    }

    private static int ClosingQuote(string message, int open)
    {
        for (var j = open + 1; j < message.Length; j++)
            if (message[j] == message[open] && (j + 1 == message.Length || !char.IsLetterOrDigit(message[j + 1]))) return j;
        return -1;
    }

    /// <summary>The longest start of the value, ending at a word boundary, that the own line holds.</summary>
    private static string LongestStartIn(string value, string own)
    {
        for (var end = value.LastIndexOf(' '); end > 0; end = value.LastIndexOf(' ', end - 1))
        {
            var start = value.Substring(0, end);
            if (own.Contains(start, StringComparison.Ordinal)) return start;
        }
        return string.Empty;
    }

    /// <summary>
    /// Whether the message holds the line's first word, as it must to hold the line's words: compared in place, so the
    /// lines around a finding that share nothing with its message (almost all) are never copied or normalized. A blank
    /// line passes (its words are empty, and the caller passes over it).
    /// </summary>
    internal static bool HoldsFirstWordOf(string message, SourceFile file, int line)
    {
        var index = line - 1;
        var start = file.Lines.LineStart(index);
        var content = file.Text.AsSpan(start, file.Lines.LineContentEnd(file.Text, index) - start);
        var from = 0;
        while (from < content.Length && char.IsWhiteSpace(content[from])) from++;
        var to = from;
        while (to < content.Length && !char.IsWhiteSpace(content[to])) to++;
        return to == from || message.AsSpan().IndexOf(content[from..to], StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// Whether a line, normalized, could be as short as <paramref name="length"/>: its non-space characters are counted in
    /// place, so a long neighbouring line (which no message can hold) is not copied and split only to be found absent.
    /// </summary>
    private static bool MayFitIn(SourceFile file, int line, int length)
    {
        var index = line - 1;
        var start = file.Lines.LineStart(index);
        var content = file.Text.AsSpan(start, file.Lines.LineContentEnd(file.Text, index) - start);
        var visible = 0;
        foreach (var c in content)
            if (!char.IsWhiteSpace(c) && ++visible > length) return false;
        return true;
    }

    /// <summary>
    /// The text's words (split at white space) joined by single spaces: how a message and the lines around a finding are
    /// compared, and what a SARIF fingerprint hashes. By hand: this runs for every line around every finding, and
    /// splitting then joining made an array and a string per word.
    /// </summary>
    internal static string Words(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (start == end) return string.Empty;
        var single = true; // already words with one plain space between them: the text itself, unless trimmed
        for (var i = start; i < end && single; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i + 1]))) single = false;
        if (single) return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
        var result = new System.Text.StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i])) result.Append(text[i]);
            else if (!char.IsWhiteSpace(text[i - 1])) result.Append(' ');
        }
        return result.ToString();
    }

    public static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics as List<Diagnostic> ?? diagnostics.ToList();
        if (list.Count < 2) return list; // most letters: nothing to order
        return list.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }
}
