namespace ImrDsl.Diagnostics;

/// <summary>"Did you mean ...?" by edit distance, the way HCL and rustc suggest near misses.</summary>
public static class Suggestions
{
    /// <summary>The closest candidate within a distance that scales with the word (at most 2), or null.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = word.Length <= 3 ? 1 : 2;
        var lowered = word.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length, so most candidates are ruled out without work.
            if (Math.Abs(candidate.Length - word.Length) > limit || string.Equals(candidate, word, StringComparison.Ordinal)) continue;
            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    public static string DidYouMean(string word, IEnumerable<string> candidates)
        => Closest(word, candidates) is { } hint ? $"; did you mean '{hint}'?" : string.Empty;

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3) return Math.Abs(a.Length - b.Length);
        // Three rows of the table are enough: a transposition looks back two rows.
        var twoBack = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], twoBack[j - 2] + 1);
            }
            (twoBack, previous, current) = (previous, current, twoBack);
        }
        return previous[b.Length];
    }
}
