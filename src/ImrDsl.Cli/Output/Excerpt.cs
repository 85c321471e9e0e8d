using System.Globalization;
using System.Text;

namespace ImrDsl.Cli;

/// <summary>
/// Text from outside (a letter, a file name, a config key) made safe to show: cut to a bounded length and with
/// control characters escaped, so a message can neither flood the report nor drive the terminal with escape
/// sequences or reorder what is shown with bidirectional controls.
/// </summary>
public static class Excerpt
{
    /// <summary>The longest message a finding may have.</summary>
    public const int MaxMessageLength = 400;

    /// <summary>The longest piece of a user's file or command line quoted in an error.</summary>
    public const int MaxQuoteLength = 80;

    public static string Of(string text, int maxLength = MaxQuoteLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }
            if (NeedsEscape(c)) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.ToString();
    }

    public static string Message(string message) => Of(message, MaxMessageLength);

    /// <summary>Whether text would be shown differently from what it is: control characters and bidirectional overrides.</summary>
    public static bool NeedsEscape(char c) => char.IsControl(c) || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069' or '\u200e' or '\u200f';

    public static bool IsClean(string text) => !text.Any(NeedsEscape);
}
