using ImrDsl.TestSupport;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Runtime;

namespace ImrDsl.Tests;

/// <summary>
/// Rule predicates that run on every item of every letter were made cheaper (issue 10): a hand scan instead of a
/// regular expression, and a per-thread memory of recent conclusions. Each must answer exactly as before.
/// </summary>
public class RuntimeFastPathTests
{
    private static readonly Gen<string> Words = Gen.OneOf(
        Gen.Elements("See", "above", "N/A", "TBD", "tbd", "to be determined", "Same as above", "ditto", "x", "XXX", "XXXXXXX", "xXx"),
        // Pointers to another rationale, the words they are worded with, and words that speak of reasons.
        Gen.Elements("per", "Refer", "earlier", "first", "which", "applies", "UR", "Soma", "documented", "Guidelines", "MTUS", "improvement"),
        Gen.Elements("Norco", "is", "not", "medically", "necessary", "because", "pain", "é", "naïve", "ﬁ", "10mg", "#120"),
        Gen.Elements(" ", ".", ",", "\n", "\t", "-", "/", "'", "\u00A0", "1"));

    private static readonly Gen<string> Texts = Gen.ListOf(Words).Select(w => string.Concat(w.Take(40)));

    /// <summary>
    /// HasReasoning as a word expression over the runs of ASCII letters: reasons are a word that is no placeholder, no
    /// pointer and no pointing word, unless at most two such words stand in a text of at most sixteen words with a
    /// pointer ("Refer to the rationale for Norco above.") and none speaks of reasons. A run of X's holds a place.
    /// </summary>
    private static bool HasReasoningReference(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        static bool In(string[] list, string word) => list.Contains(word, StringComparer.OrdinalIgnoreCase);
        var words = Regex.Matches(text, "[A-Za-z]+").Select(m => m.Value).ToList();
        var names = words.Where(w => !In(RulePredicates.PlaceholderWords, w) && !Regex.IsMatch(w, "^[xX]+$") && !In(RulePredicates.PointerWords, w)
            && !In(RulePredicates.PointingWords, w)).ToList();
        var speaks = names.Any(w => RulePredicates.ReasonStems.Any(stem => w.StartsWith(stem, StringComparison.OrdinalIgnoreCase)));
        return names.Count > 0 && (names.Count > 2 || words.Count > 16 || speaks || !words.Any(w => In(RulePredicates.PointerWords, w)));
    }

    [Fact]
    public void Has_reasoning_answers_as_the_word_expression_does()
    {
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            var expected = HasReasoningReference(text);
            if (RulePredicates.HasReasoning(text).Holds != expected)
                throw new Xunit.Sdk.XunitException($"'{text}': expected {expected}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(4000).WithQuietOnSuccess(true));
    }

    private static readonly IReadOnlyList<OutcomePhrases> Standard = new[]
    {
        new OutcomePhrases("upheld", "Upheld", new[] { "is not medically necessary", "is not recommended" }),
        new OutcomePhrases("overturned", "Overturned", new[] { "is medically necessary", "is recommended" }),
    };

    /// <summary>The same phrases meaning the opposite: an answer remembered for one table must not serve the other.</summary>
    private static readonly IReadOnlyList<OutcomePhrases> Reversed = new[]
    {
        new OutcomePhrases("overturned", "Overturned", new[] { "is not medically necessary", "is not recommended" }),
        new OutcomePhrases("upheld", "Upheld", new[] { "is medically necessary", "is recommended" }),
    };

    [Theory]
    [InlineData("The request is not medically necessary.", "upheld")]
    [InlineData("Pain is severe. Therefore, Norco is medically necessary.", "overturned")]
    [InlineData("Nothing is concluded here.", null)]
    public void A_remembered_conclusion_is_the_one_a_fresh_search_gives(string rationale, string? member)
    {
        // Interleaved questions, equal texts in other strings, and more texts than the memory holds.
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(member, Conclusions.Find(rationale, Standard)?.Member);
            Assert.Equal(member is null ? null : member == "upheld" ? "overturned" : "upheld", Conclusions.Find(rationale, Reversed)?.Member);
            Assert.Equal(member, Conclusions.Find(new string(rationale.AsSpan()), Standard)?.Member);
            for (var other = 0; other < 40; other++)
                Assert.Equal("upheld", Conclusions.Find($"Item {other} is not recommended.", Standard)?.Member);
        }
        var first = Conclusions.Find(rationale, Standard);
        var again = Conclusions.Find(new string(rationale.AsSpan()), Standard);
        Assert.Equal(first, again);
    }

