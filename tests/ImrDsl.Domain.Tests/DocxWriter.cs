using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// Makes a Word draft: one paragraph per line, tabs as Word tabs (<see cref="PositionalTab"/> as an absolute one), U+2011
/// as Word's non-breaking hyphen, U+00AD as its optional hyphen, text between <see cref="HiddenStart"/> and
/// <see cref="HiddenEnd"/> as a hidden run, and manual breaks inside a paragraph: '\n' a line break (Shift+Enter), '\r'
/// a carriage return, '\v' a column break, '\f' a page break. A paragraph with <see cref="CellBreak"/> in it is a table row
/// instead, a cell between each two. <see cref="Deleted"/> is a tracked deletion of a line break, a tab and a word.
/// <paramref name="nestedTables"/> sets the whole body inside that many one-cell tables, one in another (a page border).
/// </summary>
internal static class DocxWriter
{
    public const char HiddenStart = '\uE000', HiddenEnd = '\uE001', PositionalTab = '\uE002', CellBreak = '\uE003', Deleted = '\uE004';

    /// <param name="numbering">Whether a paragraph that opens with a number ("1. ", "2) ", "(3) ") is set as Word's
    /// automatic numbering instead, the number shown but not in its text: <see cref="AutoNumbering.Direct"/> on the
    /// paragraph itself, <see cref="AutoNumbering.ByStyle"/> through a numbered paragraph style.</param>
    public static byte[] Create(IEnumerable<string> paragraphs, int nestedTables = 0, AutoNumbering numbering = AutoNumbering.None)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            var lists = numbering == AutoNumbering.None ? null : new Lists(main, numbering);
            foreach (var text in paragraphs)
            {
                // Cells: a table of one row, each cell a paragraph.
                if (text.Contains(CellBreak)) body.Append(new Table(new TableRow(text.Split(CellBreak).Select(cell => new TableCell(ParagraphOf(cell))))));
                else if (lists is not null && NumberOf(text) is { } number) body.Append(lists.Numbered(number, text));
                else body.Append(ParagraphOf(text));
            }
            lists?.Save();
            for (var level = 0; level < nestedTables; level++)
            {
                var cell = new TableCell(body.ChildElements.Select(e => e.CloneNode(true)).Append(new Paragraph()));
                body = new Body(new Table(new TableRow(cell)));
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph ParagraphOf(string text)
    {
        var paragraph = new Paragraph();
        var run = new Run();
        var chars = new System.Text.StringBuilder();
        void Flush()
        {
            if (chars.Length > 0) run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(chars.ToString()) { Space = SpaceProcessingModeValues.Preserve });
            chars.Clear();
        }
        void NewRun(bool hidden)
        {
            Flush();
            if (run.HasChildren) paragraph.Append(run);
            run = hidden ? new Run(new RunProperties(new Vanish())) : new Run();
        }
        foreach (var c in text)
        {
            switch (c)
            {
                case '\t': Flush(); run.Append(new TabChar()); break;
                case PositionalTab:
                    Flush();
                    run.Append(new PositionalTab { Alignment = AbsolutePositionTabAlignmentValues.Left, RelativeTo = AbsolutePositionTabPositioningBaseValues.Margin, Leader = AbsolutePositionTabLeaderCharValues.None });
                    break;
                case '\n': Flush(); run.Append(new Break()); break;
                case '\r': Flush(); run.Append(new CarriageReturn()); break;
                case '\v': Flush(); run.Append(new Break { Type = BreakValues.Column }); break;
                case '\f': Flush(); run.Append(new Break { Type = BreakValues.Page }); break;
                case '\u2011': Flush(); run.Append(new NoBreakHyphen()); break;
                case '\u00AD': Flush(); run.Append(new SoftHyphen()); break;
                case Deleted:
                    NewRun(hidden: false);
                    paragraph.Append(new DeletedRun(new Run(new Break(), new DeletedText("not") { Space = SpaceProcessingModeValues.Preserve }, new TabChar())) { Id = "1", Author = "reviewer" });
                    break;
                case HiddenStart: NewRun(hidden: true); break;
                case HiddenEnd: NewRun(hidden: false); break;
                default: chars.Append(c); break;
            }
        }
        NewRun(hidden: false);
        return paragraph;
    }

