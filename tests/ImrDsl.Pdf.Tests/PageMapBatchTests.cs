using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Pdf;

namespace ImrDsl.Pdf.Tests;

/// <summary>
/// Reports locate all of a file's findings in one pass (<see cref="PdfPageMap.LocateAll"/>). The class of mistake a
/// batch invites: one wanted line (a paragraph break, a page's first line, a line past the end) changing where the
/// lines after it are counted. For any text and any set of lines, the batch answers as the lines asked one by one.
/// </summary>
public sealed class PageMapBatchTests
{
    [Fact]
    public void Lines_located_together_are_where_each_is_located_alone()
    {
        var line = Gen.Elements("text", " ", "", "\fpage top", "\f", "  \t", "more text");
        var texts = Gen.ListOf(line).Select(lines => string.Join("\n", lines));
        var cases = from text in texts
                    from wanted in Gen.ListOf(Gen.Choose(1, 12))
                    select (Text: text, Lines: wanted.Distinct().Order().ToArray());
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var together = PdfPageMap.LocateAll(c.Text, c.Lines);
            Assert.Equal(c.Lines.Select(l => PdfPageMap.LocateAll(c.Text, new[] { l })[0]), together);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
