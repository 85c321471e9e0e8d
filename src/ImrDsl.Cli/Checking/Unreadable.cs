using ImrDsl.Diagnostics;
using ImrDsl.Domain;

namespace ImrDsl.Cli.Checking;

/// <summary>IMR000: a file that cannot be read as a letter or case file. Reported, never thrown.</summary>
public static class Unreadable
{
    public static string RuleId => DiagnosticCatalog.Unreadable.Id;

    /// <summary>The severity declared for IMR000 in grammar/std/rules.imr (imr.json may still change it).</summary>
    public static Severity DefaultSeverity => DiagnosticCatalog.Unreadable.DefaultSeverity;

    public static FileReport Report(string path, string reason)
        => new(path, new[] { Diagnostic.ForFile(path, RuleId, DefaultSeverity, reason) }, null);

    /// <summary>The one-line form for commands that report on stderr (imr extract): path:1:1: severity ID: reason.</summary>
    public static string Line(string path, string reason, int line = 1, int column = 1) => $"{path}:{line}:{column}: {DefaultSeverity.ToText()} {RuleId}: {reason}";
}
