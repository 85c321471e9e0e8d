using System.Globalization;
using System.Reflection;
using ImrDsl.Collections;
using ImrDsl.Diagnostics;
using ImrDsl.Runtime;
using ImrDsl.Semantics;

namespace ImrDsl.Evaluation;

/// <summary>
/// Checks <see cref="RecordValue"/>s against a semantic model: the declared field constraints and the rules'
/// conditions, with exactly the conventions the generator's ValidationEmitter compiles (same IDs, messages, spans,
/// the same runtime predicates called with the same arguments), so `imr check` can run declarations no C# project
/// compiled. A differential test holds the two to each other.
/// </summary>
public sealed class Interpreter
{
    private readonly DomainModel _model;
    private readonly ILookup<string, RuleModel> _rulesByRecord;
    private readonly Dictionary<string, IReadOnlyList<OutcomePhrases>> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<OutcomePhrases>> _names = new(StringComparer.Ordinal);

    /// <param name="model">The declarations.</param>
    /// <param name="rules">Which rules to run (all by default).</param>
    /// <param name="constraints">Whether to check the declared field constraints.</param>
    public Interpreter(DomainModel model, Func<RuleModel, bool>? rules = null, bool constraints = true)
    {
        _model = model;
        Constraints = constraints;
        var chosen = model.Rules.Where(rules ?? (_ => true)).ToList();
        _rulesByRecord = chosen.SelectMany(r => r.Checks.Select(c => (Record: c.AppliesTo, Rule: r))).Distinct().ToLookup(x => x.Record, x => x.Rule, StringComparer.Ordinal);
        Rules = chosen;
    }

    public IReadOnlyList<RuleModel> Rules { get; }
    public bool Constraints { get; }

    /// <summary>The findings on a record and every record inside it, in the generated validators' order.</summary>
    public IEnumerable<Diagnostic> Validate(RecordValue? value, ValidationContext context)
    {
        if (value is null) yield break;
        var record = value.Model;
        var item = record.LabelField is { Kind: FieldKind.Text, IsList: false } label ? value[label.Name] as string : null;
        if (Constraints)
            foreach (var finding in CheckConstraints(value, item)) yield return finding;
        foreach (var rule in _rulesByRecord[record.Name])
        foreach (var check in rule.Checks.Where(c => c.AppliesTo == record.Name))
        {
            var result = Evaluate(value, check.Condition, context);
            if (result.Holds) continue;
            var span = check.At is { } at && value.SpanOf(at).IsKnown ? value.SpanOf(at) : value.Span;
            yield return new Diagnostic(rule.Id, rule.Severity, MessageTemplate.Fill(check.Message, result.Values, name => FieldText(value, name)), span) { Item = item };
        }
        foreach (var field in record.Fields.Where(f => f.Kind == FieldKind.Record))
        {
            if (field.IsList)
            {
                foreach (var child in (ValueList<RecordValue>)value[field.Name]!)
                foreach (var finding in Validate(child, context)) yield return finding;
            }
            else foreach (var finding in Validate(value[field.Name] as RecordValue, context)) yield return finding;
        }
    }

    // ---- constraints: the ValidationEmitter.EmitConstraints conventions ----------------------------------------

