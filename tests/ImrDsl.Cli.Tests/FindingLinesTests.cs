using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Cli.Checking;
using ImrDsl.Diagnostics;
using ImrDsl.Runtime;
using ImrDsl.Text;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// What a streamed report keeps of a file once its text is released: the text of every line a finding points at, in
/// any order and with repeats, and nothing of the other lines.
/// </summary>
public sealed class FindingLinesTests
{
    [Fact]
    public void Every_line_a_finding_points_at_keeps_its_text_and_no_other_does()
    {
        var shapes = from lineCount in Gen.Choose(1, 30)
                     from pointed in Gen.ListOf(Gen.Choose(0, lineCount))
                     select (Lines: lineCount, Pointed: pointed.ToArray());
        Prop.ForAll(shapes.ToArbitrary(), shape =>
        {
            var text = string.Join("\n", Enumerable.Range(1, shape.Lines).Select(n => $"line {n} says {n * 7}"));
            var file = new SourceFile("letter.txt", text);
            // 0 stands for a finding about the whole file, which points at its start.
            var findings = shape.Pointed.Select(line => line == 0
                ? Diagnostic.ForFile(file.Path, "IMR000", Severity.Error, "whole file")
                : Diagnostic.Create(file, new TextSpan(file.Lines.LineStart(line - 1), 1), "IMR001", Severity.Error, "here")).ToList();

            var kept = FindingLines.Of(file, findings);
            var pointed = findings.Select(f => f.Line).ToHashSet();

            for (var line = 1; line <= shape.Lines; line++)
                Assert.Equal(pointed.Contains(line) ? file.LineText(line) : string.Empty, kept.LineText(line));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}

/// <summary>
/// A line's words joined by single spaces (what a finding's message is compared with and a SARIF fingerprint hashes),
/// exactly what splitting at white space and joining did before it was written by hand.
/// </summary>
public sealed class FindingWordsTests
{
    private static string Reference(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Letters, plain spaces and every kind of white space .NET knows, in any mix and at either end.</summary>
    private static readonly char[] Alphabet = { 'a', 'b', 'Z', '1', '.', ' ', ' ', '\t', '\n', '\r', '\v', '\f', '\u00A0', '\u2003', '\u2028', '\u3000', '\u0085', '\u200B' };

    [Fact]
    public void Joins_the_words_with_single_spaces_as_split_and_join_did()
    {
        var texts = Gen.ArrayOf(Gen.Elements(Alphabet)).Select(chars => new string(chars));
        Prop.ForAll(texts.ToArbitrary(), text => Assert.Equal(Reference(text), Findings.Words(text)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("word")]
    [InlineData(" word")]
    [InlineData("word ")]
    [InlineData("two words")]
    [InlineData("two  words")]
    [InlineData("two\twords")]
    [InlineData("\u00A0non-breaking\u00A0")]
    [InlineData("a \r\n b")]
    public void Edge_cases_match_split_and_join(string text) => Assert.Equal(Reference(text), Findings.Words(text));
}
