using ImrDsl.Diagnostics;

namespace ImrDsl.Cli.Checking;

/// <summary>IMR000: a file that cannot be read as a letter or case file. Reported, never thrown.</summary>
public static class Unreadable
{
    public const string RuleId = "IMR000";

    public static FileReport Report(string path, string reason)
        => new(path, new[] { Diagnostic.ForFile(path, RuleId, Severity.Error, reason) }, null);
}
