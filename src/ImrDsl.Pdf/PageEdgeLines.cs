namespace ImrDsl.Pdf;

/// <summary>
/// What may be page furniture among lines that stand at the same place at several pages' top or foot (a header's second
/// line, "CONFIDENTIAL" above a page number): one rule for the PDF reader, which drops them, and the letter reader, which
/// reads past them in text that other tools extracted.
/// </summary>
public static class PageEdgeLines
{
    /// <summary>
    /// The most lines a header or a footer holds, the page number's or the first header line among them: a title, a
    /// case line, a company, an address.
    /// </summary>
    public const int MostLines = 4;

    /// <summary>
    /// Of the lines found at the same place on <paramref name="pages"/> pages, the one that stands on all of them but one,
    /// and on two at least, and that <paramref name="mayBe"/> furniture: the index of the first page that holds it, or -1.
    /// Such a line is on the first page or the second, so only their lines are counted.
    /// </summary>
    /// <param name="pages">How many pages a line was found on.</param>
    /// <param name="same">Whether the lines of two pages (by index) are the same.</param>
    /// <param name="mayBe">Whether a page's line (by index) may be furniture at all.</param>
    public static int OnAllPagesButOne(int pages, Func<int, int, bool> same, Func<int, bool> mayBe)
    {
        var least = Math.Max(2, pages - 1);
        for (var candidate = 0; candidate < Math.Min(2, pages - 1); candidate++)
        {
            if (!mayBe(candidate)) continue;
            var count = 0;
            for (var page = 0; page < pages; page++)
                if (same(page, candidate)) count++;
            if (count >= least) return candidate;
        }
        return -1;
    }

    /// <summary>
    /// How many lines from here, on every page, make up a privacy notice ("CONFIDENTIAL: This document contains protected
    /// health information."), or 0. A notice is a sentence, which <see cref="ReadsAsFurniture"/> keeps as the letter's own,
    /// so it must stand on every page, not all but one, and hold a notice's words. Read up from a footer, the lines of a
    /// wrapped notice come end first, so the run goes on to the last line that holds its words, within
    /// <paramref name="most"/> lines; read down from a header, it starts with a line that holds them and goes on while its
    /// sentence has not ended. No line of it holds the letter's own words (an outcome, cited pages, a guideline).
    /// </summary>
    /// <param name="up">Whether the run goes up from a footer.</param>
    /// <param name="pages">How many pages the block goes on: two at least, or one below the letters' own running header.</param>
    /// <param name="most">How many lines the block may still take.</param>
    /// <param name="line">The line that many steps on from here on the first page, or null where it has none.</param>
    /// <param name="sameAsFirst">Whether a page (by index) has the first page's line that many steps on.</param>
    public static int NoticeLines(int pages, int most, bool up, Func<int, string?> line, Func<int, int, bool> sameAsFirst)
    {
        if (pages < 1) return 0;
        var notice = 0;
        for (var step = 0; step < most; step++)
        {
            if (line(step) is not { } text || text.Length > 160 || HoldsLettersOwnWord(text)) break;
            var onEvery = true;
            for (var page = 1; page < pages && onEvery; page++) onEvery = sameAsFirst(step, page);
            if (!onEvery) break;
            if (HoldsNoticeWords(text)) notice = step + 1;
            // Down from a header, a notice's wrapped end follows a line of it that has not ended its sentence.
            else if (!up && notice == step && step > 0 && !EndsSentence(line(step - 1)!)) notice = step + 1;
            else if (!up) break;
        }
        return notice;
    }

    /// <summary>Whether a line holds a privacy notice's words and none of the letter's own (see <see cref="NoticeLines"/>).</summary>
    public static bool IsNoticeLine(ReadOnlySpan<char> line) => line.Length <= 160 && HoldsNoticeWords(line) && !HoldsLettersOwnWord(line);

    private static bool EndsSentence(string line) => line.TrimEnd() is { Length: > 0 } trimmed && trimmed[^1] is '.' or '!' or '?';

    /// <summary>Words a privacy notice holds and a letter's own text hardly does at every page's edge.</summary>
    private static bool HoldsNoticeWords(ReadOnlySpan<char> line)
        => line.Contains("confidential", StringComparison.OrdinalIgnoreCase) || line.Contains("privileged", StringComparison.OrdinalIgnoreCase)
            || line.Contains("protected health information", StringComparison.OrdinalIgnoreCase)
            || line.Contains("personal health information", StringComparison.OrdinalIgnoreCase) || line.Contains("HIPAA", StringComparison.Ordinal)
            || line.Contains("intended only for", StringComparison.OrdinalIgnoreCase) || line.Contains("intended solely for", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a line found at the same place on several pages reads as furniture: a title, a name, an address, a date
    /// ("Independent Medical Review", "IMR Case CM16-0101234", "MAXIMUS Federal Services, Inc.", "P.O. Box 138009,
    /// Sacramento, CA 95813"). Its words open in capitals or digits but for the small words of a name ("of", "for"), and
    /// it does not end as a sentence or a clause does (a full stop only after an abbreviation such as "Inc."). A letter's
    /// own lines may well repeat at page breaks, and losing one is worse than reading a footer: a conclusion ("Therefore,
    /// the request is not medically necessary."), a citation's end ("Opioids Page(s): 74-96."), an outcome ("Upheld",
    /// "2 refills: Upheld"), a label.
    /// </summary>
    public static bool ReadsAsFurniture(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty || line[^1] is ',' or ';' or ':' or '!' or '?') return false;
        var lastWord = line[(line.LastIndexOf(' ') + 1)..];
        // A full stop ends a sentence, unless it ends a short abbreviation: "Inc.", "Co.", "Ltd.".
        if (lastWord[^1] == '.' && !(lastWord.Length <= 5 && char.IsUpper(lastWord[0]) && IsLetters(lastWord[..^1]))) return false;
        foreach (var range in line.Split(' '))
        {
            var word = line[range].TrimStart("(\"'");
            if (word.IsEmpty) continue;
            if (char.IsLower(word[0]) && !IsSmallWord(word)) return false;
            if (IsLettersOwnWord(word)) return false;
        }
        return true;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>The small words a name or title keeps in lower case ("Division of Workers Compensation").</summary>
    private static bool IsSmallWord(ReadOnlySpan<char> word)
        => word is "of" or "for" or "the" or "and" or "to" or "in" or "at" or "on" or "de" or "&";

    /// <summary>Whether a word of the line is one of the letter's own (<see cref="IsLettersOwnWord"/>).</summary>
    public static bool HoldsLettersOwnWord(ReadOnlySpan<char> line)
    {
        foreach (var range in line.Split(' '))
            if (IsLettersOwnWord(line[range].TrimStart("(\"'"))) return true;
        return false;
    }

    /// <summary>Words of the letter itself, never of its furniture: an outcome, a citation's pages, a guideline.</summary>
    private static bool IsLettersOwnWord(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd(".,;:)");
        return word.Equals("Upheld", StringComparison.OrdinalIgnoreCase) || word.Equals("Overturned", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("Page(s", StringComparison.OrdinalIgnoreCase) || word.StartsWith("Guideline", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the line ends as a sentence does and holds a word in lower case ("MAXIMUS Federal Services, Inc." does not),
    /// its first word too: "appropriate." is a sentence's last word, carried over a page break.
    /// </summary>
    public static bool ReadsAsSentence(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty || line[^1] is not ('.' or '!' or '?')) return false;
        for (var i = 0; i < line.Length; i++)
            if ((i == 0 || line[i - 1] == ' ') && char.IsLower(line[i])) return true;
        return false;
    }
}
