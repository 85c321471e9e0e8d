using ImrDsl.Runtime;
using ImrDsl.Syntax;
using Imr.Std;

namespace ImrDsl.Domain;

/// <summary>Binds the case documents of a checked .imr file to typed Determinations and runs the generated rules on them.</summary>
public static class CaseValidation
{
    public static IReadOnlyList<Finding> Validate(ImrFileSyntax file, ValidationContext? context = null)
        => Determination.ReadDocuments(file).SelectMany(d => ImrValidation.Validate(d, context ?? Guidelines.Context)).ToList();
}
