using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ImrDsl.Domain.Letters;

/// <summary>
/// The paragraphs of a .docx file, read as a stream with limits on what is read rather than on what is stored:
/// decompressed bytes per part, XML depth and element count, and the number of zip entries. A zip bomb or a
/// document nested thousands deep is a reason, not a crash: the XML is read by a pull reader, never into a tree,
/// so depth costs no stack. Line N of the text is the N-th line that shows text: a paragraph, the part of one after a
/// manual line break (Shift+Enter), or a table row of one-line cells, as Word sets them on the page. A tracked change's
/// deleted text is left out, as Word shows the document.
/// </summary>
public static partial class DocxText
{
    public sealed record Limits(long MaxPartBytes, int MaxDepth = 256, long MaxElements = 1_000_000, int MaxEntries = 10_000);

    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string StrictWord = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>A limit was reached: the file is refused with this reason.</summary>
    private sealed class LimitReached(string reason) : Exception(reason);

    /// <summary>The text (one line per paragraph and per manual line break, none of them empty; tabs kept), or the reason there is none.</summary>
    public static (string? Text, string? Problem) Read(byte[] bytes, Limits limits)
    {
        try
        {
            if (EntryCount(bytes) is { } entries && entries > limits.MaxEntries)
                return (null, $"the .docx file holds {entries} parts; more than {limits.MaxEntries} are not read");
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var mainName = MainPartName(zip, limits);
            var main = FindEntry(zip, mainName);
            if (main is null) return (null, "the .docx file has no document body");
            var numbering = Numbering.Read(zip, mainName, limits);
            using var stream = new LimitedStream(main.Open(), limits.MaxPartBytes);
            return Paragraphs(stream, limits, numbering);
        }
        catch (LimitReached limit)
        {
            return (null, limit.Message);
        }
        // A damaged .docx fails inside the zip or XML readers with types that vary (InvalidDataException,
        // XmlException, IOException, NotSupportedException for an unknown compression, ...): all mean "not readable".
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, $"the .docx file cannot be opened ({Reason(ex)})");
        }
    }

    /// <summary>
    /// Why a .docx could not be read, in words for its reader: the XML parser's own advice ("set the DtdProcessing
    /// property on XmlReaderSettings") is for programmers, and a document type declaration is refused on purpose.
    /// </summary>
    private static string Reason(Exception ex) => ex switch
    {
        System.Xml.XmlException xml when xml.Message.Contains("DTD", StringComparison.Ordinal) || xml.Message.Contains("DtdProcessing", StringComparison.Ordinal)
            => "it holds a document type declaration (DTD), which imr does not read",
        System.Xml.XmlException xml => $"its XML is damaged at line {xml.LineNumber}, position {xml.LinePosition}",
        InvalidDataException => "it is not a complete zip archive",
        _ => ex.Message,
    };

    private static (string? Text, string? Problem) Paragraphs(Stream stream, Limits limits, Numbering? numbering)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, // no entity expansion ("billion laughs")
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        using var xml = XmlReader.Create(stream, settings);
        var text = new DocxLines();
        var parents = new List<string>(); // local names of the open elements, innermost last
        var inText = 0;
        // Whether the run being read is hidden (w:vanish in its properties): Word does not show it, so neither does this.
        var hiddenRun = false;
        var sawBody = false;
        // Open table rows and cells (tables nest): the count of lines ended before each, and whether every cell of the
        // row so far shows at most one line.
        var rows = new Stack<(int FirstLine, bool OneLineCells)>();
        // The open paragraph's numbering (w:numPr) and style, which its number comes from.
        string? numId = null, style = null;
        int? level = null;
        // Where the open paragraph's number was written, how long it is, and how many lines had ended then.
        var (numberAt, numberLength, numberLine) = (-1, 0, 0);
        var cells = new Stack<int>();
        long elements = 0;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    if (++elements > limits.MaxElements) throw new LimitReached($"the .docx document has more than {limits.MaxElements:N0} XML elements; it is not read");
                    if (xml.Depth >= limits.MaxDepth) throw new LimitReached($"the .docx document nests XML more than {limits.MaxDepth} deep; it is not read");
                    // Markup compatibility: of the alternatives, the first choice is read; the fallback repeats its text.
                    if (xml.NamespaceURI == MarkupCompatibility && xml.LocalName == "Fallback")
                    {
                        if (!xml.IsEmptyElement) SkipElement(xml);
                        continue;
                    }
                    var isWord = xml.NamespaceURI is Word or StrictWord;
                    // A tracked change's deleted or moved-away text is not shown in the document as Word sets it, nor
                    // its breaks and tabs (as a property, w:del is empty and marks a deleted paragraph mark).
                    if (isWord && xml.LocalName is "del" or "moveFrom" && !xml.IsEmptyElement)
                    {
                        SkipElement(xml);
                        continue;
                    }
                    var parent = parents.Count > 0 ? parents[^1] : string.Empty;
                    if (isWord)
                    {
                        switch (xml.LocalName)
                        {
                            case "body": sawBody = true; break;
                            case "t" when !xml.IsEmptyElement: inText++; break;
                            case "r": hiddenRun = false; break;
                            case "vanish" when parent == "rPr" && parents.Count > 1 && parents[^2] == "r": hiddenRun = !IsSwitchedOff(xml); break;
                            // w:tab inside a run is a tab character; inside w:tabs it is a tab stop, not text.
                            // w:ptab, a tab set at an absolute position, reads as a tab too.
                            case "tab" or "ptab" when parent == "r" && !hiddenRun: text.Append('\t'); break;
                            // A manual line break (of a line, a column or a page) starts a new line as a paragraph does:
                            // drafts typed with Shift+Enter, and letters a converter rebuilt as one paragraph per page,
                            // read as one line each otherwise, with no heading or label at the start of a line.
                            case "br" or "cr" when parent == "r" && !hiddenRun: text.EndLine(); break;
                            // A hyphen Word keeps on the line ("74‑96", "non‑certified") is a hyphen; an optional one
                            // shows only where Word breaks the line, which a paragraph read as one line never does.
                            case "noBreakHyphen" when parent == "r" && !hiddenRun: text.Append('-'); break;
                            // An empty paragraph shows nothing in Word: it is not a line (line N is the N-th line with text).
                            case "p" when xml.IsEmptyElement: break;
                            case "p":
                                text.StartLine();
                                (numId, level, style) = (null, null, null);
                                numberAt = -1;
                                break;
                            case "pStyle" when parent == "pPr": style = Val(xml); break;
                            case "numId" when parent == "numPr": numId = Val(xml); break;
                            case "ilvl" when parent == "numPr": level = Numbering.LevelOf(Val(xml)) is var l and >= 0 ? l : null; break;
                            case "tr" when !xml.IsEmptyElement: rows.Push((text.LinesEnded, true)); break;
                            case "tc" when !xml.IsEmptyElement: cells.Push(text.LinesEnded); break;
                        }
                    }
                    if (!xml.IsEmptyElement) parents.Add(isWord ? xml.LocalName : string.Empty);
                    break;
                case XmlNodeType.EndElement:
                    var closing = parents[^1];
                    parents.RemoveAt(parents.Count - 1);
                    if (closing == "t") inText--;
                    // The paragraph's properties are read: a numbered paragraph shows its number before its text ("1) ").
                    else if (closing == "pPr" && numbering is not null && parents.Count > 0 && parents[^1] == "p")
                    {
                        var number = numbering.Label(numId, level, style);
                        if (number.Length > 0) (numberAt, numberLength, numberLine) = (text.Length, number.Length, text.LinesEnded);
                        text.Append(number);
                    }
                    else if (closing == "r") hiddenRun = false;
                    else if (closing == "p")
                    {
                        // A numbered label or heading ("1. Decision rationale:", "2. CLINICAL CASE SUMMARY") is read as the
                        // label or heading: the number is a list's, not the letter's.
                        if (numberAt >= 0 && LetterReader.OpensWithLabelOrHeading(text.LineFrom(numberAt + numberLength, numberLine)))
                            text.Remove(numberAt, numberLength, numberLine);
                        numberAt = -1;
                        text.EndLine();
                    }
                    else if (closing == "tc" && cells.Count > 0)
                    {
                        var cellLines = text.LinesEnded - cells.Pop();
                        if (cellLines > 1 && rows.Count > 0) rows.Push(rows.Pop() with { OneLineCells = false });
                    }
                    else if (closing == "tr" && rows.Count > 0)
                    {
                        // A row whose cells show a line each is one line, its cells a tab apart, as Word sets it and as a
                        // tab stop would: "Norco 10/325mg #120 | Upheld" is an item's heading, where a line per cell
                        // parted each heading from its outcome. A row with a longer cell keeps a line per paragraph.
                        var row = rows.Pop();
                        if (row.OneLineCells) text.JoinLinesFrom(row.FirstLine);
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (inText > 0 && !hiddenRun) text.Append(xml.Value);
                    break;
            }
        }
        return sawBody ? (text.ToString(), null) : (null, "the .docx file has no document body");
    }

    /// <summary>A Word attribute of the element, in either namespace Word writes (transitional or strict).</summary>
    private static string? Attribute(XmlReader xml, string name) => xml.GetAttribute(name, Word) ?? xml.GetAttribute(name, StrictWord);

    private static string? Val(XmlReader xml) => Attribute(xml, "val");

    /// <summary>Whether a toggle property says w:val="0", "false" or "off" (a bare toggle, or any other value, is on).</summary>
    private static bool IsSwitchedOff(XmlReader xml) => Val(xml) is "0" or "false" or "off";

    /// <summary>
    /// The text being read, a line at a time. Where each line ends is kept, so a table row's lines are joined without
    /// reading the text again (a letter inside nested one-cell tables, a common border, was read again per table: minutes
    /// for a 23 KB file); whether the open line shows anything is kept for the same reason.
    /// </summary>
    private sealed class DocxLines
    {
        private readonly StringBuilder _text = new();
        private readonly List<int> _lineEnds = new();
        private int _lineStart;
        private bool _lineShowsText;

        /// <summary>How many lines have ended so far.</summary>
        public int LinesEnded => _lineEnds.Count;

        /// <summary>The length of the text so far.</summary>
        public int Length => _text.Length;

        /// <summary>The text from <paramref name="from"/> to the end of line <paramref name="line"/> (counted from 0), open or ended.</summary>
        public string LineFrom(int from, int line)
            => _text.ToString(from, (line < _lineEnds.Count ? _lineEnds[line] : _text.Length) - from);

        /// <summary>Takes characters out of line <paramref name="line"/>, the ends of it and the lines after it moving back.</summary>
        public void Remove(int at, int count, int line)
        {
            _text.Remove(at, count);
            for (var k = line; k < _lineEnds.Count; k++) _lineEnds[k] -= count;
            if (_lineStart > at) _lineStart -= count;
        }

        public void Append(string value)
        {
            _text.Append(value);
            _lineShowsText |= !string.IsNullOrWhiteSpace(value);
        }

        public void Append(char c)
        {
            _text.Append(c);
            _lineShowsText |= !char.IsWhiteSpace(c);
        }

        /// <summary>A paragraph opens: its line starts here (the text of an enclosing paragraph, in a text box's, stays before it).</summary>
        public void StartLine()
        {
            _lineStart = _text.Length;
            _lineShowsText = false;
        }

        /// <summary>Ends the open line; one that shows nothing is not a line, as an empty paragraph is not.</summary>
        public void EndLine()
        {
            if (!_lineShowsText) _text.Length = _lineStart;
            else
            {
                _text.Append('\n');
                _lineEnds.Add(_text.Length - 1);
            }
            StartLine();
        }

        /// <summary>Joins the lines ended from line <paramref name="first"/> on into one, a tab apart (the last keeps its end).</summary>
        public void JoinLinesFrom(int first)
        {
            var joined = _lineEnds.Count - 1 - first;
            if (joined <= 0) return;
            for (var k = first; k < first + joined; k++) _text[_lineEnds[k]] = '\t';
            _lineEnds.RemoveRange(first, joined);
        }

        public override string ToString() => _text.ToString();
    }

    /// <summary>Skips an element and everything in it without recursion (XmlReader.Skip would build nothing either, but counts nothing).</summary>
    private static void SkipElement(XmlReader xml)
    {
        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)) { }
    }

    /// <summary>The main document part, as the package's relationships name it (word/document.xml by convention).</summary>
    private static string MainPartName(ZipArchive zip, Limits limits)
        => RelationshipTarget(Relationships(zip, "_rels/.rels", limits), "/officeDocument")?.TrimStart('/') ?? "word/document.xml";

    /// <summary>The relationships a .rels part lists, each its type and target; none when there is no such part.</summary>
    private static List<(string Type, string Target)> Relationships(ZipArchive zip, string relsPart, Limits limits)
    {
        var relationships = new List<(string, string)>();
        var rels = FindEntry(zip, relsPart);
        if (rels is null) return relationships;
        using var stream = new LimitedStream(rels.Open(), Math.Min(limits.MaxPartBytes, 1024 * 1024));
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (xml.Read())
        {
            if (xml.Depth > limits.MaxDepth) throw new LimitReached($"the .docx relationships nest XML more than {limits.MaxDepth} deep; they are not read");
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && xml.GetAttribute("Type") is { } type && xml.GetAttribute("Target") is { Length: > 0 } target)
                relationships.Add((type, target));
        }
        return relationships;
    }

    /// <summary>The target of the first relationship whose type ends in <paramref name="type"/> ("/styles"), or null.</summary>
    private static string? RelationshipTarget(List<(string Type, string Target)> relationships, string type)
    {
        foreach (var (kind, target) in relationships)
            if (kind.EndsWith(type, StringComparison.Ordinal)) return target;
        return null;
    }

    private static ZipArchiveEntry? FindEntry(ZipArchive zip, string name)
        => zip.GetEntry(name) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The entry count the zip's end record declares, read before the archive is opened (opening it builds an object
    /// per entry). Null when there is no end record; the zip reader then reports the damage itself.
    /// </summary>
    private static int? EntryCount(byte[] bytes)
    {
        for (var i = bytes.Length - 22; i >= Math.Max(0, bytes.Length - 22 - 65535); i--)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x05 && bytes[i + 3] == 0x06)
                return bytes[i + 10] | (bytes[i + 11] << 8);
        }
        return null;
    }

    /// <summary>A read-only view of a stream that refuses to give more than a limit of bytes: decompression stops there.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, (int)Math.Min(count, limit - _read + 1));
            _read += read;
            if (_read > limit) throw new LimitReached($"a part of the .docx file expands to more than {limit / (1024 * 1024)} MB; it is not read");
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
