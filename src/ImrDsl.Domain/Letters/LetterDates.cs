using ImrDsl.Text;

namespace ImrDsl.Domain.Letters;

/// <summary>
/// Dates as letters write them: 01/03/2014, 1/16/2000, 11/10/11, 06-03-2012, 2012-06-03, February 9, 2007, Feb. 9 2007,
/// June 3rd, 2012, 3 June 2012, the 3rd of June 2012. Scanned by hand (the reader asks this of every header cell and
/// summary); each scanner finds what the expressions in its comment find.
/// </summary>
internal static class LetterDates
{
    private static readonly string[] Months = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

    /// <summary>The first date in text[start, start + length), with where it is, or null.</summary>
    public static (DateTime Date, int Index, int Length)? Find(string text, int start = 0, int length = -1)
        => Scan(text, start, length < 0 ? text.Length - start : length, stopAtNoRealDay: false) is { Date: { } date } found ? (date, found.Index, found.Length) : null;

    /// <summary>
    /// The first text of text[start, start + length) in a date's shape, with the date it names, or no date when it names
    /// no real day ("02/30/2013", "13/45/2014", a year before 1900 or after 2100): where a date must be, such text is a
    /// typing error to report, not text to read past.
    /// </summary>
    public static (DateTime? Date, int Index, int Length)? FindWritten(string text, int start, int length) => Scan(text, start, length, stopAtNoRealDay: true);

    private static (DateTime? Date, int Index, int Length)? Scan(string text, int start, int length, bool stopAtNoRealDay)
    {
        var end = start + length;
        // The first valid date of each form; the earliest wins, and on a tie the form listed first (numeric before named).
        Span<int> from = stackalloc int[FormCount];
        from.Fill(start);
        for (var at = start; at < end; at++)
        {
            // Every form starts with a digit or a month's first letter, at a word's start.
            if (!TextScan.IsAsciiDigit(text[at]) && !TextScan.IsCaselessAsciiLetter(text[at]) || !TextScan.IsBoundary(text, at, start, end)) continue;
            for (var form = 0; form < FormCount; form++)
            {
                if (at < from[form] || FormAt(form, text, at, start, end) is not { } match) continue;
                if (match.Date is null && !stopAtNoRealDay)
                {
                    // Each form goes on after a match that names no day ("13/45/2014"), as an expression's next match would.
                    from[form] = match.End;
                    continue;
                }
                return (match.Date, at, match.End - at);
            }
        }
        return null;
    }

    private const int FormCount = 5;

    /// <summary>The forms, in the order a tie is settled: 1/16/2000, 06-03-2012, 2012-06-03, June 3, 2012, 3 June 2012.</summary>
    private static (int End, DateTime? Date)? FormAt(int form, string text, int at, int start, int end) => form switch
    {
        0 => SlashedAt(text, at, start, end),
        1 => DashedAt(text, at, start, end),
        2 => YearFirstAt(text, at, start, end),
        3 => MonthFirstAt(text, at, start, end),
        _ => DayFirstAt(text, at, start, end),
    };

    public static DateTime? Parse(string text) => Find(text) is { } found ? found.Date : null;

    /// <summary>
    /// A date of any form that starts exactly at <paramref name="at"/> in text[at, end), or null; also 2-9-07, a dashed date
    /// with a two-digit year, which only a place where a date is expected can tell from a range of numbers.
    /// </summary>
    public static (DateTime Date, int Index, int Length)? At(string text, int at, int end)
        => WrittenAt(text, at, end) is { Date: { } date } found ? (date, at, found.Length) : null;

    /// <summary><see cref="At"/>, and text in a date's shape there that names no real day, with no date.</summary>
    public static (DateTime? Date, int Index, int Length)? WrittenAt(string text, int at, int end)
    {
        if (at >= end) return null;
        (DateTime? Date, int Index, int Length)? noRealDay = null;
        for (var form = 0; form < FormCount; form++)
            if (FormAt(form, text, at, at, end) is { } match)
            {
                if (match.Date is not null) return (match.Date, at, match.End - at);
                noRealDay ??= (null, at, match.End - at);
            }
        return MonthDayYearAt(text, at, at, end, '-', shortYear: true) is { } shortMatch && (shortMatch.Date is not null || noRealDay is null)
            ? (shortMatch.Date, at, shortMatch.End - at) : noRealDay;
    }

