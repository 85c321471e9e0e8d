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
        @"|(?<!\brefills?\s*)#\s*(?<n>[0-9]+)" +
        @"|\b(?:qty|quantity)\.?\s*(?:of\s+|:\s*)?#?\s*(?<n>[0-9]+)" +
        @"|\bno\.\s*#?\s*(?<n>[0-9]+)" +
        @"|(?<![0-9]\s*)(?<!\brefills?\s*)\b(?:x\s*|(?<!\bat\s+)times\s+)(?<n>[0-9]+)\b(?!\.[0-9]|\s*(?:/|(?:weeks|week|wks|wk|days|day|months|month|mos|mo|years|year|yrs|yr|hours|hour|hrs|hr|minutes|minute|mins|min|sessions|session|visits|visit|times|time|per|a|each|every|daily|weekly|monthly|nightly|out)\b))" +
        @"|\b(?<n>[0-9]+)\)?\s+(?:tablets|tablet|tabs|tab|capsules|capsule|caps|cap|pills|pill|patches|patch|count)\b" +
        @"(?!\s+(?:(?:daily|per|every|each|twice|bid|tid|qid|qd|qhs|hs|prn|nightly|po|orally|at|by|a|as)\b|q[0-9]|(?:[0-9]+|one|two|three|four|five|six)\s+times\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// A count of visits, not a frequency ("12 sessions", "6 more visits", "six sessions", "twenty-four visits", not "3
    /// sessions per week"): groups <c>n</c> and <c>w</c>.
    /// </summary>
    public static readonly Regex Visits = new(
        @"\b(?<n>[0-9]+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b)\)?\s+(?:(?:more|additional|further|requested|remaining|extra)\s+)?(?<w>sessions|session|visits|visit)\b(?!\s*/|\s*(?:per|a|each|every|weekly|monthly|daily)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A refill count, before its word or after it as a label ("refills x 3"): group <c>n</c>.</summary>
    public static readonly Regex Refills = new(@"(?<![0-9])(?<!#\s*)(?<n>[0-9]{1,3})\s+refills?\b|\brefills?\s*(?:x|:|#)\s*(?<n>[0-9]{1,3})(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The quantities' digits, in order, names' numbers left out.</summary>
    public static IEnumerable<Group> Quantities(string text)
        => Reference.Matches(text).Select(m => m.Groups["n"]).Where(g => g.Success);
}
