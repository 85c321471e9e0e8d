using System.Text;

namespace ImrDsl.Cli.Checking;

/// <summary>
/// The one seam between the language server and the checker: a document's text at a path, checked exactly as
/// `imr check PATH` checks that file (same checkers, same nearest imr.json and rule levels, same IDs and spans).
/// </summary>
public static class DocumentCheck
{
    /// <summary>The findings for <paramref name="text"/> as if it were the content of <paramref name="fullPath"/>.</summary>
    public static FileReport Check(string fullPath, string text, CheckContext context)
    {
        // The editor's text goes through the same decoding as a file's bytes, so an empty letter is IMR000 here too.
        var report = CheckRun.CheckBytes(fullPath, Encoding.UTF8.GetBytes(text), context);
        return CheckRun.ApplyLevels(report, context, fullPath);
    }
}