    private static IEnumerable<Diagnostic> CheckConstraints(RecordValue value, string? item)
    {
        foreach (var f in value.Model.Fields)
        {
            var at = value.SpanOf(f.Name).IsKnown ? value.SpanOf(f.Name) : value.Span;
            Diagnostic Report(DiagnosticDescriptor d, string message) => new(d.Id, d.DefaultSeverity, message, at) { Item = item };
            var raw = value[f.Name];
            if (f.Required && !f.IsList && f.Kind != FieldKind.Pages && raw is null)
                yield return Report(DiagnosticDescriptors.MissingRequired, $"this {value.Model.Name} has no {f.Name}, which is required");
            if ((f.Cardinality == Syntax.Cardinality.AtLeastOne || (f.Required && (f.IsList || f.Kind == FieldKind.Pages))) && IsEmptyList(raw))
                yield return Report(DiagnosticDescriptors.MissingRequired, $"'{f.Name}' needs at least one value");
            if (f.Kind == FieldKind.Text && (f.NonEmpty || f.Pattern is not null))
            {
                foreach (var text in f.IsList ? (IEnumerable<string>)raw! : raw is string one ? new[] { one } : Array.Empty<string>())
                {
                    if (f.NonEmpty && Runtime.Constraints.IsBlank(text))
                        yield return Report(DiagnosticDescriptors.MissingRequired, $"'{f.Name}' must not be empty");
                    if (f.Pattern is { } pattern && Runtime.Constraints.PatternProblem(text, pattern, f.Name) is { } problem)
                        yield return Report(DiagnosticDescriptors.PatternMismatch, problem);
                }
            }
            if (f.Kind == FieldKind.Integer && (f.Min is not null || f.Max is not null))
            {
                foreach (var number in f.IsList ? (IEnumerable<int>)raw! : raw is int one ? new[] { one } : Array.Empty<int>())
                    if (!Runtime.Constraints.InRange(number, f.Min, f.Max))
                        yield return Report(DiagnosticDescriptors.OutOfRange, $"{f.Name} {number.ToString(CultureInfo.InvariantCulture)} is outside {f.Min}..{f.Max}");
            }
        }
    }

    private static bool IsEmptyList(object? raw) => raw is System.Collections.IEnumerable list and not string && !list.GetEnumerator().MoveNext();

    // ---- conditions: the ValidationEmitter.Condition/Predicate conventions -------------------------------------

    private PredicateResult Evaluate(RecordValue value, ConditionModel condition, ValidationContext context) => condition switch
    {
        AndCondition a => All(value, a.Operands, context),
        OrCondition o => Any(value, o.Operands, context),
        NotCondition n => PredicateResult.Not(Evaluate(value, n.Operand, context)),
        PredicateCondition p => Call(value, p, context),
        _ => throw new InvalidOperationException($"no evaluation for the condition {condition.GetType().Name}"),
    };

    /// <summary>`a and b and c` as PredicateResult.And joins it, ((a and b) and c): the first operand that fails, else the last.</summary>
    private PredicateResult All(RecordValue value, EquatableArray<ConditionModel> operands, ValidationContext context)
    {
        var result = Evaluate(value, operands[0], context);
        for (var i = 1; i < operands.Count && result.Holds; i++)
        {
            var next = operands[i];
            result = PredicateResult.And(result, () => Evaluate(value, next, context));
        }
        return result;
    }

    /// <summary>`a or b or c` as PredicateResult.Or joins it, ((a or b) or c): the first operand that holds, else all their values.</summary>
    private PredicateResult Any(RecordValue value, EquatableArray<ConditionModel> operands, ValidationContext context)
    {
        var result = Evaluate(value, operands[0], context);
        for (var i = 1; i < operands.Count && !result.Holds; i++)
        {
            var next = operands[i];
            result = PredicateResult.Or(result, () => Evaluate(value, next, context));
        }
        return result;
    }

    private PredicateResult Call(RecordValue value, PredicateCondition p, ValidationContext context)
    {
        var signature = PredicateCatalog.Find(p.Name) ?? throw new InvalidOperationException($"predicate '{p.Name}' is not in the registry");
        var arguments = new List<object?>();
        if (signature.UsesContext) arguments.Add(context);
        RecordModel? element = null;
        for (var i = 0; i < signature.Parameters.Length; i++)
        {
            // An optional argument the rule left out (passed as one value: a text field, an enum's names) is null.
            if (i >= p.Arguments.Count)
            {
                arguments.Add(null);
                continue;
            }
            var name = p.Arguments[i].Value;
            switch (signature.Parameters[i])
            {
                case ParameterKind.Text:
                case ParameterKind.Pattern:
                case ParameterKind.Member:
                    arguments.Add(name);
                    break;
                case ParameterKind.EnumField:
                    arguments.Add(Path(value, name) as string);
                    arguments.Add(Phrases(Resolve(value.Model, name)!.TypeName));
                    break;
                case ParameterKind.Enum:
                    arguments.Add(Names(name));
                    break;
                case ParameterKind.RecordListField:
                    element = _model.FindRecord(Resolve(value.Model, name)!.TypeName);
                    arguments.Add(Path(value, name));
                    break;
                case ParameterKind.ElementField:
                case ParameterKind.ElementMemberField:
                {
                    var field = element!.Find(name)!;
                    var imrName = signature.Parameters[i] == ParameterKind.ElementMemberField;
                    arguments.Add(new Func<RecordValue, string?>(e => ElementText(field, e[name], imrName)));
                    break;
                }
                default:
                    arguments.Add(Path(value, name));
                    break;
            }
        }
        var method = Method(signature);
        try
        {
            return (PredicateResult)method.Invoke(null, arguments.ToArray())!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }

    private static readonly Dictionary<string, MethodInfo> Methods = new(StringComparer.Ordinal);

    /// <summary>The predicate's runtime method; a generic one (over list elements) closed over <see cref="RecordValue"/>.</summary>
    private static MethodInfo Method(PredicateSignature signature)
    {
        lock (Methods)
        {
            if (Methods.TryGetValue(signature.Method, out var cached)) return cached;
            var method = typeof(RulePredicates).GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m => m.Name == signature.Method);
            if (method.IsGenericMethodDefinition) method = method.MakeGenericMethod(typeof(RecordValue));
            return Methods[signature.Method] = method;
        }
    }

