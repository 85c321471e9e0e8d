namespace ImrDsl.Diagnostics;

/// <summary>
/// An ID with its short name, default severity, title and documentation. The documentation is a
/// constructor argument, not an optional extra, so a new ID cannot be added without it.
/// </summary>
public sealed record DiagnosticDescriptor(string Id, string Name, Severity DefaultSeverity, string Title, DiagnosticDoc Doc);

/// <summary>
/// The documentation of one language diagnostic, in the same five parts a checker rule declares in
/// grammar/std/rules.imr: what `imr explain` prints and what SARIF carries as help.
/// <see cref="Failing"/> and <see cref="Passing"/> are whole .imr files: a test checks each as `imr check` would
/// and expects the failing one to report the ID and the passing one to report nothing.
/// </summary>
public sealed record DiagnosticDoc(string Summary, string Why, string Failing, string Passing, string Fix)
{
    /// <summary>
    /// Why the examples are described in words instead of being runnable .imr files (a size or depth
    /// limit, an internal failure); null when they are runnable, which is the rule.
    /// </summary>
    public string? ExamplesNotRunnable { get; init; }
}
