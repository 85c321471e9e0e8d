using System.Text;
using ImrDsl.Collections;
using ImrDsl.Diagnostics;
using ImrDsl.Generators.Pipeline;
using ImrDsl.Semantics;
using ImrDsl.Syntax;

namespace ImrDsl.Generators.Emit;

/// <summary>
/// Per record: its validator (when rules apply to it) and its part of ImrValidation, which validates the record and
/// every record inside it. Once per project: the list of catalogues and the rules' documentation.
/// </summary>
internal static class ValidationEmitter
{
    private const string Rt = "global::ImrDsl.Runtime";
    private const string Diag = "global::ImrDsl.Diagnostics";

    public static string Emit(RecordValidationOutput output)
    {
        var w = new SourceWriter();
        w.Header(output.Namespace);
        var related = output.Related.Append(output.Record).ToDictionary(r => r.Name, StringComparer.Ordinal);
        RecordModel? Find(string name) => related.TryGetValue(name, out var r) ? r : null;
        var hasValidator = output.Checks.Count > 0 || HasConstraints(output.Record);
        if (hasValidator) EmitValidator(w, Find, output.Record, output.Checks);
        EmitWalker(w, output.Record, hasValidator);
        return w.ToString();
    }

    private static bool HasConstraints(RecordModel record)
        => record.Fields.Any(f => f.Required || f.Cardinality == Cardinality.AtLeastOne || f.NonEmpty || f.Pattern is not null || f.Min is not null || f.Max is not null);

    private static void EmitValidator(SourceWriter w, Func<string, RecordModel?> find, RecordModel record, IReadOnlyList<RuleCheckOutput> checks)
    {
        var rules = checks.Select(c => c.RuleId).Distinct().ToList();
        w.Doc($"The declared field constraints of {record.Name}" + (rules.Count > 0 ? $" and the rules that apply to it: {string.Join(", ", rules)}." : "."));
        w.Line(SourceWriter.GeneratedCode);
        w.Open($"public sealed class {record.Name}Validator : {Rt}.IValidator<{record.Name}>");
        w.Line($"public static {record.Name}Validator Instance {{ get; }} = new();");
        w.Line();
        w.Open($"public {Enumerable} Validate({record.Name} value, {Rt}.ValidationContext context)");
        EmitCollectAll(w);
        w.Close();
        w.Line();
        w.Doc(AddFindingsDoc);
        w.Open($"internal static void AddFindings({record.Name} value, {Rt}.ValidationContext context, ref {List}? findings)");
        var item = record.LabelField is { Kind: FieldKind.Text, IsList: false } label ? $"value.{Names.Pascal(label.Name)}" : "null";
        // One name counter for the whole method: pattern variables of every check share its scope.
        var names = new Names.Counter();
        EmitConstraints(w, record, item, names);
        var index = 0;
        var usesOr = false;
        foreach (var rule in checks)
        {
            var check = rule.Check;
            var result = $"r{index++}";
            usesOr |= UsesOr(check.Condition);
            w.Line($"// {rule.RuleId} {rule.RuleName}");
            w.Line($"var {result} = {Condition(find, record, check.Condition, names)};");
            var span = check.At is { } at ? $"value.Spans.{Names.Pascal(at)}.IsKnown ? value.Spans.{Names.Pascal(at)} : value.Span" : "value.Span";
            w.Line($"if (!{result}.Holds) {Add($"new {Diag}.Diagnostic({SourceWriter.Literal(rule.RuleId)}, {Diag}.Severity.{rule.Severity}, " +
                   $"Message({SourceWriter.Literal(check.Message)}, {result}, value), {span}) {{ Item = {item} }}")}");
        }
        w.Close();
        w.Line();
        if (checks.Count > 0)
        {
            // The message is filled here, not in AddFindings: a lambda there would capture `value`, and C# would then
            // allocate the closure on every call, finding or not.
            w.Doc("A failed check's message, its placeholders filled from the predicate's values and the record's fields.");
            w.Line($"private static string Message(string template, {Rt}.PredicateResult result, {record.Name} value) => {Rt}.MessageTemplate.Fill(template, result.Values, name => Field(value, name));");
            w.Line();
        }
        if (usesOr)
        {
            w.Doc("`or` once its left side has failed: the right side's result, or both sides' values when it fails too.");
            w.Line($"private static {Rt}.PredicateResult OrElse({Rt}.PredicateResult left, {Rt}.PredicateResult right) => right.Holds ? right : {Rt}.PredicateResult.Or(left, () => right);");
            w.Line();
        }
        w.Doc("A field's value as text, for message placeholders.");
        w.Open($"private static string? Field({record.Name} value, string name) => name switch");
        foreach (var f in record.Fields)
        {
            var access = $"value.{Names.Pascal(f.Name)}";
            var text = f.Kind switch
            {
                FieldKind.Text when !f.IsList => access,
                FieldKind.Enum when !f.IsList => $"{access} is {{ }} e ? {f.TypeName}Info.Display(e) : null",
                FieldKind.Date when !f.IsList => $"{access}?.ToString(\"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture)",
                FieldKind.Integer when !f.IsList => $"{access}?.ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
                FieldKind.Pages => $"{Rt}.PageRange.Describe({access})",
                _ => $"{access}?.ToString()",
            };
            w.Line($"{SourceWriter.Literal(f.Name)} => {text},");
        }
        w.Line("_ => null,");
        w.Close(";");
        w.Close();
        w.Line();
    }

