using ImrDsl.Diagnostics;
using ImrDsl.Domain;
using ImrDsl.Semantics;
using ImrDsl.Text;

namespace ImrDsl.Cli.Checking;

/// <summary>Checks an .imr file (declarations or case documents) against the standard library.</summary>
public static class ImrFileChecker
{
    /// <summary>A `use`d file: null if missing; refused (an IOException) if not a regular file or too large.</summary>
    private static string? ReadUsed(string path)
        => Input.SafeFile.Stat(path).Kind == Input.FileKind.Missing ? null : Input.SafeFile.ReadText(path, Commands.CheckCommand.MaxImrBytes);

    public static FileReport Check(SourceFile file, CheckContext context)
    {
        var compilation = ImrCompilation.FromDisk(new[] { file }, context.Library, ReadUsed);
        // Diagnostics in files it uses are reported when those files are checked themselves.
        var own = compilation.Diagnostics.Where(d => d.Path == file.Path).ToList();
        // Rules run on case documents only once they are well formed: a broken document would bind half-empty.
        if (!own.Any(d => d.Severity == Severity.Error))
        {
            var syntax = compilation.Files.First(f => f.Source.Path == file.Path);
            own.AddRange(CaseValidation.Validate(syntax, context.Validation).Select(f => Findings.ToDiagnostic(file, f, ownLineOnly: false)));
        }
        return new FileReport(file.Path, Findings.Sorted(own), file);
    }
}
