using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace ImrDsl.Runtime;

/// <summary>What generated validators call to check declared field constraints (non-empty, pattern, range).</summary>
public static class Constraints
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

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
    /// Whether the text matches the pattern. Patterns are compiled once per process; a match that runs past its
    /// time limit (a pathological pattern) counts as a match, so a slow pattern never produces a false finding.
    /// </summary>
    public static bool Matches(string text, string pattern)
    {
        var regex = Patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250)));
        try { return regex.IsMatch(text); }
        catch (RegexMatchTimeoutException) { return true; }
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