    /// <summary>
    /// A draft whose paragraphs that <paramref name="formatOf"/> gives a number format for are items of Word lists, one
    /// list per format, numbered "%1." and running on: the numbers are shown and not in the text.
    /// </summary>
    public static byte[] CreateListed(IEnumerable<string> paragraphs, Func<string, NumberFormatValues?> formatOf)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            var formats = new List<NumberFormatValues>();
            foreach (var text in paragraphs)
            {
                var paragraph = ParagraphOf(text);
                if (formatOf(text) is { } format)
                {
                    if (!formats.Contains(format)) formats.Add(format);
                    paragraph.PrependChild(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = formats.IndexOf(format) + 1 })));
                }
                body.Append(paragraph);
            }
            var numbering = new DocumentFormat.OpenXml.Wordprocessing.Numbering();
            for (var f = 0; f < formats.Count; f++)
                numbering.Append(new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = formats[f] }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = f + 1 });
            for (var f = 0; f < formats.Count; f++) numbering.Append(new NumberingInstance(new AbstractNumId { Val = f + 1 }) { NumberID = f + 1 });
            var part = main.AddNewPart<NumberingDefinitionsPart>();
            part.Numbering = numbering;
            part.Numbering.Save();
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>How numbered paragraphs are set: not at all, on the paragraphs, through a style, or with each list
    /// setting its own start over a definition that starts at 5 (so a reader that missed the list's start would show 5).</summary>
    public enum AutoNumbering { None, Direct, ByStyle, OwnStarts }

    /// <summary>The number a paragraph opens with, its format ("%1." "%1)" "(%1)") and where its text starts; null if none.</summary>
    public static (int Number, string Format, int TextStart)? NumberOf(string text)
        => System.Text.RegularExpressions.Regex.Match(text, @"^(\(?)(\d{1,2})([.)]) +(?=\S)") is { Success: true } m
            ? (int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[1].Value + "%1" + m.Groups[3].Value, m.Length)
            : null;

    /// <summary>
    /// The lists of a draft: one definition per format; a list runs on while its numbers do, and one that starts again
    /// (the decisions' "1)" after the summary's) is a new list that sets its own start, as Word's "Restart at 1" makes it.
    /// </summary>
    private sealed class Lists(MainDocumentPart main, AutoNumbering how)
    {
        private readonly List<string> _formats = new();
        private readonly List<(int NumId, int Format, int? Start)> _lists = new();
        private (int Format, int Next, int NumId)? _open;

        public Paragraph Numbered((int Number, string Format, int TextStart) number, string text)
        {
            var format = _formats.IndexOf(number.Format);
            if (format < 0) { _formats.Add(number.Format); format = _formats.Count - 1; }
            if (_open is not { } open || open.Format != format || open.Next != number.Number)
            {
                // The first list of a format counts from its definition's start (1) unless it starts elsewhere.
                var first = !_lists.Exists(l => l.Format == format);
                _lists.Add((_lists.Count + 1, format, first && number.Number == 1 && how != AutoNumbering.OwnStarts ? null : number.Number));
                open = (format, number.Number, _lists.Count);
            }
            _open = (format, number.Number + 1, open.NumId);
            var paragraph = ParagraphOf(text[number.TextStart..]);
            var numbered = how == AutoNumbering.ByStyle && _lists[open.NumId - 1].Start is null && format == 0
                ? new ParagraphProperties(new ParagraphStyleId { Val = "ListNumber" })
                : new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = open.NumId }));
            paragraph.PrependChild(numbered);
            return paragraph;
        }

        public void Save()
        {
            var part = main.AddNewPart<NumberingDefinitionsPart>();
            var numbering = new DocumentFormat.OpenXml.Wordprocessing.Numbering();
            for (var f = 0; f < _formats.Count; f++)
                numbering.Append(new AbstractNum(new Level(new StartNumberingValue { Val = how == AutoNumbering.OwnStarts ? 5 : 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal },
                    new LevelText { Val = _formats[f] }) { LevelIndex = 0 }) { AbstractNumberId = f + 1 });
            foreach (var (numId, format, start) in _lists)
            {
                var instance = new NumberingInstance(new AbstractNumId { Val = format + 1 }) { NumberID = numId };
                if (start is { } s) instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = s }) { LevelIndex = 0 });
                numbering.Append(instance);
            }
            part.Numbering = numbering;
            part.Numbering.Save();
            if (how != AutoNumbering.ByStyle || _lists.Count == 0) return;
            // "List Number" as Word defines it: a paragraph style based on Normal that numbers with the first list.
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "List Number" }, new BasedOn { Val = "Normal" },
                    new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 }))) { Type = StyleValues.Paragraph, StyleId = "ListNumber" });
            styles.Styles.Save();
        }
    }

    /// <summary>A converted-layout letter as a Word author would have it: the same lines, emphasis as formatting rather than markup.</summary>
    public static IEnumerable<string> ParagraphsOf(string markdown)
        => markdown.Replace("\r\n", "\n").Split('\n')
            .Select(line => line.Replace("<b>", "").Replace("</b>", "").Replace("**", "").TrimStart('#').TrimStart());
}
