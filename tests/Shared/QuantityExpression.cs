using System.Text.RegularExpressions;

namespace ImrDsl.TestSupport;

/// <summary>
/// What a quantity is, written as the regular expression the hand scanner (QuantityScan) must match exactly: IMR004's
/// comparison and the typed item's quantity are both held to it. Group <c>n</c> holds the digits; a match without it is
/// the number in a drug's name ("Tylenol #3"), which is no quantity.
/// </summary>
internal static class QuantityExpression
{
    public static readonly Regex Reference = new(
        @"\b(?:tylenol|codeine)\s*(?:#|no\.)\s*[0-9](?![0-9])" +
        @"|(?<!\b(?:refills?|items?|issues?|questions?)\s*)#\s*(?<n>[0-9]+)" +
        @"|\b(?:qty|quantity)\.?\s*(?:of\s+|:\s*)?#?\s*(?<n>[0-9]+)" +
        @"|\bno\.\s*#?\s*(?<n>[0-9]+)" +
        @"|(?<![0-9]\s*)(?<!\brefills?\s*)\b(?:x\s*|(?<!\bat\s+)times\s+)(?<n>[0-9]+)\b(?!\.[0-9]|\s*(?:/|(?:weeks|week|wks|wk|days|day|months|month|mos|mo|years|year|yrs|yr|hours|hour|hrs|hr|minutes|minute|mins|min|sessions|session|visits|visit|injections|injection|times|time|per|a|each|every|daily|weekly|monthly|nightly|out)\b))" +
        @"|\b(?<n>[0-9]+)\)?\s+(?:tablets|tablet|tabs|tab|capsules|capsule|caps|cap|pills|pill|patches|patch|count)\b" +
        @"(?!\s+(?:(?:daily|per|every|each|twice|bid|tid|qid|qd|qhs|hs|prn|nightly|po|orally|at|by|a|as)\b|q[0-9]|(?:[0-9]+|one|two|three|four|five|six)\s+times\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// A count of visits, not a frequency ("12 sessions", "6 more visits", "six sessions", "twenty-four visits", "8
    /// physical therapy sessions", not "3 sessions per week"): groups <c>n</c> and <c>w</c>. Up to four words may stand
    /// between, none a word of time, dose, phrase or history, and then the number may not follow a dash ("C5-6 epidural
    /// injections").
    /// </summary>
    public static readonly Regex Visits = new(
        @"(?:(?<![\p{L}\p{Nd}]-)\b(?<n>" + VisitNumber + @")\)?\s+(?:" + DescribingWord + @"\s+){1,4}|\b(?<n>" + VisitNumber + @")\)?\s+)"
        + @"(?<w>sessions|session|visits|visit|injections|injection)\b(?!\s*/|\s*(?:per|a|each|every|weekly|monthly|daily)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private const string VisitNumber =
        @"[0-9]+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b";

    /// <summary>A word that may stand between a count and its visits: letters, hyphens inside, not a visit word or one of these.</summary>
    private const string DescribingWord =
        @"(?!(?:sessions|session|visits|visit|injections|injection|a|an|the|of|to|or|and|for|with|in|at|on|by|from|per|x|times|time|each|every|week|weeks|weekly|wk|wks|month|months|monthly|day|days|daily|year|years|hour|hours|minute|minutes|mg|mcg|ml|cc|g|gm|unit|units|percent|prior|previous|previously|completed|authorized|approved|certified|attended|received|had|have|has|already|were|was)\b)\p{L}+(?:-\p{L}+)*";

    /// <summary>
    /// A number of hours asked for ("160 hours", "(80) hrs", "160-hour"), not when or how often ("every 6 hours", "8 hours
    /// a day", "within 24 hours", "72 hours after") nor a decimal's part: group <c>n</c>.
    /// </summary>
    public static readonly Regex Hours = Measure("hours|hour|hrs|hr");

    /// <summary>A number of days asked for ("30 day rental", "a 7-day stay"), on the terms of <see cref="Hours"/>: group <c>n</c>.</summary>
    public static readonly Regex Days = Measure("days|day");

    private static Regex Measure(string words) => new(
        @"(?<![0-9][.,])(?<!(?<!\p{L})(?:every|each|per|within|after|before|past|last|first|next|in|over)\s*\(?)\b(?<n>[0-9]+)\)?(?:\s+|-)(?:" + words
        + @")\b(?!\s*/|\s*(?:per|a|each|every|weekly|monthly|daily|ago|later|after|before|prior|post|postoperatively|since|from)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A number one to ninety-nine in words, as <c>QuantityScan.NumberWordEnd</c> reads it.</summary>
    private const string NumberInWords =
        @"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?" +
        @"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b";

    private const string Number = "(?:[0-9]{1,2}|" + NumberInWords + ")";

    /// <summary>
    /// A schedule of visits, how often a week for how many weeks ("2 times a week for 6 weeks", "twice weekly x 4 wks",
    /// "2x6"): groups <c>f</c> and <c>w</c>, what ScheduleScan must find.
    /// </summary>
    public static readonly Regex Schedules = new(
        @"(?<![0-9./\-\u2013]\s*|\b(?:to|or)\s+)\b(?:" +
        @"(?:(?<f>" + Number + @")\s*(?:x|times\b)\s*(?:(?:/\s*|(?:a|per|each)\s+)(?:week|wk)|weekly|week|wk)\b" +
        @"|(?<f>" + Number + @")\s+(?:sessions|session|visits|visit|injections|injection)\b\s*(?:/\s*|(?:a|per|each)\s+)(?:week|wk)\b" +
        @"|(?<f>" + Number + @")\s*/\s*(?:week|wk)\b" +
        @"|(?<f>once|twice)\b\s*(?:(?:/\s*|(?:a|per|each)\s+)(?:week|wk)|weekly|week|wk)\b)" +
        @"\s*,?\s*(?:(?:for|times|over|during)\b|x(?!\p{L}))?\s*(?<w>" + Number + @")\s*(?:weeks|week|wks|wk)\b" +
        @"|(?<f>[0-9]{1,2})\s*x\s*(?<w>[0-9]{1,2})(?![0-9]|\.[0-9]|\s*(?:x|%|(?:cm|mm|inch|inches|mg|ml)\b)|(?!(?:weeks|week|wks|wk)\b)\p{L})(?:\s*(?:weeks|week|wks|wk)\b)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A number as a schedule's group holds it: digits, "once", "twice" or words.</summary>
    public static int NumberValue(string written)
    {
        if (int.TryParse(written, out var digits)) return digits;
        var lower = written.ToLowerInvariant();
        if (lower == "once") return 1;
        if (lower == "twice") return 2;
        string[] units = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
        string[] tens = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
        var parts = lower.Split('-', ' ');
        var value = Array.IndexOf(units, parts[0]) is var unit and >= 0 ? unit + 1 : (Array.IndexOf(tens, parts[0]) + 2) * 10;
        return parts.Length > 1 ? value + Array.IndexOf(units, parts[1]) + 1 : value;
    }

    /// <summary>A refill count, in digits or words before its word or after it as a label ("refills x 3"): group <c>n</c>.</summary>
    public static readonly Regex Refills = new(@"(?<![0-9])(?<!#\s*)(?<n>[0-9]{1,3})\s+refills?\b|\b(?<n>" + NumberInWords + @")\s+refills?\b|\brefills?\s*(?:x|:|#)\s*(?<n>[0-9]{1,3})(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The quantities' digits, in order, names' numbers left out.</summary>
    public static IEnumerable<Group> Quantities(string text)
        => Reference.Matches(text).Select(m => m.Groups["n"]).Where(g => g.Success);
}
