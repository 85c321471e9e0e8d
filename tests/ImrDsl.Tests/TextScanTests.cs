using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Runtime;
using ImrDsl.Text;

namespace ImrDsl.Tests;

/// <summary>
/// The scanners that replaced regular expressions on the letter path (issue 10) rest on what the engine means by a
/// word character, a case-ignored letter and a glued word. Each meaning is checked here against the engine itself:
/// the character classes over every UTF-16 code unit, the rest on generated text.
/// </summary>
public class TextScanTests
{
    private const RegexOptions Caseless = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Fact]
    public void Word_characters_are_those_a_word_boundary_sees()
    {
        // "a\b" holds after 'a' exactly when the next character is not a word character.
        var boundaryAfterA = new Regex(@"a\b", RegexOptions.CultureInvariant);
        var wrong = new List<string>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var expected = !boundaryAfterA.IsMatch("a" + (char)c);
            if (c == 'a') expected = true; // "aa" matches at its second 'a'
            if (TextScan.IsWordChar((char)c) != expected) wrong.Add($"U+{c:X4}");
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void Caseless_letters_are_those_the_engine_folds_together()
    {
        var wrong = new List<string>();
        foreach (var lower in "abcdefghijklmnopqrstuvwxyz0.- %/")
        {
            var regex = new Regex("^" + Regex.Escape(lower.ToString()) + "$", Caseless);
            for (var c = 0; c <= char.MaxValue; c++)
                if (TextScan.CaselessEquals((char)c, lower) != regex.IsMatch(((char)c).ToString())) wrong.Add($"'{lower}' U+{c:X4}");
        }
        var range = new Regex("^[a-z]$", Caseless);
        for (var c = 0; c <= char.MaxValue; c++)
            if (TextScan.IsCaselessAsciiLetter((char)c) != range.IsMatch(((char)c).ToString())) wrong.Add($"[a-z] U+{c:X4}");
        Assert.Empty(wrong);
        Assert.True(TextScan.CaselessEquals('\u212A', 'k')); // the Kelvin sign: the one character beyond ASCII that folds onto one
    }

    /// <summary>Normalized sentence text as Conclusions builds it: lower-case words between single spaces, some glued.</summary>
    private static readonly Gen<string> NormalizedTexts =
        Gen.ListOf(Gen.Elements("not", "is", "are", "be", "been", "was", "medically", "necessary", "certified", "reasonable", "notmedically",
                "isnot", "beenmedically", "wasnecessary", "medicallynecessary", "x", "10mg", "en", "NOTMEDICALLY", "é",
                "doesnot", "cannot", "wasnot", "havenot", "knot", "isnotmedically", "hadnotnot", "snot"))
            .Select(words => " " + string.Join(" ", words.Take(10)) + " ");

    [Fact]
    public void Glued_words_in_sentences_split_as_the_replacement_did()
    {
        var glued = new Regex(@"(?<= )(not|is|are|be|been|was|medically)(medically|necessary|certified|recommended|supported|indicated|warranted|appropriate|established|reasonable)(?= )", RegexOptions.CultureInvariant);
        var negated = new Regex(@"(?<= )(is|are|was|were|do|does|did|has|have|had)(not)(?= )", RegexOptions.CultureInvariant);
        var texts = Gen.OneOf(NormalizedTexts, NormalizedTexts.Select(t => t.Trim()), NormalizedTexts.Select(t => t.Replace(" ", "  ")));
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            // The two kinds never overlap (no word is a pair of both), so one replacement after the other is one pass.
            var expected = negated.Replace(glued.Replace(text, "$1 $2"), "$1 $2");
            var actual = Conclusions.SplitGluedWords(text);
            if (actual != expected) throw new Xunit.Sdk.XunitException($"'{text}': '{actual}', expected '{expected}'");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true));
    }

    /// <summary>Conclusions splits only where <see cref="GluedWords.MayHoldInSentence"/> says a pair may be: the test must never hide one.</summary>
    [Fact]
    public void The_glued_word_pre_test_never_hides_a_split()
    {
        var texts = Gen.OneOf(NormalizedTexts, NormalizedTexts.Select(t => t.Trim()), NormalizedTexts.Select(t => t.Replace(" ", "  ")));
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            if (!GluedWords.MayHoldInSentence(text) && Conclusions.SplitGluedWords(text) != text)
                throw new Xunit.Sdk.XunitException($"'{text}': the pre-test said no pair, but one splits");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData(" is notmedically necessary ", " is not medically necessary ")]
    [InlineData(" beenmedically ", " been medically ")]
    [InlineData("notmedically ", "notmedically ")] // no space before: not a word of the sentence
    [InlineData(" the request isnot medically necessary ", " the request is not medically necessary ")]
    [InlineData(" it doesnot meet the criteria ", " it does not meet the criteria ")]
    [InlineData(" necessity cannot be established ", " necessity cannot be established ")] // a word, not a pair
    [InlineData(" a knot ", " a knot ")]
    public void Glued_words_on_known_sentences(string text, string expected) => Assert.Equal(expected, Conclusions.SplitGluedWords(text));

    /// <summary>
    /// CaselessAnyAt refuses most words by their first character before comparing them: it must still give the first word
    /// that CaselessAt finds there, wherever <c>at</c> and <c>end</c> lie (outside the text too) and whatever the text
    /// holds there (a NUL, which the shortcut takes for "nothing to compare", the Kelvin sign, upper case).
    /// </summary>
    [Fact]
    public void Caseless_any_at_gives_the_first_word_that_caseless_at_finds()
    {
        var words = Gen.Elements("st", "nd", "rd", "th", "k", "ks", "", "-", " ", "ju", "june", "jul", "\0x");
        var lists = Gen.ArrayOf(words).Select(list => list.Take(6).ToArray());
        var texts = Gen.ArrayOf(Gen.Elements('s', 'S', 't', 'T', 'h', 'k', 'K', '\u212A', 'j', 'J', 'u', 'n', 'e', '-', ' ', '\0', 'd', 'r'))
            .Select(chars => new string(chars.Take(8).ToArray()));
        var cases = from text in texts
                    from list in lists
                    from at in Gen.Choose(-2, text.Length + 1)
                    from end in Gen.Choose(-1, text.Length)
                    select (text, list, at, end);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var expected = Array.FindIndex(c.list, w => TextScan.CaselessAt(c.text, c.at, c.end, w));
            var actual = TextScan.CaselessAnyAt(c.text, c.at, c.end, c.list);
            if (actual != expected)
                throw new Xunit.Sdk.XunitException($"'{c.text}' at {c.at} to {c.end} in [{string.Join(", ", c.list)}]: {actual}, expected {expected}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5000).WithQuietOnSuccess(true));
    }
}
