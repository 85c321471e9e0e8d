namespace ImrDsl.Generators.Tests;

public class PackageAndExampleTests
{
    [Fact]
    public void TypedCases_builds_runs_and_reports_its_own_rule_and_the_standard_ones()
    {
        var (exit, output) = DotNet.Run(Repo.Root, $"run --project examples/TypedCases -c {DotNet.Configuration}");
        Assert.Equal(1, exit);
        Assert.Contains("Review AB123456 by Desk 4 (2 items)", output);
        Assert.Contains("  Norco 10/325mg #120: Overturned [Opioids, on-going management pages 78-80]", output);
        Assert.Contains("AB123456.imr:20:17: error PAY001: the rationale for 'Baclofen 10mg #60' still holds a placeholder", output);
        Assert.Contains("AB123456.imr:18:15: error IMR002: 'Muscle relaxants' is on pages 63-66", output);
        // The claim pattern declared in payer.imr is checked by the generated validator, as every constraint is.
        Assert.Contains("bad-claim.imr:2:8: error IMR208: \"bad-claim\" is not a valid claim", output);
    }

    /// <summary>The only test that catches packaging mistakes: pack, then build and run a consumer from a local feed.</summary>
    [Fact]
    public void A_consumer_restored_from_the_packed_packages_builds_and_runs()
    {
        var root = Directory.CreateTempSubdirectory("imr-package-").FullName;
        try
        {
            var feed = Path.Combine(root, "feed");
            foreach (var project in new[] { "src/ImrDsl/ImrDsl.csproj", "src/ImrDsl.Language/ImrDsl.Language.csproj", "generators/ImrDsl.Generators/ImrDsl.Generators.csproj" })
            {
                var (packExit, packOutput) = DotNet.Run(Repo.Root, $"pack {project} -c {DotNet.Configuration} -o \"{feed}\" -nologo");
                Assert.True(packExit == 0, packOutput);
            }

            var consumer = Directory.CreateDirectory(Path.Combine(root, "consumer")).FullName;
            File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ImrDsl.Generators" Version="0.1.0" />
                    <!-- Reading .imr case documents at run time needs the language; generated code alone needs only ImrDsl. -->
                    <PackageReference Include="ImrDsl.Language" Version="0.1.0" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(consumer, "shop.imr"), """
                namespace Shop

                enum Verdict {
                  yes "Approved"
                  no "Denied"
                }

                record Order as order {
                  id: text label required
                  verdict: Verdict
                  note: text
                }

                rule SHOP001 order-needs-note {
                  applies-to = Order
                  at = id
                  require = non-empty(note)
                  message = "order {id} has no note"
                  summary = "Orders need a note."
                }
                """);
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
                using Shop;

                var file = ImrDsl.Parsing.ImrParser.Parse("orders.imr", "order \"A1\" {\n  verdict = yes\n}\n");
                foreach (var order in Order.ReadDocuments(ImrDsl.Binding.BlockReader.Documents(file)))
                {
                    System.Console.WriteLine($"{order.Id} {order.Verdict?.Display()}");
                    foreach (var finding in ImrValidation.Validate(order, Guidelines.Context))
                        System.Console.WriteLine(finding);
                }
                """);

            // A private package folder: a stale ImrDsl 0.1.0 in the user's cache must not stand in for the one just packed.
            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") };
            var (exit, output) = DotNet.Run(consumer, "run -nologo", environment);
            Assert.True(exit == 0, output);
            Assert.Contains("A1 Approved", output);
            Assert.Contains("orders.imr:1:7: error SHOP001: order A1 has no note", output);
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }
}