    private const string Enumerable = "global::System.Collections.Generic.IEnumerable<global::ImrDsl.Diagnostics.Diagnostic>";
    private const string List = "global::System.Collections.Generic.List<global::ImrDsl.Diagnostics.Diagnostic>";

    private const string AddFindingsDoc =
        "Adds the findings, in order, to findings, which is made on the first one: a record without findings allocates nothing.";

    /// <summary>What Validate returns: the findings, or an empty array when there were none.</summary>
    private static string NoneIfNull(string findings)
        => $"({Enumerable}?){findings} ?? global::System.Array.Empty<{Diag}.Diagnostic>()";

    /// <summary>A statement's tail that adds a finding to the list, making the list on the first one.</summary>
    private static string Add(string finding) => $"(findings ??= new()).Add({finding});";

    private static bool UsesOr(ConditionModel condition) => condition switch
    {
        OrCondition => true,
        AndCondition a => a.Operands.Any(UsesOr),
        NotCondition n => UsesOr(n.Operand),
        _ => false,
    };

    /// <summary>
    /// The field options of the declaration (required, +, non-empty, pattern, range) as checks, with the IDs and
    /// messages the language gives them, each at the span of the offending value (the record's own span for a
    /// missing value). A letter, its extracted .imr and an embedding program therefore all get the same findings.
    /// </summary>
    private static void EmitConstraints(SourceWriter w, RecordModel record, string item, Names.Counter names)
    {
        foreach (var f in record.Fields)
        {
            var access = $"value.{Names.Pascal(f.Name)}";
            var at = $"(value.Spans.{Names.Pascal(f.Name)}.IsKnown ? value.Spans.{Names.Pascal(f.Name)} : value.Span)";
            string Report(DiagnosticDescriptor d, string message)
                => Add($"new {Diag}.Diagnostic({SourceWriter.Literal(d.Id)}, {Diag}.Severity.{d.DefaultSeverity}, {message}, {at}) {{ Item = {item} }}");
            var name = f.Name;
            if (f.Required && !f.IsList && f.Kind != FieldKind.Pages)
                w.Line($"if ({access} is null) {Report(DiagnosticDescriptors.MissingRequired, SourceWriter.Literal($"this {record.Name} has no {name}, which is required"))}");
            if (f.Cardinality == Cardinality.AtLeastOne || (f.Required && (f.IsList || f.Kind == FieldKind.Pages)))
                w.Line($"if ({access}.Count == 0) {Report(DiagnosticDescriptors.MissingRequired, SourceWriter.Literal($"'{name}' needs at least one value"))}");
            if (f.Kind == FieldKind.Text && (f.NonEmpty || f.Pattern is not null))
            {
                var text = OpenEachValue(w, f, access, names.Next("text"));
                if (f.NonEmpty)
                    w.Line($"if ({Rt}.Constraints.IsBlank({text})) {Report(DiagnosticDescriptors.MissingRequired, SourceWriter.Literal($"'{name}' must not be empty"))}");
                if (f.Pattern is { } pattern)
                    w.Line($"if ({Rt}.Constraints.PatternProblem({text}, {SourceWriter.Literal(pattern)}, {SourceWriter.Literal(name)}) is {{ }} problem) " +
                           Report(DiagnosticDescriptors.PatternMismatch, "problem"));
                w.Close();
            }
            if (f.Kind == FieldKind.Integer && (f.Min is not null || f.Max is not null))
            {
                var min = f.Min is { } lo ? SourceWriter.Int(lo) : "null";
                var max = f.Max is { } hi ? SourceWriter.Int(hi) : "null";
                var number = OpenEachValue(w, f, access, names.Next("number"));
                w.Line($"if (!{Rt}.Constraints.InRange({number}, {min}, {max})) " +
                       Report(DiagnosticDescriptors.OutOfRange, $"{SourceWriter.Literal(name + " ")} + {number}.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + {SourceWriter.Literal($" is outside {f.Min}..{f.Max}")}"));
                w.Close();
            }
        }
    }

