using System.Globalization;
using System.Text.RegularExpressions;

namespace ImrDsl.Domain.Letters;

/// <summary>Dates as letters write them: 01/03/2014, 1/16/2000, 11/10/11, February 9, 2007, Feb. 9 2007.</summary>
internal static partial class LetterDates
{
    [GeneratedRegex(@"\b(?<m>[0-9]{1,2})/(?<d>[0-9]{1,2})/(?<y>[0-9]{4}|[0-9]{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>[0-9]{1,2}),?\s+(?<y>[0-9]{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Named();

    private static readonly string[] Months = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

    /// <summary>The first date in the text, with where it is, or null.</summary>
    public static (DateTime Date, int Index, int Length)? Find(string text, int start = 0, int length = -1)
    {
        if (length < 0) length = text.Length - start;
        (DateTime, int, int)? best = null;
        foreach (var regex in new[] { Numeric(), Named() })
        {
            var match = regex.Match(text, start, length);
            while (match.Success)
            {
                if (ToDate(match) is { } date)
                {
                    if (best is null || match.Index < best.Value.Item2) best = (date, match.Index, match.Length);
                    break;
                }
                match = match.NextMatch();
            }
        }
        return best;
    }

    public static DateTime? Parse(string text) => Find(text) is { } found ? found.Date : null;

    private static DateTime? ToDate(Match match)
    {
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["y"].Value.Length == 2) year += year < 50 ? 2000 : 1900; // 11/10/11 is 2011; 3/4/98 is 1998
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        int month;
        if (match.Groups["m"].Success) month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        else month = Array.IndexOf(Months, match.Groups["month"].Value.Substring(0, 3).ToLowerInvariant()) + 1;
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateTime(year, month, day);
    }
}
