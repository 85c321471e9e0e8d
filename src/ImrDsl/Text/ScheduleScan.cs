namespace ImrDsl.Text;

/// <summary>
/// Visits asked for as a schedule, how often a week for how many weeks: "2 times a week for 6 weeks", "2x/week x 4
/// weeks", "twice weekly for four weeks", "3 sessions per week for 4 weeks", "2x6". IMR004 compares the visits a
/// schedule adds up to with a count of the heading's, as it compares "12 sessions" ("2x6" and "12 sessions" agree), and a
/// schedule with a schedule as it is written ("3x4" is not "2x6", though both come to 12 visits).
/// </summary>
/// <remarks>
/// Leftmost first, as this expression with case ignored finds them (a number <c>N</c> is one or two digits, or one to
/// ninety-nine in words, <see cref="QuantityScan.NumberWordEnd"/>; <c>F</c>, how often, and <c>W</c>, the weeks):
/// <code>
/// (?&lt;![0-9./\-\u2013]\s*|\b(?:to|or)\s+)\b(?:
///     (?:(?&lt;f&gt;N)\s*(?:x|times\b)\s*(?:(?:/\s*|(?:a|per|each)\s+)(?:week|wk)|weekly|week|wk)\b
///       | (?&lt;f&gt;N)\s+(?:sessions|session|visits|visit)\b\s*(?:/\s*|(?:a|per|each)\s+)(?:week|wk)\b
///       | (?&lt;f&gt;N)\s*/\s*(?:week|wk)\b
///       | (?&lt;f&gt;once|twice)\b\s*(?:(?:/\s*|(?:a|per|each)\s+)(?:week|wk)|weekly|week|wk)\b)
///     \s*,?\s*(?:(?:for|times|over|during)\b|x(?!\p{L}))?\s*(?&lt;w&gt;N)\s*(?:weeks|week|wks|wk)\b
///   | (?&lt;f&gt;[0-9]{1,2})\s*x\s*(?&lt;w&gt;[0-9]{1,2})(?![0-9]|\.[0-9]|\s*(?:x|%|(?:cm|mm|inch|inches|mg|ml)\b)|(?!(?:weeks|week|wks|wk)\b)\p{L})(?:\s*(?:weeks|week|wks|wk)\b)?)
/// </code>
/// A test holds the scanner to it. A range ("1-2 times a week", "2 to 3 times a week") is no schedule: how many visits
/// it asks for is not one number.
/// </remarks>
internal static class ScheduleScan
{
    /// <summary>The next schedule at or after <paramref name="from"/>: where it lies, its visits a week and its weeks; null when there is none.</summary>
    public static (int Start, int End, int PerWeek, int Weeks)? Next(string text, int from)
    {
        // Every schedule holds a week's 'w' or the 'x' of "2x6": most headings and conclusions hold neither after a number,
        // and this runs for every item's heading.
        if (from >= text.Length || text.IndexOfAny(WeekOrTimes, from) < 0) return null;
        for (var i = from; i < text.Length; i++)
        {
            // A number's first character, or "once" and "twice": most characters are passed at once.
            var c = text[i];
            if (!(TextScan.IsAsciiDigit(c) || c is 'o' or 'O' or 't' or 'T' or 'f' or 'F' or 's' or 'S' or 'e' or 'E' or 'n' or 'N')
                || !TextScan.IsBoundary(text, i, 0, text.Length) || IsRangesEnd(text, i)) continue;
            if (At(text, i) is { } schedule) return schedule;
        }
        return null;
    }

