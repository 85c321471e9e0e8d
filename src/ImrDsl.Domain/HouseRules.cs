using ImrDsl.Binding;
using ImrDsl.Diagnostics;
using ImrDsl.Evaluation;
using ImrDsl.Parsing;
using ImrDsl.Runtime;
using ImrDsl.Semantics;
using ImrDsl.Syntax;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Domain;

/// <summary>
/// Declarations and rules a team keeps in its own .imr files (imr.json "declarations" and "catalogues", or
/// `imr check --rules`), checked by `imr check` with no C# project: the <see cref="Interpreter"/> runs them over
/// the same semantic model, with the generated validators' semantics. On letters only the house rules run (the
/// standard ones are compiled in). Case files are checked against <see cref="Files"/> by CaseValidation, which
/// interprets whatever no C# project compiled.
/// </summary>
public sealed class HouseRules
{
    private readonly Interpreter _houseOnly;
    private readonly RecordModel _determination;

    private HouseRules(DomainModel model, IReadOnlyList<RuleInfo> rules, IReadOnlyList<ImrFileSyntax> files)
    {
        Model = model;
        Rules = rules;
        Files = files;
        var ids = new HashSet<string>(rules.Select(r => r.Id), StringComparer.Ordinal);
        _houseOnly = new Interpreter(model, r => ids.Contains(r.Id), constraints: false);
        _determination = model.FindRecord(nameof(Determination))!;
    }

    /// <summary>The standard library and the house files, compiled together.</summary>
    public DomainModel Model { get; }

    /// <summary>The rules the house files declare, with their documentation and the file each comes from.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The parsed house files, for checking case files against them.</summary>
    public IReadOnlyList<ImrFileSyntax> Files { get; }

    /// <summary>
    /// Compiles house files against the standard library. Mistakes in them are the author's: every error is
    /// returned (IMR1xx/IMR2xx at its line and column) and no rules are loaded.
    /// </summary>
    public static (HouseRules? Rules, IReadOnlyList<Diagnostic> Errors) Load(IReadOnlyList<SourceFile> sources)
    {
        var files = sources.Select(ImrParser.Parse).ToList();
        var compilation = ImrCompilation.Create(files, StandardLibrary.Files);
        var errors = compilation.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Count > 0) return (null, errors);
        var rules = files.SelectMany(f => f.Declarations.OfType<RuleSyntax>().Select(r => (File: f.Source.Path, Id: r.Id.Text)))
            .Select(r => (r.File, Model: compilation.Model.FindRule(r.Id)!))
            .Select(r => new RuleInfo(r.Model.Id, r.Model.Name, r.Model.Severity, r.Model.Docs.Summary, r.Model.Docs.Why, r.Model.Docs.Failing,
                r.Model.Docs.Passing, r.Model.Docs.Suppress) { Source = r.File })
            .ToList();
        return (new HouseRules(compilation.Model, rules, files), Array.Empty<Diagnostic>());
    }

    /// <summary>The house rules' findings on a letter read into the standard model.</summary>
    public IEnumerable<Diagnostic> CheckLetter(Determination letter, ValidationContext context)
    {
        if (_houseOnly.Rules.Count == 0) return Array.Empty<Diagnostic>();
        var value = RecordValueBinder.FromWriter(Model, _determination, letter.WriteFields, letter.Span, letter.Spans);
        return _houseOnly.Validate(value, context).ToList();
    }
}
