using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Domain.Letters;
using ImrDsl.Text;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// The letter reader's work per letter was cut (issue 10): it shares its line split with the file's line map, joins
/// lines without a StringBuilder, and normalizes a letter in one pass. Each piece is held here to a plain reference
/// that does the same thing the obvious way, on text built from the characters that matter to it.
/// </summary>
public class ReaderSharingTests
{
    private static Config Quick(int tests) => Config.QuickThrowOnFailure.WithMaxTest(tests).WithQuietOnSuccess(true);

    // ---- one line split serves the reader and the file's line map -------------------------------------------------

    private static readonly Gen<string> LineTexts = Gen.ListOf(Gen.Elements("a", "word ", " ", "\t", "\n", "\r", "\r\n", "\n\r", "\f", "## ", "**", ":"))
        .Select(p => string.Concat(p.Take(30)));

    [Fact]
    public void The_reader_line_split_gives_the_line_map_the_file_builds()
    {
        Prop.ForAll(LineTexts.ToArbitrary(), text =>
        {
            var expected = LineMap.Build(text);
            var shared = LetterLines.LineMapOf(LetterLines.Split(text), text);
            var expectedStarts = Enumerable.Range(0, expected.LineCount).Select(expected.LineStart);
            var sharedStarts = Enumerable.Range(0, shared.LineCount).Select(shared.LineStart);
            if (!expectedStarts.SequenceEqual(sharedStarts) || expected.TextLength != shared.TextLength)
                throw new Xunit.Sdk.XunitException($"'{Escape(text)}': starts {string.Join(",", expectedStarts)} expected, {string.Join(",", sharedStarts)} shared");
        }).Check(Quick(3000));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("a\r\nb\r\n")]
    [InlineData("a\rb\n\nc")]
    [InlineData("a\n\r")]
    public void A_letter_read_as_it_is_gives_its_file_the_same_positions(string text)
    {
        var built = new SourceFile("built.txt", text);
        var shared = new SourceFile("shared.txt", text);
        LetterReader.Standard.Read(shared); // the reader hands the file its lines
        for (var offset = 0; offset <= text.Length; offset++) Assert.Equal(built.PositionOf(offset), shared.PositionOf(offset));
        Assert.Equal(built.Lines.LineCount, shared.Lines.LineCount);
    }

    // ---- joined lines ---------------------------------------------------------------------------------------------

    /// <summary>How <see cref="TextRun"/> joins, written plainly: a StringBuilder, and the hyphen tests on it.</summary>
    private sealed class TextRunReference(string source)
    {
        private readonly StringBuilder _text = new();
        private readonly List<(int Joined, int Source, int Length)> _pieces = new();
        private static readonly string[] KeptPrefixes = { "non", "self", "long", "short", "well", "anti", "post", "pre", "co", "re", "sub", "semi", "over", "under", "low", "high", "first", "second", "third", "follow", "multi" };

        public override string ToString() => _text.ToString();

        public void Append(int start, int end)
        {
            if (end <= start) return;
            if (_text.Length > 0)
            {
                // A line-end hyphen between letters before a lower-case word: dropped, or kept without a space after a kept prefix.
                if (EndsWithWordHyphen(start)) { if (!EndsWithKeptPrefix()) _text.Length--; }
                else _text.Append(' ');
            }
            _pieces.Add((_text.Length, start, end - start));
            _text.Append(source, start, end - start);
        }

        private bool EndsWithWordHyphen(int nextStart)
        {
            var n = _text.Length;
            return n >= 3 && _text[n - 1] == '-' && char.IsLetter(_text[n - 2]) && char.IsLower(source[nextStart]);
        }

        private bool EndsWithKeptPrefix()
        {
            var n = _text.Length;
            var wordStart = n - 2;
            while (wordStart > 0 && char.IsLetter(_text[wordStart - 1])) wordStart--;
            return Array.IndexOf(KeptPrefixes, _text.ToString(wordStart, n - 1 - wordStart).ToLowerInvariant()) >= 0;
        }

        public int SourceOffset(int joined)
        {
            if (_pieces.Count == 0) return 0;
            var piece = _pieces.Last(p => p.Joined <= joined || p == _pieces[0]);
            return piece.Source + Math.Min(Math.Max(0, joined - piece.Joined), piece.Length);
        }
    }

