using ImrDsl.Diagnostics;
using ImrDsl.Runtime;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Cli.Checking;

/// <summary>What checking one file found, with the text the findings point into (null when unreadable).</summary>
public sealed record FileReport(string Path, IReadOnlyList<Diagnostic> Findings, SourceFile? Source)
{
    /// <summary>
    /// The letter as the rules saw it, kept only when a report shows it (the HTML report's tables), so a large
    /// run in the other formats does not hold every typed letter in memory.
    /// </summary>
    public TypedLetter? Letter { get; init; }
}

/// <summary>A letter's typed model and the catalogues its citations were checked against.</summary>
public sealed record TypedLetter(Determination Determination, CatalogueSet Catalogues);