    /// <summary>
    /// Opens a block that runs once for each value of the field (a list's elements by index, as a foreach over the
    /// list's interface would allocate an enumerator; a single value when it is there) and returns the name it has there.
    /// </summary>
    private static string OpenEachValue(SourceWriter w, FieldModel f, string access, string name)
    {
        if (!f.IsList)
        {
            w.Open($"if ({access} is {{ }} {name})");
            return name;
        }
        var index = name + "Index";
        w.Open($"for (var {index} = 0; {index} < {access}.Count; {index}++)");
        return $"{access}[{index}]";
    }

    /// <summary>
    /// A condition as one C# expression; <paramref name="names"/> keeps pattern variables unique within it. `and` and
    /// `or` evaluate their right side only when the left does not decide, as PredicateResult.And and Or do, but as
    /// switch expressions: a lambda for the right side would capture `value` and cost every record a closure.
    /// </summary>
    private static string Condition(Func<string, RecordModel?> find, RecordModel record, ConditionModel condition, Names.Counter names) => condition switch
    {
        AndCondition a => Chain(find, record, a.Operands, names, isAnd: true),
        OrCondition o => Chain(find, record, o.Operands, names, isAnd: false),
        NotCondition n => $"{Rt}.PredicateResult.Not({Condition(find, record, n.Operand, names)})",
        PredicateCondition p => Predicate(find, record, p, names),
        _ => throw new InvalidOperationException($"no code for the condition {condition.GetType().Name}"),
    };

    /// <summary>
    /// Terms joined left to right, ((a and b) and c), each join a switch on the result so far: for `and` the result when it
    /// fails, else the next term; for `or` the result when it holds, else <c>OrElse</c> of both (emitted beside the
    /// validator). Built in one pass, as a chain may have thousands of terms.
    /// </summary>
    private static string Chain(Func<string, RecordModel?> find, RecordModel record, EquatableArray<ConditionModel> terms, Names.Counter names, bool isAnd)
    {
        var code = new StringBuilder().Append('(', terms.Count - 1).Append(Condition(find, record, terms[0], names));
        for (var i = 1; i < terms.Count; i++)
        {
            var name = names.Next("left");
            var next = Condition(find, record, terms[i], names);
            code.Append(isAnd
                ? $") switch {{ {{ Holds: false }} {name} => {name}, _ => {next} }}"
                : $") switch {{ {{ Holds: true }} {name} => {name}, var {name} => OrElse({name}, {next}) }}");
        }
        return code.ToString();
    }

    /// <summary>
    /// A call to the predicate's runtime method, its arguments passed by the registry's conventions. A predicate the
    /// registry does not know never reaches here: the semantic pass reported it (IMR210) and nothing is emitted.
    /// </summary>
    private static string Predicate(Func<string, RecordModel?> find, RecordModel record, PredicateCondition p, Names.Counter names)
    {
        var signature = PredicateCatalog.Find(p.Name) ?? throw new InvalidOperationException($"predicate '{p.Name}' is not in the registry");
        var arguments = new List<string>();
        if (signature.UsesContext) arguments.Add("context");
        RecordModel? element = null;
        for (var i = 0; i < signature.Parameters.Length; i++)
        {
            // An optional argument the rule left out (passed as one value: a text field, an enum's names) is null.
            if (i >= p.Arguments.Count)
            {
                arguments.Add("null");
                continue;
            }
            var value = p.Arguments[i].Value;
            switch (signature.Parameters[i])
            {
                case ParameterKind.Text:
                case ParameterKind.Pattern:
                case ParameterKind.Member:
                    arguments.Add(SourceWriter.Literal(value));
                    break;
                case ParameterKind.EnumField:
                {
                    var field = Resolve(find, record, value)!;
                    var member = names.Next("e");
                    arguments.Add($"{Access(value)} is {{ }} {member} ? {field.TypeName}Info.ImrName({member}) : null");
                    arguments.Add($"{field.TypeName}Info.Phrases");
                    break;
                }
                case ParameterKind.Enum:
                    arguments.Add($"{value}Info.Names");
                    break;
                case ParameterKind.RecordListField:
                    element = find(Resolve(find, record, value)!.TypeName);
                    arguments.Add(Access(value));
                    break;
                case ParameterKind.ElementField:
                case ParameterKind.ElementMemberField:
                {
                    var field = element!.Find(value)!;
                    arguments.Add("e => " + AsText(field, $"e.{Names.Pascal(value)}", imrName: signature.Parameters[i] == ParameterKind.ElementMemberField));
                    break;
                }
                default:
                    arguments.Add(Access(value));
                    break;
            }
        }
        return $"global::{PredicateCatalog.RuntimeType}.{signature.Method}({string.Join(", ", arguments)})";
    }