    /// <summary>
    /// The answers are kept by the rationale's identity and the service asked with: a service that changes the answer, no
    /// service and another service, asked in turn among many other rationales, must each get the answer a fresh search
    /// gives.
    /// </summary>
    [Fact]
    public void A_remembered_conclusion_answers_for_its_own_service()
    {
        // With the item's service the closing advice is put aside; without one it decides.
        var rationale = "Therefore, the request for Norco 10/325mg #120 is not medically necessary. A urine drug screen is medically necessary before opioids are continued.";
        const string norco = "Norco 10/325mg #120";
        var withService = Conclusions.Find(new string(rationale.AsSpan()), Standard, norco)?.Member;
        var without = Conclusions.Find(new string(rationale.AsSpan()), Standard)?.Member;
        Assert.Equal("upheld", withService);
        Assert.Equal("overturned", without);
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(withService, Conclusions.Find(rationale, Standard, norco)?.Member);
            Assert.Equal(without, Conclusions.Find(rationale, Standard)?.Member);
            Assert.Equal(without, Conclusions.Find(rationale, Standard, "Urine drug screen")?.Member);
            Assert.Equal(withService, Conclusions.Find(rationale, Standard, norco)?.Member);
            for (var i = 0; i < 10 * round; i++)
                Assert.Equal(i % 2 == 0 ? "upheld" : "overturned", Conclusions.Find(i % 2 == 0 ? $"Item {i} is not recommended." : $"Item {i} is medically necessary.", Standard, i % 3 == 0 ? null : "Item")?.Member);
        }
    }

    /// <summary>The line starts as LineMap found them before it counted first: LF, CRLF and a lone CR each end a line.</summary>
    private static List<int> LineStartsReference(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
            else if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
        }
        return starts;
    }

    [Fact]
    public void Line_map_places_every_offset_as_before()
    {
        var texts = Gen.ListOf(Gen.Elements("a", "bc", "\n", "\r", "\r\n", "\n\r", " ", "\u2028", "\u0085")).Select(p => string.Concat(p.Take(30)));
        // The offsets in an order of their own too: the map remembers the last line asked for, which must never show.
        var cases = from text in texts
                    from order in Gen.ListOf(Gen.Choose(-2, text.Length + 2))
                    select (text, order);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (text, order) = c;
            var starts = LineStartsReference(text);
            var map = ImrDsl.Text.LineMap.Build(text);
            if (map.LineCount != starts.Count) throw new Xunit.Sdk.XunitException($"{Show(text)}: {map.LineCount} lines, expected {starts.Count}");
            for (var offset = 0; offset <= text.Length; offset++) AssertPlaced(text, starts, map, offset);
            foreach (var offset in order) AssertPlaced(text, starts, map, offset);
            for (var offset = text.Length; offset >= 0; offset--) AssertPlaced(text, starts, map, offset);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("", new[] { 0 })]
    [InlineData("\n", new[] { 0, 1 })]
    [InlineData("\r", new[] { 0, 1 })]
    [InlineData("\r\n", new[] { 0, 2 })]
    [InlineData("\n\r", new[] { 0, 1, 2 })]
    [InlineData("a\r\r\nb\nc", new[] { 0, 2, 4, 6 })]
    [InlineData("a\nb\r\n", new[] { 0, 2, 5 })] // a text that ends in a line break has an empty last line
    [InlineData("ſ\u212A\rı\n", new[] { 0, 3, 5 })]
    [InlineData("a\u2028b\u0085c", new[] { 0 })] // only LF and CR break lines
    public void Line_map_starts_on_known_texts(string text, int[] expected)
    {
        Assert.Equal(expected, LineStartsReference(text));
        var map = ImrDsl.Text.LineMap.Build(text);
        Assert.Equal(expected, Enumerable.Range(0, map.LineCount).Select(map.LineStart));
        for (var offset = text.Length; offset >= -1; offset--) AssertPlaced(text, expected.ToList(), map, offset);
    }

    private static void AssertPlaced(string text, List<int> starts, ImrDsl.Text.LineMap map, int offset)
    {
        var line = starts.FindLastIndex(s => s <= Math.Max(0, offset));
        var expected = new ImrDsl.Text.LinePosition(line + 1, offset - starts[line] + 1);
        if (map.GetPosition(offset) != expected) throw new Xunit.Sdk.XunitException($"{Show(text)} at {offset}: {map.GetPosition(offset)}, expected {expected}");
    }

    private static string Show(string text) => "'" + text.Replace("\r", "\\r").Replace("\n", "\\n") + "'";

    /// <summary>Pieces of item headings and conclusions: numbers, separators, units in any case, white space of every kind.</summary>
    private static readonly Gen<string> ServiceTexts = Gen.ListOf(Gen.OneOf(
            Gen.Elements("1", "10", "325", "0", "5"),
            Gen.Elements(".", "/", "-", "#", "# ", " ", "  ", "\t", "\u00A0", "\u2009", "\u0085", "\n"),
            Gen.Elements("mg", "MG", "Mg", "mcg", "MCG", "g", "G", "gm", "GMS", "grams", "ml", "mL", "%", "m", "c", "l"),
            Gen.Elements("Norco", "tablets", "x", "é", "ſ", "K", "İ"),
            Gen.Elements("Tylenol", "CODEINE", "Qty", "quantity", "of", ":", "(", ")", "tablet", "caps", "daily", "q6", "a", "as", "#3", "times", "three", "given", "guidelines"),
            Gen.Elements("No.", "no", "NO.", "x", "X", "x ", " x", "weeks", "wk", "sessions", "per", "/week", "_"),
            Gen.Elements("times ", "TIMES", "session", "Visits", "visit", "injections", "Injection", "refills", "Refill", "weekly", "each", "a week", "every", "at ", "At", "out of", "nightly", "more", "additional ", "refills x", "Refill:", "refills #", "six ", "Twelve", "seventeen ", "one", "twenty", "Thirty-", "forty ", "-", "nine"),
            Gen.Elements("chiropractic ", "physical therapy", "Post-operative", "C5-", "L4-", "prior ", "the", "epidural steroid", "B12", "week ", "trigger-point"),
            // An item's number ("under item #1"), and words that hold one of its words.
            Gen.Elements("item ", "Items", "issue", "QUESTION ", "subitem", "2item", "itemized"),
            // A total for a day, and words near it.
            Gen.Elements("day", " day", "Day ", "days", "each ", "per  ", "24 hours", "24 hrs", "/ day", "\tper\tday", "a\nday", "dayx",
                "600 mg per day", "10mg a day", "5 mg each day", "2400mg per 24 hours", "1800mg/day", "1800 mg per days", "300mg a daily")))
        .Select(p => string.Concat(p.Take(16)));

    /// <summary>A dose: a number, a second one after '/' or '-', a unit that ends its word, and "/number unit" again with the same unit ("10mg/325mg").</summary>
    private static readonly Regex DoseReference = new(@"([0-9]+(?:\.[0-9]+)?)(?:[/-]([0-9]+(?:\.[0-9]+)?))?\s*((?:mg|mcg|grams|gram|gms|gm|g|ml)(?!\p{L})|%)(?:/([0-9]+(?:\.[0-9]+)?)\s*\3)?", RegexOptions.IgnoreCase);

    /// <summary>What makes a dose a total for a day, read just after it: "per day", "a day", "each day", "per 24 hours".</summary>
    private static readonly Regex DailyTotalAfter = new(@"\G[ \t]*(?:per|a|each)\b\s*(?:day\b|24 hours)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The doses the expression finds, but a total for a day.</summary>
    private static List<string> DosesReference(string text)
        => DoseReference.Matches(text).Where(m => !DailyTotalAfter.IsMatch(text, m.Index + m.Length)).Select(DoseValue).Distinct().ToList();

    /// <summary>A dose as one value: a combination however written ("10-325mg", "10mg/325mg") as "10/325mg", the unit in lower case.</summary>
    private static string DoseValue(Match m)
    {
        var second = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[4].Success ? m.Groups[4].Value : null;
        var unit = m.Groups[3].Value.ToLowerInvariant();
        return m.Groups[1].Value + (second is null ? "" : "/" + second) + (unit is "gm" or "gms" or "gram" or "grams" ? "g" : unit);
    }
    private static List<string> QuantitiesReference(string text) => QuantityExpression.Quantities(text).Select(g => "#" + g.Value).Distinct().ToList();

    [Fact]
    public void Item_facts_find_what_the_dose_and_quantity_expressions_found()
    {
        Prop.ForAll(ServiceTexts.ToArbitrary(), text =>
        {
            var doses = DosesReference(text);
            var quantities = QuantitiesReference(text);
            var facts = ItemFacts.From(text);
            if (!facts.Doses.SequenceEqual(doses) || !facts.Quantities.SequenceEqual(quantities))
                throw new Xunit.Sdk.XunitException($"{Show(text)}: doses [{string.Join(", ", facts.Doses)}] quantities [{string.Join(", ", facts.Quantities)}], " +
                    $"expected [{string.Join(", ", doses)}] and [{string.Join(", ", quantities)}]");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5000).WithQuietOnSuccess(true));
    }

    /// <summary>
    /// Texts of counts of visits with words between the number and its visits, and their near misses: a spinal level's or
    /// a range's dash before, words of time, dose or history between, too many words, words glued to digits.
    /// </summary>
    private static readonly Gen<string> VisitTexts =
        (from before in Gen.Elements("", "C5-", "L4-", "2-", "x ", "(", "-", "at ", "a")
         from number in Gen.Elements("6", "14", "six", "Twenty-four", "0", "")
         from close in Gen.Elements("", ")")
         from words in Gen.Elements("chiropractic", "physical", "therapy", "Post-operative", "the", "prior", "mg", "B12", "trigger-point", "weeks",
                                    "sessions", "more", "epidural", "steroid", "lumbar", "\u00E9t\u00E9", "x", "a-", "per").ListOf()
         from gap in Gen.Elements(" ", "  ", "\n", "")
         from word in Gen.Elements("visits", "Sessions", "injection", "visit", "sessionsx")
         from after in Gen.Elements("", " per week", "/wk", " a", " were", ".")
         select before + number + close + " " + string.Join(gap, words.Take(6)) + " " + word + after)
        .ListOf().Select(chunks => string.Join(" ", chunks.Take(3)));

    /// <summary>The scanners of visits and refills find, in order, what their expressions find: the digits and the word.</summary>
    [Fact]
    public void Count_scanners_find_what_their_expressions_found()
    {
        Prop.ForAll(Gen.OneOf(ServiceTexts, VisitTexts).ToArbitrary(), text =>
        {
            var visits = new List<string>();
            for (var found = ImrDsl.Text.QuantityScan.NextVisits(text, 0); found is { } c; found = ImrDsl.Text.QuantityScan.NextVisits(text, c.Next))
                visits.Add(text[c.Start..c.End] + " " + text[c.WordStart..c.Next]);
            var refills = new List<string>();
            for (var found = ImrDsl.Text.QuantityScan.NextRefills(text, 0); found is { } c; found = ImrDsl.Text.QuantityScan.NextRefills(text, c.Next))
                refills.Add(text[c.Start..c.End]);
            var expectedVisits = QuantityExpression.Visits.Matches(text).Select(m => m.Groups["n"].Value + " " + m.Groups["w"].Value).ToList();
            var expectedRefills = QuantityExpression.Refills.Matches(text).Select(m => m.Groups["n"].Value).ToList();
            if (!visits.SequenceEqual(expectedVisits) || !refills.SequenceEqual(expectedRefills))
                throw new Xunit.Sdk.XunitException($"{Show(text)}: visits [{string.Join(", ", visits)}] refills [{string.Join(", ", refills)}], " +
                    $"expected [{string.Join(", ", expectedVisits)}] and [{string.Join(", ", expectedRefills)}]");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5000).WithQuietOnSuccess(true));
    }

    /// <summary>Texts of hours and days and their near misses: timing words before and after, frequencies, decimals, brackets, hyphens.</summary>
    private static readonly Gen<string> MeasureTexts =
        (from before in Gen.Elements("", "every", "after", "Within", "per", "pastime", "In", "over", "x", "\u00E9", "1.", "2,", "K", "_")
         from space in Gen.Elements("", " ", "  ", "\u00A0", "\n")
         from open in Gen.Elements("", "(")
         from number in Gen.Elements("1", "24", "160", "0", "")
         from close in Gen.Elements("", ")")
         from gap in Gen.Elements("", " ", "  ", "\n", "-", "--", "- ")
         from word in Gen.Elements("hours", "Hrs", "hour", "HR", "hourly", "day", "Days", "daily", "sessions")
         from after in Gen.Elements("", " ", " per", " a", "/", " daily", "x", "_", ".", " A", "\u017F", " ago", " after", " post-op", " prior", " fromage", "-")
         select before + space + open + number + close + gap + word + after)
        .ListOf().Select(chunks => string.Concat(chunks.Take(4)));

    /// <summary>The scanners of hours and of days find, in order, what their expressions find.</summary>
    [Fact]
    public void Hours_and_days_scanners_find_what_their_expressions_found()
    {
        Prop.ForAll(MeasureTexts.ToArbitrary(), text =>
        {
            Compare("hours", text, ImrDsl.Text.QuantityScan.NextHours, QuantityExpression.Hours);
            Compare("days", text, ImrDsl.Text.QuantityScan.NextDays, QuantityExpression.Days);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20000).WithQuietOnSuccess(true));

        static void Compare(string what, string text, Func<string, int, (int Start, int End, int Next)?> next, System.Text.RegularExpressions.Regex expression)
        {
            var found = new List<string>();
            for (var at = next(text, 0); at is { } c; at = next(text, c.Next)) found.Add($"{c.Start}:{text[c.Start..c.End]}");
            var expected = expression.Matches(text).Select(m => $"{m.Groups["n"].Index}:{m.Groups["n"].Value}").ToList();
            if (!found.SequenceEqual(expected))
                throw new Xunit.Sdk.XunitException($"{Show(text)}: {what} [{string.Join(", ", found)}], expected [{string.Join(", ", expected)}]");
        }
    }

    /// <summary>Texts of schedules and their near misses: ranges, sizes, days, words glued and apart.</summary>
    private static readonly Gen<string> ScheduleTexts = Gen.ListOf(Gen.OneOf(
            Gen.Elements("2", "12", "123", "6", "0", "2.5", "two", "Six", "twenty", "twenty-four", "forty one", "once", "Twice", "onceweekly", "6or", "3x4cm", "2x6wks"),
            Gen.Elements(" ", " ", "  ", "\n", "\u00A0", ",", "-", "\u2013", "/", ".", "(", ")"),
            Gen.Elements("x", "X", "times", "x/", "a", "per", "each", "to", "or", "into"),
            Gen.Elements("week", "wk", "weekly", "weeks", "wks", "Weeks", "day", "weekend", "for", "over", "during", "x6", "2x6", "6wks", "3x4cm"),
            Gen.Elements("sessions", "visit", "visits", "injections", "cm", "mm", "in", "%", "mg", "inches", "xray", "a week", "per week", "times a week for")))
        .Select(p => string.Concat(p.Take(14)));

    /// <summary>The schedule scanner finds, in order, what its expression finds: where each lies, its visits a week and its weeks.</summary>
    [Fact]
    public void Schedule_scanner_finds_what_its_expression_found()
    {
        Prop.ForAll(ScheduleTexts.ToArbitrary(), text =>
        {
            var found = new List<string>();
            for (var s = ImrDsl.Text.ScheduleScan.Next(text, 0); s is { } at; s = ImrDsl.Text.ScheduleScan.Next(text, at.End))
                found.Add($"{at.Start}-{at.End}={at.PerWeek}x{at.Weeks}");
            var expected = QuantityExpression.Schedules.Matches(text)
                .Select(m => $"{m.Index}-{m.Index + m.Length}={QuantityExpression.NumberValue(m.Groups["f"].Value)}x{QuantityExpression.NumberValue(m.Groups["w"].Value)}")
                .ToList();
            if (!found.SequenceEqual(expected))
                throw new Xunit.Sdk.XunitException($"{Show(text)}: [{string.Join(", ", found)}], expected [{string.Join(", ", expected)}]");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Item_keys_are_what_the_key_expressions_made()
    {
        Prop.ForAll(ServiceTexts.ToArbitrary(), text =>
        {
            var expected = Regex.Replace(Regex.Replace(text.ToLowerInvariant(), @"([0-9])\s+((?:mg|mcg|grams|gram|gms|gm|g|ml)(?!\p{L})|%)", "$1$2"), @"\s+", " ").Trim();
            var key = ItemFacts.NormalizeKey(text);
            if (key != expected) throw new Xunit.Sdk.XunitException($"{Show(text)}: {Show(key)}, expected {Show(expected)}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("Norco 10/325mg #120", "10/325mg", "#120")]
    [InlineData("Baclofen 10 MG # 60", "10mg", "#60")]
    [InlineData("Cream 0.5 % tube 10.mg", "0.5%", null)]
    [InlineData("12 345mg #x #5", "345mg", "#5")]
    [InlineData("Norco 10-325mg #120", "10/325mg", "#120")]
    [InlineData("Norco 10mg/325mg #120", "10/325mg", "#120")]
    [InlineData("Baclofen 10mg/day #60", "10mg", "#60")]
    [InlineData("Tylenol #3 300/30mg #60", "300/30mg", "#60")]
    [InlineData("Tylenol with Codeine # 4, 300/60mg, #90", "300/60mg", "#90")]
    [InlineData("Norco 10/325mg, 90 tablets", "10/325mg", "#90")]
    [InlineData("Gabapentin 600mg ninety (90) capsules", "600mg", "#90")]
    [InlineData("Norco 10/325mg Qty: 120", "10/325mg", "#120")]
    [InlineData("Norco 10/325mg, quantity of 120", "10/325mg", "#120")]
    [InlineData("Norco 10/325mg 1 tablet every 6 hours", "10/325mg", null)]
    [InlineData("Norco 10/325mg 2 tablets daily", "10/325mg", null)]
    [InlineData("Norco 10/325mg 1 tablet q6h", "10/325mg", null)]
    [InlineData("Ibuprofen 800mg, 1 tablet 3 times a day", "800mg", null)]
    [InlineData("Ibuprofen 800mg, 1 tablet three times daily", "800mg", null)]
    [InlineData("Norco 10/325mg #120 given the lack of benefit", "10/325mg", "#120")]
    [InlineData("Norco 10/325mg per the 2009 guidelines", "10/325mg", null)]
    [InlineData("Gabapentin 600mg, 1800 mg per day, #90", "600mg", "#90")]
    [InlineData("Gabapentin 600mg (1800 mg a day) #90", "600mg", "#90")]
    public void Item_facts_on_known_headings(string text, string dose, string? quantity)
    {
        var facts = ItemFacts.From(text);
        Assert.Equal(new[] { dose }, facts.Doses);
        Assert.Equal(quantity is null ? Array.Empty<string>() : new[] { quantity }, facts.Quantities);
    }

    /// <summary>
    /// IMR004 reads the conclusion (the sentence IMR003 reads, else the last one) in place and compares without LINQ
    /// (issue 10); it must name exactly the conflicts that sentence's facts gave, compared by the expressions above,
    /// whatever the sentences and white space.
    /// </summary>
    [Fact]
    public void Conclusion_names_item_finds_what_the_trimmed_last_sentence_gave()
    {
        var sentences = Gen.ListOf(Gen.OneOf(ServiceTexts, Gen.Elements(". ", ". The", ".\n(", "! Norco", "? ", " ", "\n", "\u00A0", "#", "# 7")))
            .Select(p => string.Concat(p.Take(8)));
        Prop.ForAll(sentences.ToArbitrary(), ServiceTexts.ToArbitrary(), (rationale, service) =>
        {
            // The reference compares doses and quantities; counts and places, with their history and limits, are held by
            // the table tests (QuantityNotationTests), so texts that name one are left to those.
            if (NamesCountOrPlace(rationale) || NamesCountOrPlace(service)) return;
            var result = RulePredicates.ConclusionNamesItem(rationale, service, null, Standard, items: null);
            // With no conclusion, a rationale cut mid-sentence is IMR005's and names nothing to compare.
            var found = string.IsNullOrWhiteSpace(rationale) ? null : Conclusions.Find(rationale, Standard);
            var cut = found is null && !RulePredicates.EndsWhole(rationale, null, Standard).Holds;
            var conclusion = string.IsNullOrWhiteSpace(rationale) || cut ? null : found?.Sentence ?? Conclusions.LastSentence(rationale);
            var expected = conclusion is null || string.IsNullOrWhiteSpace(service) ? null : ConflictsReference(conclusion, service);
            var named = result.Values.TryGetValue("named", out var value) ? value : null;
            if (result.Holds != (expected is null) || named != expected)
                throw new Xunit.Sdk.XunitException($"{Show(rationale)} / {Show(service)}: {(result.Holds ? "holds" : Show(named ?? ""))}, expected {(expected is null ? "holds" : Show(expected))}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true));
    }

    private static bool NamesCountOrPlace(string text)
        => QuantityExpression.Visits.IsMatch(text) || QuantityExpression.Refills.IsMatch(text) || QuantityExpression.Hours.IsMatch(text)
           || QuantityExpression.Days.IsMatch(text) || PlaceReference.IsMatch(text);

    /// <summary>A side, abbreviated too, or what may start a spinal level (a region's letter and a number before a dash or slash).</summary>
    private static readonly Regex PlaceReference = new(@"\b(?:right|left|bilateral|bilat|rt|lt|r|l)\b|\b[ctls][0-9]+\s*[-\u2013/]", RegexOptions.IgnoreCase);

    /// <summary>
    /// What the conclusion names that the heading lacks, of each kind (percent, weight, quantity) the heading has and the
    /// conclusion names none of the heading's values of, worked out with the expressions and LINQ.
    /// </summary>
    private static string? ConflictsReference(string conclusion, string heading)
    {
        List<string> Doses(string text) => DosesReference(text);
        IEnumerable<string> Missing(List<string> named, List<string> own)
            => own.Count == 0 || named.Intersect(own).Any() ? Enumerable.Empty<string>() : named;
        // Strengths in percent and weights are doses of two kinds, compared apart.
        List<string> OfKind(List<string> doses, bool percent) => doses.Where(d => d.EndsWith('%') == percent).ToList();
        // A combined dose named by its parts, each with its unit ("10mg" and "325mg"), is the heading's "10/325mg".
        bool ByParts(List<string> named, List<string> own)
            => own.Select(d => Regex.Match(d, @"^([0-9.]+)/([0-9.]+)([a-z]+)$")).Any(m => m.Success
                && named.Contains(m.Groups[1].Value + m.Groups[3].Value) && named.Contains(m.Groups[2].Value + m.Groups[3].Value));
        var weights = ByParts(OfKind(Doses(conclusion), false), OfKind(Doses(heading), false)) ? Enumerable.Empty<string>()
            : Missing(OfKind(Doses(conclusion), false), OfKind(Doses(heading), false));
        var conflicts = Missing(OfKind(Doses(conclusion), true), OfKind(Doses(heading), true))
            .Concat(weights)
            .Concat(Missing(QuantitiesReference(conclusion), QuantitiesReference(heading))).ToList();
        return conflicts.Count == 0 ? null : string.Join(" ", conflicts);
    }

    /// <summary>Normalized sentences as Conclusions makes them (lower-case words between spaces), and phrases of any shape.</summary>
    private static readonly Gen<string> SentenceWords = Gen.Elements("was", "were", "wean", "weaning", "ur", "reviewer", "found", "only", "if",
        "the", "request", "is", "not", "medically", "necessary", "a", "w", "wa", "norco", "10mg", "#120", "é", "-", ",", "states", "that");

    private static readonly Gen<string> NormalizedSentences = Gen.OneOf(
        Gen.ListOf(SentenceWords).Select(w => " " + string.Join(" ", w.Take(14)) + " "),
        Gen.ListOf(SentenceWords).Select(w => string.Join(" ", w.Take(14))),
        Gen.ListOf(SentenceWords).Select(w => string.Concat(w.Take(8))));

    private static readonly Gen<string> Phrases = Gen.OneOf(
        SentenceWords.Select(w => " " + w + " "),
        Gen.Two(SentenceWords).Select(t => " " + t.Item1 + " " + t.Item2 + " "),
        SentenceWords, SentenceWords.Select(w => " " + w), Gen.Elements(" ", "  ", " a", "", "s "));

    /// <summary>
    /// ContainsAny passes over a phrase whose space and first two characters follow no space of the sentence, from a set it
    /// keeps for the last two sentences asked: asked in any order about several sentences, it must answer as a search for
    /// every phrase does.
    /// </summary>
    [Fact]
    public void Contains_any_answers_as_a_search_for_every_phrase()
    {
        var cases = from sentences in Gen.ArrayOf(NormalizedSentences)
                    from questions in Gen.ArrayOf(Gen.Choose(0, 3).Zip(Gen.ArrayOf(Phrases)))
                    select (sentences: sentences.Take(4).ToArray(), questions: questions.Take(10).ToArray());
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            if (c.sentences.Length == 0) return;
            foreach (var (which, phrases) in c.questions)
            {
                // A fresh copy now and then: the same text in another string must be read again, not taken for the first.
                var sentence = which == 3 ? new string(c.sentences[0].AsSpan()) : c.sentences[which % c.sentences.Length];
                var list = phrases.Take(8).ToArray();
                var expected = list.Any(p => sentence.IndexOf(p, StringComparison.Ordinal) >= 0);
                if (Conclusions.ContainsAny(sentence, list) != expected)
                    throw new Xunit.Sdk.XunitException($"'{sentence}' [{string.Join("|", list)}]: expected {expected}");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true));
    }
}
