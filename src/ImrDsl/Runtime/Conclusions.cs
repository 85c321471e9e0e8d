using System.Text.RegularExpressions;

namespace ImrDsl.Runtime;

/// <summary>What a rationale concludes: the member whose phrase appears in its closing sentences, and that sentence.</summary>
public sealed record Conclusion(string Member, string Display, string Sentence);

public static class Conclusions
{
    /// <summary>
    /// Searches the last three sentences, latest first; within a sentence the longest phrase wins, so
    /// "is not medically necessary" beats "is medically necessary". Runs per item of every letter, so it scans
    /// by hand rather than with regular expressions.
    /// </summary>
    public static Conclusion? Find(string rationale, IReadOnlyList<OutcomePhrases> members)
    {
        var end = rationale.Length;
        for (var n = 0; n < 3 && end > 0; n++)
        {
            var start = SentenceStart(rationale, end);
            var sentence = Normalize(rationale, start, end);
            OutcomePhrases? best = null;
            var bestLength = 0;
            foreach (var member in members)
            foreach (var phrase in member.NormalizedPhrases)
            {
                if (phrase.Length > bestLength && sentence.IndexOf(phrase, StringComparison.Ordinal) >= 0)
                {
                    best = member;
                    bestLength = phrase.Length;
                }
            }
            if (best is not null) return new Conclusion(best.Member, best.Display, rationale.Substring(start, end - start).Trim());
            end = start;
        }
        return null;
    }

    public static string LastSentence(string rationale)
        => rationale.Substring(SentenceStart(rationale, rationale.Length)).Trim();

    /// <summary>
    /// Where the sentence that ends at <paramref name="end"/> starts: after the previous '.', '!' or '?' that is
    /// followed by white space and a capital letter or '(' (so "10.5 mg" and "e.g. this" do not end sentences).
    /// </summary>
    private static int SentenceStart(string text, int end)
    {
        var i = end - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        i--; // the sentence's own closing mark
        for (; i >= 0; i--)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            var j = i + 1;
            if (j >= end || !char.IsWhiteSpace(text[j])) continue;
            while (j < end && char.IsWhiteSpace(text[j])) j++;
            if (j < end && (char.IsUpper(text[j]) || text[j] == '(')) return j;
        }
        return 0;
    }

    /// <summary>Lower-case words padded with spaces, so phrases match whole words whatever punctuation is around them.</summary>
    internal static string Normalize(string text) => Normalize(text, 0, text.Length);

    private static string Normalize(string text, int start, int end)
    {
        var buffer = new char[end - start + 2];
        var length = 0;
        buffer[length++] = ' ';
        for (var i = start; i < end; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '%' or '#' or '/' or '-') buffer[length++] = c;
            else if (buffer[length - 1] != ' ') buffer[length++] = ' ';
        }
        if (buffer[length - 1] != ' ') buffer[length++] = ' ';
        return new string(buffer, 0, length);
    }
}

/// <summary>The dose, quantity and drug words of an item, to see whether a conclusion names the same item.</summary>
internal sealed class ItemFacts
{
    private static readonly Regex Dose = new(@"([0-9]+(?:\.[0-9]+)?(?:/[0-9]+(?:\.[0-9]+)?)?)\s*(mg|mcg|g|ml|%)", RegexOptions.IgnoreCase);
    private static readonly Regex Quantity = new(@"#\s*([0-9]+)");

    private ItemFacts(IReadOnlyList<string> doses, IReadOnlyList<string> quantities)
    {
        Doses = doses;
        Quantities = quantities;
    }

    public IReadOnlyList<string> Doses { get; }
    public IReadOnlyList<string> Quantities { get; }

    public static ItemFacts From(string text)
        => new(Dose.Matches(text).Cast<Match>().Select(m => m.Groups[1].Value + m.Groups[2].Value.ToLowerInvariant()).Distinct().ToList(),
               Quantity.Matches(text).Cast<Match>().Select(m => "#" + m.Groups[1].Value).Distinct().ToList());

    /// <summary>A description of what the other text names differently, or null if nothing conflicts.</summary>
    public string? Conflicts(ItemFacts named)
    {
        var doses = named.Doses.Where(d => Doses.Count > 0 && !Doses.Contains(d)).ToList();
        var quantities = named.Quantities.Where(q => Quantities.Count > 0 && !Quantities.Contains(q)).ToList();
        if (doses.Count == 0 && quantities.Count == 0) return null;
        return string.Join(" ", doses.Concat(quantities));
    }

    /// <summary>An item key that ignores case, spacing and dose notation ("10 mg" = "10mg").</summary>
    public static string NormalizeKey(string service)
        => Regex.Replace(Regex.Replace(service.ToLowerInvariant(), @"([0-9])\s+(mg|mcg|g|ml|%)", "$1$2"), @"\s+", " ").Trim();
}
