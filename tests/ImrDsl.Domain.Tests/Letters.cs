using ImrDsl.Domain.Letters;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

/// <summary>Where the letters are, and reading them the way the tools do (bytes, then decode, then read).</summary>
internal static class Letters
{
    public static string Root => ImrDsl.TestSupport.RepositoryRoot.Path;

    public static string Example(string name) => Path.Combine(Root, "examples", "letters", name);

    public static IEnumerable<string> ExampleFiles
        => Directory.GetFiles(Path.Combine(Root, "examples", "letters")).Where(p => p.EndsWith(".txt") || p.EndsWith(".md") || p.EndsWith(".docx")).OrderBy(p => p, StringComparer.Ordinal);

    public static SourceFile Decode(string path, byte[] bytes)
        => LetterSource.Decode(path, bytes, 64L * 1024 * 1024).File ?? throw new InvalidOperationException(path + " did not decode");

    public static (Determination Model, SourceFile File) Read(string path) => Read(path, File.ReadAllBytes(path));

    public static (Determination Model, SourceFile File) Read(string path, byte[] bytes)
    {
        var file = Decode(Path.GetFileName(path), bytes);
        return (LetterReader.Standard.Read(file), file);
    }

    /// <summary>The text a span covers, for asserting that spans point at the right words.</summary>
    public static string At(SourceFile file, ImrDsl.Runtime.SourceSpan span)
    {
        var start = file.Lines.LineStart(span.Line - 1) + span.Column - 1;
        var end = file.Lines.LineStart(span.EndLine - 1) + span.EndColumn - 1;
        return file.Text.Substring(start, end - start);
    }
}