    /// <summary>A schedule starting at <paramref name="at"/>, or null.</summary>
    private static (int Start, int End, int PerWeek, int Weeks)? At(string text, int at)
    {
        var digits = TextScan.IsAsciiDigit(text[at]);
        int perWeek, end;
        if (digits)
        {
            end = TextScan.SkipAsciiDigits(text, at, text.Length);
            if (end - at > 2) return null;
            perWeek = DigitsValue(text, at, end);
            // "2x6": how often and for how many weeks, the unit left out.
            var sign = TextScan.SkipSpaces(text, end, text.Length);
            if (sign < text.Length && text[sign] is 'x' or 'X' && ShortFormWeeks(text, sign + 1) is { } shortForm)
                return (at, shortForm.End, perWeek, shortForm.Weeks);
        }
        else if (TextScan.WholeWordAt(text, at, OnceOrTwice) is var word and >= 0)
        {
            perWeek = word + 1;
            end = at + OnceOrTwice[word].Length;
            var weekly = PerWeekEnd(text, end, required: false);
            return weekly < 0 ? null : WithWeeks(text, at, weekly, perWeek);
        }
        else if ((end = QuantityScan.NumberWordEnd(text, at, out perWeek)) < 0) return null;

        if (Times(text, end) is var times and >= 0 && PerWeekEnd(text, times, required: false) is var timesWeekly and >= 0)
            return WithWeeks(text, at, timesWeekly, perWeek);
        if (TextScan.SkipRequiredSpaces(text, end, text.Length) is var visits and >= 0 && TextScan.WholeWordEnd(text, visits, QuantityScan.VisitWords) is var visitsEnd and >= 0
            && PerWeekEnd(text, visitsEnd, required: true) is var visitsWeekly and >= 0)
            return WithWeeks(text, at, visitsWeekly, perWeek);
        var slash = TextScan.SkipSpaces(text, end, text.Length);
        if (slash < text.Length && text[slash] == '/' && WeekWordEnd(text, TextScan.SkipSpaces(text, slash + 1, text.Length), weekly: false) is var slashWeekly and >= 0)
            return WithWeeks(text, at, slashWeekly, perWeek);
        return null;
    }

    /// <summary>Past "x" or "times" (a whole word) after white space from <paramref name="at"/>, or -1.</summary>
    private static int Times(string text, int at)
    {
        var sign = TextScan.SkipSpaces(text, at, text.Length);
        if (sign < text.Length && text[sign] is 'x' or 'X') return sign + 1;
        return TextScan.WholeWordEnd(text, sign, QuantityScan.Times);
    }

    /// <summary>
    /// Past "a week", "per week", "/week", "weekly" or "week" from <paramref name="at"/> (only the first three when
    /// <paramref name="required"/> says a word or slash must come first), or -1.
    /// </summary>
    private static int PerWeekEnd(string text, int at, bool required)
    {
        var next = TextScan.SkipSpaces(text, at, text.Length);
        if (next < text.Length && text[next] == '/') return WeekWordEnd(text, TextScan.SkipSpaces(text, next + 1, text.Length), weekly: false);
        if (TextScan.WholeWordEnd(text, next, PerWords) is var per and >= 0)
            return TextScan.SkipRequiredSpaces(text, per, text.Length) is var week and >= 0 ? WeekWordEnd(text, week, weekly: false) : -1;
        return required ? -1 : WeekWordEnd(text, next, weekly: true);
    }

    private static int WeekWordEnd(string text, int at, bool weekly)
        => TextScan.WholeWordEnd(text, at, weekly ? WeekWordsWithWeekly : WeekWords);

    /// <summary>The schedule from <paramref name="start"/> whose frequency ends at <paramref name="at"/>, if its weeks follow.</summary>
    private static (int Start, int End, int PerWeek, int Weeks)? WithWeeks(string text, int start, int at, int perWeek)
    {
        var next = TextScan.SkipSpaces(text, at, text.Length);
        if (next < text.Length && text[next] == ',') next = TextScan.SkipSpaces(text, next + 1, text.Length);
        if (TextScan.WholeWordEnd(text, next, DurationWords) is var joined and >= 0) next = TextScan.SkipSpaces(text, joined, text.Length);
        else if (next < text.Length && text[next] is 'x' or 'X' && next + 1 < text.Length && !char.IsLetter(text[next + 1]))
            next = TextScan.SkipSpaces(text, next + 1, text.Length);
        if (next >= text.Length) return null;
        int weeks, end;
        if (TextScan.IsAsciiDigit(text[next]))
        {
            end = TextScan.SkipAsciiDigits(text, next, text.Length);
            if (end - next > 2) return null;
            weeks = DigitsValue(text, next, end);
        }
        else if ((end = QuantityScan.NumberWordEnd(text, next, out weeks)) < 0) return null;
        var unit = TextScan.SkipSpaces(text, end, text.Length);
        var unitEnd = TextScan.WholeWordEnd(text, unit, Weeks);
        return unitEnd < 0 ? null : (start, unitEnd, perWeek, weeks);
    }

