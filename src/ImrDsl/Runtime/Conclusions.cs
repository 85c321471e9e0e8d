using System.Text.RegularExpressions;

namespace ImrDsl.Runtime;

/// <summary>What a rationale concludes: the member whose phrase appears in its closing sentences, and that sentence.</summary>
public sealed record Conclusion(string Member, string Display, string Sentence);

public static class Conclusions
{
    private static readonly Regex SentenceEnd = new(@"(?<=[.!?])\s+(?=[A-Z(])", RegexOptions.Compiled);

    /// <summary>Searches the last three sentences, latest first; within a sentence the longest phrase wins.</summary>
    public static Conclusion? Find(string rationale, IReadOnlyList<OutcomePhrases> members)
    {
        var sentences = Sentences(rationale);
        for (var i = sentences.Count - 1; i >= 0 && i >= sentences.Count - 3; i--)
        {
            var sentence = Normalize(sentences[i]);
            OutcomePhrases? best = null;
            var bestLength = 0;
            foreach (var member in members)
            foreach (var phrase in member.Phrases)
            {
                if (phrase.Length > bestLength && sentence.IndexOf(Normalize(phrase), StringComparison.Ordinal) >= 0)
                {
                    best = member;
                    bestLength = phrase.Length;
                }
            }
            if (best is not null) return new Conclusion(best.Member, best.Display, sentences[i].Trim());
        }
        return null;
    }

    public static string LastSentence(string rationale)
    {
        var sentences = Sentences(rationale);
        return sentences.Count == 0 ? string.Empty : sentences[sentences.Count - 1];
    }

    private static List<string> Sentences(string text)
        => SentenceEnd.Split(Regex.Replace(text, @"\s+", " ").Trim()).Where(s => s.Length > 0).ToList();

    // Words only, padded with spaces, so a phrase matches whole words whatever punctuation follows it.
    private static string Normalize(string text) => " " + Regex.Replace(text.ToLowerInvariant(), @"[^a-z0-9%#/-]+", " ").Trim() + " ";
}

/// <summary>The dose, quantity and drug words of an item, to see whether a conclusion names the same item.</summary>
internal sealed class ItemFacts
{
    private static readonly Regex Dose = new(@"([0-9]+(?:\.[0-9]+)?(?:/[0-9]+(?:\.[0-9]+)?)?)\s*(mg|mcg|g|ml|%)", RegexOptions.IgnoreCase | RegexOptions.Compiled);
    private static readonly Regex Quantity = new(@"#\s*([0-9]+)", RegexOptions.Compiled);

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
