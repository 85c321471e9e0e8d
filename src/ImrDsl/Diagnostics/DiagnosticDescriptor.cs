namespace ImrDsl.Diagnostics;

/// <summary>An ID with its short name and default severity.</summary>
public sealed record DiagnosticDescriptor(string Id, string Name, Severity DefaultSeverity, string Title);