    /// <summary>"x6", " x 6 weeks" after "2" at <paramref name="afterSign"/> (past the x): the weeks and where they end, or null.</summary>
    private static (int Weeks, int End)? ShortFormWeeks(string text, int afterSign)
    {
        var number = TextScan.SkipSpaces(text, afterSign, text.Length);
        var end = TextScan.SkipAsciiDigits(text, number, text.Length);
        if (end == number || end - number > 2 || end < text.Length && TextScan.IsAsciiDigit(text[end])) return null;
        if (end + 1 < text.Length && text[end] == '.' && TextScan.IsAsciiDigit(text[end + 1])) return null;
        // "2 x 3 x 4 cm" and "3x4cm" are sizes, not schedules; only weeks may touch the number.
        if (end < text.Length && char.IsLetter(text[end]) && TextScan.WholeWordAt(text, end, Weeks) < 0) return null;
        var next = TextScan.SkipSpaces(text, end, text.Length);
        if (next < text.Length && (text[next] is 'x' or 'X' or '%' || TextScan.WholeWordAt(text, next, SizeUnits) >= 0)) return null;
        var weeks = DigitsValue(text, number, end);
        var unitEnd = TextScan.WholeWordEnd(text, next, Weeks);
        return (weeks, unitEnd >= 0 ? unitEnd : end);
    }

    /// <summary>
    /// Whether a number at <paramref name="at"/> ends a range or a ratio ("1-2", "2/3", "2.5", "2 to 3", "2 or 3"): how
    /// often it says is not one number.
    /// </summary>
    private static bool IsRangesEnd(string text, int at)
    {
        var before = TextScan.LastShownBefore(text, at);
        if (before < 0) return false;
        if (TextScan.IsAsciiDigit(text[before]) || text[before] is '.' or '/' or '-' or '\u2013') return true;
        if (!char.IsLetter(text[before]) || before + 1 == at) return false;
        var wordStart = before;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        return before - wordStart == 1 && TextScan.IsBoundary(text, wordStart, 0, text.Length) && (TextScan.CaselessAt(text, wordStart, text.Length, "to") || TextScan.CaselessAt(text, wordStart, text.Length, "or"));
    }

    /// <summary>The value of the ASCII digits text[start, end) (one or two of them here), without a substring.</summary>
    private static int DigitsValue(string text, int start, int end)
    {
        var value = 0;
        for (var i = start; i < end; i++) value = value * 10 + (text[i] - '0');
        return value;
    }

    private static readonly char[] WeekOrTimes = { 'w', 'W', 'x', 'X' };
    private static readonly string[] OnceOrTwice = { "once", "twice" };
    private static readonly string[] PerWords = { "a", "per", "each" };
    private static readonly string[] WeekWords = { "week", "wk" };
    private static readonly string[] WeekWordsWithWeekly = { "weekly", "week", "wk" };
    private static readonly string[] Weeks = { "weeks", "week", "wks", "wk" };
    private static readonly string[] DurationWords = { "for", "times", "over", "during" };
    /// <summary>Units of a size after "3x4" ("3x4 cm"); not "in", which is as often the word ("2x6 in the office").</summary>
    private static readonly string[] SizeUnits = { "cm", "mm", "inch", "inches", "mg", "ml" };
}
