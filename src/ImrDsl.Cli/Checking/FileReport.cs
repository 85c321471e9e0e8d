using ImrDsl.Diagnostics;
using ImrDsl.Text;

namespace ImrDsl.Cli.Checking;

/// <summary>What checking one file found, with the text the findings point into (null when unreadable).</summary>
public sealed record FileReport(string Path, IReadOnlyList<Diagnostic> Findings, SourceFile? Source);