    /// <summary>
    /// <c>\b(?&lt;m&gt;[0-9]{1,2})/(?&lt;d&gt;[0-9]{1,2})/(?&lt;y&gt;[0-9]{4}|[0-9]{2})\b</c> at <paramref name="at"/> in the input
    /// text[start, end): where it ends and the date it names (null when no such day exists). Each run of digits is
    /// taken whole: a shorter reading leaves a digit where a separator or a boundary is needed.
    /// </summary>
    internal static (int End, DateTime? Date)? SlashedAt(string text, int at, int start, int end) => MonthDayYearAt(text, at, start, end, '/');

    /// <summary>
    /// <c>\b(?&lt;m&gt;[0-9]{1,2})(?&lt;s&gt;[-.])(?&lt;d&gt;[0-9]{1,2})\k&lt;s&gt;(?&lt;y&gt;[0-9]{4})\b</c>: a dash or a dot needs a
    /// four-digit year, so page ranges and numbers with decimals stay what they are.
    /// </summary>
    internal static (int End, DateTime? Date)? DashedAt(string text, int at, int start, int end)
    {
        var firstEnd = TextScan.SkipAsciiDigits(text, at, end);
        return firstEnd < end && text[firstEnd] is '-' or '.' ? MonthDayYearAt(text, at, start, end, text[firstEnd]) : null;
    }

    private static (int End, DateTime? Date)? MonthDayYearAt(string text, int at, int start, int end, char separator, bool shortYear = false)
    {
        if (!TextScan.IsAsciiDigit(text[at]) || !TextScan.IsBoundary(text, at, start, end)) return null;
        var monthEnd = TextScan.SkipAsciiDigits(text, at, end);
        if (monthEnd - at > 2 || monthEnd >= end || text[monthEnd] != separator) return null;
        var dayEnd = TextScan.SkipAsciiDigits(text, monthEnd + 1, end);
        if (dayEnd == monthEnd + 1 || dayEnd - monthEnd - 1 > 2 || dayEnd >= end || text[dayEnd] != separator) return null;
        var yearEnd = TextScan.SkipAsciiDigits(text, dayEnd + 1, end);
        var yearDigits = yearEnd - dayEnd - 1;
        if (!(yearDigits == 4 || yearDigits == 2 && (separator == '/' || shortYear)) || !TextScan.IsBoundary(text, yearEnd, start, end)) return null;
        var year = Number(text, dayEnd + 1, yearEnd);
        if (yearDigits == 2) year += year < 50 ? 2000 : 1900; // 11/10/11 is 2011; 3/4/98 is 1998
        return (yearEnd, ToDate(year, Number(text, at, monthEnd), Number(text, monthEnd + 1, dayEnd)));
    }

    /// <summary><c>\b(?&lt;y&gt;[0-9]{4})-(?&lt;m&gt;[0-9]{1,2})-(?&lt;d&gt;[0-9]{1,2})\b</c>: 2012-06-03.</summary>
    internal static (int End, DateTime? Date)? YearFirstAt(string text, int at, int start, int end)
    {
        if (!TextScan.IsAsciiDigit(text[at]) || !TextScan.IsBoundary(text, at, start, end)) return null;
        var yearEnd = TextScan.SkipAsciiDigits(text, at, end);
        if (yearEnd - at != 4 || yearEnd >= end || text[yearEnd] != '-') return null;
        var monthEnd = TextScan.SkipAsciiDigits(text, yearEnd + 1, end);
        if (monthEnd == yearEnd + 1 || monthEnd - yearEnd - 1 > 2 || monthEnd >= end || text[monthEnd] != '-') return null;
        var dayEnd = TextScan.SkipAsciiDigits(text, monthEnd + 1, end);
        if (dayEnd == monthEnd + 1 || dayEnd - monthEnd - 1 > 2 || !TextScan.IsBoundary(text, dayEnd, start, end)) return null;
        return (dayEnd, ToDate(Number(text, at, yearEnd), Number(text, yearEnd + 1, monthEnd), Number(text, monthEnd + 1, dayEnd)));
    }

