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
        var findings = ImrValidation.Validate(determination, context.Validation);
        if (context.House is { } house) findings = findings.Concat(house.CheckLetter(determination, context.Validation));
        findings = findings.Select(f => Findings.ForLetter(file, f));
        return new FileReport(file.Path, Findings.Sorted(findings), file)
        {
            Letter = keepLetter ? new TypedLetter(determination, context.Validation.Catalogues) : null,
        };
    }
}
