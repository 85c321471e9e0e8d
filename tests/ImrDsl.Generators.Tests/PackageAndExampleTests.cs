namespace ImrDsl.Generators.Tests;

/// <summary>The TypedCases example, built and run as a user would. (The packages are tested in <see cref="PackagingTests"/>.)</summary>
[Collection(RealDotNetBuilds.Name)]
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
}
