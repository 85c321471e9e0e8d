using ImrDsl.Domain.Letters;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Cli.Checking;

/// <summary>Reads a letter into the typed model and runs the generated rules on it.</summary>
public static class LetterChecker
{
    public static FileReport Check(SourceFile file, CheckContext context)
    {
        var determination = context.Reader.Read(file);
        var findings = ImrValidation.Validate(determination, context.Validation).Select(f => Findings.ToDiagnostic(file, f, ownLineOnly: true));
        return new FileReport(file.Path, Findings.Sorted(findings), file);
    }
}
