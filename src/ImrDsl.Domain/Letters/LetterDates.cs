using ImrDsl.Text;

namespace ImrDsl.Domain.Letters;

/// <summary>
/// Dates as letters write them: 01/03/2014, 1/16/2000, 11/10/11, February 9, 2007, Feb. 9 2007. Scanned by hand (the
/// reader asks this of every header cell and summary); each scanner finds what the expression in its comment found.
/// </summary>
internal static class LetterDates
{
    private static readonly string[] Months = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

    /// <summary>The first date in text[start, start + length), with where it is, or null.</summary>
    public static (DateTime Date, int Index, int Length)? Find(string text, int start = 0, int length = -1)
    {
        if (length < 0) length = text.Length - start;
        var end = start + length;
        // The first valid date of each form; the earlier one wins, the numeric one on a tie.
        var numeric = FirstValid(text, start, end, end, named: false);
        // A named date wins only when it starts before the numeric one.
        var named = FirstValid(text, start, end, numeric?.Index ?? end, named: true);
        return named ?? numeric;
    }

    /// <summary>The first valid date of one form starting before <paramref name="startsBefore"/>, in the input text[start, end).</summary>
    private static (DateTime Date, int Index, int Length)? FirstValid(string text, int start, int end, int startsBefore, bool named)
    {
        for (var at = start; at < startsBefore; at++)
        {
            if ((named ? NamedAt(text, at, start, end) : NumericAt(text, at, start, end)) is not { } found) continue;
            if (found.Date is { } date) return (date, at, found.End - at);
            at = found.End - 1; // no day of that name ("13/45/2014"): the next date starts after it
        }
        return null;
    }

    public static DateTime? Parse(string text) => Find(text) is { } found ? found.Date : null;

    /// <summary>
    /// <c>\b(?&lt;m&gt;[0-9]{1,2})/(?&lt;d&gt;[0-9]{1,2})/(?&lt;y&gt;[0-9]{4}|[0-9]{2})\b</c> at <paramref name="at"/> in the input
    /// text[start, end): where it ends and the date it names (null when no such day exists). Each run of digits is
    /// taken whole: a shorter reading leaves a digit where '/' or a boundary is needed.
    /// </summary>
    internal static (int End, DateTime? Date)? NumericAt(string text, int at, int start, int end)
    {
        if (!TextScan.IsAsciiDigit(text[at]) || !TextScan.IsBoundary(text, at, start, end)) return null;
        var monthEnd = TextScan.SkipAsciiDigits(text, at, end);
        if (monthEnd - at > 2 || monthEnd >= end || text[monthEnd] != '/') return null;
        var dayEnd = TextScan.SkipAsciiDigits(text, monthEnd + 1, end);
        if (dayEnd == monthEnd + 1 || dayEnd - monthEnd - 1 > 2 || dayEnd >= end || text[dayEnd] != '/') return null;
        var yearEnd = TextScan.SkipAsciiDigits(text, dayEnd + 1, end);
        var yearDigits = yearEnd - dayEnd - 1;
        if (yearDigits is not (2 or 4) || !TextScan.IsBoundary(text, yearEnd, start, end)) return null;
        var year = Number(text, dayEnd + 1, yearEnd);
        if (yearDigits == 2) year += year < 50 ? 2000 : 1900; // 11/10/11 is 2011; 3/4/98 is 1998
        return (yearEnd, ToDate(year, Number(text, at, monthEnd), Number(text, monthEnd + 1, dayEnd)));
    }

    /// <summary>
    /// <c>\b(?&lt;month&gt;Jan|Feb|...|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?&lt;d&gt;[0-9]{1,2}),?\s+(?&lt;y&gt;[0-9]{4})\b</c> with case
    /// ignored, at <paramref name="at"/> in the input text[start, end). Every part is taken as far as it goes: what a
    /// shorter reading leaves next can never start the part after it.
    /// </summary>
    internal static (int End, DateTime? Date)? NamedAt(string text, int at, int start, int end)
    {
        if (!TextScan.IsBoundary(text, at, start, end)) return null;
        var month = TextScan.CaselessAnyAt(text, at, end, Months);
        if (month < 0) return null;
        var i = at + 3;
        while (i < end && TextScan.IsCaselessAsciiLetter(text[i])) i++;
        if (i < end && text[i] == '.') i++;
        var dayStart = TextScan.SkipSpaces(text, i, end);
        if (dayStart == i) return null;
        var dayEnd = TextScan.SkipAsciiDigits(text, dayStart, end);
        if (dayEnd == dayStart || dayEnd - dayStart > 2) return null;
        i = dayEnd < end && text[dayEnd] == ',' ? dayEnd + 1 : dayEnd;
        var yearStart = TextScan.SkipSpaces(text, i, end);
        if (yearStart == i || end - yearStart < 4) return null;
        var yearEnd = yearStart + 4;
        for (var k = yearStart; k < yearEnd; k++)
            if (!TextScan.IsAsciiDigit(text[k])) return null;
        if (!TextScan.IsBoundary(text, yearEnd, start, end)) return null;
        return (yearEnd, ToDate(Number(text, yearStart, yearEnd), month + 1, Number(text, dayStart, dayEnd)));
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
