using ImrDsl.Diagnostics;
using ImrDsl.Domain.Letters;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Cli.Checking;

/// <summary>Reads a letter into the typed model and runs the generated rules on it.</summary>
public static class LetterChecker
{
    /// <param name="keepLetter">Attach the typed letter to the report, for reports that show it.</param>
    public static FileReport Check(SourceFile file, CheckContext context, bool keepLetter = false)
    {
        var determination = context.Reader.Read(file);
        // Most letters have no finding, or one: a plain loop into a list made on the first finding, so they cost no
        // LINQ chain, no sort and no empty list (the generated validation returns an empty array for none).
        List<Diagnostic>? findings = null;
        AddForLetter(file, ImrValidation.Validate(determination, context.Validation), ref findings);
        if (context.House is { } house) AddForLetter(file, house.CheckLetter(determination, context.Validation), ref findings);
        return new FileReport(file.Path, findings is null ? Array.Empty<Diagnostic>() : Findings.Sorted(findings), file)
        {
            Letter = keepLetter ? new TypedLetter(determination, context.Validation.Catalogues) : null,
        };
    }

    private static void AddForLetter(SourceFile file, IEnumerable<Diagnostic> found, ref List<Diagnostic>? findings)
    {
        // Indexed when the findings come as a list (they do from the generated and the house validation): a foreach over
        // the interface would allocate an enumerator.
        if (found is IReadOnlyList<Diagnostic> list)
        {
            for (var i = 0; i < list.Count; i++) (findings ??= new List<Diagnostic>(list.Count)).Add(Findings.ForLetter(file, list[i]));
            return;
        }
        foreach (var finding in found) (findings ??= new List<Diagnostic>()).Add(Findings.ForLetter(file, finding));
    }
}
