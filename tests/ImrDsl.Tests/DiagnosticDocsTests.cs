using ImrDsl.Diagnostics;
using ImrDsl.Parsing;
using ImrDsl.Semantics;
using ImrDsl.Syntax;
using ImrDsl.Text;

namespace ImrDsl.Tests;

/// <summary>
/// The documentation of every language diagnostic is complete, and its examples tell the truth: the failing
/// .imr file really reports that ID through the real parser and semantic pass, and the passing one reports nothing.
/// </summary>
public class DiagnosticDocsTests
{
    private static readonly IReadOnlyList<ImrFileSyntax> Std = Repo.StdFiles.Select(p => ImrParser.Parse(p, File.ReadAllText(p))).ToList();

    public static IEnumerable<object[]> Ids() => DiagnosticDescriptors.All.Select(d => new object[] { d.Id });

    private static DiagnosticDescriptor Descriptor(string id) => DiagnosticDescriptors.All.Single(d => d.Id == id);

    [Fact]
    public void Ids_and_names_are_unique_and_the_hundreds_digit_says_the_kind()
    {
        Assert.Equal(DiagnosticDescriptors.All.Count, DiagnosticDescriptors.All.Select(d => d.Id).Distinct().Count());
        Assert.Equal(DiagnosticDescriptors.All.Count, DiagnosticDescriptors.All.Select(d => d.Name).Distinct().Count());
        foreach (var d in DiagnosticDescriptors.All)
        {
            Assert.Matches("^IMR[129][0-9]{2}$", d.Id);
            Assert.Matches("^[a-z]+(-[a-z]+)*$", d.Name);
        }
    }

    [Fact]
    public void Every_public_descriptor_field_is_listed_in_All()
    {
        var fields = typeof(DiagnosticDescriptors).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();
        Assert.NotEmpty(fields);
        Assert.Equal(fields.Select(d => d.Id).OrderBy(i => i), DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(i => i));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Documentation_is_complete(string id)
    {
        var doc = Descriptor(id).Doc;
        foreach (var (part, text) in new[] { ("summary", doc.Summary), ("why", doc.Why), ("failing", doc.Failing), ("passing", doc.Passing), ("fix", doc.Fix) })
            Assert.False(string.IsNullOrWhiteSpace(text), $"{id} has no {part}");
        Assert.NotEqual(doc.Failing.Trim(), doc.Passing.Trim());
        // The summary is one line: `imr rules` prints it in a table and SARIF as the short description.
        Assert.DoesNotContain('\n', doc.Summary);
        Assert.EndsWith(".", doc.Summary);
        if (doc.ExamplesNotRunnable is not null) Assert.False(string.IsNullOrWhiteSpace(doc.ExamplesNotRunnable));
    }

    /// <summary>The examples limits cannot show are still true: the limits they describe are the parser's.</summary>
    [Fact]
    public void Limits_named_in_the_documentation_are_the_parsers()
    {
        Assert.Contains($"{ImrParser.MaxFileLength / (1024 * 1024)} MB", DiagnosticDescriptors.FileTooLarge.Doc.Summary);
        var deep = string.Concat(Enumerable.Repeat("a { ", 65)) + string.Concat(Enumerable.Repeat("} ", 65));
        Assert.Contains(ImrParser.Parse("deep.imr", deep).Diagnostics, d => d.Id == DiagnosticDescriptors.NestingTooDeep.Id);
        var allowed = string.Concat(Enumerable.Repeat("a { ", 64)) + string.Concat(Enumerable.Repeat("} ", 64));
        Assert.DoesNotContain(ImrParser.Parse("deep.imr", allowed).Diagnostics, d => d.Id == DiagnosticDescriptors.NestingTooDeep.Id);
        Assert.Contains("more than 64 levels", DiagnosticDescriptors.NestingTooDeep.Doc.Summary);
    }
}
