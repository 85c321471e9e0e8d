using ImrDsl.Binding;
using ImrDsl.Diagnostics;
using ImrDsl.Evaluation;
using ImrDsl.Semantics;
using ImrDsl.Runtime;
using ImrDsl.Syntax;
using Imr.Std;

namespace ImrDsl.Domain;

/// <summary>
/// Binds the case documents of a parsed .imr file to typed Determinations and runs the generated validators on
/// them: the declared constraints and the rules, the same code a letter's model goes through.
/// </summary>
public static class CaseValidation
{
    private static readonly HashSet<string> ConstraintIds = new(DiagnosticDescriptors.ValueConstraints.Select(d => d.Id), StringComparer.Ordinal);

    /// <summary>
    /// Everything `imr check` reports for one .imr file: syntax and semantic diagnostics of the file and the files it
    /// uses (only its own are returned), then the generated validators' findings on its case documents.
    /// </summary>
    /// <param name="load">Reads a `use`d file (null if it does not exist); plain File reads by default.</param>
    /// <param name="library">The declarations the file may use: the standard library and any house files.</param>
    public static IReadOnlyList<Diagnostic> CheckFile(ImrDsl.Text.SourceFile file, IReadOnlyList<ImrFileSyntax> library, ValidationContext? context = null,
        Func<string, string?>? load = null)
    {
        var compilation = ImrDsl.Semantics.ImrCompilation.FromDisk(new[] { file }, library, load);
        var own = compilation.Diagnostics.Where(d => d.Path == file.Path).ToList();
        var syntax = compilation.Files.First(f => f.Source.Path == file.Path);
        own.AddRange(Validate(syntax, own, context, compilation.Model));
        return own;
    }

    /// <param name="file">The parsed file.</param>
    /// <param name="reported">What the parser and semantic pass already reported for the file.</param>
    /// <param name="context">Catalogues for the rules; the standard ones by default.</param>
    /// <param name="model">
    /// What the file was compiled against (the standard library, house files, the file's own declarations). Its
    /// declarations that no C# project compiled run in the interpreter: rules beyond the standard ones on `case`
    /// documents, and everything on documents of other record kinds. Null: the compiled validators only.
    /// </param>
    public static IReadOnlyList<Diagnostic> Validate(ImrFileSyntax file, IReadOnlyCollection<Diagnostic> reported, ValidationContext? context = null, DomainModel? model = null)
    {
        context ??= Guidelines.Context;
        var findings = Determination.ReadDocuments(BlockReader.Documents(file)).SelectMany(d => ImrValidation.Validate(d, context));
        if (model is not null) findings = findings.Concat(Interpreted(file, context, model));
        var errors = reported.Where(d => d.Severity == Severity.Error && d.Path == file.Source.Path).ToList();
        if (errors.Count == 0) return findings.ToList();
        // A document with errors binds half-empty: rules would judge what is not there, so only the constraints
        // run, and none on a value or block that an error already explains (a misspelled field is not also missing).
        return findings.Where(f => ConstraintIds.Contains(f.Id) && !errors.Any(e => Covers(f.Location, e.Location))).ToList();
    }

    private static readonly HashSet<string> StandardRuleIds = new(Rules.All.Select(r => r.Id), StringComparer.Ordinal);

    private static IEnumerable<Diagnostic> Interpreted(ImrFileSyntax file, ValidationContext context, DomainModel model)
    {
        var documents = RecordValueBinder.Documents(model, BlockReader.Documents(file)).ToList();
        if (documents.Count == 0) yield break;
        var beyondStandard = new Interpreter(model, r => !StandardRuleIds.Contains(r.Id), constraints: false);
        var everything = new Interpreter(model);
        foreach (var document in documents)
        foreach (var finding in (document.Model.Name == nameof(Determination) ? beyondStandard : everything).Validate(document, context))
            yield return finding;
    }

    private static bool Covers(SourceSpan outer, SourceSpan inner)
        => outer.Start.Offset <= inner.Start.Offset && inner.Start.Offset <= Math.Max(outer.End.Offset, outer.Start.Offset);
}
