namespace ImrDsl.Generators.Tests;

/// <summary>A real `dotnet build` of a consumer project that loads the generator as an analyzer.</summary>
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
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{Repo.PathOf("src", "ImrDsl", "ImrDsl.csproj")}" />
                    <ProjectReference Include="{Repo.PathOf("generators", "ImrDsl.Generators", "ImrDsl.Generators.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(typeof(Shop.Order).Name);\n");
            File.WriteAllText(Path.Combine(folder, "shop.imr"), "namespace Shop\n\nrecord Order {\n  id: text\n  when: dat\n}\n");

            var (exit, output) = DotNet.Run(folder, $"build -c {configuration} -nologo -v:q");
            Assert.NotEqual(0, exit);
            Assert.Contains("shop.imr(5,9): error IMR201: unknown type 'dat'; did you mean 'date'?", output);

            File.WriteAllText(Path.Combine(folder, "shop.imr"), "namespace Shop\n\nrecord Order {\n  id: text\n  when: date\n}\n");
            var (fixedExit, fixedOutput) = DotNet.Run(folder, $"build -c {configuration} -nologo -v:q");
            Assert.True(fixedExit == 0, fixedOutput);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
