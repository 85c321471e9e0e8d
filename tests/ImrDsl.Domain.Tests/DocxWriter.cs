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

    public static byte[] Create(IEnumerable<string> paragraphs, int nestedTables = 0)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var text in paragraphs)
            {
                // Cells: a table of one row, each cell a paragraph.
                if (text.Contains(CellBreak)) body.Append(new Table(new TableRow(text.Split(CellBreak).Select(cell => new TableCell(ParagraphOf(cell))))));
                else body.Append(ParagraphOf(text));
            }
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

    /// <summary>A converted-layout letter as a Word author would have it: the same lines, emphasis as formatting rather than markup.</summary>
    public static IEnumerable<string> ParagraphsOf(string markdown)
        => markdown.Replace("\r\n", "\n").Split('\n')
            .Select(line => line.Replace("<b>", "").Replace("</b>", "").Replace("**", "").TrimStart('#').TrimStart());
}
