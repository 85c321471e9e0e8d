namespace ImrDsl.Pdf.Tests;

/// <summary>
/// The rule both readers share for a privacy notice at a page's edge (<see cref="PageEdgeLines.NoticeLines"/>): each row
/// gives the lines of every page from the edge inwards, in the order they are met, and how many of them make up the notice.
/// </summary>
public class PageEdgeLinesTests
{
    private const string Notice = "CONFIDENTIAL: This document contains protected health information.";
    private const string Head = "This letter holds confidential medical information protected by state";
    private const string Tail = "and federal law, meant only for the named recipient.";

    public static TheoryData<string[][], bool, int> Rows => new()
    {
        // One line, up from a footer or down from a header.
        { new[] { new[] { Notice, "own text 1" }, new[] { Notice, "own text 2" } }, true, 1 },
        { new[] { new[] { Notice, "own text 1" }, new[] { Notice, "own text 2" } }, false, 1 },
        // Wrapped: up from a footer the end comes first; down from a header the end follows while the sentence goes on.
        { new[] { new[] { Tail, Head, "own 1" }, new[] { Tail, Head, "own 2" } }, true, 2 },
        { new[] { new[] { Head, Tail, "own 1" }, new[] { Head, Tail, "own 2" } }, false, 2 },
        { new[] { new[] { Head, Tail, "and appropriate," }, new[] { Head, Tail, "and appropriate," } }, false, 2 },
        { new[] { new[] { Notice, "and appropriate," }, new[] { Notice, "and appropriate," } }, false, 1 },
        // Down from a header, the page's own line standing on every page above a notice is not the notice's.
        { new[] { new[] { "and appropriate,", Notice }, new[] { "and appropriate,", Notice } }, false, 0 },
        // Not on every page: the letter quoting one, or one page's line differing.
        { new[] { new[] { Notice }, new[] { "own text" }, new[] { Notice } }, true, 0 },
        { new[] { new[] { Tail, Head }, new[] { "own text", Head } }, true, 0 },
        // A sentence without a notice's words, and one with the letter's own words, are the letter's.
        { new[] { new[] { "The request is not medically necessary." }, new[] { "The request is not medically necessary." } }, true, 0 },
        { new[] { new[] { "Confidential records: Upheld" }, new[] { "Confidential records: Upheld" } }, true, 0 },
        // Notices worded without "confidential": HIPAA, personal health information, a named recipient.
        { new[] { new[] { "This letter holds personal health information subject to HIPAA." }, new[] { "This letter holds personal health information subject to HIPAA." } }, true, 1 },
        { new[] { new[] { "This letter is intended only for the named addressee." }, new[] { "This letter is intended only for the named addressee." } }, true, 1 },
        // One page: its words decide. Whether one page may hold a notice is its caller's to say (the letter reader lets
        // it only below the letters' own running header); the page readers ask with two pages at least.
        { new[] { new[] { Notice } }, true, 1 },
        { new[] { new[] { "The request is not medically necessary." } }, false, 0 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_notice_is_the_run_of_lines_on_every_page_that_holds_its_words(string[][] pages, bool up, int expected)
    {
        string? At(int page, int step) => step < pages[page].Length ? pages[page][step] : null;
        var notice = PageEdgeLines.NoticeLines(pages.Length, PageEdgeLines.MostLines - 1, up, step => At(0, step), (step, page) => At(page, step) == At(0, step) && At(page, step) is not null);
        Assert.Equal(expected, notice);
    }
}
