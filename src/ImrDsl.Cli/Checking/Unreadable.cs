using ImrDsl.Diagnostics;

namespace ImrDsl.Cli.Checking;

/// <summary>IMR000: a file that cannot be read as a letter or case file. Reported, never thrown.</summary>
public static class Unreadable
{
    public const string RuleId = "IMR000";

    public static FileReport Report(string path, string reason)
        => new(path, new[] { new Diagnostic(RuleId, Severity.Error, reason, path, 0, 0, 1, 1, 1, 1) }, null);

    public static string TooLarge(long length, long maxBytes)
        => $"the file is {length / (1024.0 * 1024.0):0.0} MB; letters over {maxBytes / (1024 * 1024)} MB are not read";

    /// <summary>Why these bytes are not text we can check, or null if they look fine.</summary>
    public static string? Problem(byte[] bytes, long maxBytes)
    {
        if (bytes.Length == 0) return "the file is empty";
        if (bytes.Length > maxBytes) return TooLarge(bytes.Length, maxBytes);
        var hasBom = bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF);
        if (!hasBom)
        {
            var sample = Math.Min(bytes.Length, 8192);
            for (var i = 0; i < sample; i++)
                if (bytes[i] == 0) return "the file is binary, not text (extract the letter's text first, e.g. with pdftotext)";
        }
        return null;
    }
}
