using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Domain.Letters;
using ImrDsl.Text;

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
        Gen.Elements("not", "is", "be", "was", "medi", "cally", "neces", "sary", "x", "é", "ſ", "K", "ß", "İ", "ı", "1"),
        Gen.Elements(" ", "  ", "\n", "\r\n", "-", ".", "'", "\t", "\u00A0"));

    private static readonly Gen<string> Texts = Gen.ListOf(Pieces).Select(p => string.Concat(p.Take(40)));

    /// <summary>The scan <see cref="LetterText"/> used before <see cref="GluedWords.MayHold"/>: one ignore-case search per ending.</summary>
    private static bool MayHaveGluedWordsReference(string text)
    {
        foreach (var ending in GluedEndings)
            for (var at = text.IndexOf(ending, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(ending, at + ending.Length, StringComparison.OrdinalIgnoreCase))
                if (at > 0 && char.IsLetter(text[at - 1])) return true;
        return false;
    }

    [Fact]
    public void Glued_word_test_answers_as_one_search_per_ending()
    {
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            var expected = MayHaveGluedWordsReference(text);
            if (GluedWords.MayHold(text) != expected)
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
    public void Glued_word_test_on_known_texts(string text, bool expected)
    {
        Assert.Equal(MayHaveGluedWordsReference(text), expected);
        Assert.Equal(expected, GluedWords.MayHold(text));
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
}
