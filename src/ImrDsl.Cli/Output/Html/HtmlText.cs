using System.Globalization;
using System.Text;

namespace ImrDsl.Cli.Output.Html;

/// <summary>
/// Writes untrusted text (letters, paths, messages) into HTML. Markup characters become entities; characters
/// that would be invisible or reorder what is shown (controls, bidirectional overrides, lone surrogates) become
/// visible stand-ins, so staff see what is really in the letter and nothing in it can act as markup.
/// </summary>
public static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text, 0, text.Length);
        return builder.ToString();
    }

    /// <summary>Appends text[start..end) encoded; the same rules serve element content and quoted attributes.</summary>
    public static void Append(StringBuilder builder, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\t': builder.Append(c); break;
                case '\r' or '\n': builder.Append(' '); break; // callers split lines themselves
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c)) builder.Append('\uFFFD');
                    else if (c < 0x20) builder.Append((char)(0x2400 + c)); // the Control Pictures block: ␀, ␛...
                    else if (c == 0x7F) builder.Append('\u2421');
                    else if (IsHiddenFormatting(c)) builder.Append("[U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
                    else builder.Append(c);
                    break;
            }
        }
    }

    /// <summary>C1 controls and the bidirectional embedding, override and isolate characters.</summary>
    private static bool IsHiddenFormatting(char c)
        => c is >= '\u0080' and <= '\u009F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
