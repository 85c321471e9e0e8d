using System.Globalization;

namespace ImrDsl.Text;

/// <summary>
/// What .NET's regular expressions (with RegexOptions.CultureInvariant) mean by a word character, white space and
/// a case-ignored letter, for the hand-written scanners that replaced them on the letter path: loading the regex
/// engine and building its matchers cost tens of milliseconds at every start. Every scanner is held by a test to
/// the expression it replaced, and the tests check these meanings character by character against the engine.
/// </summary>
internal static class TextScan
{
    /// <summary>
    /// A word character as <c>\b</c> sees it: a letter, a non-spacing mark, a decimal digit (any script), a connector
    /// such as '_', or a zero-width (non-)joiner.
    /// </summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128) return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';
        if (c is '\u200C' or '\u200D') return true;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Whether <c>\b</c> holds at <paramref name="at"/> in the input text[start, end) (a range is the whole input to a regex).</summary>
    public static bool IsBoundary(string text, int at, int start, int end)
        => (at > start && IsWordChar(text[at - 1])) != (at < end && IsWordChar(text[at]));

    /// <summary>
    /// The end of a year from 1900 to 2099 written alone at <paramref name="at"/> (no letter or digit touches it within
    /// text[start, end)), or -1: letters put a guideline's edition year anywhere in its name.
    /// </summary>
    public static int StandaloneYearEnd(string text, int at, int start, int end)
    {
        if (end - at < 4 || at > start && char.IsLetterOrDigit(text[at - 1])) return -1;
        if (!(text[at] == '1' && text[at + 1] == '9' || text[at] == '2' && text[at + 1] == '0')) return -1;
        if (!IsAsciiDigit(text[at + 2]) || !IsAsciiDigit(text[at + 3])) return -1;
        return at + 4 < end && char.IsLetterOrDigit(text[at + 4]) ? -1 : at + 4;
    }

    /// <summary><c>[0-9]</c>: ASCII digits only (<c>\d</c> is <see cref="char.IsDigit(char)"/>).</summary>
    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    /// <summary>
    /// Whether <paramref name="c"/> matches the ASCII lower-case letter or symbol <paramref name="lower"/> with case
    /// ignored: its two cases, and for 'k' the Kelvin sign (U+212A), the one other character the engine folds onto an
    /// ASCII letter.
    /// </summary>
    public static bool CaselessEquals(char c, char lower)
        => c == lower || lower is >= 'a' and <= 'z' && (c == (char)(lower - 32) || lower == 'k' && c == '\u212A');

    /// <summary><c>[a-z]</c> with case ignored: either case, and the Kelvin sign.</summary>
    public static bool IsCaselessAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '\u212A';

    /// <summary>Whether text[at, end) starts with <paramref name="lower"/> (ASCII, lower case), case ignored as above.</summary>
    public static bool CaselessAt(string text, int at, int end, string lower)
    {
        if (at < 0 || end - at < lower.Length) return false;
        for (var k = 0; k < lower.Length; k++)
            if (!CaselessEquals(text[at + k], lower[k])) return false;
        return true;
    }

    /// <summary>Where <paramref name="lower"/> (ASCII, lower case) first occurs at or after <paramref name="from"/>, case ignored as above, or -1.</summary>
    public static int IndexOfCaseless(string text, string lower, int from) => IndexOfCaseless(text, lower, from, text.Length);

    /// <summary>Where <paramref name="lower"/> first lies wholly in text[from, end), case ignored as above, or -1.</summary>
    public static int IndexOfCaseless(string text, string lower, int from, int end)
    {
        if (lower.Length == 0 || lower[0] == 'k') return IndexOfCaselessByWalk(text, lower, from, end);
        // Only where the first character matches, found by a vectorised search for either of its cases at once (no other
        // character folds onto an ASCII letter but 'k'). One search for both, not one per case: a case that is rare was
        // searched for to the end of the text again on every call, so a caller finding every match was quadratic.
        // (string.IndexOfAny is vectorised at run time; this assembly targets netstandard2.0, without spans.)
        var cases = CasesOf(lower[0]);
        var last = Math.Min(end, text.Length) - lower.Length;
        for (var start = Math.Max(0, from); start <= last;)
        {
            var at = text.IndexOfAny(cases, start, last - start + 1);
            if (at < 0) return -1;
            if (CaselessAt(text, at, text.Length, lower)) return at;
            start = at + 1;
        }
        return -1;
    }

