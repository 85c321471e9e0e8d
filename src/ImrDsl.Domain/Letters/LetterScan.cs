using ImrDsl.Pdf;
using ImrDsl.Text;

namespace ImrDsl.Domain.Letters;

/// <summary>
/// A letter's lines with what the reader asks of them: where a section heading is (also when it wraps onto a
/// second line), where a labelled block ends, and the text of a range of lines joined back together.
/// The two layouts differ in what separates paragraphs: PDF text has a line holding only spaces (and an empty
/// line after every line, which means nothing); the converted layout has empty lines.
/// </summary>
internal sealed class LetterScan
{
    public LetterScan(SourceFile file)
    {
        File = LetterText.Of(file);
        Text = File.Text;
        Lines = LetterLines.Split(Text);
        // Nothing needed normalizing (most letters): the reader's lines are the file's lines, and spans need no second scan.
        if (ReferenceEquals(Text, file.Text)) file.KnowLines(LetterLines.LineMapOf(Lines, Text));
        if (IsSpacedByBlankLinesOfSpaces())
            for (var i = 0; i < Lines.Count; i++)
                if (Lines[i].Kind == LineKind.Separator) Lines[i] = Lines[i] with { Kind = LineKind.Empty };
        MarkPageFurniture();
        MarkRepeatedNotice();
        var markedUp = 0;
        for (var i = 0; i < Lines.Count; i++)
            if (Lines[i].Kind == LineKind.Text && IsMarkup(Lines[i])) markedUp++;
        IsConverted = markedUp >= 2;
        // Markdown quotes blocks with '>' (a converter's rendering of an indented paragraph); elsewhere '>' is text ("> 50%").
        if (IsConverted)
            for (var i = 0; i < Lines.Count; i++) Lines[i] = LetterLines.Unquoted(Text, Lines[i]);
        EmptyLinesBreakParagraphs = IsConverted || IsSingleSpaced();
        Lines.Freeze();
    }

    /// <summary>Which item label each line opens with, as the reader found it when first asked (null: none asked yet); see LetterReader.LabelAt.</summary>
    internal byte[]? LineLabels;

    public LetterText File { get; }
    public string Text { get; }
    public LineTable Lines { get; }

    /// <summary>The converted (Markdown-like) layout rather than PDF text: decided by at least two marked-up lines, never one.</summary>
    public bool IsConverted { get; }

    /// <summary>
    /// Whether an empty line ends a paragraph. PDF text puts an empty line after every line, so there only a line of
    /// spaces does; in single-spaced text (a typed letter, a .docx, the converted layout) an empty line does.
    /// </summary>
    public bool EmptyLinesBreakParagraphs { get; }

    private bool IsMarkup(LetterLine line)
    {
        if (OpensWithHeadingMarker(line)) return true;
        var start = line.Start;
        while (start < line.ContentStart && LetterLines.IsSpace(Text[start])) start++;
        if (string.CompareOrdinal(Text, start, "**", 0, 2) == 0) return true;
        // "<b>Case Number:</b>": the tag reads as nothing, so it is looked for in the file's own line.
        var original = File.File.Text;
        var at = File.OriginalOffset(line.Start);
        while (at < original.Length && LetterLines.IsSpace(original[at])) at++;
        return string.CompareOrdinal(original, at, "<b>", 0, 3) == 0;
    }

    /// <summary>Whether the line opens with a Markdown heading's marks ("#### Norco", "### **Norco"): it starts a block of its own.</summary>
    private bool OpensWithHeadingMarker(LetterLine line)
    {
        var start = line.Start;
        while (start < line.ContentStart && LetterLines.IsSpace(Text[start])) start++;
        if (Text[start] != '#') return false;
        var i = start;
        while (i < Text.Length && Text[i] == '#') i++;
        return i < Text.Length && (Text[i] == ' ' || Text[i] == '*');
    }

    /// <summary>Single-spaced when at least a quarter of the text lines are followed directly by another text line.</summary>
    /// <summary>
    /// Whether the text is double-spaced with lines of spaces: three in four of its lines are followed by one, and hardly
    /// any by an empty line. PDF text puts an empty line after every line and a line of spaces only between paragraphs;
    /// a tool that writes a space on each of those lines leaves no mark of a paragraph, and its lines of spaces are read
    /// as PDF text's empty lines are (a citation wrapped over them was cut at each line's end).
    /// </summary>
    private bool IsSpacedByBlankLinesOfSpaces()
    {
        int text = 0, beforeSpaces = 0, beforeEmpty = 0;
        for (var i = 0; i + 1 < Lines.Count; i++)
        {
            if (Lines[i].Kind != LineKind.Text) continue;
            text++;
            if (Lines[i + 1].Kind == LineKind.Separator) beforeSpaces++;
            else if (Lines[i + 1].Kind == LineKind.Empty) beforeEmpty++;
        }
        return text > 0 && beforeSpaces * 4 >= text * 3 && beforeEmpty * 4 < text;
    }

    private bool IsSingleSpaced()
    {
        int text = 0, adjacent = 0;
        for (var i = 0; i < Lines.Count; i++)
        {
            if (Lines[i].Kind != LineKind.Text) continue;
            text++;
            var next = i + 1;
            while (next < Lines.Count && Lines[next].Kind == LineKind.Furniture) next++;
            if (next < Lines.Count && Lines[next].Kind == LineKind.Text) adjacent++;
        }
        return text > 0 && adjacent * 4 >= text;
    }

    public bool IsParagraphBreak(LetterLine line) => line.Kind == LineKind.Separator || line.Kind == LineKind.Empty && EmptyLinesBreakParagraphs;

    /// <summary>
    /// A page footer, "Page 2", "Pg. 3 of 5", "page 4/9": what <c>^(?:Page|Pg\.?)\s*[0-9]{1,4}(?:\s*(?:of|/)\s*[0-9]{1,4})?$</c>
    /// with case ignored matched in text[start, end), a line's content (no line end, so '$' is its end).
    /// </summary>
    internal static bool IsPageFooter(string text, int start, int end)
    {
        int i;
        if (TextScan.CaselessAt(text, start, end, "page")) i = start + 4;
        else if (TextScan.CaselessAt(text, start, end, "pg")) i = start + 2 < end && text[start + 2] == '.' ? start + 3 : start + 2;
        else return false;
        i = PageNumberEnd(text, TextScan.SkipSpaces(text, i, end), end);
        if (i < 0) return false;
        if (IsEnd(text, i, end)) return true;
        i = TextScan.SkipSpaces(text, i, end);
        if (TextScan.CaselessAt(text, i, end, "of")) i += 2;
        else if (i < end && text[i] == '/') i++;
        else return false;
        var total = PageNumberEnd(text, TextScan.SkipSpaces(text, i, end), end);
        return total >= 0 && IsEnd(text, total, end);
    }

