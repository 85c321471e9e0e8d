using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Runtime;

namespace ImrDsl.Tests;

/// <summary>
/// Declared patterns in a simple anchored subset are matched by hand (issue 10: the standard library's case number
/// is checked in every letter, and building a regular expression at start cost milliseconds and loaded the engine).
/// Every pattern must still answer as the engine answers, whether it is in the subset or falls back to the engine.
/// </summary>
public class SimplePatternTests
{
    private const string CaseNumber = @"^(CM\d{2}-\d{7}|IMR \d{2}-\d{6})$";

    [Theory]
    [InlineData(CaseNumber, true)]
    [InlineData(@"^(?:A|B\d)$", true)]
    [InlineData(@"^\d{3}\-x\.$", true)]
    [InlineData(@"^()$", true)]
    [InlineData(@"^ab$", true)]
    [InlineData(@"^a|b$", false)]          // "(^a)|(b$)": alternation outside a group
    [InlineData(@"^(a)(b)$", false)]        // two groups
    [InlineData(@"^(?i)ab$", false)]        // inline options
    [InlineData(@"^(?<n>a)$", false)]       // a named group
    [InlineData(@"^a+$", false)]
    [InlineData(@"^a{2,3}$", false)]
    [InlineData(@"^a{x}$", false)]          // a literal brace to the engine
    [InlineData(@"^[0-9]$", false)]
    [InlineData(@"^\w$", false)]
    [InlineData(@"^a\$", false)]            // an escaped '$' is no anchor
    [InlineData(@"^(a\)$", false)]          // an escaped ')' closes no group
    [InlineData(@"CM\d{2}", false)]         // not anchored
    [InlineData(@"^a{3}{2}$", false)]
    [InlineData(@"^\d{99999}$", false)]
    public void The_subset_is_what_the_documentation_says(string pattern, bool simple)
        => Assert.Equal(simple, SimplePattern.TryParse(pattern) is not null);

    private static readonly string[] SubsetPieces = { "C", "M", "I", " ", "-", @"\d", @"\d{2}", "5{3}", @"\-", @"\.", "|", "a", "5", "\u0663", @"\${0}" };

    /// <summary>Patterns from the subset's pieces, in each of its shapes.</summary>
    private static readonly Gen<string> SubsetPatterns =
        from shape in Gen.Elements(("^", "$"), ("^(", ")$"), ("^(?:", ")$"))
        from pieces in Gen.ListOf(Gen.Elements(SubsetPieces))
        let body = string.Concat(pieces.Take(8))
        select shape.Item1 + (shape.Item1 == "^" ? body.Replace("|", "") : body) + shape.Item2;

    /// <summary>Patterns that mix in pieces beyond the subset (which must fall back to the engine), and unanchored ones.</summary>
    private static readonly Gen<string> MixedPatterns =
        from open in Gen.Elements("^", "^(", "^(?:", "", "(")
        from pieces in Gen.ListOf(Gen.Elements(SubsetPieces.Concat(new[] { "+", "?", "(", ")", "[0-9]", @"\$", "{", "}", @"\w" }).ToArray()))
        from close in Gen.Elements("$", ")$", "", ")")
        select open + string.Concat(pieces.Take(8)) + close;

    private static readonly Gen<string> Patterns = Gen.OneOf(SubsetPatterns, MixedPatterns);

    private static readonly Gen<string> Values =
        Gen.ListOf(Gen.Elements("C", "M", "I", "CM", "IMR ", " ", "-", ".", "1", "12", "1234567", "123456", "\u0663", "\u0967", "a", "5", "\n", "$", "+"))
            .Select(p => string.Concat(p.Take(8)));

    [Fact]
    public void Every_pattern_answers_as_the_regex_engine_answers()
    {
        var cases = from pattern in Patterns from value in Values select (pattern, value);
        var inSubset = 0;
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            if (SimplePattern.TryParse(c.pattern) is not null) inSubset++;
            string? expected;
            try
            {
                var regex = new Regex(c.pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250));
                expected = regex.IsMatch(c.value) ? null : $"\"{Constraints.Quote(c.value)}\" is not a valid f (it must match {c.pattern})";
            }
            catch (ArgumentException) { expected = null; } // an unusable pattern never makes a finding
            var actual = Constraints.PatternProblem(c.value, c.pattern, "f");
            if (actual != expected) throw new Xunit.Sdk.XunitException($"'{c.pattern}' on '{c.value}': {actual ?? "fine"}, expected {expected ?? "fine"}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5000).WithQuietOnSuccess(true));
        Assert.True(inSubset > 500, $"only {inSubset} generated patterns were in the subset");
    }

    [Theory]
    [InlineData("CM13-0068515", true)]
    [InlineData("CM13-0068515\n", true)]   // '$' before a final line feed
    [InlineData("IMR 13-006851", true)]
    [InlineData("CM\u0661\u0663-0068515", true)] // \d is any decimal digit
    [InlineData("CM13-006851", false)]
    [InlineData("cm13-0068515", false)]
    [InlineData(" CM13-0068515", false)]
    [InlineData("CM13-0068515\n\n", false)]
    public void The_standard_case_number(string value, bool valid)
    {
        Assert.Equal(valid, Regex.IsMatch(value, CaseNumber, RegexOptions.CultureInvariant));
        Assert.NotNull(SimplePattern.TryParse(CaseNumber));
        Assert.Equal(valid, Constraints.Matches(value, CaseNumber));
    }
}
