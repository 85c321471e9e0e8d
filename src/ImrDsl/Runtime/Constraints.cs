using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace ImrDsl.Runtime;

/// <summary>What generated validators call to check declared field constraints (non-empty, pattern, range).</summary>
public static class Constraints
{
    /// <summary>A single optional value as a sequence of zero or one, so one loop checks fields and lists alike.</summary>
    public static IEnumerable<T> One<T>(T? value) where T : class
    {
        if (value is not null) yield return value;
    }

    public static IEnumerable<int> One(int? value)
    {
        if (value is { } n) yield return n;
    }

    public static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text);

    /// <summary>
    /// Whether the text matches the pattern. Patterns are parsed once per process; a simple one (see
    /// <see cref="SimplePattern"/>) is matched by hand, any other by the regex engine. A pattern that cannot compile
    /// (the declaration's error, reported where it is written) or that runs past its time limit counts as a match,
    /// so neither ever produces a false finding; <see cref="PatternProblem"/> says why a value fails.
    /// </summary>
    public static bool Matches(string text, string pattern) => Test(text, pattern) != PatternOutcome.NoMatch;

    /// <summary>
    /// The message for a field value its declared pattern rejects, or for a pattern that backtracked past its time
    /// limit on the value (the user's pattern, so the user's finding), or null when the value is fine.
    /// </summary>
    public static string? PatternProblem(string text, string pattern, string field) => Test(text, pattern) switch
    {
        PatternOutcome.NoMatch => $"\"{Quote(text)}\" is not a valid {field} (it must match {pattern})",
        PatternOutcome.TooSlow => $"the pattern of {field}, {pattern}, took too long on this value and was not checked; simplify the pattern",
        _ => null,
    };

    private enum PatternOutcome { Match, NoMatch, TooSlow, Unusable }

    /// <summary>Each pattern as a <see cref="SimplePattern"/>, or <see cref="NotSimple"/> when the regex engine must match it.</summary>
    private static readonly ConcurrentDictionary<string, object> Parsed = new(StringComparer.Ordinal);
    private static readonly object NotSimple = new();

    private static PatternOutcome Test(string text, string pattern)
    {
        var parsed = Parsed.GetOrAdd(pattern, p => (object?)SimplePattern.TryParse(p) ?? NotSimple);
        if (parsed is SimplePattern simple) return simple.IsMatch(text) ? PatternOutcome.Match : PatternOutcome.NoMatch;
        return RegexPatterns.Test(text, pattern);
    }

    /// <summary>
    /// Patterns outside the simple subset, matched by the regex engine. A class of its own, so that the engine's
    /// assembly is loaded only when such a pattern is checked.
    /// </summary>
    private static class RegexPatterns
    {
        private static readonly ConcurrentDictionary<(string Pattern, bool Slow), Regex> Compiled = new();
        private static readonly ConcurrentDictionary<string, bool> SlowPatterns = new(StringComparer.Ordinal);

        public static PatternOutcome Test(string text, string pattern)
        {
            // A pattern that has backtracked past the limit once gets a shorter limit after that: its values still
            // time out, and a file with many of them does not take minutes.
            var slow = SlowPatterns.ContainsKey(pattern);
            Regex regex;
            try
            {
                regex = Compiled.GetOrAdd((pattern, slow), key => new Regex(key.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(key.Slow ? 25 : 250)));
            }
            catch (ArgumentException) { return PatternOutcome.Unusable; }
            try
            {
                return regex.IsMatch(text) ? PatternOutcome.Match : PatternOutcome.NoMatch;
            }
            catch (RegexMatchTimeoutException)
            {
                SlowPatterns[pattern] = true;
                return PatternOutcome.TooSlow;
            }
        }
    }

    public static bool InRange(int value, int? min, int? max) => (min is null || value >= min) && (max is null || value <= max);

    /// <summary>A value for a message: at most 80 characters, control characters shown as escapes, never another line.</summary>
    public static string Quote(string text)
    {
        const int Limit = 80;
        var builder = new StringBuilder(Math.Min(text.Length, Limit) + 8);
        foreach (var c in text)
        {
            if (builder.Length >= Limit) { builder.Append('…'); break; }
            if (char.IsControl(c)) builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