    /// <summary>
    /// A page footer set beside other columns, as `pdftotext -layout` keeps a footer's cells: "Page 3 of 4    CM16-0101234",
    /// "CM16-0101234\tPage 3 of 4", "Independent Medical Review Unit    Fax: (916) 605-4270    Page 2 of 2". The columns
    /// are a tab or a run of spaces apart. Beside one other column, a short one, the footer opens or ends the line; beside
    /// more, it ends the line and counts its pages ("of 2"), and the others together are no longer than two such columns and
    /// read as furniture (a table row that ends "Page 78/127" beside a citation is the letter's).
    /// </summary>
    private static bool IsFooterBesideColumn(string text, LetterLine line)
    {
        const int longestColumn = 40;
        // A layout keeps the page's width between the cells: "IMR Case Number: CM16-0123456" and "Page 2 of 2" may stand
        // eighty columns apart.
        const int widestGap = 80;
        // The footer opens the line ("Page ...") or ends it (with its page number): most lines are neither, and are not walked.
        if (line.Length > 20 + longestColumn + widestGap || !(text[line.ContentStart] is 'p' or 'P' || TextScan.IsAsciiDigit(text[line.ContentEnd - 1]))) return false;
        var (gapStart, gapEnd, lastGapStart, lastGapEnd) = (-1, -1, -1, -1);
        for (var i = line.ContentStart; i < line.ContentEnd; i++)
        {
            if (text[i] != '\t' && !(text[i] == ' ' && i + 1 < line.ContentEnd && text[i + 1] is ' ' or '\t')) continue;
            lastGapStart = i;
            while (i < line.ContentEnd && text[i] is ' ' or '\t') i++;
            lastGapEnd = i;
            if (gapStart < 0) (gapStart, gapEnd) = (lastGapStart, lastGapEnd);
        }
        if (gapStart < 0) return false;
        if (gapStart != lastGapStart)
            // Prose set with wide spaces does not end with a page count in a column of its own.
            return line.ContentEnd - lastGapEnd <= 20 && IsPageFooter(text, lastGapEnd, line.ContentEnd) && CountedPages(text, line) is not null
                && lastGapStart - line.ContentStart <= 2 * longestColumn && PageEdgeLines.ReadsAsFurniture(text.AsSpan(line.ContentStart, lastGapStart - line.ContentStart));
        return gapStart - line.ContentStart <= 20 && IsPageFooter(text, line.ContentStart, gapStart) && line.ContentEnd - gapEnd <= longestColumn
            || line.ContentEnd - gapEnd <= 20 && IsPageFooter(text, gapEnd, line.ContentEnd) && gapStart - line.ContentStart <= longestColumn;
    }


    /// <summary>'$': the end, or a line feed that ends the text.</summary>
    private static bool IsEnd(string text, int i, int end) => i == end || i == end - 1 && text[i] == '\n';

    /// <summary>The end of one to four digits at <paramref name="i"/> not followed by a fifth, or -1.</summary>
    private static int PageNumberEnd(string text, int i, int end)
    {
        var digitsEnd = TextScan.SkipAsciiDigits(text, i, end);
        return digitsEnd > i && digitsEnd - i <= 4 ? digitsEnd : -1;
    }

    /// <summary>
    /// A privacy notice that ends the letter and stands in it again, word for word ("CONFIDENTIAL: This document contains
    /// protected health information."), is every page's footer, though no form feed says where the pages break: each of
    /// its places is furniture, with the lines just above it that stand above every one of them and read as a notice or
    /// as furniture. A probe's letter had the notice inside an item's heading wrapped over the page break, and lost the
    /// item. A notice that stands once is the letter's own text.
    /// </summary>
    private void MarkRepeatedNotice()
    {
        var last = Lines.Count - 1;
        while (last >= 0 && Lines[last].Kind != LineKind.Text) last--;
        if (last < 0 || !PageEdgeLines.IsNoticeLine(Lines[last].Content(Text))) return;
        var notice = Lines[last].Content(Text);
        var places = new List<int>();
        for (var i = 0; i <= last; i++)
            if (Lines[i].Kind == LineKind.Text && Lines[i].Length == notice.Length && Lines[i].Content(Text).SequenceEqual(notice)) places.Add(i);
        if (places.Count < 2) return;
        for (var depth = 0; depth < PageEdgeLines.MostLines; depth++)
        {
            foreach (var i in places) Lines[i] = Lines[i] with { Kind = LineKind.Furniture };
            // The line above each place, over empty lines: the block goes on where it is the same above all of them.
            for (var k = 0; k < places.Count; k++)
            {
                var above = places[k] - 1;
                while (above >= 0 && Lines[above].Kind is LineKind.Empty or LineKind.Separator) above--;
                places[k] = above;
            }
            if (places[0] < 0 || Lines[places[0]].Kind != LineKind.Text) return;
            var line = Lines[places[0]].Content(Text);
            if (line.Length > 120 || !PageEdgeLines.IsNoticeLine(line) && !PageEdgeLines.ReadsAsFurniture(line)) return;
            foreach (var i in places)
                if (i < 0 || Lines[i].Kind != LineKind.Text || !Lines[i].Content(Text).SequenceEqual(line)) return;
        }
    }

    /// <summary>
    /// Page breaks are not part of what a letter says: a line holding only a form feed, a "Page 2 of 5" footer, and a
    /// header line repeated at page breaks are furniture, skipped by everything that reads lines.
    /// </summary>
    private void MarkPageFurniture()
    {
        var atPageBreak = new List<int>();
        var pageStarts = new List<int>();
        var pageFeet = new List<int>();
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            var hasFormFeed = OpensPage(line) || line.Kind != LineKind.Text && Text.AsSpan(line.Start, line.ContentEnd - line.Start).IndexOf('\f') >= 0;
            if (hasFormFeed) pageStarts.Add(OpensPage(line) ? i : i + 1);
            if (line.Kind != LineKind.Text)
            {
                if (hasFormFeed) Lines[i] = line with { Kind = LineKind.Furniture };
                if (hasFormFeed) atPageBreak.Add(i + 1);
                continue;
            }
            if (line.Length <= 20 && IsPageFooter(Text, line.ContentStart, line.ContentEnd) || IsFooterBesideColumn(Text, line))
            {
                Lines[i] = line with { Kind = LineKind.Furniture };
                atPageBreak.Add(i + 1);
                pageFeet.Add(i);
            }
            else if (hasFormFeed) atPageBreak.Add(i);
        }
        if (atPageBreak.Count == 0) return;
        // Page numbers first, as a header may stand below one; again after the header and footer blocks, which may hide one.
        MarkBarePageNumbers(pageStarts);

