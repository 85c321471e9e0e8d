using ImrDsl.Diagnostics;

namespace ImrDsl.Cli.Checking;

/// <summary>The order findings are reported in: by position, then ID.</summary>
public static class Findings
{
    public static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
}
