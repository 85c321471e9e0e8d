using System.Text.Json;

namespace ImrDsl.Generators.Tests;

/// <summary>
/// Which .imr files the generator compiles, as the package's props and targets decide it (evaluated by MSBuild, no
/// build): declarations under imr/ and those named by ImrDeclarations items, each once, plus the standard library;
/// never any other .imr file, wherever it lies.
/// </summary>
public class DeclarationSelectionTests
{
    private static readonly string[] Files = { "imr/clinic.imr", "imr/rules/house.imr", "cases/case-1.imr", "loose.imr", "model/payer.imr" };
    private static readonly string[] Std = Directory.GetFiles(Repo.PathOf("grammar", "std"), "*.imr").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "the imr/ folder, at any depth", "", new[] { "imr/clinic.imr", "imr/rules/house.imr" } },
        { "an item adds a file elsewhere", "<ItemGroup><ImrDeclarations Include=\"model/payer.imr\" /></ItemGroup>", new[] { "imr/clinic.imr", "imr/rules/house.imr", "model/payer.imr" } },
        { "a file named twice is compiled once", "<ItemGroup><ImrDeclarations Include=\"imr/clinic.imr;./imr/clinic.imr\" /></ItemGroup>", new[] { "imr/clinic.imr", "imr/rules/house.imr" } },
        { "the convention turned off leaves the items", "<PropertyGroup><EnableDefaultImrDeclarations>false</EnableDefaultImrDeclarations></PropertyGroup><ItemGroup><ImrDeclarations Include=\"loose.imr\" /></ItemGroup>", new[] { "loose.imr" } },
        { "the convention turned off and no items: nothing", "<PropertyGroup><EnableDefaultImrDeclarations>false</EnableDefaultImrDeclarations></PropertyGroup>", Array.Empty<string>() },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_declarations_and_the_standard_library_are_compiled(string why, string projectLines, string[] expected)
    {
        using var project = new ScratchProject(projectLines);
        var (own, std) = project.AdditionalFiles();
        Assert.True(expected.SequenceEqual(own), $"{why}: compiled {string.Join(", ", own)}");
        Assert.Equal(Std, std);
    }

    [Fact]
    public void The_standard_library_can_be_left_out()
    {
        using var project = new ScratchProject("<PropertyGroup><ImrDslStandardLibrary>false</ImrDslStandardLibrary></PropertyGroup>");
        var (own, std) = project.AdditionalFiles();
        Assert.Equal(new[] { "imr/clinic.imr", "imr/rules/house.imr" }, own);
        Assert.Empty(std);
    }

    /// <summary>A project folder holding <see cref="Files"/>, importing the generator's props and targets from the repository.</summary>
    private sealed class ScratchProject : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("imr-selection-").FullName;
        private readonly string _std = Repo.PathOf("grammar", "std") + "/";

        public ScratchProject(string projectLines)
        {
            foreach (var file in Files)
            {
                var path = Path.Combine(_folder, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, "record Note {\n  text: text\n}\n");
            }
            File.WriteAllText(Path.Combine(_folder, "Scratch.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{Repo.PathOf("generators", "ImrDsl.Generators", "build", "ImrDsl.Generators.props")}" />
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImrDslStandardLibraryFolder>{_std}</ImrDslStandardLibraryFolder>
                  </PropertyGroup>
                  {projectLines}
                  <Import Project="{Repo.PathOf("generators", "ImrDsl.Generators", "build", "ImrDsl.Generators.targets")}" />
                </Project>
                """);
        }

        /// <summary>The project's own AdditionalFiles (relative, sorted) and the standard library's (file names, sorted).</summary>
        public (string[] Own, string[] Std) AdditionalFiles()
        {
            var (exit, output) = DotNet.Run(_folder, "msbuild Scratch.csproj -getItem:AdditionalFiles -nologo");
            Assert.True(exit == 0, output);
            var paths = JsonDocument.Parse(output).RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
                .Select(item => item.GetProperty("FullPath").GetString()!.Replace('\\', '/')).ToList();
            var own = paths.Where(p => p.StartsWith(_folder + "/", StringComparison.Ordinal)).Select(p => p[(_folder.Length + 1)..]).Order(StringComparer.Ordinal).ToArray();
            var std = paths.Where(p => p.StartsWith(_std, StringComparison.Ordinal)).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(paths.Count, own.Length + std.Length);
            return (own, std);
        }

        public void Dispose() => Directory.Delete(_folder, true);
    }
}

/// <summary>
/// The namespace generated types go into when ImrDslNamespace is not set: the project's own, wherever its files sort
/// against the standard library's (the package's copy lies in the NuGet cache, which may sort before or after them).
/// </summary>
public class DefaultNamespaceTests
{
    [Theory]
    [InlineData("/a/project/imr/clinic.imr")]
    [InlineData("/zz/project/imr/clinic.imr")]
    public void The_projects_own_namespace_wins_over_the_standard_librarys(string path)
    {
        var texts = GeneratorHarness.StdFiles().Append(new InMemoryText(path, "namespace Clinic.Model\n\nrecord ClinicReview {\n  items: DisputedItem*\n}\n"));
        var (_, output, diagnostics) = GeneratorHarness.Run(texts);
        Assert.Empty(diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.NotNull(output.GetTypeByMetadataName("Clinic.Model.ClinicReview"));
        Assert.NotNull(output.GetTypeByMetadataName("Clinic.Model.DisputedItem"));
    }

    [Fact]
    public void The_standard_library_alone_keeps_its_namespace()
    {
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.StdFiles());
        Assert.NotNull(output.GetTypeByMetadataName("Imr.Std.DisputedItem"));
    }
}
