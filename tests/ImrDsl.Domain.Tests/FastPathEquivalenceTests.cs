using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Domain.Letters;
using ImrDsl.Text;
using System.Text.RegularExpressions;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// The reader's hot paths were rewritten for speed (issue 10). Each fast path must answer exactly as the plain
/// version it replaced, which is kept here as the reference, on text built from the pieces that matter to it:
/// the words it looks for in any case, letters around them, and the non-ASCII letters whose case rules differ.
/// </summary>
public class FastPathEquivalenceTests
{
    private static readonly string[] GluedEndings = { "medically", "necessary", "certified", "recommended", "supported", "indicated", "warranted", "appropriate", "established", "reasonable" };

    /// <summary>Pieces of letter text: the endings in several cases, glue words, separators and awkward letters.</summary>
    private static readonly Gen<string> Pieces = Gen.OneOf(
        Gen.Elements(GluedEndings),
        Gen.Elements(GluedEndings).Select(e => e.ToUpperInvariant()),
        Gen.Elements(GluedEndings).Select(e => char.ToUpperInvariant(e[0]) + e.Substring(1)),
        Gen.Elements("not", "is", "be", "was", "medi", "cally", "neces", "sary", "x", "é", "ſ", "K", "\u212A", "ß", "İ", "ı", "1", "\u00AD", "\u200B"),
        Gen.Elements(" ", "  ", "\n", "\r\n", "-", ".", "'", "\t", "\u00A0"));

    private static readonly Gen<string> Texts = Gen.ListOf(Pieces).Select(p => string.Concat(p.Take(40)));

    /// <summary>Longer texts with ordinary words between the pieces, so a search that skips ahead has room to skip.</summary>
    private static readonly Gen<string> LongTexts = Gen.ListOf(Gen.OneOf(Pieces, Gen.Elements("the ", "patient ", "treatment ", "request ", "guidelines ", "is ", "un", "in", "contra", "non")))
        .Select(p => string.Concat(p.Take(120)));