    private static readonly Gen<string> RunSources = Gen.ListOf(Gen.Elements("medi-", "cation", "non-", "NON-", "Self-", "multi-", "well-", "x-", "-", "a", "B", " ", "é", "é-", "certified", "co-", "follow-", "up"))
        .Select(p => string.Concat(p.Take(24)));

    [Fact]
    public void Joined_lines_read_and_map_back_as_the_string_builder_join()
    {
        var cases = RunSources.SelectMany(source => Gen.ListOf(Gen.Choose(0, source.Length).Two()).Select(pieces => (source, pieces)));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (source, pieces) = c;
            var run = new TextRun(source, 1); // grows past its expected size
            var reference = new TextRunReference(source);
            foreach (var (a, b) in pieces.Take(12))
            {
                run.Append(Math.Min(a, b), Math.Max(a, b));
                reference.Append(Math.Min(a, b), Math.Max(a, b));
            }
            var expected = reference.ToString();
            if (run.ToString() != expected || run.Length != expected.Length || run.IsEmpty != (expected.Length == 0))
                throw new Xunit.Sdk.XunitException($"'{source}' {string.Join(" ", pieces.Take(12))}: '{run}' joined, '{expected}' expected");
            for (var joined = -1; joined <= expected.Length + 1; joined++)
                if (run.SourceOffset(joined) != reference.SourceOffset(joined))
                    throw new Xunit.Sdk.XunitException($"'{source}' {string.Join(" ", pieces.Take(12))}: position {joined} maps to {run.SourceOffset(joined)}, expected {reference.SourceOffset(joined)}");
        }).Check(Quick(3000));
    }

    // ---- the text as it reads -------------------------------------------------------------------------------------

    /// <summary>What each character reads as, written out plainly: a table, and the soft hyphen that shows only at a line end.</summary>
    private static string ReadsAs(string text, int i)
    {
        var c = text[i];
        if (c == '\u00AD')
        {
            var j = i + 1;
            while (j < text.Length && text[j] is ' ' or '\t') j++;
            return j >= text.Length || text[j] is '\n' or '\r' ? "-" : "";
        }
        if (c is '\u00A0' or '\u202F' or '\u205F' or '\u3000' || c >= '\u2000' && c <= '\u200A') return " ";
        if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF') return "";
        if ("\u2018\u2019\u201A\u201B\u2032\u00B4`".Contains(c)) return "'";
        if ("\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB".Contains(c)) return "\"";
        if ("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D".Contains(c)) return "-";
        return c switch
        {
            '\u2026' => "...",
            '\uFB00' => "ff",
            '\uFB01' => "fi",
            '\uFB02' => "fl",
            '\uFB03' => "ffi",
            '\uFB04' => "ffl",
            '\uFB05' or '\uFB06' => "st",
            _ => c.ToString(),
        };
    }

    /// <summary>
    /// The text as a person reads it, the plain way: each character replaced, then a space put before the second word of
    /// every glued pair of that text; and for each of its characters, the file character it came from.
    /// </summary>
    private static (string Text, List<int> From) Reference(string original)
    {
        var normalized = new StringBuilder();
        var from = new List<int>();
        for (var i = 0; i < original.Length; i++)
            foreach (var c in ReadsAs(original, i))
            {
                normalized.Append(c);
                from.Add(i);
            }
        var splits = LetterText.GluedSplits(normalized.ToString()); // held to the expression it replaced elsewhere
        for (var s = splits.Count - 1; s >= 0; s--)
        {
            normalized.Insert(splits[s], ' ');
            from.Insert(splits[s], from[splits[s]]);
        }
        return (normalized.ToString(), from);
    }

    private static readonly Gen<string> ReadTexts = Gen.ListOf(Gen.OneOf(
            Gen.Elements("not", "is", "was", "medically", "necessary", "certified", "established", "NOT", "Medically"),
            Gen.Elements("certi\uFB01ed", "e\uFB06ablished", "\u200B", "\u00AD", "\u200C", "\uFEFF", "\u2060", "\uFB01", "\u2026", "\u2019", "`", "\u2014", "\u00A0", "é", "ı", "\u212A"),
            Gen.Elements(" ", "\n", "\r\n", "x", ".", "-")))
        .Select(p => string.Concat(p.Take(24)));

    [Fact]
    public void A_letter_reads_as_its_characters_replaced_and_its_glued_words_split()
    {
        Prop.ForAll(ReadTexts.ToArbitrary(), original =>
        {
            var (expected, from) = Reference(original);
            var letter = LetterText.Of(new SourceFile("letter.txt", original));
            if (letter.Text != expected)
                throw new Xunit.Sdk.XunitException($"'{Escape(original)}': read '{Escape(letter.Text)}', expected '{Escape(expected)}'");
            for (var i = 0; i < expected.Length; i++)
                if (letter.OriginalOffset(i) != from[i])
                    throw new Xunit.Sdk.XunitException($"'{Escape(original)}': character {i} maps to {letter.OriginalOffset(i)}, expected {from[i]}");
            if (letter.OriginalOffset(expected.Length) != original.Length)
                throw new Xunit.Sdk.XunitException($"'{Escape(original)}': the end maps to {letter.OriginalOffset(expected.Length)}");
        }).Check(Quick(3000));
    }

    /// <summary>
    /// A pair that only the text as it reads shows (a ligature or an invisible character in the file) is split like any
    /// other: the search for pairs once looked at the file's characters and never found these.
    /// </summary>
    [Theory]
    [InlineData("is notcerti\uFB01ed.", "is not certified.")]
    [InlineData("wase\uFB06ablished", "was established")]
    [InlineData("not\u200Bmedically necessary", "not medically necessary")]
    [InlineData("not\u00ADmedically necessary", "not medically necessary")]
    [InlineData("not\u2060necessary\n", "not necessary\n")]
    [InlineData("notmedically \u201Cnecessary\u201D", "not medically \"necessary\"")]
    [InlineData("notmedically", "not medically")]
    [InlineData("not medically", "not medically")]
    public void Glued_pairs_are_split_in_the_text_as_it_reads(string original, string expected)
    {
        Assert.Equal(expected, Reference(original).Text);
        Assert.Equal(expected, LetterText.Of(new SourceFile("letter.txt", original)).Text);
    }

    // ---- case-ignoring search ----------------------------------------------------------------------------------------

    private static readonly string[] Needles = { "board certified in ", "sub", "licensed to practice in ", "kg", " and ", "1a", "b" };

    [Fact]
    public void Case_ignoring_search_finds_what_comparing_at_every_place_finds()
    {
        var texts = Gen.ListOf(Gen.Elements("Board", "BOARD ", "board certified in ", "Sub", "sU", "b", "B", "licensed to practice in ", "\u212Ag", "Kg", "k", " and ", "1A", "x", " "))
            .Select(p => string.Concat(p.Take(16)));
        var cases = from text in texts
                    from needle in Gen.Elements(Needles)
                    from start in Gen.Choose(-1, text.Length + 1)
                    from end in Gen.Choose(0, text.Length)
                    select (text, needle, start, end);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (text, needle, from, end) = c;
            // The first place at or after from where the needle lies wholly before stop.
            int FirstBefore(int stop)
            {
                for (var i = Math.Max(0, from); i + needle.Length <= stop; i++)
                    if (Enumerable.Range(0, needle.Length).All(k => TextScan.CaselessEquals(text[i + k], needle[k]))) return i;
                return -1;
            }
            if (TextScan.IndexOfCaseless(text, needle, from) != FirstBefore(text.Length))
                throw new Xunit.Sdk.XunitException($"'{Escape(text)}' from {from} for '{needle}': {TextScan.IndexOfCaseless(text, needle, from)}, expected {FirstBefore(text.Length)}");
            // Bounded: the conclusion search looks for "that" within one sentence of the rationale.
            if (TextScan.IndexOfCaseless(text, needle, from, end) != FirstBefore(end))
                throw new Xunit.Sdk.XunitException($"'{Escape(text)}' from {from} to {end} for '{needle}': {TextScan.IndexOfCaseless(text, needle, from, end)}, expected {FirstBefore(end)}");
        }).Check(Quick(3000));
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text) escaped.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        return escaped.ToString();
    }
}
