namespace ImrDsl.Generators.Tests;

/// <summary>A real `dotnet build` of a consumer project that loads the generator as an analyzer.</summary>
[Collection(RealDotNetBuilds.Name)]
public class RealBuildTests
{
    [Fact]
    public void A_broken_imr_file_fails_the_build_at_its_file_line_and_column()
    {
        var folder = Directory.CreateTempSubdirectory("imr-consumer-").FullName;
        try
        {
            var configuration = DotNet.Configuration;
            File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{Repo.PathOf("generators", "ImrDsl.Generators", "build", "ImrDsl.Generators.props")}" />
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <Configuration>{configuration}</Configuration>
                    <ImrDslStandardLibraryFolder>{Repo.PathOf("grammar", "std")}/</ImrDslStandardLibraryFolder>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{Repo.PathOf("src", "ImrDsl", "ImrDsl.csproj")}" />
                    <ProjectReference Include="{Repo.PathOf("generators", "ImrDsl.Generators", "ImrDsl.Generators.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                  </ItemGroup>
                  <Import Project="{Repo.PathOf("generators", "ImrDsl.Generators", "build", "ImrDsl.Generators.targets")}" />
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(typeof(Shop.Order).Name);\n");
            // Declarations live in imr/ by convention; the props and targets add the standard library from grammar/std.
            Directory.CreateDirectory(Path.Combine(folder, "imr"));
            File.WriteAllText(Path.Combine(folder, "imr", "shop.imr"), "namespace Shop\n\nrecord Order {\n  id: text\n  when: dat\n}\n");

            var (exit, output) = DotNet.Run(folder, $"build -c {configuration} -nologo -v:q");
            Assert.NotEqual(0, exit);
            Assert.Contains("imr/shop.imr(5,9): error IMR201: unknown type 'dat'; did you mean 'date'?", output);

            File.WriteAllText(Path.Combine(folder, "imr", "shop.imr"), "namespace Shop\n\nrecord Order {\n  id: text\n  when: date\n}\n");
            var (fixedExit, fixedOutput) = DotNet.Run(folder, $"build -c {configuration} -nologo -v:q");
            Assert.True(fixedExit == 0, fixedOutput);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
