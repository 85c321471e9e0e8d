namespace ImrDsl.Text;

/// <summary>
/// Where on the body a service goes, as IMR004 compares it between an item's heading and its conclusion: the side
/// ("right shoulder", "left-sided", "bilateral knees") and the spinal levels ("L4-5", "L5-S1", "C5-C6"). A side counts
/// only before a part of the body, so "the right to appeal" and "left the clinic" name none.
/// </summary>
internal static class BodySiteScan
{
    /// <summary>How letters write a side, abbreviations too ("Rt. knee", "L shoulder", "bilat knees"); each is <see cref="SideNames"/>' side at its index.</summary>
    private static readonly string[] Sides = { "bilateral", "right", "left", "bilat", "rt", "lt", "r", "l" };

    private static readonly string[] SideNames = { "bilateral", "right", "left", "bilateral", "right", "left", "right", "left" };

    /// <summary>Where the abbreviations start in <see cref="Sides"/>: these may end in a full stop, and the one-letter ones need a part right after.</summary>
    private const int FirstAbbreviation = 3, FirstLetter = 6;

    /// <summary>Parts of the body a side is given for, as whole words (a plural ends in its own entry).</summary>
    private static readonly string[] Parts =
    {
        "shoulders", "shoulder", "knees", "knee", "hips", "hip", "wrists", "wrist", "elbows", "elbow", "ankles", "ankle", "feet", "foot",
        "hands", "hand", "legs", "leg", "arms", "arm", "upper", "lower", "extremities", "extremity", "side", "sided", "sacroiliac", "si",
        "thumbs", "thumb", "fingers", "finger", "heels", "heel", "toes", "toe", "forearms", "forearm", "thighs", "thigh", "buttocks",
        "buttock", "trapezius", "carpal", "cubital", "tarsal", "rotator", "lateral", "medial", "total",
    };

