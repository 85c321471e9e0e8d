namespace ImrDsl.Text;

/// <summary>
/// The quantities letters give for an item: "#120", "# 90", "Qty 60", "Qty: #60", "quantity of 60", "No. 90", "x 90",
/// "90 tablets", "ninety (90) capsules". Not the number in a drug's name ("Tylenol #3", "codeine No. 4"), nor the
/// tablets of one dose ("1 tablet every 6 hours", "2 tablets daily"), nor a frequency or a duration ("2 x 6",
/// "x 6 weeks"). One scanner serves the typed item's quantity and IMR004's comparison, so the two never read a heading
/// differently.
/// </summary>
/// <remarks>
/// Leftmost first, as this expression with case ignored finds them (group <c>n</c>; a match without it is a name's
/// number, passed over):
/// <code>
/// \b(?:tylenol|codeine)\s*(?:#|no\.)\s*[0-9](?![0-9])
/// | (?&lt;!\brefills?\s*)#\s*(?&lt;n&gt;[0-9]+)
/// | \b(?:qty|quantity)\.?\s*(?:of\s+|:\s*)?#?\s*(?&lt;n&gt;[0-9]+)
/// | \bno\.\s*#?\s*(?&lt;n&gt;[0-9]+)
/// | (?&lt;![0-9]\s*)(?&lt;!\brefills?\s*)\b(?:x\s*|(?&lt;!\bat\s+)times\s+)(?&lt;n&gt;[0-9]+)\b(?!\.[0-9]|\s*(?:/|(?:weeks|week|...|per|a|...|out)\b))
/// | \b(?&lt;n&gt;[0-9]+)\)?\s+(?:tablets|tablet|...|count)\b(?!\s+(?:(?:daily|per|...|as)\b|q[0-9]|(?:[0-9]+|one|...|six)\s+times\b))
/// </code>
/// Every choice is taken at its longest: no shorter reading of a part can let what follows match where the longest
/// did not, so the scanner never backtracks. A test holds it to the expression.
/// </remarks>
internal static class QuantityScan
{
    /// <summary>
    /// Whether the word at <paramref name="at"/> makes the medicine before it a measure ("morphine equivalents", "morphine
    /// milligram equivalents"): a total of opioids, no dose and no mention of morphine itself.
    /// </summary>
    public static bool OpensEquivalence(string text, int at, int end)
        => TextScan.CaselessAt(text, at, end, "equivalen") || TextScan.CaselessAt(text, at, end, "milligram");

    /// <summary>Words that count what is dispensed, in the order the expression tries them.</summary>
    private static readonly string[] CountWords =
        { "tablets", "tablet", "tabs", "tab", "capsules", "capsule", "caps", "cap", "pills", "pill", "patches", "patch", "count" };

    /// <summary>Words after "N tablets" that make it one dose's tablets, not the quantity dispensed.</summary>
    private static readonly string[] DosingWords =
        { "daily", "per", "every", "each", "twice", "bid", "tid", "qid", "qd", "qhs", "hs", "prn", "nightly", "po", "orally", "at", "by", "a", "as" };

    private static readonly string[] NamesWithNumbers = { "tylenol", "codeine" };

    /// <summary>What may follow "x 6" that makes it how often or how long, not how many: "x 6 weeks", "2 x 6/week".</summary>
    private static readonly string[] TimesUnits =
    {
        "weeks", "week", "wks", "wk", "days", "day", "months", "month", "mos", "mo", "years", "year", "yrs", "yr", "hours", "hour", "hrs", "hr",
        "minutes", "minute", "mins", "min", "sessions", "session", "visits", "visit", "injections", "injection", "times", "time", "per",
        // How often ("x 3 a day", "times 2 daily") and a score ("at times 8 out of 10").
        "a", "each", "every", "daily", "weekly", "monthly", "nightly", "out",
    };

