using ImrDsl.Diagnostics;
using ImrDsl.Domain;
using ImrDsl.Semantics;
using ImrDsl.Text;

namespace ImrDsl.Cli.Checking;

/// <summary>Checks an .imr file (declarations or case documents) against the standard library.</summary>
public static class ImrFileChecker
{
    public static FileReport Check(SourceFile file)
    {
        var compilation = ImrCompilation.FromDisk(new[] { file }, StandardLibrary.Files);
        // Diagnostics in files it uses are reported when those files are checked themselves.
        var own = compilation.Diagnostics.Where(d => d.Path == file.Path).ToList();
        return new FileReport(file.Path, own, file);
    }
}