    /// <summary>
    /// <c>\b(?&lt;month&gt;Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?&lt;d&gt;[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?&lt;y&gt;[0-9]{4})\b</c>
    /// with case ignored. Every part is taken as far as it goes: what a shorter reading leaves next can never start the
    /// part after it.
    /// </summary>
    internal static (int End, DateTime? Date)? MonthFirstAt(string text, int at, int start, int end)
    {
        if (!TextScan.IsBoundary(text, at, start, end)) return null;
        if (MonthAt(text, at, end) is not var (month, i)) return null;
        var dayStart = TextScan.SkipSpaces(text, i, end);
        if (dayStart == i) return null;
        if (DayAt(text, dayStart, end) is not var (day, dayEnd)) return null;
        i = dayEnd < end && text[dayEnd] == ',' ? dayEnd + 1 : dayEnd;
        return YearAt(text, i, start, end) is var (year, yearEnd) ? (yearEnd, ToDate(year, month, day)) : null;
    }

    /// <summary>
    /// <c>\b(?&lt;d&gt;[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?&lt;month&gt;Jan|...|Dec)[a-z]*\.?,?\s+(?&lt;y&gt;[0-9]{4})\b</c> with case
    /// ignored: "3 June 2012", "3rd June, 2012", "the 3rd of June 2012".
    /// </summary>
    internal static (int End, DateTime? Date)? DayFirstAt(string text, int at, int start, int end)
    {
        if (!TextScan.IsAsciiDigit(text[at]) || !TextScan.IsBoundary(text, at, start, end)) return null;
        if (DayAt(text, at, end) is not var (day, dayEnd)) return null;
        var monthStart = TextScan.SkipSpaces(text, dayEnd, end);
        if (monthStart == dayEnd) return null;
        if (MonthAt(text, TextScan.SkipOptionalWord(text, monthStart, end, "of"), end) is not var (month, i)) return null;
        if (i < end && text[i] == ',') i++;
        return YearAt(text, i, start, end) is var (year, yearEnd) ? (yearEnd, ToDate(year, month, day)) : null;
    }

    /// <summary>A month's name or abbreviation at <paramref name="at"/> (its letters, then a '.' if one follows): the month (1-12) and where it ends.</summary>
    private static (int Month, int End)? MonthAt(string text, int at, int end)
    {
        var month = TextScan.CaselessAnyAt(text, at, end, Months);
        if (month < 0) return null;
        var i = at + 3;
        while (i < end && TextScan.IsCaselessAsciiLetter(text[i])) i++;
        if (i < end && text[i] == '.') i++;
        return (month + 1, i);
    }

    /// <summary>One or two digits, and an ordinal suffix (st, nd, rd, th, case ignored) if one follows: the day and where it ends.</summary>
    private static (int Day, int End)? DayAt(string text, int at, int end)
    {
        var dayEnd = TextScan.SkipAsciiDigits(text, at, end);
        if (dayEnd == at || dayEnd - at > 2) return null;
        return (Number(text, at, dayEnd), TextScan.SkipOrdinalSuffix(text, dayEnd, end));
    }

    /// <summary>White space, then four digits that end a word: the year and where it ends.</summary>
    private static (int Year, int End)? YearAt(string text, int i, int start, int end)
    {
        var yearStart = TextScan.SkipSpaces(text, i, end);
        if (yearStart == i || end - yearStart < 4) return null;
        var yearEnd = yearStart + 4;
        for (var k = yearStart; k < yearEnd; k++)
            if (!TextScan.IsAsciiDigit(text[k])) return null;
        return TextScan.IsBoundary(text, yearEnd, start, end) ? (Number(text, yearStart, yearEnd), yearEnd) : null;
    }

    private static int Number(string text, int start, int end)
    {
        var value = 0;
        for (var i = start; i < end; i++) value = value * 10 + (text[i] - '0');
        return value;
    }

    private static DateTime? ToDate(int year, int month, int day)
    {
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateTime(year, month, day);
    }
}
