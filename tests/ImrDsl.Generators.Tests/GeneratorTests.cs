using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using ImrDsl.Generators.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ImrDsl.Generators.Tests;

public class GeneratorTests
{
    private const string Sample = """
        namespace Sample

        /// How a claim ended.
        enum Verdict {
          yes "Approved" {
            conclusions = ["is approved"]
          }
          no "Denied" {
            conclusions = ["is not approved"]
          }
        }

        /// One reviewed claim.
        record Claim as claim {
          /// The claim reference.
          reference: text label required
          verdict: Verdict
          pages: pages
          notes: text*
          reason: text
        }

        guideline Handbook {
          title = "Claims Handbook"
          page-count = 20
          topic "Refunds" {
            pages = 4-6
            aliases = ["Refund policy"]
          }
        }

        rule CLM001 reason-agrees {
          severity = warning
          applies-to = Claim
          at = reason
          require = conclusion-agrees(reason, verdict)
          message = "{reference} is {verdict} but the reason says \"{conclusion}\""
          summary = "The reason must agree with the verdict."
        }
        """;

    [Fact]
    public void Generated_source_compiles_without_warnings()
    {
        var (_, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.StdFiles());
        Assert.Empty(diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // Four files declare types (rules.imr declares none), five records get a validation part, plus the index.
        Assert.Equal(4 + 5 + 1, output.SyntaxTrees.Count());
    }

    [Fact]
    public void Generated_source_matches_the_snapshot()
    {
        var (driver, _, diagnostics) = GeneratorHarness.Run(new[] { new InMemoryText("/src/sample.imr", Sample) });
        Assert.Empty(diagnostics);
        foreach (var source in driver.GetRunResult().Results.Single().GeneratedSources)
            Snapshot.Match(source.HintName.Replace(".g.cs", ""), source.SourceText.ToString());
    }

    [Fact]
    public void Generated_validators_run_and_find_the_page_mismatch_of_seed_000()
    {
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.StdFiles());
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var context = new AssemblyLoadContext("generated", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(stream.ToArray()));
            var caseText = File.ReadAllText(Repo.PathOf("examples", "cases", "seed-000.imr"));
            var file = ImrDsl.Parsing.ImrParser.Parse("seed-000.imr", caseText);
            var determination = assembly.GetType("Imr.Std.Determination")!;
            var documents = (IList)determination.GetMethod("ReadDocuments")!.Invoke(null, new object[] { ImrDsl.Binding.BlockReader.Documents(file) })!;
            var guidelines = assembly.GetType("Imr.Std.Guidelines")!;
            var validationContext = guidelines.GetProperty("Context")!.GetValue(null)!;
            var validate = assembly.GetType("Imr.Std.ImrValidation")!.GetMethod("Validate", new[] { determination, validationContext.GetType() })!;
            var findings = ((IEnumerable<ImrDsl.Diagnostics.Diagnostic>)validate.Invoke(null, new[] { documents[0]!, validationContext })!).ToList();

            var finding = Assert.Single(findings);
            Assert.Equal("IMR002", finding.Id);
            Assert.Equal((21, 15, 21, 17), (finding.Line, finding.Column, finding.EndLine, finding.EndColumn));
            Assert.StartsWith("'Muscle Relaxers' is on pages 63-66 of the MTUS Chronic Pain Medical Treatment Guidelines (2009); this cites page 97", finding.Message);
        }
        finally
        {
            context.Unload();
        }
    }

    private const string Ordered = """
        namespace Order

        record Part as part {
          name: text label required non-empty
        }

        record Box as box {
          code: text label required pattern "^[A-Z]+$"
          counts: integer* range 1..5
          tags: text* non-empty
          parts: Part* as part
        }

        rule ORD001 first {
          applies-to = Box
          require = present(counts)
          message = "no counts"
          summary = "Counts are needed."
        }

        rule ORD002 second {
          applies-to = Box
          require = (matches(code, "^Z")) or (matches(code, "^Q"))
          message = "second"
          summary = "Codes start with Z or Q."
        }

        rule ORD003 third {
          applies-to = Box
          require = (present(tags)) and (matches(code, "^Q"))
          message = "third"
          summary = "Tagged codes start with Q."
        }
        """;

    /// <summary>
    /// Generated validation collects into one list (issue 10) rather than chaining iterators: findings must still come
    /// in declaration order (field constraints, each list's values in order, rules as declared, then the records
    /// inside, in order), and a record without findings must give an empty result.
    /// </summary>
    [Fact]
    public void Generated_validation_reports_in_declaration_order_and_nothing_for_a_clean_record()
    {
        var (_, output, diagnostics) = GeneratorHarness.Run(new[] { new InMemoryText("/src/order.imr", Ordered) });
        Assert.Empty(diagnostics);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var context = new AssemblyLoadContext("ordered", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(stream.ToArray()));
            var documents = ImrDsl.Parsing.ImrParser.Parse("boxes.imr", """
                box "ab" {
                  counts = [0, 3, 9]
                  tags = ["x", " "]
                  part "" {
                  }
                  part "ok" {
                  }
                }
                box "QQ" {
                  counts = [2]
                  tags = ["a"]
                  part "Q1" {
                  }
                }
                """);
            Assert.Empty(documents.Diagnostics);
            var box = assembly.GetType("Order.Box")!;
            var boxes = (IList)box.GetMethod("ReadDocuments")!.Invoke(null, new object[] { ImrDsl.Binding.BlockReader.Documents(documents) })!;
            var validationContext = new ImrDsl.Runtime.ValidationContext(Array.Empty<ImrDsl.Runtime.GuidelineCatalogue>());
            var validate = assembly.GetType("Order.ImrValidation")!.GetMethod("Validate", new[] { box, typeof(ImrDsl.Runtime.ValidationContext) })!;
            var validator = assembly.GetType("Order.BoxValidator")!;
            var instance = validator.GetProperty("Instance")!.GetValue(null)!;
            List<string> Run(MethodInfo method, object? target, object record)
                => ((IEnumerable<ImrDsl.Diagnostics.Diagnostic>)method.Invoke(target, new[] { record, validationContext })!).Select(d => $"{d.Id} {d.Message}").ToList();

            var own = new[]
            {
                "IMR208 \"ab\" is not a valid code (it must match ^[A-Z]+$)", "IMR209 counts 0 is outside 1..5", "IMR209 counts 9 is outside 1..5",
                "IMR206 'tags' must not be empty", "ORD002 second", "ORD003 third",
            };
            Assert.Equal(own.Append("IMR206 'name' must not be empty"), Run(validate, null, boxes[0]!));
            Assert.Equal(own, Run(validator.GetMethod("Validate")!, instance, boxes[0]!));
            Assert.Empty(Run(validate, null, boxes[1]!));
            Assert.Empty(Run(validator.GetMethod("Validate")!, instance, boxes[1]!));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Errors_in_imr_files_are_compiler_diagnostics_at_their_location()
    {
        var (_, _, diagnostics) = GeneratorHarness.Run(new[] { new InMemoryText("/src/bad.imr", "record R {\n  a: txt\n}\n") });
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("IMR201", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("/src/bad.imr", 1, 5), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
    }

    [Fact]
    public void Rerunning_on_the_same_input_is_all_cached()
    {
        var texts = GeneratorHarness.StdFiles();
        var compilation = GeneratorHarness.Compilation("class A {}");
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        foreach (var (name, steps) in second.TrackedSteps)
            Assert.All(steps.SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.Compilation("class A {}");
        var driver = GeneratorHarness.Driver(GeneratorHarness.StdFiles()).RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B {}", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        foreach (var name in new[] { TrackingNames.ReadImr, TrackingNames.ParseImr, TrackingNames.Compile, TrackingNames.FileOutputs, TrackingNames.Validation, TrackingNames.Index, TrackingNames.Diagnostics })
            Assert.All(result.TrackedSteps[name].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_imr_file_modifies_only_that_files_output()
    {
        var texts = GeneratorHarness.StdFiles();
        var compilation = GeneratorHarness.Compilation("class A {}");
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        var mtus = texts.Single(t => t.Path.EndsWith("mtus-cpmtg-2009.imr", StringComparison.Ordinal));
        var edited = new InMemoryText(mtus.Path, mtus.GetText()!.ToString().Replace("pages = 126", "pages = 126-127"));
        var result = driver.ReplaceAdditionalText(mtus, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var step in new[] { TrackingNames.ReadImr, TrackingNames.ParseImr })
        {
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(texts.Count - 1, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        }

        var files = result.TrackedSteps[TrackingNames.FileOutputs].SelectMany(s => s.Outputs).ToList();
        var modified = Assert.Single(files, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.StartsWith("mtus_cpmtg_2009.", ((FileOutput)modified.Value).HintName);
        Assert.All(files.Where(o => o != modified), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));

        // Catalogue pages feed no validator and no index entry: none of those outputs is written again.
        foreach (var step in new[] { TrackingNames.Validation, TrackingNames.Index })
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
    }

    [Fact]
    public void No_pipeline_model_holds_compiler_objects()
    {
        var compilation = GeneratorHarness.Compilation("class A {}");
        var result = GeneratorHarness.Driver(GeneratorHarness.StdFiles()).RunGenerators(compilation).GetRunResult().Results.Single();
        var banned = new[] { typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(Location), typeof(AdditionalText), typeof(Microsoft.CodeAnalysis.Text.SourceText), typeof(SyntaxTree) };
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        // Our own steps only: Roslyn's input steps hold AdditionalText by design.
        var ours = new[] { TrackingNames.ReadImr, TrackingNames.ParseImr, TrackingNames.Options, TrackingNames.Compile, TrackingNames.FileOutputs, TrackingNames.Validation, TrackingNames.Index, TrackingNames.Diagnostics };
        Assert.All(ours, name => Assert.True(result.TrackedSteps.ContainsKey(name), name));
        foreach (var output in ours.SelectMany(name => result.TrackedSteps[name]).SelectMany(s => s.Outputs))
            Walk(output.Value, banned, seen, output.Value?.GetType().Name ?? "null");
    }

    private static void Walk(object? value, Type[] banned, HashSet<object> seen, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        Assert.False(banned.Any(b => b.IsInstanceOfType(value)), $"{path} holds a {value.GetType().Name}");
        if (!value.GetType().IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items) Walk(item, banned, seen, $"{path}[{i++}]");
            return;
        }
        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            Walk(field.GetValue(value), banned, seen, $"{path}.{field.Name}");
    }
}
