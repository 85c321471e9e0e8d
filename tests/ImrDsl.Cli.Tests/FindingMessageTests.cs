using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Cli.Checking;
using ImrDsl.Text;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// A letter's finding messages keep only their own line's text (<see cref="Findings.OwnLineOnly"/>). The lines around a
/// finding are passed over unread when the message lacks their first word (issue 10: most share nothing with it); that
/// is sound only if a message that lacks a line's first word can never hold the line's words.
/// </summary>
public sealed class FindingMessageTests
{
    private static readonly Gen<string> Pieces = Gen.Elements(
        "Norco", "10/325mg", "is", "not", "medically", "necessary.", "'Opioids'", "the", "Patient", "Jane", "\"Muscle", "relaxants\"",
        " ", "  ", "\t", "\u00A0", "\u2009", ",", "…", "é", "");

    private static readonly Gen<string> Texts = Gen.ListOf(Pieces).Select(p => string.Concat(p.Take(10)));

    [Fact]
    public void A_message_without_a_lines_first_word_never_holds_the_lines_words()
    {
        var cases = from line in Texts
                    from before in Texts
                    from after in Texts
                    from quote in Gen.Elements(true, false)
                    select (Line: line, Message: quote ? before + Findings.Words(line) + after : before + after);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var file = new SourceFile("letter.txt", "first line\n" + c.Line + "\r\nlast line");
            var words = Findings.Words(file.LineText(2));
            if (!Findings.HoldsFirstWordOf(c.Message, file, 2) && words.Length > 0 && c.Message.Contains(words, StringComparison.Ordinal))
                throw new Xunit.Sdk.XunitException($"'{c.Message}' holds '{words}' but was said to lack its first word");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("  Jane Q. Example, SSN", "the topic 'Jane Q. Example, SSN' is unknown", true)]
    [InlineData("Jane Q. Example", "nothing of the line here", false)]
    [InlineData("   ", "any message", true)] // blank: no words, so nothing to pass over
    public void First_words_on_known_lines(string line, string message, bool holds)
        => Assert.Equal(holds, Findings.HoldsFirstWordOf(message, new SourceFile("letter.txt", "a\n" + line + "\nb"), 2));
}
