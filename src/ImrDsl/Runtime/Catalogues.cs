using ImrDsl.Text;

namespace ImrDsl.Runtime;

/// <summary>A topic of a guideline: its title, page ranges and the other names letters use for it.</summary>
public sealed class GuidelineTopic
{
    public GuidelineTopic(string title, PageRange[] pages, string[] aliases)
    {
        Title = title;
        Pages = pages;
        Aliases = aliases;
    }

    public string Title { get; }
    public IReadOnlyList<PageRange> Pages { get; }
    public IReadOnlyList<string> Aliases { get; }
}

/// <summary>A guideline catalogue (generated from a `guideline` declaration) with normalised lookups.</summary>
public sealed class GuidelineCatalogue
{
    private readonly Dictionary<string, GuidelineTopic> _topics = new(NormalizedComparer.Instance);

    public GuidelineCatalogue(string name, string title, string[] aliases, int? pageCount, GuidelineTopic[] topics)
    {
        Name = name;
        Title = title;
        Aliases = aliases;
        PageCount = pageCount;
        Topics = topics;
        foreach (var topic in topics)
        {
            _topics[topic.Title] = topic;
            foreach (var alias in topic.Aliases)
                if (!_topics.ContainsKey(alias)) _topics[alias] = topic;
        }
        // "Lidoderm (lidocaine patch)" is also cited as "Lidoderm" and as "lidocaine patch", unless another topic has that name.
        foreach (var topic in topics)
        {
            var open = topic.Title.IndexOf('(');
            var close = open >= 0 ? topic.Title.IndexOf(')', open + 1) : -1;
            if (close < 0) continue;
            foreach (var other in new[] { topic.Title.Remove(open, close - open + 1).Trim(), topic.Title.Substring(open + 1, close - open - 1).Trim() })
                if (other.Length > 2 && !_topics.ContainsKey(other)) _topics[other] = topic;
        }
    }

    public string Name { get; }
    public string Title { get; }
    public IReadOnlyList<string> Aliases { get; }
    public int? PageCount { get; }
    public IReadOnlyList<GuidelineTopic> Topics { get; }
    public IEnumerable<string> TopicNames => _topics.Keys;

    /// <summary>
    /// The topic name closest to an unknown cited topic (for "did you mean"), remembered per text: letters repeat the
    /// same unknown topics, and each search measures the edit distance to every name. Bounded so odd input cannot grow it.
    /// </summary>
    internal string? ClosestTopicName(string cited)
    {
        // Nothing so long is within a few edits of a name; the check saves lowering a copy of it.
        if (cited.Length > LongestCitedTopic) return null;
        if (_closest.TryRecall(cited, out var known)) return (string?)known;
        var closest = ImrDsl.Diagnostics.Suggestions.Closest(cited, TopicNames);
        _closest.Keep(cited, closest);
        return closest;
    }

    private readonly RecentAnswers _closest = new();

    /// <summary>The topic of a title or alias, ignoring case, punctuation and spacing; no allocation.</summary>
    public GuidelineTopic? FindTopic(string text) => _topics.TryGetValue(text, out var topic) ? topic : null;

    /// <summary>
    /// <see cref="ResolveTopics(string)"/>, remembered per text for the rules: every citation asks twice (IMR002 and IMR007), and
    /// letters cite the same few topics over and over. The list is shared, so callers only read it. The memory is
    /// bounded (<see cref="RecentAnswers"/>); the catalogue never changes, so a remembered answer is the one a search would give.
    /// </summary>
    internal IReadOnlyList<GuidelineTopic> ResolveTopicsRemembered(string cited)
    {
        if (_resolved.TryRecall(cited, out var known)) return (IReadOnlyList<GuidelineTopic>)known!;
        var topics = ResolveTopics(cited);
        _resolved.Keep(cited, topics);
        return topics;
    }

    private readonly RecentAnswers _resolved = new();