    /// <summary>The scan <see cref="LetterText"/> used before <see cref="GluedWords.MayHold"/>: one ignore-case search per ending.</summary>
    private static bool MayHaveGluedWordsReference(string text)
    {
        foreach (var ending in GluedEndings)
            for (var at = text.IndexOf(ending, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(ending, at + ending.Length, StringComparison.OrdinalIgnoreCase))
                if (at > 0 && char.IsLetter(text[at - 1])) return true;
        return false;
    }

    /// <summary>
    /// The walk <see cref="GluedWords.MayHold"/> made before its Horspool search: every run of letters long enough to
    /// hold a pair, each place after the run's first letter whose (ASCII) letter starts an ending.
    /// </summary>
    private static bool MayHaveGluedWordsWalkReference(string text)
    {
        var shortestPair = 1 + GluedEndings.Min(e => e.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i])) continue;
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i - start < shortestPair) continue;
            for (var at = start + 1; at <= i - shortestPair + 1; at++)
            {
                if (text[at] >= 128) continue;
                var lower = (char)(text[at] | 0x20);
                foreach (var ending in GluedEndings)
                    if (ending[0] == lower && at + ending.Length <= i && string.Compare(text, at, ending, 0, ending.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            }
        }
        return false;
    }

    [Fact]
    public void Glued_word_test_answers_as_one_search_per_ending()
    {
        Prop.ForAll(Gen.OneOf(Texts, LongTexts).ToArbitrary(), text =>
        {
            var expected = MayHaveGluedWordsReference(text);
            if (GluedWords.MayHold(text) != expected || MayHaveGluedWordsWalkReference(text) != expected)
                throw new Xunit.Sdk.XunitException($"'{text}': expected {expected}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("notmedically necessary", true)]
    [InlineData("not medically necessary", false)]
    [InlineData("NOTMEDICALLY", true)]
    [InlineData("medically", false)]
    [InlineData("xmedicallyxnecessary", true)]
    [InlineData("neceſſary", false)] // long s is not s to an ordinal search with case ignored
    [InlineData("", false)]
    [InlineData("n", false)]
    [InlineData("medicallymedically", true)] // the second follows a letter
    [InlineData(" medically", false)]
    [InlineData("unnecessary", true)] // real letters say it: the test then says maybe
    [InlineData("ınecessary", true)] // dotless i is a letter
    [InlineData("\u212Anecessary", true)] // so is the Kelvin sign
    [InlineData("necessar\u212A", false)]
    [InlineData("ſupported", false)]
    [InlineData("xſupported", false)] // the long s does not start "supported", case ignored or not
    [InlineData("xSUPPORTED", true)]
    [InlineData("x\u00ADnecessary", false)] // a soft hyphen is no letter
    [InlineData("1necessary", false)]
    [InlineData("é\nnecessary", false)]
    [InlineData("énecessary", true)]
    [InlineData("necessary.", false)]
    [InlineData("anecessar", false)] // cut short at the end of the text
    [InlineData("the request for treatment is contraindicated", true)]
    [InlineData("the request for treatment is contra indicated", false)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaxestablished", true)]
    [InlineData("éééééééééééééééééééééééééééééééééééééééééééééreasonable", true)]
    [InlineData("........................................................reasonable", false)]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzRECOMMENDED!", true)]
    public void Glued_word_test_on_known_texts(string text, bool expected)
    {
        Assert.Equal(MayHaveGluedWordsReference(text), expected);
        Assert.Equal(MayHaveGluedWordsWalkReference(text), expected);
        Assert.Equal(expected, GluedWords.MayHold(text));
    }

    /// <summary>
    /// The scan <see cref="LetterText.NeedsNormalizing"/> made before it was vectorised: anything beyond ASCII, or a
    /// backtick; or an escape or an HTML tag, asked of every position in turn.
    /// </summary>
    private static bool NeedsNormalizingReference(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (text[i] > '\u007F' || text[i] == '`' || MarkupEscape.At(text, i) is not null || text[i] == '<' && InlineHtml.TagAt(text, i) is not null) return true;
        return false;
    }

    /// <summary>What escapes and tags are made of, whole and broken, so the vectorised skip from one '&amp;', '\' or '&lt;' to the next is tried.</summary>
    private static readonly Gen<string> EscapePieces = Gen.Elements("&", "&amp;", "&amp", "&nbsp;", "&#8217;", "&#x2019;", "&#;", "&#0;", "\\", "\\#", "\\a", "& ", "amp;", "#",
        "<", "<b>", "</span>", "<br/>", "<p class=\"x\">", "<bx>", "< b>", "<br");

    [Fact]
    public void Normalizing_test_answers_as_the_character_walk()
    {
        var ascii = Gen.ListOf(Gen.OneOf(Texts.Select(t => new string(t.Where(char.IsAscii).ToArray())), EscapePieces)).Select(p => string.Concat(p.Take(12)));
        var texts = Gen.OneOf(Texts, Texts.Select(t => t + "`"), Texts.Select(t => new string(t.Where(char.IsAscii).ToArray())), ascii);
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            if (LetterText.NeedsNormalizing(text) != NeedsNormalizingReference(text))
                throw new Xunit.Sdk.XunitException($"'{text}': expected {NeedsNormalizingReference(text)}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("plain ASCII text, 1-2 \"quoted\"\r\n", false)]
    [InlineData("`", true)]
    [InlineData("a long plain line of ASCII text that is longer than one vector of characters \u007F", false)]
    [InlineData("a long plain line of ASCII text that is longer than one vector of characters \u0080", true)]
    [InlineData("a long plain line of ASCII text that is longer than one vector of characters `", true)]
    [InlineData("\u212A", true)]
    [InlineData("ſ", true)]
    [InlineData("Physical Medicine & Rehabilitation", false)]
    [InlineData("Physical Medicine &amp; Rehabilitation", true)]
    [InlineData("a long plain line of ASCII text, & more, that is longer than one vector \\#60", true)]
    [InlineData("C:\\letters & notes", false)]
    public void Normalizing_test_on_known_texts(string text, bool expected)
    {
        Assert.Equal(expected, NeedsNormalizingReference(text));
        Assert.Equal(expected, LetterText.NeedsNormalizing(text));
    }

    /// <summary>
    /// How <see cref="CitationReader.MatchGuideline"/> matched before it folded the text once: each alias walked the text,
    /// comparing letters and digits in lower case and passing anything else, and passing years that stand alone (found
    /// by an expression, in the alias and in the text's range), then whole words only and an alias's ')' kept.
    /// </summary>
    private static int MatchGuidelineReference(IReadOnlyList<string> aliases, string text, int start, int end)
    {
        var best = start;
        var textYears = YearDigits(text, start, end);
        foreach (var alias in aliases)
        {
            var aliasYears = YearDigits(alias, 0, alias.Length);
            int i = start, j = 0;
            var matched = true;
            for (; j < alias.Length && matched; j++)
            {
                if (!char.IsLetterOrDigit(alias[j]) || aliasYears.Contains(j)) continue;
                while (i < end && (!char.IsLetterOrDigit(text[i]) || textYears.Contains(i))) i++;
                if (i >= end || char.ToLowerInvariant(text[i]) != char.ToLowerInvariant(alias[j])) matched = false;
                else i++;
            }
            if (!matched || i < end && char.IsLetterOrDigit(text[i]) && char.IsLetterOrDigit(text[i - 1])) continue;
            if (i < end && text[i] == ')' && alias.EndsWith(")", StringComparison.Ordinal)) i++;
            if (i > best) best = i;
        }
        return best;
    }

    private static readonly Regex StandaloneYear = new(@"(?<![\p{L}\p{Nd}])(?:19|20)[0-9]{2}(?![\p{L}\p{Nd}])");

    /// <summary>The positions of the digits of every year from 1900 to 2099 that no letter or digit touches in text[start, end).</summary>
    private static HashSet<int> YearDigits(string text, int start, int end)
        => StandaloneYear.Matches(text.Substring(start, end - start)).SelectMany(m => Enumerable.Range(start + m.Index, m.Length)).ToHashSet();

    private static readonly string[] ExtraAliases = { "Official Disability Guidelines (ODG)", "ODG", "MTUS", "MTUS 2", "MTUS 2009 Extra", "ACOEM", "A.C.O.E.M.", "Strength", "\u212Aelvin", "İnjury" };

    private static (CitationReader Reader, List<string> Aliases) GuidelineReader()
    {
        var catalogues = Imr.Std.Guidelines.All.ToList();
        catalogues.Add(new ImrDsl.Runtime.GuidelineCatalogue("extra", "Extra Guideline 2024", ExtraAliases, null, Array.Empty<ImrDsl.Runtime.GuidelineTopic>()));
        var aliases = catalogues.SelectMany(c => c.Aliases.Prepend(c.Title)).ToList();
        return (new CitationReader(catalogues), aliases);
    }

    [Fact]
    public void Guideline_match_answers_as_each_alias_walking_the_text()
    {
        var (reader, aliases) = GuidelineReader();
        var pieces = Gen.OneOf(
            Gen.Elements(aliases.ToArray()),
            Gen.Elements(aliases.ToArray()).Select(a => a.ToUpperInvariant()),
            Gen.Elements(aliases.ToArray()).Select(a => a.Replace(" ", "").Replace("(", "")),
            Gen.Elements(" ", "  ", ", ", "(", ")", "-", ".", "2", "X", "x", "é", "ſ", "\u212A", "ı", "Chronic Pain", "page 41", "2009", " 2009 ", "(2009)", "1999", "20091"));
        var cases = from parts in Gen.ListOf(pieces)
                    let text = string.Concat(parts.Take(6))
                    from start in Gen.Choose(0, text.Length)
                    from end in Gen.Choose(start, text.Length)
                    select (text, start, end);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var expected = MatchGuidelineReference(aliases, c.text, c.start, c.end);
            var actual = reader.MatchGuideline(c.text, c.start, c.end);
            if (actual != expected)
                throw new Xunit.Sdk.XunitException($"'{c.text}'[{c.start}, {c.end}): expected {expected}, got {actual}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("Official Disability Guidelines (ODG) Pain chapter")]
    [InlineData("MTUS 2009 Chronic Pain Medical Treatment Guidelines, Opioids")]
    [InlineData("2009 MTUS (2009) Chronic Pain 20091")]
    [InlineData("official disability guidelines (odg)")]
    [InlineData("ODGX")]
    [InlineData("MTUS2")]
    [InlineData("MTUS 2)")]
    [InlineData("A C O E M")]
    [InlineData("ſtrength")]
    [InlineData("Kelvin")]
    [InlineData("")]
    [InlineData(" , ")]
    public void Guideline_match_on_known_texts(string text)
    {
        var (reader, aliases) = GuidelineReader();
        for (var start = 0; start <= text.Length; start++)
            Assert.Equal(MatchGuidelineReference(aliases, text, start, text.Length), reader.MatchGuideline(text, start, text.Length));
    }

    [Fact]
    public void Caseless_word_finds_what_an_ordinal_ignore_case_search_finds()
    {
        // The words are ASCII (the reader's labels and cues); the texts hold the non-ASCII letters whose case rules differ.
        var needles = Gen.OneOf(Gen.Elements("Case Number:", "date of injury", "medical records:", "injury on", "KS", "s", "k", "i"), Pieces)
            .Where(n => n.Length > 0 && System.Text.Ascii.IsValid(n));
        var cases = from text in Texts
                    from needle in needles
                    from start in Gen.Choose(0, text.Length)
                    from count in Gen.Choose(0, text.Length - start)
                    select (text, needle, start, count);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var expected = c.text.IndexOf(c.needle, c.start, c.count, StringComparison.OrdinalIgnoreCase);
            var actual = new CaselessWord(c.needle).IndexIn(c.text, c.start, c.count);
            if (actual != expected)
                throw new Xunit.Sdk.XunitException($"'{c.needle}' in '{c.text}'[{c.start}, +{c.count}]: expected {expected}, got {actual}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true));
    }

    /// <summary>Text around citations' page markers: the markers in any case, words that start with a 'p', numbers and separators.</summary>
    private static readonly Gen<string> PageTexts = Gen.ListOf(Gen.OneOf(
            Gen.Elements(CitationReader.PageMarkers),
            Gen.Elements(CitationReader.PageMarkers).Select(m => m.ToUpperInvariant()),
            Gen.Elements("pain", "patient", "Psych", "pp", "P", "p ", "no. ", "nos ", "number ", "#", ":", " ", "  ", ".", ",", "120", "76-80", "x", "ſ", "\u212A", "ᴘ", "\u000E")))
        .Select(p => string.Concat(p.Take(30)));

    /// <summary>The marker search before it jumped from 'p' to 'p' and refused words by their second character.</summary>
    private static (int Start, int End)? PagesKeywordAtReference(string text, int at, int start, int end)
    {
        if (text[at] is not ('p' or 'P') || at > start && char.IsLetterOrDigit(text[at - 1])) return null;
        string[] numberWords = { "numbers", "number", "nos.", "nos", "no.", "no" };
        static int SkipNumberSign(string text, int i, int end)
        {
            while (i < end && text[i] is ':' or ' ' or '\t' or '.' or '#') i++;
            return i;
        }
        foreach (var word in CitationReader.PageMarkers)
        {
            if (at + word.Length > end || string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            var after = at + word.Length;
            if (after < end && char.IsLetter(text[after])) continue;
            var number = SkipNumberSign(text, after, end);
            if (TextScan.CaselessAnyAt(text, number, end, numberWords) is var numberWord and >= 0
                && number + numberWords[numberWord].Length is var wordEnd && (wordEnd >= end || !char.IsLetter(text[wordEnd])))
                number = SkipNumberSign(text, wordEnd, end);
            if (number < end && char.IsAsciiDigit(text[number])) return (at, number);
        }
        return null;
    }

    [Fact]
    public void Page_markers_are_found_as_a_walk_over_every_character_found_them()
    {
        var cases = from text in PageTexts
                    from start in Gen.Choose(0, text.Length)
                    from end in Gen.Choose(start, text.Length)
                    select (text, start, end);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            (int, int)? first = null, last = null;
            for (var at = c.start; at < c.end && first is null; at++) first = PagesKeywordAtReference(c.text, at, c.start, c.end);
            for (var at = c.end - 1; at >= c.start && last is null; at--)
            {
                if (PagesKeywordAtReference(c.text, at, c.start, c.end) is not { } keyword) continue;
                last = keyword;
                for (var back = Math.Max(c.start, at - 3); back < at; back++)
                    if (PagesKeywordAtReference(c.text, back, c.start, c.end) is { } longer && longer.End == keyword.End) { last = longer; break; }
            }
            if (CitationReader.FirstPagesKeyword(c.text, c.start, c.end) != first || CitationReader.LastPagesKeyword(c.text, c.start, c.end) != last)
                throw new Xunit.Sdk.XunitException($"'{c.text}'[{c.start}, {c.end}): first {CitationReader.FirstPagesKeyword(c.text, c.start, c.end)} (expected {first}), last {CitationReader.LastPagesKeyword(c.text, c.start, c.end)} (expected {last})");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5000).WithQuietOnSuccess(true));
    }
}
