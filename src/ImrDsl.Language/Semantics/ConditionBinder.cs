using ImrDsl.Collections;
using ImrDsl.Diagnostics;
using ImrDsl.Syntax;
using ImrDsl.Text;

namespace ImrDsl.Semantics;

/// <summary>Checks a rule's `require` expression against the predicate table and the record's fields.</summary>
internal sealed class ConditionBinder
{
    private readonly ModelBuilder _builder;
    private readonly SourceFile _file;
    private readonly RecordModel _record;
    private readonly DomainModel _model;

    public ConditionBinder(ModelBuilder builder, SourceFile file, RecordModel record, DomainModel model)
    {
        _builder = builder;
        _file = file;
        _record = record;
        _model = model;
    }

    /// <summary>
    /// Binds a condition bottom-up with an explicit stack, as the syntax nests one level per `and`, `or` or `not` and a
    /// 4 MB condition must not overflow the call stack. A chain of terms joined by one operator becomes one condition
    /// with every term as an operand, and a run of `not`s one NotCondition or none (two cancel: Not keeps the values).
    /// Operands are bound left to right, so diagnostics keep their source order.
    /// </summary>
    public ConditionModel? Bind(ExpressionSyntax syntax)
    {
        var bound = new Stack<ConditionModel?>();
        var pending = new Stack<Step>();
        pending.Push(Step.Visit(syntax));
        while (pending.Count > 0)
        {
            var step = pending.Pop();
            switch (step.Node)
            {
                case null when step.Terms > 0:
                    var operands = new ConditionModel[step.Terms];
                    var complete = true;
                    for (var i = operands.Length - 1; i >= 0; i--)
                    {
                        var operand = bound.Pop();
                        complete &= operand is not null;
                        operands[i] = operand!;
                    }
                    bound.Push(!complete ? null
                        : step.Operator == LogicalOperator.And ? new AndCondition(new EquatableArray<ConditionModel>(operands)) : new OrCondition(new EquatableArray<ConditionModel>(operands)));
                    break;
                case null:
                    bound.Push(bound.Pop() is { } positive ? new NotCondition(positive) : null);
                    break;
                case LogicalSyntax logical:
                    // The parser joins a chain left to right ((a or b) or c): its terms are the right sides down the left spine.
                    var rights = new List<ExpressionSyntax>();
                    ExpressionSyntax first = logical;
                    while (first is LogicalSyntax link && link.Operator == logical.Operator)
                    {
                        rights.Add(link.Right);
                        first = link.Left;
                    }
                    pending.Push(Step.Join(logical.Operator, rights.Count + 1));
                    foreach (var right in rights) pending.Push(Step.Visit(right));
                    pending.Push(Step.Visit(first));
                    break;
                case NotSyntax not:
                    var odd = false;
                    ExpressionSyntax negated = not;
                    for (; negated is NotSyntax inner; negated = inner.Operand) odd = !odd;
                    if (odd) pending.Push(Step.Negate);
                    pending.Push(Step.Visit(negated));
                    break;
                case CallSyntax call:
                    bound.Push(BindCall(call));
                    break;
                default:
                    _builder.Report(_file, step.Node.Span, DiagnosticDescriptors.BadCondition,
                        "a condition is a predicate such as present(rationale), combined with and, or, not and parentheses");
                    bound.Push(null);
                    break;
            }
        }
        return bound.Pop();
    }

    /// <summary>What <see cref="Bind"/> does next: bind a node, join the last <see cref="Terms"/> conditions bound, or negate the last.</summary>
    private readonly record struct Step(ExpressionSyntax? Node, int Terms, LogicalOperator Operator)
    {
        public static Step Visit(ExpressionSyntax node) => new(node, 0, default);
        public static Step Join(LogicalOperator op, int terms) => new(null, terms, op);
        public static Step Negate => new(null, 0, default);
    }