        // A header repeats: a line that opens two pages (the top of the letter counts as one) is furniture everywhere.
        var afterBreaks = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var at in atPageBreak.Prepend(0))
        {
            var seen = 0;
            for (var i = at; i < Lines.Count && seen < 1; i++)
            {
                if (Lines[i].Kind != LineKind.Text) continue;
                seen++;
                var key = Text.Substring(Lines[i].ContentStart, Lines[i].Length);
                // Two pages may open with the same sentence of the letter's ("Therefore, the request is not medically necessary."),
                // a citation's end ("Opioids Page(s): 74-96.") or an item's heading.
                if (IsRepeatedOnPurpose(key, Lines[i]) || PageEdgeLines.ReadsAsSentence(key) || PageEdgeLines.HoldsLettersOwnWord(key)) continue;
                // The published letters' own running header is furniture even where a page shows it only once (the first
                // page often has none), so it never becomes an item's rationale or a topic's last words.
                if (at > 0 && key.StartsWith(RunningHeader, StringComparison.OrdinalIgnoreCase))
                {
                    Lines[i] = Lines[i] with { Kind = LineKind.Furniture };
                    continue;
                }
                if (!afterBreaks.TryGetValue(key, out var where)) afterBreaks[key] = where = new HashSet<int>();
                where.Add(i);
            }
        }
        for (var i = 0; i < Lines.Count; i++)
            if (Lines[i].Kind == LineKind.Text && Lines[i].Length <= 120
                && afterBreaks.TryGetValue(Text.Substring(Lines[i].ContentStart, Lines[i].Length), out var found) && found.Count >= 2)
                Lines[i] = Lines[i] with { Kind = LineKind.Furniture };
        var pages = Pages(pageFeet, pageStarts);
        MarkCaseHeaders(pages);
        MarkHeaderBlocks(pages);
        MarkFooterBlocks(pages);
        MarkBelowLastFooter(pageFeet, pages);
        MarkRunningHeaders();
        // A page number below a header block or above a footer block ("report.txt" / "Mon Nov 23 2026" / "3") is now the
        // page's first or last text.
        MarkBarePageNumbers(pageStarts);
        foreach (var at in atPageBreak) JoinSentenceOverPageBreak(at);
    }


    /// <summary>
    /// The letter's pages as ranges of lines, in order: a page starts at the letter's top, after a page footer and at a
    /// form feed. A footer followed by a form feed leaves a range of blank lines between them, which holds no text.
    /// </summary>
    private List<(int Start, int End)> Pages(List<int> pageFeet, List<int> pageStarts)
    {
        // Both lists are in the order of the lines: merged, each start once.
        var pages = new List<(int, int)>(pageFeet.Count + pageStarts.Count + 1);
        var (previous, foot, feed) = (0, 0, 0);
        while (true)
        {
            var next = Math.Min(foot < pageFeet.Count ? pageFeet[foot] + 1 : int.MaxValue, feed < pageStarts.Count ? pageStarts[feed] : int.MaxValue);
            if (next >= Lines.Count) break;
            if (foot < pageFeet.Count && pageFeet[foot] + 1 == next) foot++;
            if (feed < pageStarts.Count && pageStarts[feed] == next) feed++;
            if (next == previous) continue;
            pages.Add((previous, next));
            previous = next;
        }
        pages.Add((previous, Lines.Count));
        return pages;
    }

    /// <summary>
    /// A page header that names a case number ("Independent Medical Review" / "IMR Case CM16-0101234") is furniture with
    /// the lines above it at the page's top, even on the one page that shows it (a two-page letter's second), where it
    /// cannot be seen to repeat. It is one of a page's first lines of text, short, holds no header label, and it and every
    /// line above it read as furniture (<see cref="PageEdgeLines.ReadsAsFurniture"/>): the page's own text has not begun.
    /// The first page's top is the letter's own, where the case number is the header's; so is a later page's above which the
    /// letter has no text, and one whose case number the other header fields follow. Below the letter's text, a line of the
    /// case number's label and value alone ("IMR Case Number: CM14-0551030") is a running header like any other.
    /// </summary>
    private void MarkCaseHeaders(List<(int Start, int End)> pages)
    {
        var firstText = NextTextLine(0, Lines.Count, acrossParagraphs: true);
        for (var page = 1; page < pages.Count; page++)
        {
            var (start, end) = pages[page];
            for (int depth = 0, i = start; depth < PageEdgeLines.MostLines; depth++, i++)
            {
                i = NextTextLine(i, end, acrossParagraphs: true);
                // Only a header's lines: titles and names, not the page's own text ("The prior review, CM14-0045678, found
                // the same."), which may name another case.
                if (i < 0 || Lines[i].Length > 120 || IsRepeatedOnPurpose(Lines[i].Content(Text), Lines[i]) || !PageEdgeLines.ReadsAsFurniture(Lines[i].Content(Text))) break;
                // The letter's own header fields ("Case Number: CM16-0101234" under a first page's "Page 1 of 2") are read, never furniture.
                if (LetterReader.HoldsHeaderLabel(Text, Lines[i].ContentStart, Lines[i].ContentEnd) && !IsRunningCaseNumber(i, start, end, firstText)) break;
                if (Lines[i].Length <= 60 && NamesACaseNumber(Lines[i]))
                {
                    for (var above = start; above <= i; above++)
                        if (Lines[above].Kind == LineKind.Text) Lines[above] = Lines[above] with { Kind = LineKind.Furniture };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether line <paramref name="i"/> of the page [start, end) is the case number's label and value alone, below the
    /// letter's text, with no header field after it: a running header, not the letter's own header.
    /// </summary>
    private bool IsRunningCaseNumber(int i, int start, int end, int firstText)
    {
        if (firstText < 0 || firstText >= start || !LetterReader.HoldsOnlyTheCaseNumber(Text, Lines[i].ContentStart, Lines[i].ContentEnd)) return false;
        var next = NextTextLine(i + 1, end, acrossParagraphs: true);
        return next < 0 || !LetterReader.HoldsHeaderLabel(Text, Lines[next].ContentStart, Lines[next].ContentEnd);
    }

    /// <summary>
    /// The few lines below the letter's last page footer, to the end of the text, are that page's footer too when each
    /// reads as furniture: a one-page letter's address under its "Page 1 of 1" repeats on no other page, and it must not
    /// become the last rationale's words. Many lines, a sentence, or a new page there are the letter's own.
    /// </summary>
    private void MarkBelowLastFooter(List<int> pageFeet, List<(int Start, int End)> pages)
    {
        // A footer that counts its pages must be the last page's ("Page 2 of 2"): below "Page 1 of 2" is a page of the letter.
        // Below it, no form feed may open another page: the last page must start right after it.
        if (pageFeet.Count == 0 || pages[^1].Start != pageFeet[^1] + 1 || CountedPages(Text, Lines[pageFeet[^1]]) is var (page, count) && page != count) return;
        var below = new List<int>(PageEdgeLines.MostLines);
        for (var i = pageFeet[^1] + 1; i < Lines.Count; i++)
        {
            if (Lines[i].Kind != LineKind.Text) continue;
            if (below.Count == PageEdgeLines.MostLines - 1 || !PageEdgeLines.ReadsAsFurniture(Lines[i].Content(Text))) return;
            below.Add(i);
        }
        foreach (var i in below) Lines[i] = Lines[i] with { Kind = LineKind.Furniture };
    }

    /// <summary>
    /// A page footer's page and count of pages, where it ends with them ("Page 2 of 5", "Independent ... Page 2 of 5",
    /// "2/5"): the last two numbers of the line, joined by "of" or a slash; null when it does not count its pages.
    /// </summary>
    private static (int Page, int Pages)? CountedPages(string text, LetterLine line)
    {
        var end = line.ContentEnd;
        var countStart = end;
        while (countStart > line.ContentStart && TextScan.IsAsciiDigit(text[countStart - 1])) countStart--;
        if (countStart == end || end - countStart > 4) return null;
        var join = countStart;
        while (join > line.ContentStart && text[join - 1] == ' ') join--;
        if (join > line.ContentStart && text[join - 1] == '/') join--;
        else if (join - 2 >= line.ContentStart && TextScan.CaselessAt(text, join - 2, join, "of")) join -= 2;
        else return null;
        while (join > line.ContentStart && text[join - 1] == ' ') join--;
        var pageStart = join;
        while (pageStart > line.ContentStart && TextScan.IsAsciiDigit(text[pageStart - 1])) pageStart--;
        if (pageStart == join || join - pageStart > 4) return null;
        return (int.Parse(text.Substring(pageStart, join - pageStart), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(text.Substring(countStart, end - countStart), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Whether a word of the line is a case number in the usual shape ("CM16-0101234", "IMR 24-123456").</summary>
    private bool NamesACaseNumber(LetterLine line)
    {
        for (var at = line.ContentStart; at < line.ContentEnd; at++)
            if ((at == line.ContentStart || !char.IsLetterOrDigit(Text[at - 1])) && Text[at] is 'c' or 'C' or 'i' or 'I'
                && LetterReader.CaseNumberEnd(Text, at, line.ContentEnd) is { } end && (end == line.ContentEnd || !char.IsLetterOrDigit(Text[end])))
                return true;
        return false;
    }

    /// <summary>
    /// A header of several lines ("Independent Medical Review" / "Final Determination" / "CM16-0101234"): below a page's
    /// first line that is furniture, the next text line is too where the same line stands at the same depth on all of
    /// those pages but one, and on two at least (the letter's top counts as a page). Only the block's own places are marked:
    /// below its first line, a short line such as a case number may well stand elsewhere in what the letter says.
    /// </summary>
    private void MarkHeaderBlocks(List<(int Start, int End)> pages)
    {
        // Each page whose first line is furniture, and the line where its header goes on, grouped by that first line: the
        // lines under a footer's overflow ("CONFIDENTIAL" below "Page 2 of 5") are another block than those under the
        // running header at the next page's top.
        var blocks = new Dictionary<string, List<(int At, int Start, int End)>>(StringComparer.Ordinal);
        // Looked up by the line's own characters: a letter of thousands of pages makes a string per kind of header, not per page.
        var byLine = blocks.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, end) in pages)
        {
            var first = NextShown(start, start, end, down: true);
            if (first < 0 || Lines[first].Kind != LineKind.Furniture) continue;
            var key = Lines[first].Content(Text).TrimStart('\f');
            if (!byLine.TryGetValue(key, out var block)) byLine[key] = block = new List<(int, int, int)>();
            block.Add((first + 1, start, end));
        }
        foreach (var block in blocks.Values) MarkBlock(block, down: true);
    }

    /// <summary>
    /// The letters' own running header standing alone on its line ("Final Determination Letter for IMR Case Number
    /// CM24-0031655") is furniture wherever it stands but at the letter's top, where it opens the letter; a privacy notice
    /// right below it (wrapped, too), or one line of it right above, is the header's, though the header may show on one
    /// page only, below a notice, or the notice stand on no other page the same way. A probe's notice under the header on
    /// the first page, and above and below it on the second, was read into a citation wrapped over the page break.
    /// </summary>
    private void MarkRunningHeaders()
    {
        var top = NextShown(0, 0, Lines.Count, down: true);
        for (var i = 0; i < Lines.Count; i++)
        {
            if (Lines[i].Length < RunningHeader.Length || !IsRunningHeader(Lines[i].Content(Text))) continue;
            if (i != top) Lines[i] = Lines[i] with { Kind = LineKind.Furniture };
            if (NextShown(i + 1, i + 1, Lines.Count, down: true) is var below and >= 0 && Lines[below].Kind == LineKind.Text)
                MarkNotice(new List<(int, int, int)> { (below, i + 1, Lines.Count) }, down: true, PageEdgeLines.MostLines);
            if (NextShown(i, 0, i, down: false) is var above and >= 0 && Lines[above].Kind == LineKind.Text && PageEdgeLines.IsNoticeLine(Lines[above].Content(Text)))
                Lines[above] = Lines[above] with { Kind = LineKind.Furniture };
        }
    }

    /// <summary>Whether a line is the running header and a case number, nothing more: a sentence that wraps onto a line with the same words is not.</summary>
    private static bool IsRunningHeader(ReadOnlySpan<char> line)
    {
        line = line.TrimStart('\f').Trim();
        if (!line.StartsWith(RunningHeader, StringComparison.OrdinalIgnoreCase)) return false;
        var rest = line[RunningHeader.Length..];
        return rest.Length > 0 && char.IsWhiteSpace(rest[0]) && rest.Trim().IndexOfAny(' ', '\t') < 0;
    }

    /// <summary>
    /// Footer lines above a page's last line that is furniture, a "Page 2 of 5" or a page number (a company's name, an
    /// address, "CONFIDENTIAL"): the text line just above it, and the one above that and so on, is furniture where the
    /// same line stands at the same height on all those pages but one. All but one, not two: two pages may end with the
    /// same words of a rationale, and a footer stands on nearly every page. A page that ends in text is left alone: what
    /// ends it is the text's own.
    /// </summary>
    private void MarkFooterBlocks(List<(int Start, int End)> pages)
    {
        var going = new List<(int At, int Start, int End)>(pages.Count);
        foreach (var (start, end) in pages)
            if (NextShown(end, start, end, down: false) is var last and >= 0 && Lines[last].Kind == LineKind.Furniture) going.Add((last, start, end));
        // Pages that end in no page number may end in a privacy notice that stands on every one of them: it is the footer.
        if (going.Count == 0 && pages.Count >= 2) going = EndingNotice(pages);
        // The page's last furniture line (its number) is the footer's first: the lines above it make up the rest.
        MarkBlock(going, down: false);
    }

    /// <summary>
    /// A privacy notice that ends every page, marked furniture ("CONFIDENTIAL: This document contains protected health
    /// information.", with no page number below it): where each page goes on above it, or none. A probe found such a
    /// notice read into a heading wrapped over the page break, a citation's topic and an empty rationale.
    /// </summary>
    private List<(int At, int Start, int End)> EndingNotice(List<(int Start, int End)> pages)
    {
        var found = new List<(int Line, int Start, int End)>(pages.Count);
        foreach (var (start, end) in pages)
        {
            if (NextShown(end, start, end, down: false) is not (var last and >= 0)) return new List<(int, int, int)>();
            found.Add((last, start, end));
        }
        return MarkNotice(found, down: false, PageEdgeLines.MostLines).Next;
    }

    /// <summary>The rest of a header or footer block, line by line, below or above its first line on each of its pages.</summary>
    private void MarkBlock(List<(int At, int Start, int End)> going, bool down)
    {
        for (var depth = 1; depth < PageEdgeLines.MostLines && going.Count >= 2;)
        {
            var (next, taken) = MarkRepeated(going, down, PageEdgeLines.MostLines - depth);
            going = next;
            depth += taken;
        }
    }

    /// <summary>
    /// One depth of a header or footer block: the first line shown on each page from where its block has got to (down from
    /// it, or up from the line before it, within the page) is furniture where the same line stands there on all of those
    /// pages but one (<see cref="PageEdgeLines.OnAllPagesButOne"/>) and reads as furniture, or it begins a privacy notice
    /// that stands on every one of them (<see cref="PageEdgeLines.NoticeLines"/>). Returns where the pages so marked go on,
    /// and how many lines each gave.
    /// </summary>
    private (List<(int At, int Start, int End)> Next, int Taken) MarkRepeated(List<(int At, int Start, int End)> going, bool down, int most)
    {
        // The next line shown, furniture or not: another rule may have found part of the block on some pages already.
        var found = new List<(int Line, int Start, int End)>(going.Count);
        foreach (var (at, start, end) in going)
            if (NextShown(at, start, end, down) is var i and >= 0) found.Add((i, start, end));
        var next = new List<(int At, int Start, int End)>();
        var holder = PageEdgeLines.OnAllPagesButOne(found.Count, (a, b) => Lines[found[a].Line].Content(Text).SequenceEqual(Lines[found[b].Line].Content(Text)),
            k => Lines[found[k].Line] is var line && line.Length <= 120 && !IsRepeatedOnPurpose(line.Content(Text), line) && PageEdgeLines.ReadsAsFurniture(line.Content(Text)));
        if (holder < 0) return found.Count == going.Count ? MarkNotice(found, down, most) : (next, 1);
        var block = Lines[found[holder].Line].Content(Text);
        foreach (var (i, start, end) in found)
        {
            if (!Lines[i].Content(Text).SequenceEqual(block)) continue;
            Lines[i] = Lines[i] with { Kind = LineKind.Furniture };
            next.Add((down ? i + 1 : i, start, end));
        }
        return (next, 1);
    }

    /// <summary>
    /// A privacy notice of up to <paramref name="most"/> lines from each page's <paramref name="found"/> line on: marked
    /// furniture on every page, which go on past it. None found, no page goes on.
    /// </summary>
    private (List<(int At, int Start, int End)> Next, int Taken) MarkNotice(List<(int Line, int Start, int End)> found, bool down, int most)
    {
        // Each page's lines from here, one a step; -1 where the page has no more.
        var steps = new int[found.Count, most];
        for (var page = 0; page < found.Count; page++)
        {
            var (line, start, end) = found[page];
            for (var step = 0; step < most; step++)
            {
                steps[page, step] = line;
                if (line >= 0) line = NextShown(down ? line + 1 : line, start, end, down);
            }
        }
        var taken = PageEdgeLines.NoticeLines(found.Count, most, up: !down, step => steps[0, step] is var line and >= 0 ? Lines[line].Content(Text).ToString() : null,
            (step, page) => steps[page, step] >= 0 && Lines[steps[page, step]].Content(Text).SequenceEqual(Lines[steps[0, step]].Content(Text)));
        var next = new List<(int At, int Start, int End)>();
        if (taken == 0) return (next, 1);
        for (var page = 0; page < found.Count; page++)
        {
            for (var step = 0; step < taken; step++)
                Lines[steps[page, step]] = Lines[steps[page, step]] with { Kind = LineKind.Furniture };
            var last = steps[page, taken - 1];
            next.Add((down ? last + 1 : last, found[page].Start, found[page].End));
        }
        return (next, taken);
    }

    /// <summary>
    /// The first line that shows anything (text or furniture) in [<paramref name="start"/>, <paramref name="end"/>), from
    /// <paramref name="at"/> down, or up from the line before it; -1 if none.
    /// </summary>
    private int NextShown(int at, int start, int end, bool down)
    {
        if (down)
        {
            for (var i = at; i < end; i++)
                if (Lines[i].Length > 0) return i;
        }
        else
        {
            for (var i = at - 1; i >= start; i--)
                if (Lines[i].Length > 0) return i;
        }
        return -1;
    }

    /// <summary>
    /// A page number alone ("2", "- 2 -", "2/5", "2 of 5"), as a footer or header without the word "Page" puts it, is
    /// furniture on the last line of text of its page or the first: a footer left in read as the end of the citation or
    /// heading the break cut ("Opioids 1"), and the text after it was lost from it. The number must be the page's own, its
    /// place among the form feeds, so a cited page carried onto a line of its own ("Page(s): 56," / "312") stays text,
    /// and so does a number anywhere else ("1" before a numbered item). Each page is looked at within its own lines.
    /// </summary>
    private void MarkBarePageNumbers(List<int> pageStarts)
    {
        for (var page = 0; page <= pageStarts.Count; page++)
        {
            var start = page == 0 ? 0 : pageStarts[page - 1];
            var end = page < pageStarts.Count ? pageStarts[page] : Lines.Count;
            MarkIfPageNumber(PreviousText(end, start, acrossParagraphs: true), page + 1);
            if (page > 0) MarkIfPageNumber(NextTextLine(start, end, acrossParagraphs: true), page + 1);
        }
    }

    private void MarkIfPageNumber(int line, int page)
    {
        if (line < 0) return;
        var (start, end) = (Lines[line].ContentStart, Lines[line].ContentEnd);
        // Between dashes ("- 4 -") a number is a page's whatever it says: no cited page is written so, and a letter cut
        // from a longer file numbers its pages from where the file began (a probe's verdict "medi-" / "- 4 -" / "cally
        // necessary." was read as no verdict).
        if (BarePageNumber(Text, start, end) is var number && (number == page || number >= 0 && HasDash(Text, start, SkipDashes(Text, start, end))))
            Lines[line] = Lines[line] with { Kind = LineKind.Furniture };
    }

    /// <summary>Whether text[start, end) is a page number alone (see <see cref="BarePageNumber"/>).</summary>
    internal static bool IsBarePageNumber(string text, int start, int end) => BarePageNumber(text, start, end) >= 0;

    /// <summary>
    /// The number of a page number alone, or -1: one to four digits, perhaps "of" or '/' and a total, perhaps between
    /// dashes, and nothing else. A dash on one side only is a range cut at a line's end ("74-" / "96"), not a page number.
    /// </summary>
    private static int BarePageNumber(string text, int start, int end)
    {
        var i = SkipDashes(text, start, end);
        var dashBefore = HasDash(text, start, i);
        var numberStart = i;
        i = PageNumberEnd(text, i, end);
        if (i < 0) return -1;
        var number = int.Parse(text.AsSpan(numberStart, i - numberStart), System.Globalization.CultureInfo.InvariantCulture);
        var afterNumber = TextScan.SkipSpaces(text, i, end);
        if (TextScan.CaselessAt(text, afterNumber, end, "of") || afterNumber < end && text[afterNumber] == '/')
        {
            i = PageNumberEnd(text, TextScan.SkipSpaces(text, afterNumber + (text[afterNumber] == '/' ? 1 : 2), end), end);
            if (i < 0) return -1;
        }
        var numberEnd = i;
        i = SkipDashes(text, i, end);
        return IsEnd(text, i, end) && dashBefore == HasDash(text, numberEnd, i) ? number : -1;
    }

    private static bool HasDash(string text, int start, int end) => text.AsSpan(start, end - start).IndexOfAny('-', '\u2013', '\u2014') >= 0;

    private static int SkipDashes(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\t' or '-' or '\u2013' or '\u2014') i++;
        return i;
    }

    /// <summary>
    /// pdftotext ends every page with an empty line and a form feed, so a sentence that runs on to the next page (a
    /// citation's topic, a wrapped heading or label value) would read as two paragraphs. When it runs on over the break
    /// at <paramref name="after"/>, the empty lines at the break are furniture.
    /// </summary>
    private void JoinSentenceOverPageBreak(int after)
    {
        // No further than a page's lines either way: a text of pages that hold only furniture (page numbers, form feeds)
        // made each break walk back to the letter's start.
        var above = PreviousText(after, Math.Max(0, after - MostLinesOfAPage), acrossParagraphs: true);
        var below = NextTextLine(after, Math.Min(Lines.Count, after + MostLinesOfAPage), acrossParagraphs: true);
        if (above < 0 || below < 0 || !RunsOn(Lines[above].Content(Text), Lines[below].Content(Text))) return;
        for (var i = above + 1; i < below; i++)
            if (Lines[i].Kind is LineKind.Empty or LineKind.Separator) Lines[i] = Lines[i] with { Kind = LineKind.Furniture };
    }

    /// <summary>More lines than a page of PDF text holds, blank ones included.</summary>
    private const int MostLinesOfAPage = 240;

    /// <summary>Whether a form feed stands before the line's text: a page break, bare as pdftotext writes it when no furniture line carries it.</summary>
    private bool OpensPage(LetterLine line) => Text.AsSpan(line.Start, line.ContentStart - line.Start).IndexOf('\f') >= 0;

    /// <summary>
    /// Whether the sentence of line <paramref name="last"/> goes on in <paramref name="next"/> over a page break
    /// (pdftotext ends every page with an empty line, which reads as a paragraph break): the line ends without a
    /// full stop, '?', '!' or ':' (past closing quotes and emphasis); or the next line starts in lower case; or the
    /// line ends with an abbreviation's full stop ("pg.", "Dr.", "C.C.R.") or a page marker's colon ("Page(s):").
    /// </summary>
    private static bool RunsOn(ReadOnlySpan<char> last, ReadOnlySpan<char> next)
    {
        var closed = last.TrimEnd("\"'*_\u201D\u2019");
        if (closed.Length == 0 || closed[^1] is not ('.' or '?' or '!' or ':')) return true;
        if (next.Length > 0 && char.IsLower(next[0])) return true;
        return closed[^1] is '.' or ':' && EndsInAbbreviation(closed);
    }

    /// <summary>
    /// Whether text that ends in '.' or ':' ends with an abbreviation's full stop ("Dr.", "t.i.d.", "C.C.R.", "pg.") or a
    /// page marker's colon ("Page(s):"), after which the sentence goes on: no sentence ends there.
    /// </summary>
    private static bool EndsInAbbreviation(ReadOnlySpan<char> closed)
    {
        var word = closed[..^1];
        var start = word.Length;
        while (start > 0 && (char.IsLetter(word[start - 1]) || word[start - 1] is '.' or '(' or ')')) start--;
        if (start > 0 && !char.IsWhiteSpace(word[start - 1])) return false;
        var lastWord = word[start..];
        // An initial or initials ("A.", "C.C.R.", "e.g.") abbreviate, whatever they stand for.
        if (closed[^1] == '.' && (lastWord.Length == 1 && char.IsLetter(lastWord[0]) || lastWord.Length > 2 && lastWord.IndexOf('.') > 0)) return true;
        foreach (var carriesOn in closed[^1] == '.' ? Abbreviations : CitationReader.PageMarkers)
            if (lastWord.Equals(carriesOn, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Abbreviations a letter's sentence goes on after (without their last full stop): page markers, titles, Latin.</summary>
    private static readonly string[] Abbreviations = { "pp", "pg", "pgs", "pps", "no", "vol", "ch", "chap", "sec", "dr", "mr", "mrs", "ms", "vs", "cf", "approx" };

    /// <summary>How the running header at the top of a published letter's pages begins ("... Case Number CM15-0099881").</summary>
    private const string RunningHeader = "Final Determination Letter for IMR Case Number";

    /// <summary>
    /// Words every letter repeats on purpose, never page furniture: "Upheld" alone, a label alone, a line that opens with
    /// an item's label, or a citation's opening words ("Decision based on", 2013's "The Claims Administrator based its
    /// decision on the"): two pages of PDF text may well open with the same one.
    /// </summary>
    private bool IsRepeatedOnPurpose(ReadOnlySpan<char> content, LetterLine line)
        => content.EndsWith(":", StringComparison.Ordinal) || content.Equals("Upheld", StringComparison.OrdinalIgnoreCase)
           || content.Equals("Overturned", StringComparison.OrdinalIgnoreCase) || LetterReader.OpensWithItemLabel(Text, line)
           || content.StartsWith(FurtherGuideline, StringComparison.OrdinalIgnoreCase)
           || content.IndexOf(" based", StringComparison.OrdinalIgnoreCase) is var based and >= 0
              && content[based..].IndexOf("decision on ", StringComparison.OrdinalIgnoreCase) >= 0;

    public readonly record struct Heading(int Line, int After);

    /// <summary>The first line (from <paramref name="from"/>) that is one of the headings, alone or wrapped onto the next line.</summary>
    public Heading? FindHeading(string[] headings, int from)
    {
        for (var i = from; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line.Kind != LineKind.Text || line.Length > 60) continue;
            foreach (var heading in headings)
            {
                var matched = MatchLetters(line, heading, 0);
                if (matched == heading.Length) return new Heading(i, i + 1);
                if (matched <= 0) continue;
                var next = NextText(i + 1, Lines.Count);
                if (next >= 0 && MatchLetters(Lines[next], heading, matched) == heading.Length) return new Heading(i, next + 1);
            }
        }
        return null;
    }

    /// <summary>
    /// Compares the letters of a line, case ignored, with <paramref name="heading"/> from position <paramref name="at"/>;
    /// returns how far into the heading the whole line matched, or -1 if it does not match. An ampersand in the line
    /// stands for the heading's "AND" ("IMR ISSUES, DECISIONS &amp; RATIONALES").
    /// </summary>
    private int MatchLetters(LetterLine line, string heading, int at)
    {
        var i = line.ContentStart;
        var j = at;
        while (true)
        {
            while (i < line.ContentEnd && !char.IsLetter(Text[i]) && Text[i] != '&') i++;
            while (j < heading.Length && !char.IsLetter(heading[j])) j++;
            if (i == line.ContentEnd) return j;
            if (Text[i] == '&')
            {
                if (string.CompareOrdinal(heading, j, "AND", 0, 3) != 0) return -1;
                i++;
                j += 3;
                continue;
            }
            if (j == heading.Length || char.ToUpperInvariant(Text[i]) != heading[j]) return -1;
            i++;
            j++;
        }
    }

    /// <summary>The next text line, passing empty lines and page furniture but no more than one paragraph break.</summary>
    private int NextText(int from, int to)
    {
        var breaks = 0;
        for (var i = from; i < to; i++)
        {
            if (Lines[i].Kind == LineKind.Text) return i;
            if (IsParagraphBreak(Lines[i]) && ++breaks > 1) return -1;
        }
        return -1;
    }

    /// <summary>Whether a line's content holds a tab between its words, as a table's row of cells does in a .docx or text.</summary>
    private bool HoldsCells(LetterLine line) => Text.IndexOf('\t', line.ContentStart, line.ContentEnd - line.ContentStart) >= 0;

    /// <summary>
    /// The first line of an item heading whose last line is <paramref name="line"/>. A long heading wraps: its earlier
    /// lines (two at most) follow a paragraph break, or, in text with no blank line between paragraphs (a Word draft with
    /// its lines broken by hand), a line that ends a sentence or a label, and they end no sentence. A page break inside
    /// the heading (its footer, form feed and header, with the blank lines around them) is passed over, not taken for a
    /// paragraph break.
    /// </summary>
    public int HeadingStart(int line, int min)
    {
        // Converted text breaks its paragraphs with empty lines, and a heading is one line, unless a converter wrapped a
        // Markdown heading ("#### **Functional restoration" / "program, 160 hours: Upheld**"): its marked first line is
        // the heading's, not the last words of the rationale before (a probe's letters read them as a cut rationale).
        if (IsConverted)
            return line - 1 >= min && Lines[line - 1].Kind == LineKind.Text && OpensWithHeadingMarker(Lines[line - 1]) && !OpensWithHeadingMarker(Lines[line]) ? line - 1 : line;
        // A table's row ("Norco 10/325mg #120<TAB>Upheld") is whole, and no heading wraps onto the row above it (the
        // table's header, "Disputed item/service<TAB>Decision", was read as the service's first words).
        if (HoldsCells(Lines[line])) return line;
        var first = line;
        var taken = 0;
        // Whether the lines taken read as a heading's rather than as the end of the text before (see MayWrapHeading).
        var headingLike = true;
        // Whether page furniture stands above the lines taken: a page break, which the heading may have wrapped below.
        var pageBreakPassed = false;
        for (var i = line - 1; i >= min; i--)
        {
            var candidate = Lines[i];
            if (IsParagraphBreak(candidate))
            {
                if (taken == 2 || PageBreakAbove(i, min) is not { } before) return first;
                i = before + 1;
                continue;
            }
            if (candidate.Kind != LineKind.Text)
            {
                pageBreakPassed |= candidate.Kind == LineKind.Furniture && taken > 0;
                continue;
            }
            if (HoldsCells(candidate)) return headingLike ? first : line;
            // A line that ends a sentence or a label is the text before; one that ends in an abbreviation ("Dr.", "t.i.d.")
            // is a heading wrapped there. A heading holds no label: a line that opens with one and ends no sentence is the
            // item before's block, and so is what follows it. One that ends a sentence may be a whole paragraph of the item
            // before (a .docx rationale), and the heading wrapped below it starts after it.
            if (EndsSentenceOrLabel(candidate)) return headingLike ? first : line;
            // Across a page break, though, a label with a placeholder after it ("Decision rationale: TBD") is whole, and the
            // heading may have wrapped below it.
            if (LetterReader.OpensWithItemLabel(Text, candidate)) return pageBreakPassed && IsPlaceholderLabel(candidate) ? first : line;
            // A line that no heading wraps onto, right after a sentence's end, is the text before's last: "(MTUS, page 63)".
            // One that names a drug with its brand in brackets ("Duloxetine (Cymbalta)") right after a sentence's end may be
            // a heading's first half: in a .docx no blank line parts the rationale before from the heading typed over two
            // paragraphs.
            var mayWrap = MayWrapHeading(candidate.Content(Text)) || EndsInNamedBracket(candidate.Content(Text)) && PrecededBySentenceEnd(i, min);
            if (!mayWrap && PrecededBySentenceEnd(i, min)) return headingLike ? first : line;
            // No paragraph break or sentence's end above the lines a heading may take: they belong to the text before.
            if (taken == 2) return line;
            first = i;
            taken++;
            headingLike &= mayWrap;
        }
        return first;
    }

    /// <summary>Whether a line is an item's label with nothing but a placeholder after it: "Decision rationale: TBD", "Rationale: To follow".</summary>
    private bool IsPlaceholderLabel(LetterLine line)
        => LetterReader.OpensWithItemLabel(Text, line) && !ImrDsl.Runtime.RulePredicates.HasReasoningIn(Text, line.ContentStart, line.ContentEnd);

    /// <summary>Whether a line opens with a letter or digit and ends in a bracket it opened: "Lidoderm (lidocaine patch)".</summary>
    private static bool EndsInNamedBracket(ReadOnlySpan<char> content)
        => char.IsLetterOrDigit(content[0]) && content[^1] == ')' && content.LastIndexOf('(') > 0;

    /// <summary>
    /// Whether a line may be a wrapped heading's first: a finished sentence above it opens a heading only then. A
    /// rationale's last line that ends in a citation or a quotation ("(MTUS, page 63)", "... \"not recommended\"") after
    /// a sentence's end, or that holds a sentence's end itself, is the text before.
    /// </summary>
    private static bool MayWrapHeading(ReadOnlySpan<char> content)
    {
        if (content[0] is '(' or '[' or '"' or '\u201C' or '\'' or '\u2018' || content[^1] is ')' or ']' or '"' or '\u201D' or '\'' or '\u2019') return false;
        for (var i = 1; i + 2 < content.Length; i++)
            if (content[i] is '.' or '?' or '!' && content[i + 1] == ' ' && char.IsUpper(content[i + 2]) && !(content[i] == '.' && EndsInAbbreviation(content[..(i + 1)])))
                return false;
        return true;
    }

    /// <summary>
    /// When the blank lines from <paramref name="line"/> up are the lower side of a page break (page furniture above them
    /// before any text, or a bare break's form feed below them), and above the break stands a one-line paragraph that
    /// ends no sentence (a heading's first line), that line; otherwise null. The last line of a longer paragraph (a
    /// rationale that ends in "(MTUS, page 29)"), a line that ends a sentence or a label ('.', ':'), or a label with a
    /// placeholder after it and no full stop ("Decision rationale: TBD") ends a paragraph as well as a page.
    /// </summary>
    private int? PageBreakAbove(int line, int min)
    {
        var below = NextTextLine(line + 1, Lines.Count, acrossParagraphs: true);
        var furniture = below >= 0 && OpensPage(Lines[below]);
        for (var i = line; i >= min; i--)
        {
            if (Lines[i].Kind == LineKind.Furniture) furniture = true;
            else if (Lines[i].Kind == LineKind.Text)
                return furniture && !EndsSentenceOrLabel(Lines[i]) && !IsPlaceholderLabel(Lines[i]) && PrecededByBreak(i, min) ? i : null;
        }
        return null;
    }

    /// <summary>Whether a line ends in a colon, or in a full stop other than an abbreviation's.</summary>
    private bool EndsSentenceOrLabel(LetterLine line)
    {
        var content = line.Content(Text);
        return content[^1] == ':' || content[^1] == '.' && !EndsInAbbreviation(content);
    }

    /// <summary>Whether the text line above <paramref name="line"/>, in its paragraph, ends a sentence or a label.</summary>
    private bool PrecededBySentenceEnd(int line, int min)
    {
        var above = PreviousText(line, min);
        return above >= 0 && EndsSentenceOrLabel(Lines[above]);
    }

    private bool PrecededByBreak(int line, int min)
    {
        for (var i = line - 1; i >= min; i--)
        {
            if (IsParagraphBreak(Lines[i])) return true;
            if (Lines[i].Kind == LineKind.Text) return false;
        }
        return true;
    }

    /// <summary>
    /// Where a labelled block that starts at <paramref name="labelLine"/> ends. A guideline line ends at a paragraph
    /// break or the next label, unless the paragraph after the break opens as a further guideline does ("Decision based
    /// on Non-MTUS Citation ..."); a rationale runs on over paragraph breaks and page breaks until the next label.
    /// </summary>
    public int BlockEnd(int labelLine, int end, bool acrossParagraphs, Func<LetterScan, int, bool> isLabel)
    {
        for (var i = labelLine + 1; i < end; i++)
        {
            var line = Lines[i];
            if (line.Kind == LineKind.Text && isLabel(this, i)) return i;
            if (acrossParagraphs || !IsParagraphBreak(line)) continue;
            var next = NextTextLine(i + 1, end, acrossParagraphs: true);
            if (next < 0 || !Lines[next].Content(Text).StartsWith(FurtherGuideline, StringComparison.OrdinalIgnoreCase)) return i;
            i = next - 1;
        }
        return end;
    }

    /// <summary>How each guideline of a citation opens after the first.</summary>
    private const string FurtherGuideline = "Decision based on";

    /// <summary>The text of lines [from, to) joined with spaces; the first line may start later (after its label).</summary>
    public TextRun Join(int from, int to, int firstLineStart = -1)
    {
        var pieces = 0;
        for (var i = from; i < to; i++)
            if (Lines[i].Kind == LineKind.Text) pieces++;
        var run = new TextRun(Text, pieces);
        for (var i = from; i < to; i++)
        {
            var line = Lines[i];
            if (line.Kind != LineKind.Text) continue;
            var start = i == from && firstLineStart >= 0 ? firstLineStart : line.ContentStart;
            run.Append(start, line.ContentEnd);
        }
        return run;
    }

    /// <summary>The next text line at or after <paramref name="from"/> in the same paragraph, or -1.</summary>
    public int NextTextLine(int from, int to, bool acrossParagraphs = false)
    {
        for (var i = from; i < to; i++)
        {
            if (Lines[i].Kind == LineKind.Text) return i;
            if (!acrossParagraphs && IsParagraphBreak(Lines[i])) return -1;
        }
        return -1;
    }

    /// <summary>The nearest text line above <paramref name="line"/> (in the same paragraph unless asked otherwise), or -1.</summary>
    public int PreviousText(int line, int min, bool acrossParagraphs = false)
    {
        for (var i = line - 1; i >= min; i--)
        {
            if (Lines[i].Kind == LineKind.Text) return i;
            if (!acrossParagraphs && IsParagraphBreak(Lines[i])) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The first line in (<paramref name="from"/>, <paramref name="end"/>) where the letter moves on from its last item,
    /// or <paramref name="end"/>: a complimentary close ("Sincerely,"), a copy list ("cc:") or a heading of its own (a
    /// line in capitals after a finished sentence, such as "DOCUMENTS REVIEWED"; a paragraph break is no sign, as PDF text
    /// puts an empty line after every line). What follows is not the last item's rationale:
    /// read as part of it, a closing paragraph ended it with a comma and a list of documents gave it their verdicts.
    /// </summary>
    public int ItemsEnd(int from, int end, Func<LetterScan, int, bool> isLabel)
    {
        for (var i = from + 1; i < end; i++)
        {
            var line = Lines[i];
            if (line.Kind != LineKind.Text) continue;
            var content = line.Content(Text);
            if (IsClosing(content)) return i;
            if (IsCapitalsHeading(content) && !isLabel(this, i) && PreviousText(i, from, acrossParagraphs: true) is var previous
                && (previous < 0 || EndsSentenceOrAside(Lines[previous].Content(Text)))) return i;
        }
        return end;
    }

    /// <summary>Whether a line of text ends as a sentence does: with '.', ':', '?' or '!'.</summary>
    public bool EndsSentence(LetterLine line) => EndsSentence(line.Content(Text));

    private static bool EndsSentence(ReadOnlySpan<char> content) => content.Length > 0 && content[^1] is '.' or ':' or '?' or '!';

    /// <summary>
    /// <see cref="EndsSentence(LetterLine)"/>, past closing quotes and emphasis, or a closing bracket ("(MTUS, page 29)"):
    /// a line in capitals after it does not continue it.
    /// </summary>
    private static bool EndsSentenceOrAside(ReadOnlySpan<char> content)
    {
        var closed = content.TrimEnd("\"'*_");
        return EndsSentence(closed) || closed.EndsWith(")");
    }

    private static readonly string[] Closings = { "sincerely", "yours sincerely", "sincerely yours", "respectfully", "respectfully submitted", "regards", "best regards", "kind regards", "yours truly", "very truly yours", "cordially" };

    /// <summary>A complimentary close alone on its line (a comma after it or not), or the start of a copy list.</summary>
    internal static bool IsClosing(ReadOnlySpan<char> content)
    {
        if (content.StartsWith("cc:", StringComparison.OrdinalIgnoreCase)) return true;
        var words = content.TrimEnd(',').TrimEnd();
        foreach (var closing in Closings)
            if (words.Equals(closing, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Two to ten words in capitals with no digit, no lower-case letter and no full stop: how letters set a section's
    /// heading ("DOCUMENTS REVIEWED", "EFFECT OF THE DECISION:"). A sentence, a dose or an item's heading is never one.
    /// </summary>
    internal static bool IsCapitalsHeading(ReadOnlySpan<char> content)
    {
        var words = 0;
        var inWord = false;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c is >= 'A' and <= 'Z')
            {
                if (!inWord) words++;
                inWord = true;
                continue;
            }
            inWord = false;
            if (c is ' ' or '\t' or '&' or '/' or '-' or ',' or '(' or ')' or '\'') continue;
            if (c == ':' && i == content.Length - 1) continue;
            return false;
        }
        return words is >= 2 and <= 10;
    }

    public int LastText(int from, int end)
    {
        for (var i = Math.Min(end, Lines.Count) - 1; i > from; i--)
            if (Lines[i].Kind == LineKind.Text) return i;
        return from;
    }
}
