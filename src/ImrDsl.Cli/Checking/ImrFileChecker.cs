using ImrDsl.Domain;
using ImrDsl.Text;

namespace ImrDsl.Cli.Checking;

/// <summary>Checks an .imr file (declarations or case documents) against the standard library and the config's declarations.</summary>
public static class ImrFileChecker
{
    public static FileReport Check(SourceFile file, CheckContext context)
        => new(file.Path, Findings.Sorted(CaseValidation.CheckFile(file, context.Library, context.Validation)), file);
}