    private ConditionModel? BindCall(CallSyntax call)
    {
        var name = call.Function.Text;
        var signature = PredicateCatalog.Find(name);
        if (signature is null)
        {
            _builder.Report(_file, call.Function.Span, DiagnosticDescriptors.BadCondition,
                $"unknown predicate '{name}'{Suggestions.DidYouMean(name, PredicateCatalog.All.Select(p => p.Name))}");
            return null;
        }
        if (call.Arguments.Count < signature.Required || call.Arguments.Count > signature.Parameters.Length)
        {
            var takes = signature.Optional == 0 ? $"{signature.Parameters.Length}" : $"{signature.Required} to {signature.Parameters.Length}";
            _builder.Report(_file, call.Span, DiagnosticDescriptors.BadCondition,
                $"'{name}' takes {takes} argument{(signature.Parameters.Length == 1 ? "" : "s")}, not {call.Arguments.Count}");
            return null;
        }

        var arguments = new List<ArgumentModel>();
        RecordModel? element = null;
        FieldModel? lastElementField = null;
        var ok = true;
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var argument = call.Arguments[i];
            var kind = signature.Parameters[i];
            switch (kind)
            {
                case ParameterKind.Text:
                    if (argument is StringSyntax text) arguments.Add(new ArgumentModel(ArgumentKind.Text, text.Value));
                    else ok = Fail(argument, $"argument {i + 1} of '{name}' must be text in quotes");
                    break;
                case ParameterKind.Pattern:
                    if (argument is not StringSyntax pattern) ok = Fail(argument, $"argument {i + 1} of '{name}' must be a regular expression in quotes");
                    else if (PatternProblem(pattern.Value) is { } problem) ok = Fail(argument, $"argument {i + 1} of '{name}' is not a valid regular expression: {problem}");
                    else arguments.Add(new ArgumentModel(ArgumentKind.Text, pattern.Value));
                    break;
                case ParameterKind.Member:
                {
                    var member = (argument as NameExpressionSyntax)?.Name.Text;
                    var enumModel = lastElementField is { Kind: FieldKind.Enum } ? _model.FindEnum(lastElementField.TypeName) : null;
                    if (member is null || enumModel is null || enumModel.Members.All(m => m.Name != member))
                        ok = Fail(argument, $"argument {i + 1} of '{name}' must be a member of {enumModel?.Name ?? "the field's enum"}{Suggestions.DidYouMean(member ?? string.Empty, enumModel?.Members.Select(m => m.Name) ?? Array.Empty<string>())}");
                    else arguments.Add(new ArgumentModel(ArgumentKind.Member, member));
                    break;
                }
                case ParameterKind.Enum:
                {
                    var enumName = (argument as NameExpressionSyntax)?.Name.Text;
                    if (enumName is null || _model.FindEnum(enumName) is null)
                        ok = Fail(argument, $"argument {i + 1} of '{name}' must name an enum{Suggestions.DidYouMean(enumName ?? string.Empty, _model.Enums.Select(e => e.Name))}");
                    else arguments.Add(new ArgumentModel(ArgumentKind.Enum, enumName));
                    break;
                }
                case ParameterKind.ElementField:
                case ParameterKind.ElementMemberField:
                {
                    var fieldName = (argument as NameExpressionSyntax)?.Name.Text ?? string.Empty;
                    var field = element?.Find(fieldName);
                    if (field is null)
                        ok = Fail(argument, $"'{fieldName}' is not a field of {element?.Name ?? "the list's records"}{Suggestions.DidYouMean(fieldName, element?.Fields.Select(f => f.Name) ?? Array.Empty<string>())}");
                    else
                    {
                        lastElementField = field;
                        arguments.Add(new ArgumentModel(ArgumentKind.Field, fieldName));
                    }
                    break;
                }
                default:
                {
                    var path = (argument as NameExpressionSyntax)?.Name.Text;
                    var field = path is null ? null : ResolvePath(path);
                    if (path is null || field is null)
                    {
                        ok = Fail(argument, $"'{path ?? "this"}' is not a field of {_record.Name}{Suggestions.DidYouMean(path ?? string.Empty, _record.Fields.Select(f => f.Name))}");
                        break;
                    }
                    if (!Fits(field, kind))
                    {
                        ok = Fail(argument, $"'{path}' is {Describe(field)}, but argument {i + 1} of '{name}' must be {Describe(kind)}");
                        break;
                    }
                    if (kind == ParameterKind.RecordListField) element = _model.FindRecord(field.TypeName);
                    // A member argument after an enum field names one of that enum's members, as after an element field.
                    if (kind == ParameterKind.EnumField) lastElementField = field;
                    arguments.Add(new ArgumentModel(ArgumentKind.Field, path));
                    break;
                }
            }
        }
        return ok ? new PredicateCondition(name, arguments.ToEquatableArray()) : null;
    }

    /// <summary>Resolves `a` or `a.b` (through single record fields) to the final field.</summary>
    private FieldModel? ResolvePath(string path)
    {
        var record = _record;
        FieldModel? field = null;
        foreach (var part in path.Split('.'))
        {
            if (record is null) return null;
            field = record.Find(part);
            if (field is null) return null;
            record = field.Kind == FieldKind.Record && !field.IsList ? _model.FindRecord(field.TypeName) : null;
        }
        return field;
    }

    private static bool Fits(FieldModel field, ParameterKind kind) => kind switch
    {
        ParameterKind.AnyField => true,
        ParameterKind.TextField => field.Kind == FieldKind.Text && !field.IsList,
        ParameterKind.PagesField => field.Kind == FieldKind.Pages,
        ParameterKind.DateField => field.Kind == FieldKind.Date && !field.IsList,
        ParameterKind.EnumField => field.Kind == FieldKind.Enum && !field.IsList,
        ParameterKind.RecordListField => field.Kind == FieldKind.Record && field.IsList,
        _ => false,
    };

    private static string Describe(FieldModel field)
    {
        var text = (field.IsList ? "list of " : "") + field.TypeName + " field";
        return ("aeiou".IndexOf(char.ToLowerInvariant(text[0])) >= 0 ? "an " : "a ") + text;
    }

    private static string Describe(ParameterKind kind) => kind switch
    {
        ParameterKind.TextField => "a text field",
        ParameterKind.PagesField => "a pages field",
        ParameterKind.DateField => "a date field",
        ParameterKind.EnumField => "an enum field",
        ParameterKind.RecordListField => "a list of records",
        _ => "a field",
    };

    /// <summary>Why a rule's regular expression cannot be used, or null: the author's mistake, reported where it is written.</summary>
    private static string? PatternProblem(string pattern)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(250));
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message.Length > 160 ? ex.Message.Substring(0, 160) + "…" : ex.Message;
        }
    }

    private bool Fail(SyntaxNode node, string message)
    {
        _builder.Report(_file, node.Span, DiagnosticDescriptors.BadCondition, message);
        return false;
    }
}
