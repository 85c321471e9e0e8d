using System.Text.RegularExpressions;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// An item whose heading lost its outcome ("TENS unit, 30 day rental:" before its labels) is read as an item without
/// one, which IMR005 reports at the heading, however many items the letter has. A probe found a letter of one such item
/// read as no items at all ("no disputed items were found" at line 1), while a letter of two read right: the reader
/// learned from the readable headings what the others look like, and one item has none to learn from.
/// </summary>
public class UndecidedItemTests
{
    private static readonly Regex Heading = new(@"^(?<service>[^\r\n]*\S):[ \t]*(?:Upheld|Overturned)[ \t]*(?=\r?$)", RegexOptions.Multiline);

    /// <summary>The plain-text example letters whose item headings each stand on one line as "service: outcome".</summary>
    public static IEnumerable<object[]> HeadedLetters()
        => Letters.ExampleFiles.Where(p => p.EndsWith(".txt", StringComparison.Ordinal))
            .Where(p => Heading.Matches(File.ReadAllText(p)).Count is var n && n > 0 && n == Letters.Read(p).Model.Items.Count)
            .Select(p => new object[] { Path.GetFileName(p) });

    [Theory]
    [MemberData(nameof(HeadedLetters))]
    public void Every_item_without_its_outcome_is_read_and_reported_at_its_heading(string name)
    {
        var original = File.ReadAllText(Letters.Example(name));
        var expected = Letters.Read(Letters.Example(name)).Model;
        // The first item alone, and every item, lose their outcomes.
        foreach (var all in new[] { false, true })
        {
            var stripped = Heading.Replace(original, m => m.Groups["service"].Value + ":", all ? -1 : 1);
            var (model, findings) = LetterLayouts.Checked(stripped);
            var undecided = all ? expected.Items.Count : 1;
            Assert.Equal(expected.Items.Count, model.Items.Count);
            Assert.Equal(expected.Items.Select(i => i.Service), model.Items.Select(i => i.Service));
            Assert.Equal(undecided, model.Items.Count(i => i.Outcome is null));
            var reported = findings.Where(f => f.Id == "IMR005" && f.Message.Contains("neither Upheld nor Overturned", StringComparison.Ordinal)).ToList();
            Assert.Equal(undecided, reported.Count);
            Assert.DoesNotContain(findings, f => f.Message.Contains("no disputed items", StringComparison.Ordinal));
        }
    }
}
