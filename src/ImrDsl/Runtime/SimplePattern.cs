namespace ImrDsl.Runtime;

/// <summary>
/// A declared pattern simple enough to match without the regex engine, which takes tens of milliseconds to load and
/// build a matcher at every start (the standard library's case number, <c>^(CM\d{2}-\d{7}|IMR \d{2}-\d{6})$</c>, is checked
/// in every letter). The subset: the whole pattern anchored by '^' and '$'; inside, either one sequence or one group,
/// "(...)" or "(?:...)", of alternative sequences; a sequence of atoms, each a literal character, an escaped non-word
/// character ("\-", "\."), or <c>\d</c>, optionally repeated an exact number of times ("{7}"). Anything else (and
/// anything in doubt) is not parsed, and the caller falls back to <see cref="System.Text.RegularExpressions.Regex"/>.
/// Matching means what the engine means with RegexOptions.CultureInvariant: literals compare ordinally, <c>\d</c> is
/// any decimal digit (<see cref="char.IsDigit(char)"/>), and '$' also matches before a final line feed.
/// </summary>
internal sealed class SimplePattern
{
    /// <summary>An atom: a literal character, or any decimal digit when <see cref="AnyDigit"/> is set.</summary>
    /// <remarks>A class, not a struct: ReadyToRun cannot precompile the framework's List code over this assembly's structs,
    /// so a List of struct atoms was JIT-compiled (nine methods) at every start that checks a case number.</remarks>
    private sealed class Atom
    {
        public Atom(char literal, bool anyDigit) { Literal = literal; AnyDigit = anyDigit; }
        public char Literal { get; }
        public bool AnyDigit { get; }
        public bool Matches(char c) => AnyDigit ? char.IsDigit(c) : c == Literal;
    }

    /// <summary>The longest repetition taken (a longer one is left to the engine).</summary>
    private const int MaxRepeat = 1000;

    // Each alternative, spelled out: a repeated atom appears as many times as it repeats.
    private readonly Atom[][] _alternatives;

    private SimplePattern(Atom[][] alternatives) => _alternatives = alternatives;

    /// <summary>The pattern as a simple one, or null when it is outside the subset.</summary>
    public static SimplePattern? TryParse(string pattern)
    {
        if (pattern.Length < 2 || pattern[0] != '^' || pattern[pattern.Length - 1] != '$') return null;
        var start = 1;
        var end = pattern.Length - 1;
        // A '$' the pattern escapes ("^a\$") is a literal, not the anchor.
        if (end > start && pattern[end - 1] == '\\' && Backslashes(pattern, end - 1) % 2 == 1) return null;
        var grouped = false;
        if (start < end && pattern[start] == '(')
        {
            if (pattern[end - 1] != ')' || Backslashes(pattern, end - 2) % 2 == 1) return null;
            start = pattern.Length > 4 && string.CompareOrdinal(pattern, 1, "(?:", 0, 3) == 0 ? 4 : 2;
            if (start < 4 && start < end && pattern[start] == '?') return null; // "(?i)", "(?<name>": not a plain group
            end--;
            grouped = true;
            if (start > end) return null;
        }
        var alternatives = new List<Atom[]>();
        var sequence = new List<Atom>();
        for (var i = start; i < end; i++)
        {
            var c = pattern[i];
            if (c == '|')
            {
                if (!grouped) return null; // "^a|b$" is "(^a)|(b$)", not this
                alternatives.Add(sequence.ToArray());
                sequence.Clear();
                continue;
            }
            Atom atom;
            if (c == '\\')
            {
                if (i + 1 >= end) return null;
                var escaped = pattern[++i];
                if (escaped == 'd') atom = new Atom('\0', anyDigit: true);
                else if (escaped < 128 && !char.IsLetterOrDigit(escaped) && escaped != '_' && !char.IsControl(escaped)) atom = new Atom(escaped, anyDigit: false);
                else return null;
            }
            else if (IsMeta(c)) return null;
            else atom = new Atom(c, anyDigit: false);

            var count = 1;
            if (i + 1 < end && pattern[i + 1] == '{')
            {
                var close = pattern.IndexOf('}', i + 2);
                if (close < 0 || close >= end || close == i + 2 || close - i - 2 > 4) return null;
                count = 0;
                for (var k = i + 2; k < close; k++)
                {
                    if (pattern[k] is < '0' or > '9') return null;
                    count = count * 10 + (pattern[k] - '0');
                }
                if (count > MaxRepeat) return null;
                i = close;
                if (i + 1 < end && (pattern[i + 1] is '{' or '?' or '*' or '+')) return null;
            }
            for (var n = 0; n < count; n++) sequence.Add(atom);
        }
        alternatives.Add(sequence.ToArray());
        return new SimplePattern(alternatives.ToArray());
    }

    private static bool IsMeta(char c) => c is '\\' or '*' or '+' or '?' or '|' or '{' or '}' or '[' or ']' or '(' or ')' or '^' or '$' or '.' or '#';

    /// <summary>How many backslashes run back from position <paramref name="at"/> (an odd number escapes the character after them).</summary>
    private static int Backslashes(string pattern, int at)
    {
        var count = 0;
        while (at >= 0 && pattern[at] == '\\') { count++; at--; }
        return count;
    }

    public bool IsMatch(string text)
    {
        // '$' matches at the end and before a line feed that ends the text.
        var length = text.Length;
        foreach (var alternative in _alternatives)
        {
            if (Matches(alternative, text, length)) return true;
            if (length > 0 && text[length - 1] == '\n' && Matches(alternative, text, length - 1)) return true;
        }
        return false;
    }

    private static bool Matches(Atom[] alternative, string text, int length)
    {
        if (alternative.Length != length) return false;
        for (var i = 0; i < length; i++)
            if (!alternative[i].Matches(text[i])) return false;
        return true;
    }
}
