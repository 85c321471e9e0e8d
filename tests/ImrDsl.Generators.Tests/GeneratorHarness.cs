using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ImrDsl.Generators.Tests;

/// <summary>An .imr file handed to the generator as an additional file.</summary>
internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;
    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}

/// <summary>Runs the real generator in-process with the Roslyn driver, against reference assemblies for .NET 8.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation Compilation(params string[] sources)
        => CSharpCompilation.Create("Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(ImrDsl.Diagnostics.Diagnostic).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts)
        => CSharpGeneratorDriver.Create(new[] { new ImrGenerator().AsSourceGenerator() }, texts, ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static IReadOnlyList<AdditionalText> StdFiles()
        => Directory.GetFiles(Repo.PathOf("grammar", "std"), "*.imr").OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new InMemoryText(p.Replace('\\', '/'), File.ReadAllText(p))).ToList();

    public static (GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(IEnumerable<AdditionalText> texts, params string[] sources)
    {
        var driver = Driver(texts).RunGeneratorsAndUpdateCompilation(Compilation(sources), out var output, out var diagnostics);
        return (driver, output, diagnostics);
    }
}

internal static class Repo
{
    public static string Root => ImrDsl.TestSupport.RepositoryRoot.Path;
    public static string PathOf(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());
}
