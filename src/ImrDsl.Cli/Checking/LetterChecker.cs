using ImrDsl.Domain.Letters;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Cli.Checking;

/// <summary>Reads a letter into the typed model and runs the generated rules on it.</summary>
public static class LetterChecker
{
    public static FileReport Check(SourceFile file)
    {
        var determination = LetterReader.Standard.Read(file);
        var findings = ImrValidation.Validate(determination, Guidelines.Context).Select(f => Findings.ToDiagnostic(file, f));
        return new FileReport(file.Path, Findings.Sorted(findings), file);
    }
}