    /// <summary>
    /// The next side at or after <paramref name="from"/>, as "right", "left" or "bilateral", with where it starts and where the scan goes on;
    /// null when there is none. The side must be a whole word followed, within two words, by a part of the body. An
    /// abbreviation may end in a full stop or stand in brackets ("Rt. shoulder", "(L) knee"); a one-letter one must be a
    /// capital with the part right after it. "B/L", and two sides joined by a slash or an ampersand ("R/L", "Rt &amp; Lt"),
    /// are bilateral, so neither "Lyrica(R) for the knee" nor "B/L knees" reads one side.
    /// </summary>
    public static (string Side, int Start, int Next)? NextSide(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            // The letters first, the word's edges only then: this runs over every conclusion whose item names a side.
            if (text[i] is not ('r' or 'R' or 'l' or 'L' or 'b' or 'B') || !TextScan.IsBoundary(text, i, 0, text.Length)
                || TextScan.WholeWordAt(text, i, Sides) is not (var side and >= 0)) continue;
            var end = i + Sides[side].Length;
            if (side >= FirstAbbreviation && end < text.Length && text[end] == '.') end++;
            var bilateral = false;
            if (side >= FirstLetter && !IsLetterSide(text, i, ref end, out bilateral)) continue;
            // "R/L knees", "Rt & Lt knees": both sides, joined, are bilateral.
            if (OtherSideEnd(text, end, side) is var pairEnd and >= 0 && PartFollows(text, pairEnd, words: 2)) return ("bilateral", i, pairEnd);
            if (PartFollows(text, end, words: side >= FirstLetter ? 1 : 2)) return (bilateral ? "bilateral" : SideNames[side], i, end);
            // "Knee brace, left", "MRI of the knee (right)": a side set after the part, closing its clause; "arthroscopy of
            // the knee on the left": one the part is on.
            if (side < FirstLetter && (SetAfterAPart(text, i, end) || OnTheSideOfAPart(text, i))) return (SideNames[side], i, end);
            i = end - 1;
        }
        return null;
    }

    /// <summary>
    /// Whether the one-letter side at <paramref name="i"/> is one: a capital standing alone (not a label's letter,
    /// "Appendix R Knee Table"), or after a bracket that
    /// follows a space ("(R) knee", "(L shoulder)", not a trade mark's "Lyrica(R)"), or the L of "B/L", which is
    /// <paramref name="bilateral"/>. Past a bracket that closes it, <paramref name="end"/> moves on.
    /// </summary>
    private static bool IsLetterSide(string text, int i, ref int end, out bool bilateral)
    {
        bilateral = false;
        if (!char.IsUpper(text[i])) return false;
        if (i >= 2 && text[i - 1] == '/' && text[i] == 'L' && text[i - 2] is 'B' or 'b' && TextScan.IsBoundary(text, i - 2, 0, text.Length))
            return bilateral = true;
        if (i == 0 || text[i - 1] != '(') return !AfterLabelWord(text, i);
        if (i >= 2 && !char.IsWhiteSpace(text[i - 2])) return false;
        if (end < text.Length && text[end] == ')') end++;
        return true;
    }

    /// <summary>Whether the word before <paramref name="i"/> names what a capital letter labels: "Appendix R", "Table L", "Grade R".</summary>
    private static bool AfterLabelWord(string text, int i) => TextScan.WordBeforeIsOneOf(text, i, LabelWords);

    private static readonly string[] LabelWords =
    {
        "appendix", "table", "figure", "fig", "section", "part", "class", "grade", "type", "schedule", "level", "form", "exhibit", "item", "letter", "category",
    };

    /// <summary>
    /// The end of the other side joined to the side <paramref name="side"/> (of <see cref="Sides"/>) that ends at
    /// <paramref name="end"/> by a slash or an ampersand ("R/L", "Rt &amp; Lt", "right/left"), or -1.
    /// </summary>
    private static int OtherSideEnd(string text, int end, int side)
    {
        var join = TextScan.SkipSpaces(text, end, text.Length);
        if (join >= text.Length || text[join] is not ('/' or '&')) return -1;
        var other = TextScan.SkipSpaces(text, join + 1, text.Length);
        if (other >= text.Length || TextScan.WholeWordAt(text, other, Sides) is not (var second and >= 0)) return -1;
        if (SideNames[side] == "bilateral" || SideNames[second] == "bilateral" || SideNames[side] == SideNames[second]) return -1;
        if (second >= FirstLetter && !char.IsUpper(text[other])) return -1;
        var otherEnd = other + Sides[second].Length;
        return second >= FirstAbbreviation && otherEnd < text.Length && text[otherEnd] == '.' ? otherEnd + 1 : otherEnd;
    }

    /// <summary>
    /// Whether the side text[start, end), a word rather than a letter, is set after a part of the body: a comma, a dash or
    /// a bracket before it, a part among the two words before that, and the side closing its clause (the text's end, a
    /// mark, a closing bracket or the verb of a verdict after it). "Knee brace, left", "the knee (right)" and "the knee
    /// brace, right is medically necessary" name a side; "the knee, left untreated," does not.
    /// </summary>
    private static bool SetAfterAPart(string text, int start, int end)
    {
        var after = TextScan.SkipSpaces(text, end, text.Length);
        if (after < text.Length && text[after] is not (',' or '.' or ';' or ':' or ')') && TextScan.WholeWordAt(text, after, PredicateOpenings) < 0) return false;
        var mark = start - 1;
        while (mark >= 0 && text[mark] == ' ') mark--;
        if (mark < 0 || text[mark] is not (',' or '(' or '-' or '\u2013')) return false;
        return PartAmongTwoWordsBefore(text, mark);
    }

    /// <summary>
    /// Whether the side word at <paramref name="start"/> follows "on the" and a part of the body stands among the two
    /// words before "on": "the knee on the left", "shoulder arthroscopy on the right". "pain on the left" names none.
    /// </summary>
    private static bool OnTheSideOfAPart(string text, int start)
    {
        var at = start;
        foreach (var expected in OnThe)
        {
            var wordEnd = WordBefore(text, at, out at);
            if (!TextScan.IsWordOf(text, at, wordEnd, expected)) return false;
        }
        return PartAmongTwoWordsBefore(text, at);
    }

    /// <summary>Whether one of the two words before <paramref name="at"/>, read backwards past spaces, is a part of the body.</summary>
    private static bool PartAmongTwoWordsBefore(string text, int at)
    {
        for (var word = 0; word < 2; word++)
        {
            var wordEnd = WordBefore(text, at, out at);
            if (at == wordEnd) return false;
            if (TextScan.IsWordOf(text, at, wordEnd, Parts)) return true;
        }
        return false;
    }

    /// <summary>The end of the run of letters before <paramref name="at"/>, past spaces; <paramref name="start"/> is where it starts.</summary>
    private static int WordBefore(string text, int at, out int start)
    {
        while (at > 0 && text[at - 1] == ' ') at--;
        var end = at;
        while (at > 0 && char.IsLetter(text[at - 1])) at--;
        start = at;
        return end;
    }

    /// <summary>The words before a side the part is on, read backwards: "on the".</summary>
    private static readonly string[][] OnThe = { new[] { "the" }, new[] { "on" } };

    /// <summary>How the verdict on a request goes on after it: "..., right is medically necessary", "..., left cannot be supported".</summary>
    private static readonly string[] PredicateOpenings =
        { "is", "are", "was", "were", "would", "will", "can", "cannot", "could", "does", "do", "has", "have", "remains", "should", "may", "must", "meets" };

    /// <summary>
    /// Whether one of the next <paramref name="words"/> words after <paramref name="at"/> (past a hyphen, "left-sided") is a
    /// part of the body or a spinal level.
    /// </summary>
    private static bool PartFollows(string text, int at, int words)
    {
        for (var word = 0; word < words;)
        {
            while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] == '-')) at++;
            if (at >= text.Length || !char.IsLetter(text[at])) return false;
            // A spinal level is a place on a side too: "left L5-S1".
            if (IsRegion(text[at]) && at + 1 < text.Length && TextScan.IsAsciiDigit(text[at + 1])) return true;
            if (TextScan.WholeWordAt(text, at, Parts) >= 0) return true;
            var wordStart = at;
            while (at < text.Length && char.IsLetter(text[at])) at++;
            // The other side and the word that joins them are passed over: "right and left knees".
            if (!TextScan.IsWordOf(text, wordStart, at, JoiningWords)) word++;
        }
        return false;
    }

    private static readonly string[] JoiningWords = { "and", "or", "right", "left", "rt", "lt", "r", "l" };

    /// <summary>
    /// The next spinal level at or after <paramref name="from"/> ("L4-5", "L5-S1", "C5/C6", "L4 - L5"), as its two ends in
    /// full and in capitals ("L4-L5"), where it starts and where the scan goes on; null when there is none. A level is a region's letter
    /// (C, T, L, S) and a number, a dash or slash, and a number with its own letter or the first one's.
    /// </summary>
    public static (string Level, int Start, int Next)? NextLevel(string text, int from)
    {
        for (var i = from; i + 3 < text.Length; i++)
        {
            // A digit after a region's letter first, the word's edge only then: regions' letters are common ones.
            if (!TextScan.IsAsciiDigit(text[i + 1]) || !IsRegion(text[i]) || !TextScan.IsBoundary(text, i, 0, text.Length)) continue;
            var firstEnd = TextScan.SkipAsciiDigits(text, i + 1, text.Length);
            if (firstEnd - i > 3) continue;
            var dash = TextScan.SkipSpaces(text, firstEnd, text.Length);
            if (dash >= text.Length || text[dash] is not ('-' or '\u2013' or '/')) continue;
            var second = TextScan.SkipSpaces(text, dash + 1, text.Length);
            var region = second < text.Length && IsRegion(text[second]) ? char.ToUpperInvariant(text[second++]) : char.ToUpperInvariant(text[i]);
            var secondEnd = TextScan.SkipAsciiDigits(text, second, text.Length);
            if (secondEnd == second || secondEnd - second > 2 || !TextScan.IsBoundary(text, secondEnd, 0, text.Length)) continue;
            var level = char.ToUpperInvariant(text[i]) + text.Substring(i + 1, firstEnd - i - 1) + "-" + region + text.Substring(second, secondEnd - second);
            return (level, i, secondEnd);
        }
        return null;
    }

    private static bool IsRegion(char c) => c is 'C' or 'T' or 'L' or 'S' or 'c' or 't' or 'l' or 's';

    /// <summary>
    /// The next region of the body a service is for, at or after <paramref name="from"/>, by the name it is kept under
    /// (<see cref="RegionNames"/>: "lumbar spine", "knee"), with where it starts and where the scan goes on; null when there
    /// is none. A copied conclusion keeps the other item's region ("MRI of the cervical spine" under a lumbar MRI). A
    /// region said of a symptom ("knee pain", "neck complaints") is what the worker has, not where the service goes, and
    /// parts that letters name together (hand and wrist, foot and ankle) are not among them. The neck and the low back are
    /// the cervical and lumbar spine ("MRI of the neck", "C-spine"); "back" alone is no region.
    /// </summary>
    public static (string Region, int Start, int Next)? NextRegion(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            // Every region's word opens with one of these letters: most characters are passed without a comparison.
            if ((text[i] | 0x20) is not ('c' or 't' or 'l' or 's' or 'e' or 'w' or 'h' or 'k' or 'a' or 'n') || !TextScan.IsBoundary(text, i, 0, text.Length)) continue;
            if (TextScan.WholeWordAt(text, i, RegionWords) is not (var word and >= 0))
            {
                while (i + 1 < text.Length && char.IsLetter(text[i + 1])) i++;
                continue;
            }
            var end = i + RegionWords[word].Length;
            var next = SkipSpacesAndHyphens(text, end);
            // "cervical spine pain", "knee joint effusion": the symptom after the part's own noun.
            if (TextScan.WholeWordEnd(text, next, PartNouns) is var noun and >= 0) next = SkipSpacesAndHyphens(text, noun);
            if (TextScan.WholeWordAt(text, next, SymptomWords) < 0) return (RegionNames[word], i, end);
            i = end - 1;
        }
        return null;
    }

    /// <summary>How letters name a region, each kept as <see cref="RegionNames"/>' name at its index.</summary>
    private static readonly string[] RegionWords =
    {
        "cervical", "thoracic", "lumbar", "lumbosacral", "shoulders", "shoulder", "elbows", "elbow", "wrists", "wrist", "hips", "hip", "knees",
        "knee", "ankles", "ankle", "c-spine", "t-spine", "l-spine", "neck", "low back", "lower back",
    };

    private static readonly string[] RegionNames =
    {
        "cervical spine", "thoracic spine", "lumbar spine", "lumbar spine", "shoulder", "shoulder", "elbow", "elbow", "wrist", "wrist", "hip", "hip",
        "knee", "knee", "ankle", "ankle", "cervical spine", "thoracic spine", "lumbar spine", "cervical spine", "lumbar spine", "lumbar spine",
    };

    private static int SkipSpacesAndHyphens(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '-') at++;
        return at;
    }

    /// <summary>Nouns that may stand between a region and a symptom: "cervical spine pain", "knee joint effusion".</summary>
    private static readonly string[] PartNouns = { "spine", "spinal", "region", "area", "joint", "joints" };

    /// <summary>Whether a value is a region's name as <see cref="NextRegion"/> keeps it.</summary>
    public static bool IsRegionName(string value) => Array.IndexOf(RegionNames, value) >= 0;

    /// <summary>
    /// Words after a region that make it a symptom, a diagnosis or past treatment, not where the service goes: "knee pain",
    /// "lumbar radiculopathy", "knee osteoarthritis", "thoracic outlet syndrome", "the hip surgery last year".
    /// </summary>
    private static readonly string[] SymptomWords =
    {
        "pain", "pains", "symptoms", "symptom", "complaints", "complaint", "injury", "injuries", "strain", "sprain", "radiculopathy",
        "radicular", "tenderness", "stiffness", "spasm", "spasms", "condition", "problems", "discomfort", "degeneration", "disease",
        "osteoarthritis", "arthritis", "arthrosis", "syndrome", "outlet", "fracture", "tear", "tendinitis", "tendonitis", "bursitis",
        "impingement", "instability", "effusion", "stenosis", "spondylosis", "surgery", "surgeries", "replacement", "fusion",
    };

    /// <summary>The spine's regions in order, each with how many vertebrae it has.</summary>
    private static readonly (char Region, int Count)[] Regions = { ('C', 7), ('T', 12), ('L', 5), ('S', 5) };

    /// <summary>
    /// The segments a level spans, one pair of neighbouring vertebrae each: "L4-S1" is "L4-L5" and "L5-S1", "C5-C7" is
    /// "C5-C6" and "C6-C7", "T12-L1" is itself. A level of vertebrae the spine does not have, or in reverse, is itself.
    /// </summary>
    public static IEnumerable<string> Segments(string level)
    {
        var dash = level.IndexOf('-');
        var from = dash > 1 ? Index(level[0], level.Substring(1, dash - 1)) : -1;
        var to = dash > 1 && dash + 2 <= level.Length ? Index(level[dash + 1], level.Substring(dash + 2)) : -1;
        if (from < 0 || to <= from || to - from > 8)
        {
            yield return level;
            yield break;
        }
        for (var i = from; i < to; i++) yield return Name(i) + "-" + Name(i + 1);
    }

    /// <summary>A vertebra's place along the spine, from C1 at 0; -1 if there is no such vertebra.</summary>
    private static int Index(char region, string number)
    {
        if (!int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) return -1;
        var before = 0;
        foreach (var (name, count) in Regions)
        {
            if (name == region) return n >= 1 && n <= count ? before + n - 1 : -1;
            before += count;
        }
        return -1;
    }

    private static string Name(int index)
    {
        foreach (var (name, count) in Regions)
        {
            if (index < count) return name + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            index -= count;
        }
        return "?";
    }
}