    /// <summary>An enum's conclusion phrases, as generated code has them (<c>OutcomeInfo.Phrases</c>).</summary>
    private IReadOnlyList<OutcomePhrases> Phrases(string enumName) => MemberTexts(_phrases, enumName, m => m.Conclusions);

    /// <summary>The names of an enum's members, as generated code has them (<c>MedicineInfo.Names</c>): display text, then aliases.</summary>
    private IReadOnlyList<OutcomePhrases> Names(string enumName) => MemberTexts(_names, enumName, m => m.Names);

    /// <summary>A table of each member's texts, made once per enum and kept in <paramref name="made"/>.</summary>
    private IReadOnlyList<OutcomePhrases> MemberTexts(Dictionary<string, IReadOnlyList<OutcomePhrases>> made, string enumName, Func<EnumMemberModel, IEnumerable<string>> texts)
    {
        lock (made)
        {
            if (made.TryGetValue(enumName, out var table)) return table;
            return made[enumName] = _model.FindEnum(enumName)!.Members.Select(m => new OutcomePhrases(m.Name, m.Display, texts(m).ToArray())).ToArray();
        }
    }

    /// <summary>`summary.injury-date` read through nested records; null when a record on the way is missing.</summary>
    private static object? Path(RecordValue value, string path)
    {
        object? current = value;
        foreach (var part in path.Split('.'))
        {
            if (current is not RecordValue record) return null;
            current = record[part];
        }
        return current;
    }

    private FieldModel? Resolve(RecordModel record, string path)
    {
        FieldModel? field = null;
        RecordModel? current = record;
        foreach (var part in path.Split('.'))
        {
            field = current?.Find(part);
            current = field is { Kind: FieldKind.Record } ? _model.FindRecord(field.TypeName) : null;
        }
        return field;
    }

    private string? ElementText(FieldModel field, object? raw, bool imrName) => field.Kind switch
    {
        FieldKind.Enum => raw is string member ? (imrName ? member : Display(field.TypeName, member)) : null,
        FieldKind.Text => raw as string,
        _ => raw?.ToString(),
    };

    private string Display(string enumName, string member)
        => _model.FindEnum(enumName)?.Members.FirstOrDefault(m => m.Name == member)?.Display ?? member;

    /// <summary>A field's value as text for message placeholders, as the generated Field(value, name) gives it.</summary>
    private string? FieldText(RecordValue value, string name)
    {
        if (value.Model.Find(name) is not { } f) return null;
        var raw = value[name];
        return f.Kind switch
        {
            FieldKind.Text when !f.IsList => raw as string,
            FieldKind.Enum when !f.IsList => raw is string member ? Display(f.TypeName, member) : null,
            FieldKind.Date when !f.IsList => (raw as DateTime?)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            FieldKind.Integer when !f.IsList => (raw as int?)?.ToString(CultureInfo.InvariantCulture),
            FieldKind.Pages => PageRange.Describe((IReadOnlyList<PageRange>)raw!),
            _ => raw?.ToString(),
        };
    }
}
