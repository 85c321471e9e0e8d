using System.Reflection;
using ImrDsl.Parsing;
using ImrDsl.Syntax;

namespace ImrDsl.Domain;

/// <summary>The .imr files of grammar/std, embedded in this assembly, parsed and compiled once.</summary>
public static class StandardLibrary
{
    private static readonly Lazy<IReadOnlyList<ImrFileSyntax>> LazyFiles = new(LoadFiles);

    /// <summary>
    /// The parsed std files, named `std/&lt;file&gt;.imr`: the declarations case files are checked against.
    /// (The rules' documentation and the catalogues are generated code: Imr.Std.Rules, Imr.Std.Guidelines.)
    /// </summary>
    public static IReadOnlyList<ImrFileSyntax> Files => LazyFiles.Value;

    private static IReadOnlyList<ImrFileSyntax> LoadFiles()
    {
        var assembly = typeof(StandardLibrary).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("std/", StringComparison.Ordinal) && n.EndsWith(".imr", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => ImrParser.Parse(n, Read(assembly, n)))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
