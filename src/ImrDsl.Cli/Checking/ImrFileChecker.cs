using ImrDsl.Diagnostics;
using ImrDsl.Domain;
using ImrDsl.Parsing;
using ImrDsl.Semantics;
using ImrDsl.Text;

namespace ImrDsl.Cli.Checking;

/// <summary>Checks an .imr file (declarations or case documents) against the standard library.</summary>
public static class ImrFileChecker
{
    public static FileReport Check(SourceFile file)
    {
        var syntax = ImrParser.Parse(file);
        var compilation = ImrCompilation.Create(new[] { syntax }, StandardLibrary.Files);
        return new FileReport(file.Path, compilation.Diagnostics, file);
    }
}