    /// <summary>
    /// The next quantity at or after <paramref name="from"/>: where its digits lie, and where the scan goes on after it.
    /// Null when there is none.
    /// </summary>
    public static (int Start, int End, int Next)? Next(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            // After "refills" a number is a refill count ("refill #1"), after "item" the item's number ("under item #1"):
            // neither is a quantity.
            if (c == '#' && !AfterRefillWord(text, i) && !AfterItemWord(text, i))
            {
                var digits = TextScan.SkipSpaces(text, i + 1, text.Length);
                var end = TextScan.SkipAsciiDigits(text, digits, text.Length);
                if (end > digits) return (digits, end, end);
                continue;
            }
            // Every other reading starts at a word's start, with a digit or the first letter of "tylenol", "codeine",
            // "qty", "quantity", "no." or "x": other characters are passed without the boundary test.
            if (!(TextScan.IsAsciiDigit(c) || c is 't' or 'T' or 'c' or 'C' or 'q' or 'Q' or 'n' or 'N' or 'x' or 'X') || !TextScan.IsBoundary(text, i, 0, text.Length)) continue;
            if (TextScan.IsAsciiDigit(c))
            {
                if (CountedEnd(text, i) is var counted && counted >= 0) return (i, TextScan.SkipAsciiDigits(text, i, text.Length), counted);
                continue;
            }
            // Each word reading is tried only at the letter it starts with.
            if (c is 't' or 'T' or 'c' or 'C')
            {
                if (NameNumberEnd(text, i) is var named && named >= 0) i = named - 1;
                // "times 3" is "x 3" in words: "Trigger point injections times 3"; "at times" is "sometimes".
                else if (TextScan.WholeWordEnd(text, i, Times) >= 0 && !FollowsAt(text, i) && TimesDigits(text, i, Times[0].Length) is var times and >= 0)
                {
                    var end = TextScan.SkipAsciiDigits(text, times, text.Length);
                    return (times, end, end);
                }
                continue;
            }
            var labelled = c is 'q' or 'Q' ? LabelledDigits(text, i) : c is 'n' or 'N' ? NumberSignDigits(text, i) : TimesDigits(text, i, 1);
            if (labelled >= 0)
            {
                var end = TextScan.SkipAsciiDigits(text, labelled, text.Length);
                return (labelled, end, end);
            }
        }
        return null;
    }

    /// <summary>"Tylenol #3", "codeine # 4", "Tylenol No. 3" at <paramref name="i"/>: where it ends, or -1.</summary>
    private static int NameNumberEnd(string text, int i)
    {
        var name = TextScan.CaselessAnyAt(text, i, text.Length, NamesWithNumbers);
        if (name < 0) return -1;
        var sign = TextScan.SkipSpaces(text, i + NamesWithNumbers[name].Length, text.Length);
        var signEnd = sign < text.Length && text[sign] == '#' ? sign + 1 : IsNumberWord(text, sign) ? sign + 3 : -1;
        if (signEnd < 0) return -1;
        var digit = TextScan.SkipSpaces(text, signEnd, text.Length);
        if (digit >= text.Length || !TextScan.IsAsciiDigit(text[digit])) return -1;
        return digit + 1 < text.Length && TextScan.IsAsciiDigit(text[digit + 1]) ? -1 : digit + 1;
    }

    /// <summary>"No." at <paramref name="i"/>, the number sign in words.</summary>
    private static bool IsNumberWord(string text, int i)
        => TextScan.CaselessAt(text, i, text.Length, "no") && i + 2 < text.Length && text[i + 2] == '.';

    /// <summary>Where the digits of "No. 90" or "No. #90" at <paramref name="i"/> start, or -1.</summary>
    private static int NumberSignDigits(string text, int i)
    {
        if (!IsNumberWord(text, i)) return -1;
        var at = TextScan.SkipSpaces(text, i + 3, text.Length);
        if (at < text.Length && text[at] == '#') at = TextScan.SkipSpaces(text, at + 1, text.Length);
        return at < text.Length && TextScan.IsAsciiDigit(text[at]) ? at : -1;
    }

    /// <summary>
    /// Where the digits of "x 90", "x90" or "times 90" at <paramref name="i"/> start (the sign or word is
    /// <paramref name="sign"/> characters long), or -1: not after a number ("2 x 6" and "2 times a week" are how often), not
    /// a decimal ("x 0.5"), not before a unit of time or a count of visits ("x 6 weeks", "x 12 sessions", "x 2/week").
    /// </summary>
    private static int TimesDigits(string text, int i, int sign)
    {
        var before = TextScan.LastShownBefore(text, i);
        if (before >= 0 && TextScan.IsAsciiDigit(text[before]) || AfterRefillWord(text, i)) return -1;
        var digits = TextScan.SkipSpaces(text, i + sign, text.Length);
        // A word ("times") needs a space before its number; the sign "x" may touch it ("x90").
        if (sign > 1 && digits == i + sign) return -1;
        var end = TextScan.SkipAsciiDigits(text, digits, text.Length);
        if (end == digits || !TextScan.IsBoundary(text, end, 0, text.Length)) return -1;
        if (end + 1 < text.Length && text[end] == '.' && TextScan.IsAsciiDigit(text[end + 1])) return -1;
        var next = TextScan.SkipSpaces(text, end, text.Length);
        if (next < text.Length && text[next] == '/' || TextScan.WholeWordEnd(text, next, TimesUnits) >= 0) return -1;
        return digits;
    }

    /// <summary>Whether the word before <paramref name="i"/> is "at".</summary>
    private static bool FollowsAt(string text, int i)
    {
        var before = TextScan.LastShownBefore(text, i);
        return before >= 1 && before < i - 1 && TextScan.CaselessAt(text, before - 1, text.Length, "at") && TextScan.IsBoundary(text, before - 1, 0, text.Length);
    }

    /// <summary>Where the digits of "Qty 60", "Qty.: #60" or "quantity of 60" at <paramref name="i"/> start, or -1.</summary>
    private static int LabelledDigits(string text, int i)
    {
        int at;
        if (TextScan.CaselessAt(text, i, text.Length, "qty")) at = i + 3;
        else if (TextScan.CaselessAt(text, i, text.Length, "quantity")) at = i + 8;
        else return -1;
        if (at < text.Length && text[at] == '.') at++;
        at = TextScan.SkipSpaces(text, at, text.Length);
        if (TextScan.CaselessAt(text, at, text.Length, "of") && TextScan.SkipRequiredSpaces(text, at + 2, text.Length) is var afterOf && afterOf >= 0) at = afterOf;
        else if (at < text.Length && text[at] == ':') at = TextScan.SkipSpaces(text, at + 1, text.Length);
        if (at < text.Length && text[at] == '#') at++;
        at = TextScan.SkipSpaces(text, at, text.Length);
        return at < text.Length && TextScan.IsAsciiDigit(text[at]) ? at : -1;
    }

    /// <summary>The end of "90 tablets" or "90) capsules" at <paramref name="i"/>, unless a dosing word follows, or -1.</summary>
    private static int CountedEnd(string text, int i)
    {
        var at = TextScan.SkipAsciiDigits(text, i, text.Length);
        if (at < text.Length && text[at] == ')') at++;
        var word = TextScan.SkipRequiredSpaces(text, at, text.Length);
        if (word < 0 || TextScan.WholeWordEnd(text, word, CountWords) is not (var end and >= 0)) return -1;
        var next = TextScan.SkipRequiredSpaces(text, end, text.Length);
        if (next >= 0 && next < text.Length && (TextScan.WholeWordEnd(text, next, DosingWords) >= 0 || TimesEnd(text, next) >= 0
            || TextScan.CaselessEquals(text[next], 'q') && next + 1 < text.Length && TextScan.IsAsciiDigit(text[next + 1]))) return -1;
        return end;
    }

    /// <summary>Words that count visits: how many times a service is given ("12 sessions", "3 injections").</summary>
    internal static readonly string[] VisitWords = { "sessions", "session", "visits", "visit", "injections", "injection" };

    /// <summary>Words after "3 sessions" that make it how often, not how many: "3 sessions per week", "2 visits a month".</summary>
    private static readonly string[] FrequencyWords = { "per", "a", "each", "every", "weekly", "monthly", "daily" };

    /// <summary>
    /// The next count of visits at or after <paramref name="from"/> ("12 sessions", "(6) visits", "x 8 sessions", "6 more
    /// visits", "six sessions"): where its number and its word lie, the scan going on after the word. Not a frequency ("3 sessions per
    /// week", "2 visits/month"). Null when there is none. Visits are no quantity dispensed, so they are kept apart from
    /// <see cref="Next"/>'s.
    /// </summary>
    public static (int Start, int End, int WordStart, int Next)? NextVisits(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            // A number in digits or in words ("six sessions"), whose first letters are few: most words are passed at once.
            if (!(TextScan.IsAsciiDigit(text[i]) || text[i] is 'o' or 'O' or 't' or 'T' or 'f' or 'F' or 's' or 'S' or 'e' or 'E' or 'n' or 'N')
                || !TextScan.IsBoundary(text, i, 0, text.Length)) continue;
            var end = TextScan.IsAsciiDigit(text[i]) ? TextScan.SkipAsciiDigits(text, i, text.Length) : NumberWordEnd(text, i, out _);
            if (end < 0)
            {
                while (i + 1 < text.Length && char.IsLetter(text[i + 1])) i++;
                continue;
            }
            var word = TextScan.SkipRequiredSpaces(text, end < text.Length && text[end] == ')' ? end + 1 : end, text.Length);
            // A few words saying what is given may stand between: "6 more visits", "14 chiropractic visits", "8 physical
            // therapy sessions", "3 lumbar epidural steroid injections".
            var between = 0;
            while (word >= 0 && between < MostWordsBetween && TextScan.WholeWordEnd(text, word, VisitWords) < 0
                   && DescribingWordEnd(text, word) is var described and >= 0 && TextScan.SkipRequiredSpaces(text, described, text.Length) is var following and >= 0)
            {
                word = following;
                between++;
            }
            var wordEnd = word < 0 ? -1 : TextScan.WholeWordEnd(text, word, VisitWords);
            // With words between, a number after a dash is a spinal level's or a range's end: "C5-6 epidural injections".
            if (wordEnd < 0 || between > 0 && i >= 2 && text[i - 1] == '-' && char.IsLetterOrDigit(text[i - 2])) { i = end - 1; continue; }
            var next = TextScan.SkipSpaces(text, wordEnd, text.Length);
            if (!(next < text.Length && text[next] == '/' || TextScan.WholeWordEnd(text, next, FrequencyWords) >= 0)) return (i, end, word, wordEnd);
            i = wordEnd - 1;
        }
        return null;
    }

    /// <summary>Words that measure a program in hours: "160 hours", "80 hrs".</summary>
    private static readonly string[] HourWords = { "hours", "hour", "hrs", "hr" };

    /// <summary>Words that measure a rental, trial or stay in days: "30 day rental", "a 7-day stay".</summary>
    private static readonly string[] DayWords = { "days", "day" };

    /// <summary>
    /// The word before "6 hours" or "30 days" that makes it when or how often, not how long: "every 6 hours", "within 24
    /// hours", "for the past 30 days".
    /// </summary>
    private static readonly string[] TimingBefore = { "every", "each", "per", "within", "after", "before", "past", "last", "first", "next", "in", "over" };

    /// <summary>The word after "30 days" that makes it when: "30 days ago", "30 days after surgery", "72 hours post-injection".</summary>
    private static readonly string[] TimingAfter = { "ago", "later", "after", "before", "prior", "post", "postoperatively", "since", "from" };

    /// <summary>
    /// The next number of hours at or after <paramref name="from"/> that a request asks for ("160 hours", "(80) hrs", "a
    /// 160-hour program"): a functional restoration program's length. Null when there is none; see <see cref="NextMeasure"/>.
    /// </summary>
    public static (int Start, int End, int Next)? NextHours(string text, int from) => NextMeasure(text, from, HourWords);

    /// <summary>
    /// The next number of days at or after <paramref name="from"/> that a request asks for ("30 day rental", "a 7-day
    /// stay", "x 14 days"): a rental's, trial's or stay's length. Null when there is none; see <see cref="NextMeasure"/>.
    /// </summary>
    public static (int Start, int End, int Next)? NextDays(string text, int from) => NextMeasure(text, from, DayWords);

    /// <summary>
    /// The next rate of hours or days in digits ("4 hours per day", "8 hrs/day", "20 hours a week", "5 days per week", "6
    /// hours daily"): where its number lies, whether it counts days (else hours), whether it is per week (else per day),
    /// and where the scan goes on. How many hours a day a home health aide comes is what such a request is about, and
    /// <see cref="NextHours"/> leaves it out as a frequency. Not part of a decimal ("1.5 hours a day"), and no days per
    /// day. Null when there is none.
    /// </summary>
    public static (int Start, int End, bool Days, bool Weekly, int Next)? NextRate(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!TextScan.IsAsciiDigit(text[i]) || !TextScan.IsBoundary(text, i, 0, text.Length)) continue;
            var end = TextScan.SkipAsciiDigits(text, i, text.Length);
            if (i >= 2 && text[i - 1] is '.' or ',' && TextScan.IsAsciiDigit(text[i - 2])) { i = end - 1; continue; }
            // The end of a range or a limit ("4 to 10 hours per day", "4-10 hours a day", "up to 8 hours daily") is none.
            if (EndsRangeOrLimit(text, i)) { i = end - 1; continue; }
            var word = TextScan.SkipRequiredSpaces(text, end, text.Length);
            var days = false;
            var wordEnd = word < 0 ? -1 : TextScan.WholeWordEnd(text, word, HourWords);
            if (wordEnd < 0 && word >= 0 && (wordEnd = TextScan.WholeWordEnd(text, word, DayWords)) >= 0) days = true;
            if (wordEnd < 0) { i = end - 1; continue; }
            if (RatePeriodEnd(text, wordEnd) is { } period && (!days || period.Weekly)) return (i, end, days, period.Weekly, period.End);
            i = wordEnd - 1;
        }
        return null;
    }

    /// <summary>Whether the number at <paramref name="i"/> follows "to", "or", "through" or a dash after another number, or "to" alone ("up to").</summary>
    private static bool EndsRangeOrLimit(string text, int i)
    {
        var before = TextScan.LastShownBefore(text, i);
        if (before < 0) return false;
        if (text[before] is '-' or '\u2013') return before > 0 && TextScan.IsAsciiDigit(text[TextScan.LastShownBefore(text, before) is var b and >= 0 ? b : before]);
        return EndsWithAny(text, before + 1, RangeWords);
    }

    private static readonly string[] RangeWords = { "to", "or", "through", "thru" };

    /// <summary>The period after "4 hours" that makes it a rate ("per day", "a week", "/day", "daily", "weekly"): per week or per day, and its end.</summary>
    private static (bool Weekly, int End)? RatePeriodEnd(string text, int at)
    {
        var next = TextScan.SkipSpaces(text, at, text.Length);
        if (next >= text.Length) return null;
        if (TextScan.WholeWordEnd(text, next, DailyWords) is var daily and >= 0) return (false, daily);
        if (TextScan.WholeWordEnd(text, next, WeeklyWords) is var weekly and >= 0) return (true, weekly);
        var period = -1;
        if (text[next] == '/') period = TextScan.SkipSpaces(text, next + 1, text.Length);
        else if (TextScan.WholeWordEnd(text, next, RateWords) is var per and >= 0) period = TextScan.SkipRequiredSpaces(text, per, text.Length);
        if (period < 0 || period >= text.Length) return null;
        if (TextScan.WholeWordEnd(text, period, DayPeriods) is var day and >= 0) return (false, day);
        if (TextScan.WholeWordEnd(text, period, WeekPeriods) is var week and >= 0) return (true, week);
        return null;
    }

    private static readonly string[] DailyWords = { "daily" };

    private static readonly string[] WeeklyWords = { "weekly" };

    private static readonly string[] RateWords = { "per", "a", "each", "every" };

    private static readonly string[] DayPeriods = { "day" };

    private static readonly string[] WeekPeriods = { "week", "wk" };

    /// <summary>
    /// The next number in digits measured by one of <paramref name="words"/>, after spaces or one hyphen ("30 days",
    /// "30-day"): how long a request lasts. Not when or how often ("every 6 hours", "8 hours a day", "4 hours/week",
    /// "within 72 hours", "30 days ago", "5 days after surgery"), nor part of a decimal ("1.5 hours").
    /// </summary>
    private static (int Start, int End, int Next)? NextMeasure(string text, int from, string[] words)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!TextScan.IsAsciiDigit(text[i]) || !TextScan.IsBoundary(text, i, 0, text.Length)) continue;
            var end = TextScan.SkipAsciiDigits(text, i, text.Length);
            var at = end < text.Length && text[end] == ')' ? end + 1 : end;
            var word = at < text.Length && text[at] == '-' ? at + 1 : TextScan.SkipRequiredSpaces(text, at, text.Length);
            var wordEnd = word < 0 ? -1 : TextScan.WholeWordEnd(text, word, words);
            // Most numbers are followed by no such word: what stands around one is looked at only when it is.
            if (wordEnd >= 0 && IsLength(text, from, i, wordEnd)) return (i, end, wordEnd);
            i = end - 1;
        }
        return null;
    }

    /// <summary>
    /// Whether the number at <paramref name="start"/>, measured by the word that ends at <paramref name="wordEnd"/>, is how
    /// long (see <see cref="NextMeasure"/>): no frequency or time after it, no timing word before it, no decimal's part.
    /// </summary>
    private static bool IsLength(string text, int from, int start, int wordEnd)
    {
        var next = TextScan.SkipSpaces(text, wordEnd, text.Length);
        if (next < text.Length && text[next] == '/' || TextScan.WholeWordEnd(text, next, FrequencyWords) >= 0 || TextScan.WholeWordEnd(text, next, TimingAfter) >= 0)
            return false;
        if (start >= 2 && text[start - 1] is '.' or ',' && TextScan.IsAsciiDigit(text[start - 2])) return false;
        var before = TextScan.LastShownBefore(text, start < from + 1 || text[start - 1] != '(' ? start : start - 1);
        return !EndsWithAny(text, before + 1, TimingBefore);
    }

    private static bool EndsWithAny(string text, int end, string[] words)
    {
        foreach (var word in words)
            if (TextScan.EndsWithWord(text, 0, end, word)) return true;
        return false;
    }

    /// <summary>
    /// The end of a number written in words at <paramref name="at"/>, one to ninety-nine ("six", "twenty", "twenty-four",
    /// "thirty six"), with its value; -1 when none stands there as a whole word. A tens word takes the unit after it, past
    /// one hyphen or space, only when that unit is a whole word too ("twenty oneself" is twenty).
    /// </summary>
    public static int NumberWordEnd(string text, int at, out int value)
    {
        value = 0;
        if (TextScan.WholeWordAt(text, at, Units) is var unit and >= 0)
        {
            value = unit + 1;
            return at + Units[unit].Length;
        }
        if (TextScan.WholeWordAt(text, at, Tens) is not (var tens and >= 0)) return -1;
        value = (tens + 2) * 10;
        var end = at + Tens[tens].Length;
        if (end + 1 < text.Length && text[end] is '-' or ' ' && TextScan.WholeWordAt(text, end + 1, Units) is var ones and >= 0 and < 9)
        {
            value += ones + 1;
            return end + 1 + Units[ones].Length;
        }
        return end;
    }

    /// <summary>One to nineteen in words, each at its value less one.</summary>
    private static readonly string[] Units =
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    };

    /// <summary>Twenty to ninety in words, each at its value over ten less two.</summary>
    private static readonly string[] Tens = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    /// <summary>The most words that may stand between a count and its visits ("3 lumbar epidural steroid injections").</summary>
    private const int MostWordsBetween = 4;

    /// <summary>
    /// Words that cannot stand between a count and its visits: they make the number something else, a time ("6 weeks of
    /// therapy sessions"), a dose ("60 mg injections"), a part of a phrase ("2 of the sessions", "6 to 8 visits"), or
    /// visits had ("24 prior sessions", "12 completed visits").
    /// </summary>
    private static readonly string[] NotBetween =
    {
        "a", "an", "the", "of", "to", "or", "and", "for", "with", "in", "at", "on", "by", "from", "per", "x", "times", "time", "each",
        "every", "week", "weeks", "weekly", "wk", "wks", "month", "months", "monthly", "day", "days", "daily", "year", "years", "hour",
        "hours", "minute", "minutes", "mg", "mcg", "ml", "cc", "g", "gm", "unit", "units", "percent", "prior", "previous", "previously",
        "completed", "authorized", "approved", "certified", "attended", "received", "had", "have", "has", "already", "were", "was",
    };

    /// <summary>
    /// The end of one word of letters at <paramref name="at"/>, hyphens inside it ("post-operative"), that may stand
    /// between a count and its visits (not one of <see cref="NotBetween"/>), or -1.
    /// </summary>
    private static int DescribingWordEnd(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
            if (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1])) end++;
        }
        if (end == at || end < text.Length && char.IsDigit(text[end]) || TextScan.WholeWordAt(text, at, NotBetween) >= 0) return -1;
        return end;
    }

    /// <summary>
    /// The next refill count at or after <paramref name="from"/> ("3 refills", "1 Refill", "refills x 3", "Refills: 2"), as
    /// <c>(?&lt;![0-9])(?&lt;!#\s*)(?&lt;n&gt;[0-9]{1,3})\s+refills?\b|\brefills?\s*(?:x|:|#)\s*(?&lt;n&gt;[0-9]{1,3})(?![0-9])</c> with case ignored
    /// finds them: where its digits lie, and where the scan goes on. The typed item's refills and IMR004's comparison both
    /// read them here.
    /// </summary>
    public static (int Start, int End, int Next)? NextRefills(string text, int from)
    {
        // Every refill count holds the word: a text without it (most) is answered by one vectorised search.
        if (from >= text.Length || text.IndexOf("refill", from, StringComparison.OrdinalIgnoreCase) < 0) return null;
        for (var at = from; at < text.Length; at++)
        {
            if (text[at] is 'r' or 'R' && LabelledRefills(text, at) is { } labelled) return labelled;
            // A number in words ("three refills"), as visits may be counted: asked only at a word's start with a letter such
            // a number opens with, as this runs over every item's heading.
            if ((text[at] | 0x20) is 'o' or 't' or 'f' or 's' or 'e' or 'n' && TextScan.IsBoundary(text, at, 0, text.Length))
            {
                if (NumberWordEnd(text, at, out _) is var wordsEnd and > 0
                    && TextScan.SkipRequiredSpaces(text, wordsEnd, text.Length) is var refill and >= 0 && RefillWordEnd(text, refill) is var inWordsEnd and >= 0)
                    return (at, wordsEnd, inWordsEnd);
                while (at + 1 < text.Length && char.IsLetter(text[at + 1])) at++;
                continue;
            }
            // A number's first digit, not one after '#': "#60 Refills: 2" is a quantity and a refill label.
            if (!TextScan.IsAsciiDigit(text[at]) || at > 0 && TextScan.IsAsciiDigit(text[at - 1]) || AfterNumberSign(text, at)) continue;
            var digitsEnd = TextScan.SkipAsciiDigits(text, at, text.Length);
            if (digitsEnd - at > 3) continue;
            var word = TextScan.SkipSpaces(text, digitsEnd, text.Length);
            if (word > digitsEnd && RefillWordEnd(text, word) is var end and >= 0) return (at, digitsEnd, end);
        }
        return null;
    }

    /// <summary>The end of "refill" or "refills" as a whole word at <paramref name="at"/>, or -1.</summary>
    private static int RefillWordEnd(string text, int at)
    {
        if (!TextScan.CaselessAt(text, at, text.Length, "refill")) return -1;
        var end = at + 6;
        if (end < text.Length && TextScan.CaselessEquals(text[end], 's')) end++;
        return TextScan.IsBoundary(text, end, 0, text.Length) ? end : -1;
    }

    /// <summary>Whether '#' stands before <paramref name="i"/>, past white space: "#60 Refills: 2" is a quantity, not 60 refills.</summary>
    private static bool AfterNumberSign(string text, int i) => TextScan.LastShownBefore(text, i) is var before and >= 0 && text[before] == '#';

    /// <summary>Whether the word before <paramref name="i"/>, past white space, numbers an item of the letter: "item #1", "Issue #2".</summary>
    private static bool AfterItemWord(string text, int i) => TextScan.WordBeforeIsOneOf(text, i, ItemWords, wholeWord: true);

    private static readonly string[] ItemWords = { "item", "items", "issue", "issues", "question", "questions" };

    /// <summary>Whether the word before <paramref name="i"/>, past white space, is "refill" or "refills": "refills x 3".</summary>
    private static bool AfterRefillWord(string text, int i) => TextScan.WordBeforeIsOneOf(text, i, RefillWords, wholeWord: true);

    private static readonly string[] RefillWords = { "refill", "refills" };

    /// <summary>"refills x 3", "Refill: 1", "refills #2" at <paramref name="at"/>: where the digits lie, or null.</summary>
    private static (int Start, int End, int Next)? LabelledRefills(string text, int at)
    {
        if (!TextScan.CaselessAt(text, at, text.Length, "refill") || !TextScan.IsBoundary(text, at, 0, text.Length)) return null;
        var i = at + 6;
        if (i < text.Length && TextScan.CaselessEquals(text[i], 's')) i++;
        i = TextScan.SkipSpaces(text, i, text.Length);
        if (i >= text.Length || text[i] is not ('x' or 'X' or ':' or '#')) return null;
        var digits = TextScan.SkipSpaces(text, i + 1, text.Length);
        var end = TextScan.SkipAsciiDigits(text, digits, text.Length);
        return end > digits && end - digits <= 3 ? (digits, end, end) : null;
    }

    /// <summary>The end of "3 times" or "three times" at <paramref name="at"/> (how often a dose is taken), or -1.</summary>
    private static int TimesEnd(string text, int at)
    {
        var count = TextScan.IsAsciiDigit(text[at]) ? TextScan.SkipAsciiDigits(text, at, text.Length) : TextScan.WholeWordEnd(text, at, TimesCounts);
        if (count < 0) return -1;
        var times = TextScan.SkipRequiredSpaces(text, count, text.Length);
        return times < 0 ? -1 : TextScan.WholeWordEnd(text, times, Times);
    }

    private static readonly string[] TimesCounts = { "one", "two", "three", "four", "five", "six" };
    internal static readonly string[] Times = { "times" };

}