    /// <summary>
    /// The topics a cited topic names. A compound topic ("Muscle relaxers, baclofen") names each of its parts;
    /// parts are separated by commas, semicolons, slashes and "and".
    /// </summary>
    public IReadOnlyList<GuidelineTopic> ResolveTopics(string cited)
        => cited.Length <= LongestCitedTopic ? ResolveTopics(cited, placed: false, unbracketed: false) : Array.Empty<GuidelineTopic>();

    /// <summary>
    /// The longest cited topic that is resolved: far more than any list of topics a letter cites. A longer one (a line
    /// of megabytes with no page marker) names no topic; splitting it into its parts held every part at once, hundreds of
    /// megabytes for one 8 MB line.
    /// </summary>
    internal const int LongestCitedTopic = 4096;

    /// <param name="cited">The topic as cited.</param>
    /// <param name="placed">Whether the words that place a topic were already taken off: they are taken off once, so
    /// that a topic of many such words costs one more search, not one for each.</param>
    /// <param name="unbracketed">Whether the parentheses were already taken out, all at once, for the same reason.</param>
    private IReadOnlyList<GuidelineTopic> ResolveTopics(string cited, bool placed, bool unbracketed)
    {
        if (FindTopic(cited) is { } whole) return new[] { whole };
        var result = new List<GuidelineTopic>();
        // Commas and semicolons first: a part may hold "and" in its own name ("Neck and Upper Back Chapter, Facet
        // injections"), and is split again only when it is not a topic as a whole.
        foreach (var part in cited.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (FindPart(part.Trim()) is { } named) { if (!result.Contains(named)) result.Add(named); continue; }
            foreach (var word in part.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
                if (FindTopic(word.Trim()) is { } topic && !result.Contains(topic)) result.Add(topic);
        }
        if (result.Count > 0) return result;
        // "Opioids (long-term use)", "(Flexeril)": a parenthesis the catalogue does not spell out narrows or names the topic.
        // "Spinal cord stimulators" for "Spinal cord stimulator": a plural the catalogue spells in the singular, or back.
        var trimmed = cited.Trim();
        var number = trimmed.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? trimmed.Substring(0, trimmed.Length - 1) : trimmed + "s";
        if (FindTopic(number) is { } singular) return new[] { singular };
        // "Ch. 13 Knee Complaints", "Chap. 12": a chapter abbreviated, where the catalogue spells "Chapter".
        if (ChapterSpelledOut(trimmed) is { } chapter) return ResolveTopics(chapter, placed, unbracketed);
        // "section on Opioids", "the chapter on Opioids", "Opioids section": the words that place a topic are not its name.
        if (!placed && WithoutPlacingWords(trimmed) is { } unplaced && unplaced.Length > 0) return ResolveTopics(unplaced, placed: true, unbracketed);
        var open = cited.IndexOf('(');
        var close = open >= 0 ? cited.IndexOf(')', open + 1) : -1;
        if (close < 0 || unbracketed) return result;
        // Without its parentheses, the rest is resolved as a whole cited topic is: a chapter whose long name holds commas,
        // then its subject ("Head (trauma, headaches, etc., ...), Botox"). All of them go at once, so this happens once.
        var outside = WithoutBrackets(cited).Trim();
        if (outside.Length > 0) result.AddRange(ResolveTopics(outside, placed, unbracketed: true));
        var inside = cited.Substring(open + 1, close - open - 1).Trim();
        if (inside.Length > 0 && FindTopic(inside) is { } insideTopic && !result.Contains(insideTopic)) result.Add(insideTopic);
        return result;
    }

    /// <summary>The text with every bracketed part left out, nested ones too ("Head (trauma (etc.)), Botox" is "Head , Botox").</summary>
    private static string WithoutBrackets(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0) kept.Append(c);
        }
        return kept.ToString();
    }

    /// <summary>A part of a cited topic as a whole, with or without the word "Chapter" after it ("Pain (Chronic) Chapter").</summary>
    private GuidelineTopic? FindPart(string part)
    {
        if (FindTopic(part) is { } topic) return topic;
        const string chapter = " chapter";
        return part.EndsWith(chapter, StringComparison.OrdinalIgnoreCase) ? FindTopic(part.Substring(0, part.Length - chapter.Length)) : null;
    }

    private static readonly string[] ListSeparators = { ",", ";" };
    private static readonly string[] WordSeparators = { "/", " and ", " & " };

    private static readonly string[] ChapterAbbreviations = { "chapter", "chapt", "chap", "ch" };

    private static readonly string[] PlacingWords = { "section", "sections", "chapter" };
    private static readonly string[] PlacingLinks = { "on", "of", "for", "regarding", "about", "titled", "entitled" };

    /// <summary>
    /// The topic without the words that say where in the guideline it stands: "(the) section on X", "chapter on X",
    /// "X section", or null when there are none. "Chapter 8" and "Pain Chapter" are topics of their own, found whole before this.
    /// </summary>
    private static string? WithoutPlacingWords(string cited)
    {
        var words = cited.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        if (words.Length > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) first++;
        var last = words.Length;
        if (first < last && IsOneOf(words[first].TrimEnd(':', ','), PlacingWords))
        {
            first++;
            if (first < last && IsOneOf(words[first].TrimEnd(':', ','), PlacingLinks)) first++;
            // "Chapter 8": a chapter's number is its name.
            if (first < last && TextScan.IsAsciiDigit(words[first][0])) return null;
        }
        else if (last - first > 1 && IsOneOf(words[last - 1], PlacingWords) && !words[last - 1].Equals("chapter", StringComparison.OrdinalIgnoreCase)) last--;
        else return null;
        return string.Join(" ", words, first, last - first);
    }

    private static bool IsOneOf(string word, string[] words)
    {
        foreach (var candidate in words)
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// The topic with "Chapter" and its number in digits for an abbreviation before a chapter's number ("Ch. 13 Knee"), or
    /// for a number in roman numerals ("Chapter XII Low Back Complaints", "Ch. IX"); null for any other topic.
    /// </summary>
    private static string? ChapterSpelledOut(string cited)
    {
        foreach (var abbreviation in ChapterAbbreviations)
        {
            if (!cited.StartsWith(abbreviation, StringComparison.OrdinalIgnoreCase)) continue;
            var i = abbreviation.Length;
            var separated = i < cited.Length && (cited[i] == '.' || char.IsWhiteSpace(cited[i]));
            if (i < cited.Length && cited[i] == '.') i++;
            while (i < cited.Length && char.IsWhiteSpace(cited[i])) i++;
            if (i < cited.Length && TextScan.IsAsciiDigit(cited[i])) return abbreviation == "chapter" ? null : "Chapter " + cited.Substring(i);
            if (!separated) return null;
            var end = i;
            var value = RomanValue(cited, ref end);
            return value > 0 && (end == cited.Length || !char.IsLetter(cited[end]))
                ? "Chapter " + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + cited.Substring(end)
                : null;
        }
        return null;
    }

    /// <summary>The value of a roman numeral from one to thirty-nine at <paramref name="at"/> (moved past it), or 0.</summary>
    private static int RomanValue(string text, ref int at)
    {
        var start = at;
        var value = 0;
        while (at < text.Length && char.ToUpperInvariant(text[at]) == 'X' && value < 30)
        {
            value += 10;
            at++;
        }
        var tens = at;
        foreach (var (numeral, units) in RomanUnits)
        {
            if (string.Compare(text, tens, numeral, 0, numeral.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            value += units;
            at = tens + numeral.Length;
            break;
        }
        return at > start ? value : 0;
    }

    /// <summary>The units in roman numerals, longest first, so that "VIII" is not read as "V".</summary>
    private static readonly (string Numeral, int Units)[] RomanUnits =
        { ("VIII", 8), ("VII", 7), ("III", 3), ("IX", 9), ("IV", 4), ("VI", 6), ("II", 2), ("V", 5), ("I", 1) };
}

/// <summary>All catalogues, searchable by a guideline's title or alias as letters write it.</summary>
public sealed class CatalogueSet
{
    private readonly Dictionary<string, GuidelineCatalogue> _byAlias = new(NormalizedComparer.Instance);
    // Normalized aliases, longest first. Entries are a class rather than a tuple: the framework's sort over a struct of
    // this assembly is compiled at every start, over a class it is precompiled (the order, and so every answer, is the same).
    private readonly List<AliasEntry> _byLength = new();

    private sealed record AliasEntry(string Alias, GuidelineCatalogue Catalogue);

    public CatalogueSet(IEnumerable<GuidelineCatalogue> catalogues)
    {
        All = catalogues.ToList();
        foreach (var catalogue in All)
        foreach (var alias in new[] { catalogue.Title, catalogue.Name }.Concat(catalogue.Aliases))
        {
            if (!_byAlias.ContainsKey(alias)) _byAlias[alias] = catalogue;
            _byLength.Add(new AliasEntry(NormalizedComparer.NormalizeName(alias), catalogue));
        }
        _byLength.Sort((a, b) => b.Alias.Length.CompareTo(a.Alias.Length));
    }

    public IReadOnlyList<GuidelineCatalogue> All { get; }

    /// <summary>
    /// The catalogue a citation names: an exact alias match first, else the longest alias the text starts with
    /// ("MTUS Chronic Pain Treatment Guidelines 2009" still finds the MTUS).
    /// </summary>
    public GuidelineCatalogue? Find(string? guideline)
    {
        if (string.IsNullOrWhiteSpace(guideline)) return null;
        // Letters write the same few guideline names over and over, and each citation asks twice (IMR002 and IMR007):
        // the answer for the exact text is remembered, which is cheaper than comparing letters and digits again.
        if (_remembered.TryRecall(guideline!, out var known)) return (GuidelineCatalogue?)known;
        var found = Search(guideline!);
        _remembered.Keep(guideline!, found);
        return found;
    }

    private readonly RecentAnswers _remembered = new();

    private GuidelineCatalogue? Search(string guideline)
    {
        if (_byAlias.TryGetValue(guideline, out var exact)) return exact;
        var normalized = NormalizedComparer.NormalizeName(guideline);
        foreach (var (alias, catalogue) in _byLength)
            if (alias.Length >= 3 && normalized.StartsWith(alias, StringComparison.Ordinal))
                // "ACOEM Practice Guidelines, 3rd Edition (2011)" starts with an alias of the 2nd edition's catalogue, but its
                // pages are another book's: a citation naming another edition than the catalogue's title is not of it.
                return EditionOf(guideline) is { } cited && EditionOf(catalogue.Title) is { } own && cited != own ? null : catalogue;
        return null;
    }

    /// <summary>The edition a title names ("2nd Edition", "3rd ed."), as its number, or null.</summary>
    internal static int? EditionOf(string title)
    {
        for (var i = 0; i < title.Length; i++)
            if (TextScan.IsAsciiDigit(title[i]) && (i == 0 || !char.IsLetterOrDigit(title[i - 1]))
                && TextScan.OrdinalEditionAt(title, i, title.Length, out var number) >= 0) return number;
        return null;
    }
}

/// <summary>
/// Answers (a catalogue, its topics, the closest topic name) remembered per exact text in a fixed number of slots, a text's slot chosen by its hash: a later text with the
/// same slot replaces it, so the memory never grows. Lock-free: an entry is never changed after it is made, and storing
/// or reading one reference is atomic, so threads that race at worst compute an answer twice. (Concurrent dictionaries
/// here made every start of `imr check` initialize an event source and JIT-compile two more methods.)
/// </summary>
internal sealed class RecentAnswers
{
    private const int Slots = 256;
    private readonly Entry?[] _entries = new Entry?[Slots];

    private sealed class Entry(string text, object? answer)
    {
        public string Text { get; } = text;
        public object? Answer { get; } = answer;
    }

    /// <summary>Whether an answer is kept for exactly this text, and that answer (which may be null: "none found").</summary>
    public bool TryRecall(string text, out object? answer)
    {
        var entry = _entries[SlotOf(text)];
        var found = entry is not null && string.Equals(entry.Text, text, StringComparison.Ordinal);
        answer = found ? entry!.Answer : null;
        return found;
    }

    /// <summary>
    /// Keeps the answer for a text no longer than <see cref="MaxTextLength"/>. Citations are short; a long one is searched
    /// afresh each time, so that what is kept stays small whatever the letters hold (long texts in every slot kept 20 MB
    /// alive over 1,000 letters of 1 MB).
    /// </summary>
    public void Keep(string text, object? answer)
    {
        if (text.Length <= MaxTextLength) _entries[SlotOf(text)] = new Entry(text, answer);
    }

    /// <summary>The longest text whose answer is kept.</summary>
    public const int MaxTextLength = 200;

    private static int SlotOf(string text) => StringComparer.Ordinal.GetHashCode(text) & (Slots - 1);
}

/// <summary>
/// Compares strings by their letters and digits only, case-insensitively: "Muscle Relaxants (for pain)" equals
/// "muscle relaxants for pain". Hashing and comparing walk the strings in place, without allocating.
/// </summary>
public sealed class NormalizedComparer : IEqualityComparer<string>
{
    public static readonly NormalizedComparer Instance = new();

    public bool Equals(string? x, string? y)
    {
        if (x is null || y is null) return x is null && y is null;
        int i = 0, j = 0;
        while (true)
        {
            i = NextCompared(x, i);
            j = NextCompared(y, j);
            if (i == x.Length || j == y.Length) return i == x.Length && j == y.Length;
            if (x[i] != y[j] && ToLower(x[i]) != ToLower(y[j])) return false;
            i++;
            j++;
        }
    }

    public int GetHashCode(string text)
    {
        var hash = HashCombiner.Seed;
        for (var i = NextCompared(text, 0); i < text.Length; i = NextCompared(text, i + 1))
            hash = HashCombiner.Combine(hash, ToLower(text[i]));
        return hash;
    }

    /// <summary>
    /// The first character at or after <paramref name="i"/> that is compared: a letter or digit, but not of the word
    /// "and", which letters write as "&amp;" as often ("Neck &amp; Upper Back" is the catalogue's "Neck and Upper Back").
    /// </summary>
    private static int NextCompared(string text, int i)
    {
        while (true)
        {
            while (i < text.Length && !IsLetterOrDigit(text[i])) i++;
            if (i + 3 > text.Length || (text[i] | 0x20) != 'a' || (text[i + 1] | 0x20) != 'n' || (text[i + 2] | 0x20) != 'd'
                || i > 0 && IsLetterOrDigit(text[i - 1]) || i + 3 < text.Length && IsLetterOrDigit(text[i + 3])) return i;
            i += 3;
        }
    }

    // ASCII answered in place (most catalogue names and citations are ASCII); anything else as char answers it.
    private static bool IsLetterOrDigit(char c)
        => c < 0x80 ? c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' : char.IsLetterOrDigit(c);

    private static char ToLower(char c)
        => c < 0x80 ? c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c : char.ToLowerInvariant(c);

    public static string Normalize(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    /// <summary>
    /// A guideline's name as <see cref="Normalize"/> gives it, without the years that stand alone in it: letters put the
    /// edition's year anywhere in the name ("MTUS 2009 Chronic Pain ...", "2009 MTUS ...", "... Guidelines (2009)").
    /// </summary>
    internal static string NormalizeName(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (TextScan.StandaloneYearEnd(text, i, 0, text.Length) is var yearEnd && yearEnd > i) { i = yearEnd - 1; continue; }
            if (char.IsLetterOrDigit(text[i])) builder.Append(char.ToLowerInvariant(text[i]));
        }
        return builder.ToString();
    }
}
