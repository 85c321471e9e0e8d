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

/// <summary>
/// Whether a quoted value ends a longer field, read back from both ends without copying the field: exactly what
/// comparing the two with white space, hyphens and soft hyphens taken out, quotes folded and closing marks trimmed off
/// their ends gave, when that copied a field of megabytes once per finding.
/// </summary>
public sealed class FindingFieldEndTests
{
    private static string Compact(string text)
    {
        var kept = text.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '\u00AD'))
            .Select(c => c < 128 && c != '`' ? c : ImrDsl.Domain.Letters.LetterReader.QuoteAsRead(c));
        return new string(kept.ToArray()).TrimEnd('"', '\'', '\u201D', '\u2019', ')', ']');
    }

    private static bool Reference(string field, string value)
    {
        var compactValue = Compact(value);
        var compactField = Compact(field);
        return compactValue.Length > 0 && compactField.Length > compactValue.Length && compactField.EndsWith(compactValue, StringComparison.Ordinal);
    }

    /// <summary>Letters, white space, hyphens, closing marks and quotes of both kinds, in any mix.</summary>
    private static readonly char[] Alphabet = { 'a', 'b', '.', ' ', '\n', '\u00A0', '-', '\u00AD', '"', '\'', '\u201D', '\u2019', '\u201C', ')', ']', '`' };

    [Fact]
    public void A_value_ends_a_longer_field_as_the_compacted_texts_said()
    {
        var texts = Gen.ArrayOf(Gen.Elements(Alphabet)).Select(chars => new string(chars));
        // The value is often the field's own end, so that both answers are met.
        var cases = from before in texts
                    from field in texts
                    from own in Gen.Elements(true, false)
                    from value in texts
                    select (Before: before, Field: field, Value: own ? field.Substring(field.Length / 2) : value);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = c.Before + c.Field;
            var file = new SourceFile("letter.txt", text);
            var span = SourceSpan.In(file, c.Before.Length, text.Length);
            Assert.Equal(Reference(c.Field, c.Value), Findings.EndsLongerField(file, span, c.Value));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5000));
    }
}