    /// <summary>The character and its upper case, one array per ASCII character, made once (the search runs per sentence).</summary>
    private static char[] CasesOf(char first)
    {
        if (first >= 128) return new[] { first };
        if (CaseArrays[first] is { } made) return made;
        var upper = first is >= 'a' and <= 'z' ? (char)(first - 32) : first;
        return CaseArrays[first] = upper == first ? new[] { first } : new[] { first, upper };
    }

    private static readonly char[]?[] CaseArrays = new char[]?[128];

    private static int IndexOfCaselessByWalk(string text, string lower, int from, int end)
    {
        for (var i = from; i <= Math.Min(end, text.Length) - lower.Length; i++)
            if (CaselessAt(text, i, text.Length, lower)) return i;
        return -1;
    }

    /// <summary>The first of <paramref name="words"/>, in order, that text[at, end) starts with (case ignored), or -1.</summary>
    public static int CaselessAnyAt(string text, int at, int end, string[] words)
    {
        // Most words are refused by their first character: compared here, not in a call per word.
        var first = at >= 0 && at < end && at < text.Length ? text[at] : '\0';
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (first != '\0' && word.Length > 0 && !CaselessEquals(first, word[0])) continue;
            if (CaselessAt(text, at, end, word)) return w;
        }
        return -1;
    }

    /// <summary>
    /// The first of <paramref name="words"/> (lower case), in order, that stands at <paramref name="at"/> as a whole word
    /// (case ignored, a word boundary after it), or -1.
    /// </summary>
    public static int WholeWordAt(string text, int at, string[] words)
    {
        for (var w = 0; w < words.Length; w++)
            if (CaselessAt(text, at, text.Length, words[w]) && IsBoundary(text, at + words[w].Length, 0, text.Length)) return w;
        return -1;
    }

    /// <summary>Whether text[start, end) is one of <paramref name="words"/> (lower case), case ignored as <see cref="CaselessAt"/> does.</summary>
    public static bool IsWordOf(string text, int start, int end, string[] words)
    {
        foreach (var word in words)
            if (word.Length == end - start && CaselessAt(text, start, end, word)) return true;
        return false;
    }

    /// <summary>
    /// Whether text[start, end) ends with <paramref name="word"/> (lower case, case ignored as <see cref="CaselessAt"/>
    /// does), with no letter just before it: "is upheld" ends with "upheld", "... then" with "then".
    /// </summary>
    public static bool EndsWithWord(string text, int start, int end, string word)
        => end - start >= word.Length && CaselessAt(text, end - word.Length, end, word) && (end - word.Length == start || !char.IsLetter(text[end - word.Length - 1]));

    /// <summary>The end of the word <see cref="WholeWordAt"/> finds at <paramref name="at"/>, or -1.</summary>
    public static int WholeWordEnd(string text, int at, string[] words) => WholeWordAt(text, at, words) is var w and >= 0 ? at + words[w].Length : -1;

    /// <summary>
    /// Whether the run of letters that ends at the last character before <paramref name="i"/> not white space is one of
    /// <paramref name="words"/> (lower case, case ignored as <see cref="CaselessAt"/>): "item" before "#1", "the" before
    /// "injured". With <paramref name="wholeWord"/>, no digit or underscore may stand just before the run either.
    /// </summary>
    public static bool WordBeforeIsOneOf(string text, int i, string[] words, bool wholeWord = false)
    {
        var end = LastShownBefore(text, i) + 1;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return IsWordOf(text, start, end, words) && (!wholeWord || IsBoundary(text, start, 0, text.Length));
    }

    /// <summary>The last character before <paramref name="i"/> that is not white space, or -1.</summary>
    public static int LastShownBefore(string text, int i)
    {
        while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
        return i - 1;
    }

    /// <summary>Past <c>\s*</c> from <paramref name="i"/>.</summary>
    public static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>Past <c>\s+</c> from <paramref name="i"/>, or -1 when no white space is there.</summary>
    public static int SkipRequiredSpaces(string text, int i, int end)
    {
        var after = SkipSpaces(text, i, end);
        return after > i ? after : -1;
    }

    /// <summary>
    /// Past <c>(?:word\s+)?</c> from <paramref name="i"/> (<paramref name="lower"/> ASCII, case ignored): past the word
    /// and its white space when both are there, else <paramref name="i"/>.
    /// </summary>
    public static int SkipOptionalWord(string text, int i, int end, string lower)
        => CaselessAt(text, i, end, lower) && SkipRequiredSpaces(text, i + lower.Length, end) is var after && after >= 0 ? after : i;

    /// <summary>
    /// An edition's ordinal at <paramref name="i"/>, as in "2nd Edition" or "3rd Ed.": <c>[0-9]+(?:st|nd|rd|th)\s+ed</c>
    /// with case ignored. Returns where "ed" ends and gives the edition's number, or -1. The letter reader skips edition
    /// notes with it, and the catalogues tell editions apart with it.
    /// </summary>
    public static int OrdinalEditionAt(string text, int i, int end, out int number)
    {
        number = 0;
        var digitsEnd = SkipAsciiDigits(text, i, end);
        var suffixEnd = SkipOrdinalSuffix(text, digitsEnd, end);
        if (digitsEnd == i || suffixEnd == digitsEnd) return -1;
        var ed = SkipRequiredSpaces(text, suffixEnd, end);
        if (ed < 0 || !CaselessAt(text, ed, end, "ed")) return -1;
        for (var d = i; d < digitsEnd && number < 100_000; d++) number = number * 10 + (text[d] - '0');
        return ed + 2;
    }

    /// <summary>Past an ordinal's suffix at <paramref name="i"/> (<c>(?:st|nd|rd|th)</c>, case ignored) when one is there ("3rd").</summary>
    public static int SkipOrdinalSuffix(string text, int i, int end) => CaselessAnyAt(text, i, end, Ordinals) >= 0 ? i + 2 : i;

    private static readonly string[] Ordinals = { "st", "nd", "rd", "th" };

    /// <summary>Past <c>[0-9]*</c> from <paramref name="i"/>.</summary>
    public static int SkipAsciiDigits(string text, int i, int end)
    {
        while (i < end && IsAsciiDigit(text[i])) i++;
        return i;
    }

    /// <summary>
    /// Past a number as doses write it, <c>[0-9]+(?:\.[0-9]+)?(?:/[0-9]+(?:\.[0-9]+)?)?</c>, from a digit at
    /// <paramref name="start"/>. Only the longest reading can be followed by white space or a unit: what a shorter one
    /// leaves next is a digit, '.' or '/'.
    /// </summary>
    public static int SkipDoseNumber(string text, int start, int end)
    {
        var i = SkipDecimal(text, start, end);
        if (i < end && text[i] == '/' && SkipAsciiDigits(text, i + 1, end) is var denominator && denominator > i + 1) i = SkipFraction(text, denominator, end);
        return i;
    }

    /// <summary>Past <c>[0-9]+(?:\.[0-9]+)?</c> from <paramref name="start"/> (digits, then a fraction if one follows).</summary>
    public static int SkipDecimal(string text, int start, int end) => SkipFraction(text, SkipAsciiDigits(text, start, end), end);

    /// <summary>Past <c>(?:\.[0-9]+)?</c> from <paramref name="i"/>.</summary>
    private static int SkipFraction(string text, int i, int end)
        => i < end && text[i] == '.' && SkipAsciiDigits(text, i + 1, end) is var digitsEnd && digitsEnd > i + 1 ? digitsEnd : i;
}
