using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ImrDsl.Domain.Letters;

public static partial class DocxText
{
    /// <summary>
    /// Word's automatic numbering: the numbers a draft's numbered paragraphs show and their text does not hold ("1)"
    /// before each of a 2013 letter's decisions, "2." before its second issue). Read from the numbering part (its lists,
    /// each a format per level) and the styles part (a style such as "List Number" numbers its paragraphs), and counted
    /// as Word counts: a list goes on from paragraph to paragraph, a level restarts under a new number at a level above
    /// it, and a list that sets its own start begins again.
    /// </summary>
    internal sealed class Numbering
    {
        /// <summary>A level of a list: its first number, its format ("decimal", "lowerLetter", ...) and its text ("%1.").</summary>
        private sealed record Level(int Start, string Format, string Text);

        /// <summary>The most levels a list has (ilvl 0 to 8).</summary>
        private const int Levels = 9;

        private readonly Dictionary<string, Level?[]> _abstracts = new(StringComparer.Ordinal);
        /// <summary>Each list's definition, and the starts it sets itself (null where it sets none).</summary>
        private readonly Dictionary<string, (string Abstract, int?[]? Starts)> _lists = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string? NumId, int? Level, string? BasedOn)> _styles = new(StringComparer.Ordinal);
        /// <summary>The count at each level, per run of numbers: lists that share a definition share it unless they set their own start.</summary>
        private readonly Dictionary<string, int?[]> _counts = new(StringComparer.Ordinal);

        /// <summary>The numbering of the document whose main part is <paramref name="mainPart"/>, or null when it numbers nothing.</summary>
        public static Numbering? Read(ZipArchive zip, string mainPart, Limits limits)
        {
            // The parts the main part's relationships name, or the conventional ones beside it.
            var folder = mainPart.Contains('/') ? mainPart[..(mainPart.LastIndexOf('/') + 1)] : string.Empty;
            var relationships = Relationships(zip, folder + "_rels/" + mainPart[folder.Length..] + ".rels", limits);
            ZipArchiveEntry? Part(string type, string conventional)
            {
                var target = RelationshipTarget(relationships, type) ?? conventional;
                return FindEntry(zip, target.StartsWith('/') ? target.TrimStart('/') : folder + target);
            }
            if (Part("/numbering", "numbering.xml") is not { } numbering) return null;
            var result = new Numbering();
            result.ReadLists(numbering, limits);
            if (result._lists.Count == 0) return null;
            if (Part("/styles", "styles.xml") is { } styles) result.ReadStyles(styles, limits);
            return result;
        }

        /// <summary>
        /// What a paragraph with these numbering properties shows before its text ("1) ", "• "), counted on; empty when it
        /// is not numbered or numbered in letters or numerals. <paramref name="numId"/> and <paramref name="level"/> are its own (w:numPr), else its style's.
        /// </summary>
        public string Label(string? numId, int? level, string? style)
        {
            if (numId is null && style is not null) (numId, level) = OfStyle(style, level);
            // numId 0 takes a style's numbering away.
            if (numId is null or "0" || !_lists.TryGetValue(numId, out var list) || !_abstracts.TryGetValue(list.Abstract, out var levels)) return string.Empty;
            var at = Math.Clamp(level ?? 0, 0, Levels - 1);
            if (levels[at] is not { } format) return string.Empty;
            var key = list.Starts is null ? "a" + list.Abstract : "n" + numId;
            if (!_counts.TryGetValue(key, out var counts)) _counts[key] = counts = new int?[Levels];
            int StartOf(int l) => list.Starts?[l] ?? levels[l]?.Start ?? 1;
            counts[at] = counts[at] is { } n ? n + 1 : StartOf(at);
            for (var deeper = at + 1; deeper < Levels; deeper++) counts[deeper] = null;
            // Only numbers and bullets are shown: the 2013 letters' decisions and issues are known by their numbers, while a
            // letter or numeral before a heading or an item ("II. CLINICAL CASE SUMMARY", "A. Norco 10/325mg #90: Upheld")
            // would hide what the reader knows it by; such a list was read without its markers before, and still is.
            if (format.Format is not ("decimal" or "decimalZero" or "bullet")) return string.Empty;
            var label = new StringBuilder();
            for (var i = 0; i < format.Text.Length; i++)
            {
                // "%1" is level 1's number (ilvl 0), in that level's format.
                if (format.Text[i] == '%' && i + 1 < format.Text.Length && format.Text[i + 1] is >= '1' and <= '9')
                {
                    var of = format.Text[++i] - '1';
                    label.Append(Formatted(counts[of] ?? StartOf(of), levels[of]?.Format ?? "decimal"));
                }
                else label.Append(format.Text[i]);
            }
            return label.Length == 0 ? string.Empty : label.Append(' ').ToString();
        }

        /// <summary>A style's numbering, from the style or the styles it is based on; a paragraph's own level wins.</summary>
        private (string? NumId, int? Level) OfStyle(string style, int? level)
        {
            for (var hops = 0; hops < 16 && _styles.TryGetValue(style, out var numbered); hops++)
            {
                if (numbered.NumId is not null) return (numbered.NumId, level ?? numbered.Level);
                if (numbered.BasedOn is not { } basedOn) break;
                style = basedOn;
            }
            return (null, null);
        }

