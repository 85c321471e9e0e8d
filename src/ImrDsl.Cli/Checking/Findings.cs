using ImrDsl.Diagnostics;
using ImrDsl.Domain.Letters;
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
    {
        var location = OntoQuotedValue(file, finding) ?? finding.Location;
        return finding with { Location = location, Message = OwnLineOnly(file, location, finding.Message, finding.Item) };
    }

    /// <summary>
    /// A finding that quotes a sentence of the field it marks, such as IMR003's conclusion at the end of a rationale,
    /// moves onto the line where that sentence ends: there its excerpt shows what contradicts the outcome, and its
    /// message can quote the sentence's decisive end ("...is not medically necessary.") from its own line, where at the
    /// field's first line it could quote nothing. Null when no quoted value lies, off the first line, within the span.
    /// </summary>
    private static SourceSpan? OntoQuotedValue(SourceFile file, Diagnostic finding)
    {
        var span = finding.Location;
        if (!span.IsKnown || span.Length <= 0 || span.Offset + span.Length > file.Text.Length) return null;
        // On one numbered line, only a span over lines as read (LS, PS, a vertical tab) can have another line to move onto.
        var (ownLine, column) = OwnLineAround(file, span);
        var read = LinesAsRead(ownLine, column);
        if (span.EndLine <= span.Line && read is null) return null;
        var own = Words(read?.Own ?? ownLine);
        var item = Words(finding.Item ?? string.Empty);
        SourceSpan? best = null;
        for (var i = 0; i < finding.Message.Length; i++)
        {
            if (!OpensQuote(finding.Message, i)) continue;
            var close = ClosingQuote(finding.Message, i);
            if (close < 0) break;
            var value = Words(finding.Message.Substring(i + 1, close - i - 1));
            i = close;
            if (value.Length == 0 || own.Contains(value, StringComparison.Ordinal) || item.Contains(value, StringComparison.Ordinal)) continue;
            // Only a quoted sentence moves the finding: its last line holds its verdict. A name or topic that ran on into
            // other lines may end in anything at all (a patient's details), and must stay cut at its own line. A sentence
            // that a reviewer left without its full stop is known by where it stands: it ends the longer field it was
            // found in, as a rationale's conclusion does.
            // A value the rule itself opened with '…' is the field's last words ("stops mid-sentence at "…was seen on""):
            // the mark is no part of the letter's text, which is where the value is looked for.
            value = value.TrimStart('…');
            if (value.Length == 0) continue;
            if (value[value.Length - 1] is not ('.' or '!' or '?') && !EndsLongerField(file, span, value)) continue;
            if (PlaceOf(file, span, value) is { } onto) best = onto;
        }
        return best;
    }

    /// <summary>
    /// Whether the quoted value is the last words of the span's text, and not all of it (white space, hyphens and closing
    /// quotes or brackets aside): a conclusion at a rationale's end, not a topic that is its whole field.
    /// </summary>
    internal static bool EndsLongerField(SourceFile file, SourceSpan span, string value)
    {
        // Both walked back from their ends as Compact would give them, closing marks at the end left out: no copy of the
        // field, which may be a line of megabytes.
        var text = file.Text;
        int v = BackPast(value, 0, value.Length, closing: true), t = BackPast(text, span.Offset, span.Offset + span.Length, closing: true);
        var matched = 0;
        while (true)
        {
            v = BackPast(value, 0, v, closing: false);
            t = BackPast(text, span.Offset, t, closing: false);
            if (v == 0) return matched > 0 && t > span.Offset;
            if (t == span.Offset || FoldQuote(value[v - 1]) != FoldQuote(text[t - 1])) return false;
            v--;
            t--;
            matched++;
        }
    }

    /// <summary>
    /// Back from <paramref name="end"/> past what Compact leaves out (white space, hyphens, soft hyphens) and, with
    /// <paramref name="closing"/>, past closing marks too, but not before <paramref name="start"/>.
    /// </summary>
    private static int BackPast(string text, int start, int end, bool closing)
    {
        for (; end > start; end--)
        {
            var c = text[end - 1];
            if (!LeftOutOfCompact(c) && !(closing && Array.IndexOf(ClosingMarks, FoldQuote(c)) >= 0)) break;
        }
        return end;
    }

    /// <summary>What <see cref="Compact"/> leaves out: white space, hyphens and soft hyphens, where the reader joins lines.</summary>
    private static bool LeftOutOfCompact(char c) => char.IsWhiteSpace(c) || c is '-' or '\u00AD';

    private static readonly char[] ClosingMarks = { '"', '\'', '\u201D', '\u2019', ')', ']' };

    /// <summary>How many of a value's last characters (white space and hyphens aside) must be found to place it.</summary>
    private const int PlacingTail = 24;

    /// <summary>The fewest characters of the rest of a value split by page furniture, after its start, that place it.</summary>
    private const int ShortestPart = 6;

    /// <summary>The fewest characters of the start of a value split by page furniture.</summary>
    private const int ShortestStart = 3;

    /// <summary>
    /// A value whose words a page break split, with the page's furniture between them ("... is not" / "Page 1 of 2" / a
    /// running header / "medically necessary."), placed on the line where its first part ends: that line holds the
    /// words before the break, where a verdict's negation may stand, and its last part alone ("…medically necessary.")
    /// would read as the opposite. The first part is the value's longest start found in the span, and the rest must
    /// follow it. Null when the value is not found so.
    /// </summary>
    private static SourceSpan? SplitByFurniture(SourceFile file, string compactText, List<int> offsets, string value, string compactValue)
    {
        // The longest start of the value found anywhere: if a start is found, so is every shorter one. The start may be
        // short ("The UR" / break / "denial is upheld."), as long as it ends its line and the rest follows it.
        int shortest = ShortestStart, longest = compactValue.Length - ShortestPart;
        if (longest < shortest) return null;
        var found = -1;
        while (shortest <= longest)
        {
            var middle = (shortest + longest) / 2;
            if (compactText.IndexOf(compactValue.Substring(0, middle), StringComparison.Ordinal) >= 0) (found, shortest) = (middle, middle + 1);
            else longest = middle - 1;
        }
        // The first part ends on a line that holds a word of the value: a page number's digits ("- 1 -") may continue its
        // start ("Norco" and "1", before "10/325mg"), and the part is shortened past them.
        for (var backed = 0; found >= ShortestStart && backed <= MostBackedOff; found--, backed++)
        {
            var (start, rest) = (compactValue.Substring(0, found), compactValue.Substring(found));
            // The start's last few places, latest first: a running header may hold the same words after the real one.
            var first = compactText.Length;
            for (var tried = 0; tried < MostPlacesTried && first > 0; tried++)
            {
                first = compactText.LastIndexOf(start, first - 1, StringComparison.Ordinal);
                if (first < 0) break;
                if (compactText.IndexOf(rest, first + found, StringComparison.Ordinal) < 0) continue;
                var end = offsets[first + found - 1] + 1;
                var line = file.PositionOf(end - 1).Line;
                // The first part ends its line, where the page broke it: not a running header that holds its words.
                if (!HoldsAnyWordOf(Words(file.LineText(line)), value) || !EndsItsLine(file, end)) continue;
                var from = Math.Max(file.Lines.LineStart(line - 1), offsets[first]);
                while (from < end && char.IsWhiteSpace(file.Text[from])) from++;
                return from < end ? SourceSpan.In(file, from, end) : null;
            }
        }
        return null;
    }

    /// <summary>How many places of a split value's start are tried, latest first.</summary>
    private const int MostPlacesTried = 4;

    /// <summary>Whether nothing but white space (or a hyphen) follows <paramref name="end"/> on its line.</summary>
    private static bool EndsItsLine(SourceFile file, int end)
    {
        var text = file.Text;
        for (var i = end; i < text.Length && text[i] is not ('\n' or '\r' or '\f'); i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('-' or '\u00AD')) return false;
        return true;
    }

    /// <summary>How many characters the first part of a split value may be shortened by to end on a line of its words.</summary>
    private const int MostBackedOff = 16;

    /// <summary>
    /// The part of the last line of the span that holds a whole word of a quoted value, found by the value's last
    /// characters with white space and hyphens left out on both sides (the reader joins wrapped and hyphenated lines).
    /// The last line, because a conclusion's decisive words come last, and because a line wrapped into the middle of a
    /// sentence (a name, a date of birth) must never be the one quoted. Null if the value is not found.
    /// </summary>
    private static SourceSpan? PlaceOf(SourceFile file, SourceSpan span, string value)
    {
        var compactValue = Compact(value, 0, value.Length, null);
        if (compactValue.Length == 0) return null;
        var tail = compactValue.Substring(Math.Max(0, compactValue.Length - PlacingTail));
        var offsets = new List<int>(span.Length);
        var compactText = Compact(file.Text, span.Offset, span.Offset + span.Length, offsets);
        var at = compactText.LastIndexOf(tail, StringComparison.Ordinal);
        if (at < 0) return SplitByFurniture(file, compactText, offsets, value, compactValue);
        var end = offsets[at + tail.Length - 1] + 1;
        var whole = at + tail.Length - compactValue.Length;
        var start = whole >= 0 && string.CompareOrdinal(compactText, whole, compactValue, 0, compactValue.Length) == 0 ? offsets[whole] : -1;
        // Its last words found, but not the whole of it: a page's furniture may stand inside it, before its last words.
        if (start < 0 && SplitByFurniture(file, compactText, offsets, value, compactValue) is { } split) return split;
        // Lines as read inside a numbered line: the part from the last line end before the value's end.
        var readEnd = file.Text.AsSpan(span.Offset, end - span.Offset).LastIndexOfAny(LetterSource.LineEndsWithinLinesSearch);
        if (readEnd >= 0 && (start < 0 || span.Offset + readEnd >= start))
        {
            var readFrom = span.Offset + readEnd + 1;
            while (readFrom < end && char.IsWhiteSpace(file.Text[readFrom])) readFrom++;
            return readFrom < end ? SourceSpan.In(file, readFrom, end) : null;
        }
        var endLine = file.PositionOf(end - 1).Line;
        // Without the whole value found (page furniture or a ligature inside it), only the few lines before its end.
        var firstLine = start >= 0 ? file.PositionOf(start).Line : Math.Max(span.Line, endLine - 3);
        // A line that ends the value with a fragment of a hyphenated word ("ary.") holds none of its words: the one before.
        for (var line = endLine; line >= firstLine; line--)
        {
            if (!HoldsAnyWordOf(Words(file.LineText(line)), value)) continue;
            var from = Math.Max(file.Lines.LineStart(line - 1), Math.Max(start, span.Offset));
            var to = Math.Min(file.Lines.LineContentEnd(file.Text, line - 1), end);
            while (from < to && char.IsWhiteSpace(file.Text[from])) from++;
            if (from < to) return SourceSpan.In(file, from, to);
        }
        return null;
    }


    /// <summary>
    /// The text without white space, hyphens and soft hyphens, typographic quotes as straight ones (the reader reads them
    /// so, and a message quotes what it read); each kept character's offset goes to <paramref name="offsets"/>.
    /// </summary>
    private static string Compact(string text, int from, int to, List<int>? offsets)
    {
        var builder = new System.Text.StringBuilder(to - from);
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (LeftOutOfCompact(c)) continue;
            builder.Append(FoldQuote(c));
            offsets?.Add(i);
        }
        return builder.ToString();
    }

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
        var (ownLine, column) = OwnLineAround(file, span);
        // A letter whose lines end in LS, PS or a vertical tab is one line by its number, several as it reads: the message
        // keeps to the line as read, and the lines read around it are its neighbours.
        var read = LinesAsRead(ownLine, column);
        var own = Words(read?.Own ?? ownLine);
        message = CutQuotedValues(message, own, Words(item ?? string.Empty));
        if (read is not null)
            foreach (var neighbour in read.Value.Neighbours) message = CutNeighbour(message, Words(neighbour), own);
        else
        {
            var lineCount = file.Lines.LineCount;
            var last = Math.Min(lineCount, Math.Max(span.EndLine, span.Line) + NeighbourLines);
            for (var line = Math.Max(1, span.Line - NeighbourLines); line <= last; line++)
            {
                if (line == span.Line || !HoldsFirstWordOf(message, file, line) || !MayFitIn(file, line, message.Length)) continue;
                message = CutNeighbour(message, Words(file.LineText(line)), own);
            }
        }
        while (message.Contains("……", StringComparison.Ordinal)) message = message.Replace("……", "…", StringComparison.Ordinal);
        return message;
    }

    /// <summary>
    /// The finding's own line, or on a line longer than twice <see cref="OwnLineReach"/> the part of it that far either
    /// side of the finding's column, with the column in what is returned. A message holds no more of a value than
    /// MessageTemplate's bound, so nothing further off could be quoted; a line of megabytes was copied whole, with its
    /// words, for every finding on it.
    /// </summary>
    private static (string Line, int Column) OwnLineAround(SourceFile file, SourceSpan span)
    {
        var index = span.Line - 1;
        if (index < 0 || index >= file.Lines.LineCount) return (string.Empty, 0);
        var start = file.Lines.LineStart(index);
        var end = file.Lines.LineContentEnd(file.Text, index);
        var column = Math.Min(Math.Max(span.Column - 1, 0), end - start);
        if (end - start <= 2 * OwnLineReach) return (file.Text.Substring(start, end - start), column);
        var from = Math.Max(start, start + column - OwnLineReach);
        var to = Math.Min(end, start + column + OwnLineReach);
        return (file.Text.Substring(from, to - from), start + column - from);
    }

    /// <summary>How far either side of a finding's column its own line is read on a very long line: twice the most of a value a message holds.</summary>
    private const int OwnLineReach = 2 * MessageTemplate.LongestValue;

    /// <summary>The message without the words of a line near the finding's own (<paramref name="text"/>, as <see cref="Words"/> gives them).</summary>
    private static string CutNeighbour(string message, string text, string own)
    {
        // A section heading is every letter's standard wording, and some messages name one ("the letter needs an IMR
        // ISSUES, DECISIONS AND RATIONALES section"): a heading near the finding is no reason to cut the message's words.
        // Nor is a line of one word ("must", "found", or a letter alone where a narrow column was converted): it cut the
        // rule's own wording wherever the word stood in it, and a value the letter gave is quoted and already cut above.
        if (text.Length == 0 || text.IndexOf(' ') < 0 || own.Contains(text, StringComparison.Ordinal) || LetterReader.IsSectionHeading(text)) return message;
        var at = message.IndexOf(text, StringComparison.Ordinal);
        return at >= 0 ? message.Substring(0, at).TrimEnd() + "…" + message.Substring(at + text.Length) : message;
    }

    /// <summary>
    /// The line as read that holds <paramref name="column"/> of a numbered line (its text and where it starts), and the
    /// lines read within <see cref="NeighbourLines"/> of it, where the numbered line holds line ends of its own
    /// (<see cref="LetterSource.LineEndsWithinLines"/>); null for a line that is one line as read, as nearly all are.
    /// </summary>
    internal static (string Own, int OwnStart, List<string> Neighbours)? LinesAsRead(string line, int column)
    {
        var ends = LetterSource.LineEndsWithinLinesSearch;
        if (line.AsSpan().IndexOfAny(ends) < 0) return null;
        // Found by looking out from the column, not by splitting the line: a numbered line may hold millions of lines as read.
        column = Math.Clamp(column, 0, line.Length);
        var ownStart = line.AsSpan(0, column).LastIndexOfAny(ends) + 1;
        var ownEnd = EndOfLineAsRead(line, ownStart);
        var neighbours = new List<string>();
        for (var end = ownStart - 1; end >= 0 && neighbours.Count < NeighbourLines;)
        {
            var start = line.AsSpan(0, end).LastIndexOfAny(ends) + 1;
            neighbours.Add(line[start..end]);
            end = start - 1;
        }
        neighbours.Reverse();
        for (int start = ownEnd + 1, after = 0; ownEnd < line.Length && after < NeighbourLines; after++)
        {
            var end = EndOfLineAsRead(line, start);
            neighbours.Add(line[start..end]);
            if (end == line.Length) break;
            start = end + 1;
        }
        return (line[ownStart..ownEnd], ownStart, neighbours);
    }

    private static int EndOfLineAsRead(string line, int start)
    {
        var end = line.AsSpan(start).IndexOfAny(LetterSource.LineEndsWithinLinesSearch);
        return end < 0 ? line.Length : start + end;
    }

    /// <summary>Messages are bounded again when reported; this only keeps the work here small.</summary>
    private const int MaxRawMessage = 2000;

    /// <summary>
    /// Values in rule messages are quoted ('...' or "..."). A quote opens after a non-letter and closes before one, so
    /// an apostrophe inside a word (the patient's) is not taken for a quote. Text in typographic quotes (“...”) is not a
    /// letter's value but a catalogue's (IMR007's suggestion), and is left whole.
    /// </summary>
    private static string CutQuotedValues(string message, string own, string item)
    {
        var result = new System.Text.StringBuilder(message.Length);
        var i = 0;
        while (i < message.Length)
        {
            var c = message[i];
            var opens = OpensQuote(message, i);
            var close = opens ? ClosingQuote(message, i) : -1;
            // A value whose closing mark is gone (a long one cut to the message's bound, or one that holds the mark unpaired)
            // runs to the message's end, and is cut as a value is: it may hold any of the letter's lines. A mark that
            // closes only a value before it was already passed, so one found here opens.
            if (opens && close < 0 && WordsAfter(message, i + 1) >= UnclosedValueWords)
            {
                result.Append(c).Append(LongestRunIn(Words(message.Substring(i + 1)), own));
                break;
            }
            if (close < 0)
            {
                result.Append(c);
                i++;
                continue;
            }
            var value = Words(message.Substring(i + 1, close - i - 1));
            result.Append(c).Append(value.Length == 0 || own.Contains(value, StringComparison.Ordinal) || item.Contains(value, StringComparison.Ordinal)
                ? value : LongestRunIn(value, own)).Append(c);
            i = close + 1;
        }
        return result.ToString();
    }

    /// <summary>
    /// How many words after an unclosed mark make it a value's opening: fewer are a lone apostrophe or inch mark in the
    /// rule's own wording, and an IMR000 or IMR005 message quotes nothing of that length without closing it.
    /// </summary>
    private const int UnclosedValueWords = 12;

    /// <summary>How many words the message holds from <paramref name="start"/>.</summary>
    private static int WordsAfter(string message, int start)
    {
        var words = 0;
        for (var i = start; i < message.Length; i++)
            if (char.IsLetterOrDigit(message[i]) && (i == start || !char.IsLetterOrDigit(message[i - 1]))) words++;
        return words;
    }

    private static bool OpensQuote(string message, int i)
        => message[i] is '\'' or '"' && (i == 0 || !char.IsLetterOrDigit(message[i - 1]));

    /// <summary>
    /// The quote that closes the one at <paramref name="open"/>, or -1. A letter's conclusion may quote the guideline in
    /// the same marks the message quotes it in (concludes "... state that such use is "recommended," the request ..."):
    /// a mark that opens a word inside the value opens a quotation of its own, whose closing mark does not end the
    /// value. Where single quotes (which may be apostrophes) do not pair up, the first mark that can close is taken; where
    /// double quotes do not, the last: the value is then the widest it can be, and all of it is cut to the finding's own
    /// line (a hostile-input probe's conclusion with unpaired guillemets, read as double quotes, was taken to end inside
    /// itself, and the rest of it, the next line's words, stood in the message uncut).
    /// </summary>
    private static int ClosingQuote(string message, int open)
    {
        var mark = message[open];
        var first = -1;
        var last = -1;
        var depth = 0;
        for (var j = open + 1; j < message.Length; j++)
        {
            if (message[j] != mark) continue;
            // Only double quotes nest: a single one may be an apostrophe ("workers' compensation", "'hinged").
            var opensWord = mark == '"' && j + 1 < message.Length && char.IsLetterOrDigit(message[j + 1]) && !char.IsLetterOrDigit(message[j - 1]);
            if (opensWord)
            {
                depth++;
                continue;
            }
            if (j + 1 < message.Length && char.IsLetterOrDigit(message[j + 1])) continue;
            if (first < 0) first = j;
            last = j;
            if (depth == 0) return j;
            depth--;
        }
        return mark == '"' ? last : first;
    }

    /// <summary>Values longer than this many words are cut only to a start or an end, not to a run inside them.</summary>
    private const int MaxRunWords = 80;

    /// <summary>
    /// The longest run of the value's words that the own line holds as whole words, with '…' where words were cut: a
    /// value that runs on past the line keeps its start ("Magnet therapy…"), one that began on an earlier line its end
    /// ("…is not medically necessary."), one that spans three lines its middle. Empty of words ("…") when the line holds none.
    /// </summary>
    private static string LongestRunIn(string value, string own)
    {
        var starts = new List<int> { 0 };
        for (var i = value.IndexOf(' '); i >= 0; i = value.IndexOf(' ', i + 1)) starts.Add(i + 1);
        var count = starts.Count;
        int End(int word) => word + 1 < count ? starts[word + 1] - 1 : value.Length;
        for (var length = count - 1; length >= 1; length--)
            for (var first = 0; first + length <= count; first++)
            {
                if (count > MaxRunWords && first != 0 && first + length != count) continue;
                var part = value.Substring(starts[first], End(first + length - 1) - starts[first]);
                if (!HoldsWords(own, part)) continue;
                return (first > 0 ? "…" : "") + part + (first + length < count ? "…" : "");
            }
        return "…";
    }

    /// <summary>
    /// Whether <see cref="LongestRunIn"/> would keep any of the value's words from these: one word is enough (a value
    /// too long for runs inside it keeps only its first or last).
    /// </summary>
    private static bool HoldsAnyWordOf(string words, string value)
    {
        var valueWords = value.Split(' ');
        if (valueWords.Length > MaxRunWords) return HoldsWords(words, valueWords[0]) || HoldsWords(words, valueWords[^1]);
        foreach (var word in valueWords)
            if (HoldsWords(words, word)) return true;
        return false;
    }

    /// <summary>Whether the words hold the part as whole words: "medically necessary" is not in "notmedically necessary".</summary>
    private static bool HoldsWords(string words, string part)
    {
        for (var at = words.IndexOf(part, StringComparison.Ordinal); at >= 0; at = words.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            var end = at + part.Length;
            if ((at == 0 || words[at - 1] == ' ') && (end == words.Length || words[end] == ' ')) return true;
        }
        return false;
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
        if (to == from || message.AsSpan().IndexOf(content[from..to], StringComparison.Ordinal) >= 0) return true;
        // The message quotes the line as read, typographic quotes straight.
        var first = content[from..to];
        if (!HasQuoteToFold(first)) return false;
        var folded = new char[first.Length];
        for (var i = 0; i < first.Length; i++) folded[i] = FoldQuote(first[i]);
        return message.AsSpan().IndexOf(folded, StringComparison.Ordinal) >= 0;
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
        // Already words with one plain space between them and no typographic quote: the text itself, unless trimmed.
        var single = !HasQuoteToFold(text.AsSpan(start, end - start));
        for (var i = start; i < end && single; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i + 1]))) single = false;
        if (single) return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
        var result = new System.Text.StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i])) result.Append(FoldQuote(text[i]));
            else if (!char.IsWhiteSpace(text[i - 1])) result.Append(' ');
        }
        return result.ToString();
    }

    /// <summary>
    /// A typographic quote as the straight one the reader reads it as: a message quotes the letter as read, so a line's
    /// words are compared with it so too.
    /// </summary>
    private static char FoldQuote(char c) => c < 128 && c != '`' ? c : LetterReader.QuoteAsRead(c);

    /// <summary>Whether any character of <paramref name="text"/> is a quote the reader reads as a straight one.</summary>
    private static bool HasQuoteToFold(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (FoldQuote(c) != c) return true;
        return false;
    }

    public static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics as List<Diagnostic> ?? diagnostics.ToList();
        if (list.Count < 2) return list; // most letters: nothing to order
        return list.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }
}
