using ImrDsl.Diagnostics;
using ImrDsl.Text;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// Each language diagnostic's documented examples behave as documented when checked as `imr check` checks an
/// .imr file: the semantic pass, then the generated validators (which own the value constraints, IMR206/208/209).
/// The checker's rules (IMR000-IMR099) also run on these partial cases; they are not part of the examples' contract.
/// </summary>
public class DiagnosticDocExampleTests
{
    public static IEnumerable<object[]> Ids() => DiagnosticDescriptors.All.Select(d => new object[] { d.Id });

    private static DiagnosticDescriptor Descriptor(string id) => DiagnosticDescriptors.All.Single(d => d.Id == id);

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_failing_example_reports_the_id_and_the_passing_one_reports_nothing(string id)
    {
        var doc = Descriptor(id).Doc;
        if (doc.ExamplesNotRunnable is not null)
        {
            // Only limits and internal failures may describe their examples in words.
            Assert.Contains(id, new[] { DiagnosticDescriptors.NestingTooDeep.Id, DiagnosticDescriptors.FileTooLarge.Id, DiagnosticDescriptors.InternalError.Id });
            return;
        }
        var failing = Compile(doc.Failing);
        Assert.True(failing.Any(d => d.Id == id), $"{id}'s failing example reports [{string.Join("; ", failing)}]");
        var passing = Compile(doc.Passing);
        Assert.True(passing.Count == 0, $"{id}'s passing example reports [{string.Join("; ", passing)}]");
    }

    private static IReadOnlyList<Diagnostic> Compile(string text)
    {
        // A scratch folder, so a `use` in an example resolves against nothing but the example itself.
        var folder = Directory.CreateTempSubdirectory("imr-doc-example-").FullName;
        try
        {
            var file = new SourceFile(Path.Combine(folder, "example.imr"), text.Replace("\r\n", "\n") + "\n");
            return CaseValidation.CheckFile(file, StandardLibrary.Files).Where(d => !d.Id.StartsWith("IMR0", StringComparison.Ordinal)).ToList();
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
