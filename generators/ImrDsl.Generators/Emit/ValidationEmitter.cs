using ImrDsl.Generators.Pipeline;
using ImrDsl.Semantics;

namespace ImrDsl.Generators.Emit;

/// <summary>
/// Per record: its validator (when rules apply to it) and its part of ImrValidation, which validates the record and
/// every record inside it. Once per project: the list of catalogues and the rules' documentation.
/// </summary>
internal static class ValidationEmitter
{
    public static string Emit(RecordValidationOutput output)
    {
        var w = new SourceWriter();
        w.Header(output.Namespace);
        var related = output.Related.Append(output.Record).ToDictionary(r => r.Name, StringComparer.Ordinal);
        RecordModel? Find(string name) => related.TryGetValue(name, out var r) ? r : null;
        if (output.Checks.Count > 0) EmitValidator(w, Find, output.Record, output.Checks);
        EmitWalker(w, output.Record, hasValidator: output.Checks.Count > 0);
        return w.ToString();
    }

    private static void EmitValidator(SourceWriter w, Func<string, RecordModel?> find, RecordModel record, IReadOnlyList<RuleCheckOutput> checks)
    {
        w.Doc($"The rules that apply to {record.Name}: {string.Join(", ", checks.Select(c => c.RuleId).Distinct())}.");
        w.Line(SourceWriter.GeneratedCode);
        w.Open($"public sealed class {record.Name}Validator : global::ImrDsl.Runtime.IValidator<{record.Name}>");
        w.Line($"public static {record.Name}Validator Instance {{ get; }} = new();");
        w.Line();
        w.Open($"public global::System.Collections.Generic.IEnumerable<global::ImrDsl.Runtime.Finding> Validate({record.Name} value, global::ImrDsl.Runtime.ValidationContext context)");
        var index = 0;
        foreach (var rule in checks)
        {
            var check = rule.Check;
            var result = $"r{index++}";
            w.Line($"// {rule.RuleId} {rule.RuleName}");
            w.Line($"var {result} = {Condition(find, record, check.Condition)};");
            var span = check.At is { } at ? $"value.Spans[{SourceWriter.Literal(at)}] is {{ IsKnown: true }} s{index} ? s{index} : value.Span" : "value.Span";
            var item = record.LabelField is { Kind: FieldKind.Text } label ? $"value.{Names.Pascal(label.Name)}" : "null";
            w.Line($"if (!{result}.Holds) yield return new global::ImrDsl.Runtime.Finding({SourceWriter.Literal(rule.RuleId)}, {SourceWriter.Literal(rule.RuleName)}, global::ImrDsl.Diagnostics.Severity.{rule.Severity}, " +
                   $"global::ImrDsl.Runtime.MessageTemplate.Fill({SourceWriter.Literal(check.Message)}, {result}.Values, name => Field(value, name)), {span}, {item});");
        }
        w.Close();
        w.Line();
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
                FieldKind.Pages => $"global::ImrDsl.Runtime.PageRange.Describe({access})",
                _ => $"{access}?.ToString()",
            };
            w.Line($"{SourceWriter.Literal(f.Name)} => {text},");
        }
        w.Line("_ => null,");
        w.Close(";");
        w.Close();
        w.Line();
    }

    private static string Condition(Func<string, RecordModel?> find, RecordModel record, ConditionModel condition) => condition switch
    {
        AndCondition a => $"global::ImrDsl.Runtime.PredicateResult.And({Condition(find, record, a.Left)}, () => {Condition(find, record, a.Right)})",
        OrCondition o => $"global::ImrDsl.Runtime.PredicateResult.Or({Condition(find, record, o.Left)}, () => {Condition(find, record, o.Right)})",
        NotCondition n => $"global::ImrDsl.Runtime.PredicateResult.Not({Condition(find, record, n.Operand)})",
        PredicateCondition p => Predicate(find, record, p),
        _ => "global::ImrDsl.Runtime.PredicateResult.True",
    };

    private const string P = "global::ImrDsl.Runtime.RulePredicates";

    private static string Predicate(Func<string, RecordModel?> find, RecordModel record, PredicateCondition p)
    {
        var args = p.Arguments;
        string Path(int i) => Access(args[i].Value);
        switch (p.Name)
        {
            case "present": return $"{P}.Present({Path(0)})";
            case "non-empty": return $"{P}.NonEmpty({Path(0)})";
            case "has-reasoning": return $"{P}.HasReasoning({Path(0)})";
            case "matches": return $"{P}.Matches({Path(0)}, {SourceWriter.Literal(args[1].Value)})";
            case "pages-match-topic": return $"{P}.PagesMatchTopic(context, {Path(0)}, {Path(1)}, {Path(2)})";
            case "known-topic": return $"{P}.KnownTopic(context, {Path(0)}, {Path(1)})";
            case "conclusion-agrees":
            {
                var field = Resolve(find, record, args[1].Value)!;
                return $"{P}.ConclusionAgrees({Path(0)}, {Path(1)} is {{ }} outcome ? {field.TypeName}Info.ImrName(outcome) : null, {field.TypeName}Info.Phrases)";
            }
            case "conclusion-names-item": return $"{P}.ConclusionNamesItem({Path(0)}, {Path(1)})";
            case "any":
            case "unique":
            case "consistent":
            {
                var list = Resolve(find, record, args[0].Value)!;
                var element = find(list.TypeName)!;
                string Key(int i) => "e => " + AsText(element.Find(args[i].Value)!, $"e.{Names.Pascal(args[i].Value)}", imrName: p.Name == "any");
                return p.Name switch
                {
                    "any" => $"{P}.Any({Path(0)}, {Key(1)}, {SourceWriter.Literal(args[2].Value)})",
                    "unique" => $"{P}.Unique({Path(0)}, {Key(1)})",
                    _ => $"{P}.Consistent({Path(0)}, {Key(1)}, {Key(2)})",
                };
            }
            case "date-order": return $"{P}.DateOrder({Path(0)}, {Path(1)})";
            case "same-date": return $"{P}.SameDate({Path(0)}, {Path(1)})";
            default: return "global::ImrDsl.Runtime.PredicateResult.True";
        }
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

    /// <summary>This record's part of ImrValidation: its own rules, then those of every record inside it.</summary>
    private static void EmitWalker(SourceWriter w, RecordModel record, bool hasValidator)
    {
        w.Open("public static partial class ImrValidation");
        w.Doc($"Validates a {record.Name} and every record inside it with the generated validators.");
        w.Line(SourceWriter.GeneratedCode);
        w.Open($"public static global::System.Collections.Generic.IEnumerable<global::ImrDsl.Runtime.Finding> Validate({record.Name}? value, global::ImrDsl.Runtime.ValidationContext context)");
        w.Line("if (value is null) yield break;");
        if (hasValidator) w.Line($"foreach (var finding in {record.Name}Validator.Instance.Validate(value, context)) yield return finding;");
        foreach (var f in record.Fields.Where(f => f.Kind == FieldKind.Record))
        {
            if (f.IsList) w.Line($"foreach (var child in value.{Names.Pascal(f.Name)}) foreach (var finding in Validate(child, context)) yield return finding;");
            else w.Line($"foreach (var finding in Validate(value.{Names.Pascal(f.Name)}, context)) yield return finding;");
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
