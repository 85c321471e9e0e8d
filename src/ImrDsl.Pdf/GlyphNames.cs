using System.Globalization;
using System.Text;

namespace ImrDsl.Pdf;

/// <summary>
/// Glyph names to Unicode (for /Differences and fonts without ToUnicode) and the standard single-byte
/// encodings. Covers the names Latin text uses: letters and digits, punctuation, ligatures, and accented
/// letters composed from a base letter and an accent name; "uniXXXX" and "uXXXX" names are decoded.
/// </summary>
internal static class GlyphNames
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["space"] = " ", ["nbspace"] = " ", ["exclam"] = "!", ["quotedbl"] = "\"", ["numbersign"] = "#", ["dollar"] = "$",
        ["percent"] = "%", ["ampersand"] = "&", ["quotesingle"] = "'", ["quoteright"] = "\u2019", ["parenleft"] = "(",
        ["parenright"] = ")", ["asterisk"] = "*", ["plus"] = "+", ["comma"] = ",", ["hyphen"] = "-", ["sfthyphen"] = "-",
        ["minus"] = "\u2212", ["period"] = ".", ["slash"] = "/", ["zero"] = "0", ["one"] = "1", ["two"] = "2", ["three"] = "3",
        ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7", ["eight"] = "8", ["nine"] = "9", ["colon"] = ":",
        ["semicolon"] = ";", ["less"] = "<", ["equal"] = "=", ["greater"] = ">", ["question"] = "?", ["at"] = "@",
        ["bracketleft"] = "[", ["backslash"] = "\\", ["bracketright"] = "]", ["asciicircum"] = "^", ["underscore"] = "_",
        ["grave"] = "`", ["quoteleft"] = "\u2018", ["braceleft"] = "{", ["bar"] = "|", ["braceright"] = "}", ["asciitilde"] = "~",
        ["exclamdown"] = "¡", ["cent"] = "¢", ["sterling"] = "£", ["currency"] = "¤", ["yen"] = "¥", ["brokenbar"] = "¦",
        ["section"] = "§", ["dieresis"] = "¨", ["copyright"] = "©", ["ordfeminine"] = "ª", ["guillemotleft"] = "«",
        ["logicalnot"] = "¬", ["registered"] = "®", ["macron"] = "¯", ["degree"] = "°", ["plusminus"] = "±",
        ["twosuperior"] = "²", ["threesuperior"] = "³", ["acute"] = "´", ["mu"] = "µ", ["paragraph"] = "¶",
        ["periodcentered"] = "·", ["cedilla"] = "¸", ["onesuperior"] = "¹", ["ordmasculine"] = "º", ["guillemotright"] = "»",
        ["onequarter"] = "¼", ["onehalf"] = "½", ["threequarters"] = "¾", ["questiondown"] = "¿", ["multiply"] = "×",
        ["divide"] = "÷", ["AE"] = "Æ", ["ae"] = "æ", ["Oslash"] = "Ø", ["oslash"] = "ø", ["germandbls"] = "ß", ["Eth"] = "Ð",
        ["eth"] = "ð", ["Thorn"] = "Þ", ["thorn"] = "þ", ["OE"] = "Œ", ["oe"] = "œ", ["dotlessi"] = "ı", ["Lslash"] = "Ł",
        ["lslash"] = "ł", ["endash"] = "\u2013", ["emdash"] = "\u2014", ["quotedblleft"] = "\u201C", ["quotedblright"] = "\u201D",
        ["quotesinglbase"] = "\u201A", ["quotedblbase"] = "\u201E", ["dagger"] = "\u2020", ["daggerdbl"] = "\u2021",
        ["bullet"] = "\u2022", ["ellipsis"] = "\u2026", ["perthousand"] = "\u2030", ["guilsinglleft"] = "\u2039",
        ["guilsinglright"] = "\u203A", ["trademark"] = "\u2122", ["Euro"] = "\u20AC", ["florin"] = "\u0192", ["fraction"] = "\u2044",
        ["circumflex"] = "\u02C6", ["tilde"] = "\u02DC", ["ring"] = "\u02DA", ["caron"] = "\u02C7", ["breve"] = "\u02D8",
        ["dotaccent"] = "\u02D9", ["hungarumlaut"] = "\u02DD", ["ogonek"] = "\u02DB",
        ["fi"] = "fi", ["fl"] = "fl", ["ff"] = "ff", ["ffi"] = "ffi", ["ffl"] = "ffl",
    };

    private static readonly Dictionary<string, char> Accents = new(StringComparer.Ordinal)
    {
        ["acute"] = '\u0301', ["grave"] = '\u0300', ["circumflex"] = '\u0302', ["dieresis"] = '\u0308', ["tilde"] = '\u0303',
        ["ring"] = '\u030A', ["cedilla"] = '\u0327', ["caron"] = '\u030C', ["macron"] = '\u0304', ["breve"] = '\u0306',
        ["ogonek"] = '\u0328', ["dotaccent"] = '\u0307', ["hungarumlaut"] = '\u030B',
    };

    /// <summary>The Unicode text of a glyph name, or null when the name means nothing known.</summary>
    public static string? ToUnicode(string name)
    {
        var dot = name.IndexOf('.');
        if (dot > 0) name = name[..dot]; // "a.sc", "one.oldstyle": the variant is the same character
        if (name.Length == 1 && char.IsAsciiLetter(name[0])) return name;
        if (Named.TryGetValue(name, out var text)) return text;
        if (name.Length >= 7 && name.StartsWith("uni", StringComparison.Ordinal) && (name.Length - 3) % 4 == 0)
        {
            var builder = new StringBuilder();
            for (var i = 3; i < name.Length; i += 4)
            {
                if (!int.TryParse(name.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var unit)) return null;
                builder.Append((char)unit);
            }
            return builder.ToString();
        }
        if (name.Length is >= 5 and <= 7 && name[0] == 'u' && int.TryParse(name.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var scalar)
            && scalar <= 0x10FFFF && scalar is < 0xD800 or > 0xDFFF)
            return char.ConvertFromUtf32(scalar);
        // Accented letters: "eacute" is e + acute, "Ccedilla" is C + cedilla.
        if (name.Length > 1 && char.IsAsciiLetter(name[0]) && Accents.TryGetValue(name[1..], out var accent))
            return (name[0] + accent.ToString()).Normalize(NormalizationForm.FormC);
        return null;
    }

    /// <summary>A base encoding by name: 256 entries, null where a code has no character.</summary>
    public static string?[] Encoding(string? name) => name switch
    {
        "WinAnsiEncoding" => WinAnsi,
        "MacRomanEncoding" => MacRoman,
        "StandardEncoding" => Standard,
        _ => Standard,
    };

    public static readonly string?[] WinAnsi = FromCodePage(1252);
    public static readonly string?[] MacRoman = FromCodePage(10000);

    /// <summary>Adobe StandardEncoding: ASCII with curly quotes at ' and `, and its own upper half (the common part).</summary>
    public static readonly string?[] Standard = BuildStandard();

    private static string?[] FromCodePage(int codePage)
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = System.Text.Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        var table = new string?[256];
        for (var code = 32; code < 256; code++)
        {
            var text = encoding.GetString(new[] { (byte)code });
            table[code] = text == "\uFFFD" ? null : text;
        }
        if (codePage == 1252) { table[0xA0] = " "; table[0xAD] = "-"; }
        return table;
    }

    private static string?[] BuildStandard()
    {
        var table = new string?[256];
        for (var code = 32; code < 127; code++) table[code] = ((char)code).ToString();
        table['\''] = "\u2019";
        table['`'] = "\u2018";
        var upper = new (int Code, string Name)[]
        {
            (0xA1, "exclamdown"), (0xA2, "cent"), (0xA3, "sterling"), (0xA4, "fraction"), (0xA5, "yen"), (0xA6, "florin"),
            (0xA7, "section"), (0xA8, "currency"), (0xA9, "quotesingle"), (0xAA, "quotedblleft"), (0xAB, "guillemotleft"),
            (0xAC, "guilsinglleft"), (0xAD, "guilsinglright"), (0xAE, "fi"), (0xAF, "fl"), (0xB1, "endash"), (0xB2, "dagger"),
            (0xB3, "daggerdbl"), (0xB4, "periodcentered"), (0xB6, "paragraph"), (0xB7, "bullet"), (0xB8, "quotesinglbase"),
            (0xB9, "quotedblbase"), (0xBA, "quotedblright"), (0xBB, "guillemotright"), (0xBC, "ellipsis"), (0xBD, "perthousand"),
            (0xBF, "questiondown"), (0xC1, "grave"), (0xC2, "acute"), (0xC3, "circumflex"), (0xC4, "tilde"), (0xC5, "macron"),
            (0xC6, "breve"), (0xC7, "dotaccent"), (0xC8, "dieresis"), (0xCA, "ring"), (0xCB, "cedilla"), (0xCD, "hungarumlaut"),
            (0xCE, "ogonek"), (0xCF, "caron"), (0xD0, "emdash"), (0xE1, "AE"), (0xE3, "ordfeminine"), (0xE8, "Lslash"),
            (0xE9, "Oslash"), (0xEA, "OE"), (0xEB, "ordmasculine"), (0xF1, "ae"), (0xF5, "dotlessi"), (0xF8, "lslash"),
            (0xF9, "oslash"), (0xFA, "oe"), (0xFB, "germandbls"),
        };
        foreach (var (code, name) in upper) table[code] = ToUnicode(name);
        return table;
    }
}