        internal static string Formatted(int number, string format) => format switch
        {
            "lowerLetter" => Letters(number, 'a'),
            "upperLetter" => Letters(number, 'A'),
            "lowerRoman" => Roman(number).ToLowerInvariant(),
            "upperRoman" => Roman(number),
            "decimalZero" => number.ToString("00", CultureInfo.InvariantCulture),
            "none" or "bullet" => string.Empty,
            _ => number.ToString(CultureInfo.InvariantCulture),
        };

        /// <summary>Word's letters: a to z, then aa to zz, and so on.</summary>
        private static string Letters(int number, char a)
            => number < 1 ? number.ToString(CultureInfo.InvariantCulture) : new string((char)(a + (number - 1) % 26), (number - 1) / 26 + 1);

        private static string Roman(int number)
        {
            if (number is < 1 or > 3999) return number.ToString(CultureInfo.InvariantCulture);
            var roman = new StringBuilder();
            foreach (var (value, letters) in RomanNumerals)
                for (; number >= value; number -= value) roman.Append(letters);
            return roman.ToString();
        }

        private static readonly (int, string)[] RomanNumerals =
            { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };

        private void ReadLists(ZipArchiveEntry part, Limits limits)
        {
            string? abstractId = null, listId = null;
            var level = -1;
            Level?[]? levels = null;
            int?[]? starts = null;
            var (start, format, text) = (1, "decimal", string.Empty);
            foreach (var (xml, parent) in Elements(part, limits))
            {
                var val = Val(xml);
                switch (xml.LocalName)
                {
                    case "abstractNum":
                        abstractId = Attribute(xml, "abstractNumId");
                        listId = null;
                        if (abstractId is not null) _abstracts[abstractId] = levels = new Level?[Levels];
                        break;
                    case "num":
                        listId = Attribute(xml, "numId");
                        abstractId = null;
                        starts = null;
                        break;
                    case "abstractNumId" when parent == "num" && listId is not null && val is not null:
                        _lists[listId] = (val, null);
                        break;
                    case "lvlOverride":
                        level = LevelOf(Attribute(xml, "ilvl"));
                        break;
                    case "startOverride" when listId is not null && level >= 0 && _lists.TryGetValue(listId, out var list):
                        starts ??= new int?[Levels];
                        starts[level] = Number(val) ?? 1;
                        _lists[listId] = list with { Starts = starts };
                        break;
                    case "lvl" when parent == "abstractNum" && levels is not null:
                        level = LevelOf(Attribute(xml, "ilvl"));
                        (start, format, text) = (1, "decimal", string.Empty);
                        if (level >= 0) levels[level] = new Level(start, format, text);
                        break;
                    case "start" when parent == "lvl" && levels is not null && level >= 0:
                        levels[level] = levels[level]! with { Start = Number(val) ?? 1 };
                        break;
                    case "numFmt" when parent == "lvl" && levels is not null && level >= 0 && val is not null:
                        levels[level] = levels[level]! with { Format = val };
                        break;
                    case "lvlText" when parent == "lvl" && levels is not null && level >= 0 && val is not null:
                        levels[level] = levels[level]! with { Text = val };
                        break;
                }
            }
        }

        private void ReadStyles(ZipArchiveEntry part, Limits limits)
        {
            string? style = null;
            foreach (var (xml, parent) in Elements(part, limits))
            {
                var val = Val(xml);
                switch (xml.LocalName)
                {
                    case "style":
                        style = Attribute(xml, "type") is null or "paragraph" ? Attribute(xml, "styleId") : null;
                        if (style is not null) _styles[style] = (null, null, null);
                        break;
                    case "basedOn" when style is not null && val is not null:
                        _styles[style] = _styles[style] with { BasedOn = val };
                        break;
                    case "numId" when parent == "numPr" && style is not null && val is not null:
                        _styles[style] = _styles[style] with { NumId = val };
                        break;
                    case "ilvl" when parent == "numPr" && style is not null:
                        _styles[style] = _styles[style] with { Level = LevelOf(val) is var l and >= 0 ? l : null };
                        break;
                }
            }
        }

        /// <summary>The elements of a part in the Word namespace, each with its parent's local name, under the reader's limits.</summary>
        private static IEnumerable<(XmlReader Xml, string Parent)> Elements(ZipArchiveEntry part, Limits limits)
        {
            using var stream = new LimitedStream(part.Open(), limits.MaxPartBytes);
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
            var parents = new List<string>();
            long elements = 0;
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.EndElement)
                {
                    parents.RemoveAt(parents.Count - 1);
                    continue;
                }
                if (xml.NodeType != XmlNodeType.Element) continue;
                if (++elements > limits.MaxElements) throw new LimitReached($"the .docx numbering or styles have more than {limits.MaxElements:N0} XML elements; they are not read");
                if (xml.Depth >= limits.MaxDepth) throw new LimitReached($"the .docx numbering or styles nest XML more than {limits.MaxDepth} deep; they are not read");
                var isWord = xml.NamespaceURI is Word or StrictWord;
                if (isWord) yield return (xml, parents.Count > 0 ? parents[^1] : string.Empty);
                if (!xml.IsEmptyElement) parents.Add(isWord ? xml.LocalName : string.Empty);
            }
        }

        private static int? Number(string? value)
            => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 32767 ? n : null;

        /// <summary>A list level (w:ilvl) from 0 to 8, or -1.</summary>
        internal static int LevelOf(string? value) => Number(value) is { } n && n < Levels ? n : -1;
    }
}
