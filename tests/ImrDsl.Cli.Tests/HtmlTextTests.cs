using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Cli.Output.Html;

namespace ImrDsl.Cli.Tests;

/// <summary>Untrusted text in the HTML report can never become markup and never hides what it holds.</summary>
public class HtmlTextTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\"quoted\" & 'single'", "&quot;quoted&quot; &amp; &#39;single&#39;")]
    [InlineData("nul\0esc\u001bdel\u007f", "nul\u2400esc\u241bdel\u2421")]
    [InlineData("abc\u202Eevil", "abc[U+202E]evil")]
    [InlineData("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept")]
    [InlineData("tab\there", "tab\there")]
    public void Encodes_markup_and_shows_hidden_characters(string text, string expected)
        => Assert.Equal(expected, HtmlText.Encode(text));

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character()
        => Assert.Equal("lone \uFFFD surrogate \uFFFD", HtmlText.Encode("lone " + (char)0xD800 + " surrogate " + (char)0xDC00)); // not in InlineData: attributes cannot hold one

    [Fact]
    public void No_text_can_open_markup_or_carry_invisible_controls()
    {
        var hostile = Gen.Elements("<", ">", "&", "\"", "'", "\0", "\u001b", "\u0085", "\u202E", "\u2066", "\uD800", "\uDC00", "a", "é", "\n", "\r", "\t", "script", "=");
        var texts = Gen.ListOf(hostile).Select(parts => string.Concat(parts));
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var encoded = HtmlText.Encode(text);
            Assert.DoesNotContain('<', encoded);
            Assert.DoesNotContain('>', encoded);
            Assert.DoesNotContain('"', encoded);
            Assert.DoesNotContain('\'', encoded);
            Assert.All(encoded.Split('&').Skip(1), rest => Assert.Matches("^(amp|lt|gt|quot|#39);", rest));
            Assert.DoesNotContain(encoded, c => (char.IsControl(c) && c != '\t') || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
            for (var i = 0; i < encoded.Length; i++)
            {
                if (char.IsHighSurrogate(encoded[i])) Assert.True(i + 1 < encoded.Length && char.IsLowSurrogate(encoded[++i]));
                else Assert.False(char.IsLowSurrogate(encoded[i]));
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }
}
