using ImrDsl.Domain;
using ImrDsl.Text;

namespace ImrDsl.Cli.Checking;

/// <summary>Checks an .imr file (declarations or case documents) against the standard library and the config's declarations.</summary>
public static class ImrFileChecker
{
    /// <summary>A `use`d file: null if missing; refused (an IOException) if not a regular file or too large.</summary>
    private static string? ReadUsed(string path)
        => Input.SafeFile.Stat(path).Kind == Input.FileKind.Missing ? null : Input.SafeFile.ReadText(path, Commands.CheckCommand.MaxImrBytes);

    public static FileReport Check(SourceFile file, CheckContext context)
        => new(file.Path, Findings.Sorted(CaseValidation.CheckFile(file, context.Library, context.Validation, ReadUsed)), file);
}