    private static string AsText(FieldModel field, string access, bool imrName) => field.Kind switch
    {
        FieldKind.Enum => $"{access} is {{ }} v ? {field.TypeName}Info.{(imrName ? "ImrName" : "Display")}(v) : null",
        FieldKind.Text => access,
        _ => $"{access}?.ToString()",
    };

    /// <summary>`summary.injury-date` becomes `value.Summary?.InjuryDate`.</summary>
    private static string Access(string path)
    {
        var parts = path.Split('.');
        var text = "value." + Names.Pascal(parts[0]);
        for (var i = 1; i < parts.Length; i++) text += "?." + Names.Pascal(parts[i]);
        return text;
    }

    private static FieldModel? Resolve(Func<string, RecordModel?> find, RecordModel record, string path)
    {
        FieldModel? field = null;
        RecordModel? current = record;
        foreach (var part in path.Split('.'))
        {
            field = current?.Find(part);
            current = field is { Kind: FieldKind.Record } ? find(field.TypeName) : null;
        }
        return field;
    }

    /// <summary>The body of a public Validate: every finding added to one list, made on the first one.</summary>
    private static void EmitCollectAll(SourceWriter w)
    {
        w.Line($"{List}? findings = null;");
        w.Line("AddFindings(value, context, ref findings);");
        w.Line($"return {NoneIfNull("findings")};");
    }

    /// <summary>
    /// This record's part of ImrValidation: its own rules, then those of every record inside it. Validate collects
    /// them through AddFindings into one list, made only for a first finding; a chain of nested iterators cost every
    /// letter some twenty iterator objects and an interface call per finding at each level.
    /// </summary>
    private static void EmitWalker(SourceWriter w, RecordModel record, bool hasValidator)
    {
        w.Open("public static partial class ImrValidation");
        w.Doc($"Validates a {record.Name} and every record inside it with the generated validators.");
        w.Line(SourceWriter.GeneratedCode);
        w.Open($"public static {Enumerable} Validate({record.Name}? value, global::ImrDsl.Runtime.ValidationContext context)");
        EmitCollectAll(w);
        w.Close();
        w.Line();
        w.Doc(AddFindingsDoc);
        w.Line(SourceWriter.GeneratedCode);
        w.Open($"internal static void AddFindings({record.Name}? value, global::ImrDsl.Runtime.ValidationContext context, ref {List}? findings)");
        w.Line("if (value is null) return;");
        if (hasValidator) w.Line($"{record.Name}Validator.AddFindings(value, context, ref findings);");
        foreach (var f in record.Fields.Where(f => f.Kind == FieldKind.Record))
        {
            var access = $"value.{Names.Pascal(f.Name)}";
            if (f.IsList) w.Line($"for (var i = 0; i < {access}.Count; i++) AddFindings({access}[i], context, ref findings);");
            else w.Line($"AddFindings({access}, context, ref findings);");
        }
        w.Close();
        w.Close();
    }

    public static string EmitIndex(IndexOutput output)
    {
        var w = new SourceWriter();
        w.Header(output.Namespace);
        w.Line(SourceWriter.GeneratedCode);
        w.Open("public static partial class Guidelines");
        w.Doc("Every catalogue declared in this project's .imr files.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::ImrDsl.Runtime.GuidelineCatalogue> All => s_all ??= new global::ImrDsl.Runtime.GuidelineCatalogue[] { " +
               string.Join(", ", output.Guidelines.Select(Names.Pascal)) + " };");
        w.Line("private static global::System.Collections.Generic.IReadOnlyList<global::ImrDsl.Runtime.GuidelineCatalogue>? s_all;");
        w.Doc("A validation context over all catalogues.");
        w.Line("public static global::ImrDsl.Runtime.ValidationContext Context => s_context ??= new global::ImrDsl.Runtime.ValidationContext(All);");
        w.Line("private static global::ImrDsl.Runtime.ValidationContext? s_context;");
        w.Close();
        w.Line();
        w.Doc("The rules declared in this project's .imr files, with their documentation.");
        w.Line(SourceWriter.GeneratedCode);
        w.Open("public static partial class Rules");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::ImrDsl.Runtime.RuleInfo> All { get; } = new global::ImrDsl.Runtime.RuleInfo[]");
        w.Line("{");
        foreach (var r in output.Rules)
            w.Line($"    new({SourceWriter.Literal(r.Id)}, {SourceWriter.Literal(r.Name)}, global::ImrDsl.Diagnostics.Severity.{r.Severity}, {SourceWriter.Literal(r.Docs.Summary)}, {SourceWriter.Literal(r.Docs.Why)}, {SourceWriter.Literal(r.Docs.Failing)}, {SourceWriter.Literal(r.Docs.Passing)}, {SourceWriter.Literal(r.Docs.Suppress)}),");
        w.Line("};");
        w.Close();
        return w.ToString();
    }
}
