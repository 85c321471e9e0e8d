using System.Collections;
using System.Runtime.Loader;
using FsCheck;
using FsCheck.Fluent;
using ImrDsl.TestSupport;
using ImrDsl.Binding;
using ImrDsl.Evaluation;
using ImrDsl.Parsing;
using ImrDsl.Runtime;
using ImrDsl.Semantics;
using ImrDsl.Text;

namespace ImrDsl.Generators.Tests;

/// <summary>
/// `imr check` runs declarations no C# project compiled (house rules, a payer's own records) with the
/// <see cref="Interpreter"/>; a C# consumer runs them as generated validators. This differential property holds the
/// two to the same answers: random rules over the standard model and random records with random constraints,
/// compiled by the real generator, against the interpreter over the same semantic model, on random documents.
/// </summary>
public class InterpreterDifferentialTests
{
    [Fact]
    public void Generated_validators_and_the_interpreter_report_the_same_findings()
    {
        Prop.ForAll(RandomImr.Samples.ToArbitrary(), sample =>
        {
            AssertSameFindings(sample);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(12));
    }

    private static void AssertSameFindings(RandomSample sample)
    {
        var std = GeneratorHarness.StdFiles();
        var house = new InMemoryText("/src/house.imr", sample.Declarations);
        var (_, output, diagnostics) = GeneratorHarness.Run(std.Append(house));
        var files = std.Append(house).Select(t => ImrParser.Parse(t.Path, t.GetText()!.ToString())).ToList();
        var compilation = ImrCompilation.Create(files);
        if (compilation.HasErrors)
        {
            // Declarations with a mistake: the build reports exactly what the semantic pass reports, where it reports it.
            Assert.Equal(compilation.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => (d.Id, d.Line, d.Column)).OrderBy(d => d),
                diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1)).OrderBy(d => d));
            return;
        }
        Assert.True(diagnostics.IsEmpty, sample.Declarations + "\n" + string.Join("\n", diagnostics));
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(5)));

        var model = compilation.Model;
        var documents = ImrParser.Parse("docs.imr", sample.Documents);
        Assert.Empty(documents.Diagnostics);

        var context = new AssemblyLoadContext("differential", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(stream.ToArray()));
            var catalogues = (IEnumerable<GuidelineCatalogue>)assembly.GetType("Imr.Std.Guidelines")!.GetProperty("All")!.GetValue(null)!;
            var validationContext = new ValidationContext(catalogues);
            var generated = new List<Diagnostics.Diagnostic>();
            foreach (var typeName in new[] { "Imr.Std.Determination", "Imr.Std.HouseCase" })
            {
                var type = assembly.GetType(typeName)!;
                var validate = assembly.GetType("Imr.Std.ImrValidation")!.GetMethod("Validate", new[] { type, typeof(ValidationContext) })!;
                foreach (var record in (IList)type.GetMethod("ReadDocuments")!.Invoke(null, new object[] { BlockReader.Documents(documents) })!)
                    generated.AddRange((IEnumerable<Diagnostics.Diagnostic>)validate.Invoke(null, new[] { record, validationContext })!);
            }

            var interpreter = new Interpreter(model);
            var interpreted = RecordValueBinder.Documents(model, BlockReader.Documents(documents))
                .SelectMany(d => interpreter.Validate(d, validationContext)).ToList();

            static IEnumerable<string> Key(IEnumerable<Diagnostics.Diagnostic> list)
                => list.Select(d => $"{d.Location.Start.Offset}-{d.Location.End.Offset} {d.Id} {d.Severity} [{d.Item}] {d.Message}").OrderBy(k => k, StringComparer.Ordinal);
            Assert.True(Key(generated).SequenceEqual(Key(interpreted)),
                $"generated:\n  {string.Join("\n  ", Key(generated))}\ninterpreted:\n  {string.Join("\n  ", Key(interpreted))}\n\n{sample.Declarations}\n\n{sample.Documents}");
            Assert.NotEmpty(generated);
        }
        finally
        {
            context.Unload();
        }
    }
}
