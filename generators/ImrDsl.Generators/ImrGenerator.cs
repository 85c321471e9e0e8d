using System.Collections.Immutable;
using System.Text;
using ImrDsl.Collections;
using ImrDsl.Diagnostics;
using ImrDsl.Generators.Emit;
using ImrDsl.Generators.Pipeline;
using ImrDsl.Parsing;
using ImrDsl.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace ImrDsl.Generators;

/// <summary>
/// Turns the project's .imr files into C#: per file its enums, records, catalogues and binders; once for
/// the project its validators and index. Errors in .imr files become compiler diagnostics at their file,
/// line and column. Nothing here throws: an internal failure is reported as IMR901.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ImrGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var sources = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".imr", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellation) => new ImrSource(text.Path.Replace('\\', '/'), text.GetText(cancellation)?.ToString() ?? string.Empty))
            .WithTrackingName(TrackingNames.ReadImr);

        var namespaceOption = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.ImrDslNamespace", out var ns) && !string.IsNullOrWhiteSpace(ns) ? ns.Trim() : null)
            .WithTrackingName(TrackingNames.Options);

        // Parsing is per file, so an edit re-parses only the edited file; the model is built across all files.
        var parsed = sources
            .Select(static (source, _) => new ParsedImr(source, ImrParser.Parse(source.Path, source.Text)))
            .WithTrackingName(TrackingNames.ParseImr);

        var compiled = parsed.Collect()
            .Combine(namespaceOption)
            .Select(static (input, cancellation) => Compile(input.Left, input.Right, cancellation))
            .WithTrackingName(TrackingNames.Compile);

        var fileOutputs = compiled
            .SelectMany(static (model, _) => SplitByFile(model))
            .WithTrackingName(TrackingNames.FileOutputs);

        var validation = compiled
            .SelectMany(static (model, _) => SplitByRecord(model))
            .WithTrackingName(TrackingNames.Validation);

        var index = compiled
            .Select(static (model, _) => new IndexOutput(model.Namespace,
                model.Model.Guidelines.Select(g => g.Name).ToEquatableArray(),
                model.Model.Rules.Select(r => r with { Checks = EquatableArray<RuleCheckModel>.Empty }).ToEquatableArray()))
            .WithTrackingName(TrackingNames.Index);

        var diagnostics = compiled
            .Select(static (model, _) => model.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(fileOutputs, static (spc, output) => Guard(spc, () => spc.AddSource(output.HintName, SourceText.From(FileEmitter.Emit(output), Encoding.UTF8))));
        context.RegisterSourceOutput(validation, static (spc, output) => Guard(spc, () =>
            spc.AddSource($"{output.Record.Name}.Validation.g.cs", SourceText.From(ValidationEmitter.Emit(output), Encoding.UTF8))));
        context.RegisterSourceOutput(index, static (spc, output) => Guard(spc, () =>
        {
            if (output.Guidelines.Count == 0 && output.Rules.Count == 0) return;
            spc.AddSource("ImrDsl.Index.g.cs", SourceText.From(ValidationEmitter.EmitIndex(output), Encoding.UTF8));
        }));
        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (var diagnostic in list) spc.ReportDiagnostic(ToRoslyn(diagnostic));
        });
    }

    private const string StandardNamespace = "Imr.Std";

    private static CompiledModel Compile(ImmutableArray<ParsedImr> parsed, string? namespaceOption, CancellationToken cancellation)
    {
        var ordered = parsed.OrderBy(p => p.Source.Path, StringComparer.Ordinal).ToList();
        try
        {
            cancellation.ThrowIfCancellationRequested();
            var files = ordered.Select(p => p.Syntax).ToList();
            var compilation = ImrCompilation.Create(files);
            // The package adds the standard library (namespace Imr.Std) to every project; the project's own namespace wins.
            var ns = namespaceOption ?? files.Select(f => f.Namespace?.Text).Where(n => n is not null).OrderBy(n => n == StandardNamespace ? 1 : 0).FirstOrDefault() ?? "ImrDsl.Generated";
            return new CompiledModel(ns, compilation.Model, ordered.Select(p => p.Source.Path).ToEquatableArray(), compilation.Diagnostics.ToEquatableArray());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var failure = new ImrDsl.Diagnostics.Diagnostic(DiagnosticDescriptors.InternalError.Id, Severity.Error,
                $"the .imr generator failed ({ex.GetType().Name}: {ex.Message}); please report this", ImrDsl.Runtime.SourceSpan.FileStart(ordered.FirstOrDefault()?.Source.Path ?? string.Empty));
            return new CompiledModel("ImrDsl.Generated", DomainModel.Empty, EquatableArray<string>.Empty, new EquatableArray<ImrDsl.Diagnostics.Diagnostic>(new[] { failure }));
        }
    }

    private static IEnumerable<FileOutput> SplitByFile(CompiledModel compiled)
    {
        // Files with errors still produce what they could declare; the errors fail the build anyway.
        foreach (var path in compiled.Paths)
        {
            var enums = compiled.Model.Enums.Where(e => e.SourcePath == path).ToEquatableArray();
            var records = compiled.Model.Records.Where(r => r.SourcePath == path).ToEquatableArray();
            var guidelines = compiled.Model.Guidelines.Where(g => g.SourcePath == path).ToEquatableArray();
            if (enums.Count + records.Count + guidelines.Count == 0) continue;
            yield return new FileOutput(HintName(path), compiled.Namespace, enums, records, guidelines);
        }
    }

    private static IEnumerable<RecordValidationOutput> SplitByRecord(CompiledModel compiled)
    {
        var model = compiled.Model;
        // Grouped once: looking the checks up per record would cost records x rules on every edit.
        var checksByRecord = model.Rules
            .SelectMany(rule => rule.Checks.Select(c => new RuleCheckOutput(rule.Id, rule.Name, rule.Severity, c)))
            .ToLookup(c => c.Check.AppliesTo, StringComparer.Ordinal);
        var records = model.Records.ToDictionary(r => r.Name, StringComparer.Ordinal);
        foreach (var record in model.Records)
            yield return new RecordValidationOutput(compiled.Namespace, record, checksByRecord[record.Name].ToEquatableArray(), Related(records, record));
    }

    /// <summary>The records a record reaches through its fields, transitively, in a deterministic (breadth-first) order.</summary>
    private static EquatableArray<RecordModel> Related(Dictionary<string, RecordModel> records, RecordModel record)
    {
        var reached = new List<RecordModel>();
        var queue = new Queue<RecordModel>();
        queue.Enqueue(record);
        while (queue.Count > 0)
            foreach (var field in queue.Dequeue().Fields)
                if (field.Kind == FieldKind.Record && records.TryGetValue(field.TypeName, out var next) && !reached.Contains(next))
                {
                    reached.Add(next);
                    queue.Enqueue(next);
                }
        return reached.ToEquatableArray();
    }

    private static string HintName(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var safe = new string(name.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
        // The path's hash keeps two files with one name (in different folders) apart.
        var hash = (uint)path.Aggregate(17, (h, c) => unchecked(h * 31 + c));
        return $"{safe}.{hash:x8}.imr.g.cs";
    }

    private static void Guard(SourceProductionContext context, Action emit)
    {
        try
        {
            emit();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(RoslynDiagnostic.Create(Descriptor(DiagnosticDescriptors.InternalError.Id, Severity.Error), Location.None,
                $"the .imr generator failed while writing code ({ex.GetType().Name}: {ex.Message}); please report this"));
        }
    }

    private static RoslynDiagnostic ToRoslyn(ImrDsl.Diagnostics.Diagnostic d)
    {
        var span = new TextSpan(d.Start, d.Length);
        var lines = new LinePositionSpan(new LinePosition(Math.Max(0, d.Line - 1), Math.Max(0, d.Column - 1)), new LinePosition(Math.Max(0, d.EndLine - 1), Math.Max(0, d.EndColumn - 1)));
        var location = string.IsNullOrEmpty(d.Path) ? Location.None : Location.Create(d.Path, span, lines);
        return RoslynDiagnostic.Create(Descriptor(d.Id, d.Severity), location, d.Message);
    }

    private static readonly Dictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor> Descriptors = new();

    private static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor(string id, Severity severity)
    {
        lock (Descriptors)
        {
            if (Descriptors.TryGetValue(id, out var descriptor)) return descriptor;
            var known = DiagnosticDescriptors.All.FirstOrDefault(d => d.Id == id);
            var category = id.StartsWith("IMR1", StringComparison.Ordinal) ? "ImrDsl.Syntax" : id.StartsWith("IMR9", StringComparison.Ordinal) ? "ImrDsl.Internal" : "ImrDsl.Semantics";
            var level = severity switch { Severity.Error => DiagnosticSeverity.Error, Severity.Warning => DiagnosticSeverity.Warning, _ => DiagnosticSeverity.Info };
#pragma warning disable RS2008 // The IDs are the language's own table (DiagnosticDescriptors.All), documented in grammar/README.md.
            descriptor = new Microsoft.CodeAnalysis.DiagnosticDescriptor(id, known?.Title ?? id, "{0}", category, level, isEnabledByDefault: true);
#pragma warning restore RS2008
            Descriptors[id] = descriptor;
            return descriptor;
        }
    }
}
