using ImrDsl.Generators.Pipeline;
using ImrDsl.Semantics;
using ImrDsl.Syntax;

namespace ImrDsl.Generators.Emit;

/// <summary>The C# one .imr file declares: enums with their lookups, records with binders, and catalogues.</summary>
internal static class FileEmitter
{
    public static string Emit(FileOutput output)
    {
        var w = new SourceWriter();
        w.Header(output.Namespace);
        foreach (var e in output.Enums) EmitEnum(w, e);
        foreach (var r in output.Records) EmitRecord(w, r);
        if (output.Guidelines.Count > 0) EmitGuidelines(w, output.Guidelines);
        return w.ToString();
    }

    // ---- enums ------------------------------------------------------------------------------------

    private static void EmitEnum(SourceWriter w, EnumModel e)
    {
        w.Doc(e.Doc);
        w.Line(SourceWriter.GeneratedCode);
        w.Open($"public enum {e.Name}");
        foreach (var m in e.Members)
        {
            w.Doc(m.Doc.Length > 0 ? m.Doc : m.Display);
            w.Line($"{Names.Pascal(m.Name)},");
        }
        w.Close();
        w.Line();

        w.Doc($"Display text, .imr names and conclusion phrases of {e.Name}.");
        w.Line(SourceWriter.GeneratedCode);
        w.Open($"public static class {e.Name}Info");
        EmitMemberText(w, e, "Display", m => m.Display);
        w.Doc("The member's name as written in .imr files.");
        EmitMemberText(w, e, "ImrName", m => m.Name);
        w.Doc("Reads an .imr name or a display text, ignoring case.");
        w.Open($"public static bool TryParse(string? text, out {e.Name} value)");
        w.Open("switch (text?.Trim().ToLowerInvariant())");
        foreach (var m in e.Members)
        {
            var keys = new[] { m.Name.ToLowerInvariant(), m.Display.ToLowerInvariant() }.Distinct();
            w.Line($"{string.Join(" ", keys.Select(k => $"case {SourceWriter.Literal(k)}:"))} value = {e.Name}.{Names.Pascal(m.Name)}; return true;");
        }
        w.Line("default: value = default; return false;");
        w.Close();
        w.Close();
        w.Line();
        w.Doc("The phrases that express each member at the end of a rationale (its `conclusions`).");
        w.Open("public static global::System.Collections.Generic.IReadOnlyList<global::ImrDsl.Runtime.OutcomePhrases> Phrases { get; } = new[]");
        foreach (var m in e.Members)
            w.Line($"new global::ImrDsl.Runtime.OutcomePhrases({SourceWriter.Literal(m.Name)}, {SourceWriter.Literal(m.Display)}, new string[] {{ {string.Join(", ", m.Conclusions.Select(SourceWriter.Literal))} }}),");
        w.Close(";");
        w.Close();
        w.Line();
    }

    /// <summary>An extension method mapping each member to a text.</summary>
    private static void EmitMemberText(SourceWriter w, EnumModel e, string method, Func<EnumMemberModel, string> text)
    {
        w.Open($"public static string {method}(this {e.Name} value) => value switch");
        foreach (var m in e.Members) w.Line($"{e.Name}.{Names.Pascal(m.Name)} => {SourceWriter.Literal(text(m))},");
        w.Line("_ => value.ToString(),");
        w.Close(";");
        w.Line();
    }

    // ---- records ----------------------------------------------------------------------------------

    public static string TypeOf(FieldModel f) => f.Kind switch
    {
        FieldKind.Pages => "global::ImrDsl.Runtime.ValueList<global::ImrDsl.Runtime.PageRange>",
        _ when f.IsList => $"global::ImrDsl.Runtime.ValueList<{ElementType(f)}>",
        FieldKind.Integer => "int?",
        FieldKind.Date => "global::System.DateTime?",
        FieldKind.Enum => $"{f.TypeName}?",
        FieldKind.Record => $"{f.TypeName}?",
        _ => "string?",
    };

    private static string ElementType(FieldModel f) => f.Kind switch
    {
        FieldKind.Integer => "int",
        FieldKind.Date => "global::System.DateTime",
        FieldKind.Enum or FieldKind.Record => f.TypeName,
        _ => "string",
    };

    private static bool IsValueList(FieldModel f) => f.IsList || f.Kind == FieldKind.Pages;

    private static void EmitRecord(SourceWriter w, RecordModel r)
    {
        w.Doc(r.Doc);
        w.Line(SourceWriter.GeneratedCode);
        w.Open($"public sealed partial record {r.Name}");
        foreach (var f in r.Fields)
        {
            w.Doc(f.Doc);
            var type = TypeOf(f);
            w.Line(IsValueList(f) ? $"public {type} {Names.Pascal(f.Name)} {{ get; init; }} = {type}.Empty;" : $"public {type} {Names.Pascal(f.Name)} {{ get; init; }}");
        }
        w.Doc("Where this instance was written (a letter or a case file). Not part of equality.");
        w.Line("public global::ImrDsl.Runtime.SourceSpan Span { get; init; }");
        w.Doc("Where each field's value was written, by .imr field name. Not part of equality.");
        w.Line("public global::ImrDsl.Runtime.SpanMap Spans { get; init; } = global::ImrDsl.Runtime.SpanMap.Empty;");
        w.Line();
        w.Doc("Value equality over every field, lists by content; spans are ignored.");
        w.Open($"public bool Equals({r.Name}? other)");
        w.Line("if (other is null) return false;");
        w.Line("if (ReferenceEquals(this, other)) return true;");
        w.Line("return " + (r.Fields.Count == 0 ? "true" : string.Join("\n            && ", r.Fields.Select(f =>
            $"global::System.Collections.Generic.EqualityComparer<{TypeOf(f)}>.Default.Equals({Names.Pascal(f.Name)}, other.{Names.Pascal(f.Name)})"))) + ";");
        w.Close();
        w.Line();
        w.Open("public override int GetHashCode()");
        w.Line("var hash = 17;");
        foreach (var f in r.Fields)
            w.Line($"hash = unchecked(hash * 31 + global::System.Collections.Generic.EqualityComparer<{TypeOf(f)}>.Default.GetHashCode({Names.Pascal(f.Name)}!));");
        w.Line("return hash;");
        w.Close();
        w.Line();
        EmitBinder(w, r);
        w.Close();
        w.Line();
    }

    /// <summary>Bind(reader): reads a case-document block into the record, field by field, without reflection.</summary>
    private static void EmitBinder(SourceWriter w, RecordModel r)
    {
        w.Doc($"Reads a {r.Name} from a checked .imr block.");
        w.Open($"public static {r.Name} Bind(global::ImrDsl.Runtime.BlockReader reader)");
        w.Line($"return new {r.Name}");
        w.Line("{");
        foreach (var f in r.Fields)
        {
            var name = SourceWriter.Literal(f.Name);
            var label = f.IsLabel ? ", isLabel: true" : "";
            var keyword = SourceWriter.Literal(f.BlockKeyword);
            var value = f.Kind switch
            {
                FieldKind.Pages => $"reader.Pages({name})",
                FieldKind.Text when f.IsList => $"reader.TextList({name})",
                FieldKind.Text => $"reader.Text({name}{label})",
                FieldKind.Integer => $"reader.Integer({name})",
                FieldKind.Date => $"reader.Date({name})",
                FieldKind.Enum => $"{f.TypeName}Info.TryParse(reader.Name({name}{label}), out var {Names.Camel(f.Name).TrimStart('@')}Value) ? {Names.Camel(f.Name).TrimStart('@')}Value : null",
                FieldKind.Record when f.IsList => $"new global::ImrDsl.Runtime.ValueList<{f.TypeName}>(global::System.Linq.Enumerable.Select(reader.Blocks({keyword}, {name}), {f.TypeName}.Bind))",
                FieldKind.Record => $"reader.Block({keyword}, {name}) is {{ }} {Names.Camel(f.Name).TrimStart('@')}Block ? {f.TypeName}.Bind({Names.Camel(f.Name).TrimStart('@')}Block) : null",
                _ => "default",
            };
            if (f.Kind == FieldKind.Enum && f.IsList) value = "default!";
            w.Line($"    {Names.Pascal(f.Name)} = {value},");
        }
        w.Line("    Span = reader.Span,");
        w.Line("    Spans = reader.Spans,");
        w.Line("};");
        w.Close();
        if (r.DocumentKeyword is { } keywordText)
        {
            w.Line();
            w.Doc($"Every `{keywordText}` document of a parsed .imr file, as {r.Name} records.");
            w.Open($"public static global::System.Collections.Generic.IReadOnlyList<{r.Name}> ReadDocuments(global::ImrDsl.Syntax.ImrFileSyntax file)");
            w.Line($"return global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(global::ImrDsl.Runtime.BlockReader.Documents(file, {SourceWriter.Literal(keywordText)}), Bind));");
            w.Close();
        }
    }

    // ---- guideline catalogues ---------------------------------------------------------------------

    private static void EmitGuidelines(SourceWriter w, IEnumerable<GuidelineModel> guidelines)
    {
        // The attribute goes on the index part only: a partial class may carry it once.
        w.Open("public static partial class Guidelines");
        foreach (var g in guidelines)
        {
            w.Doc(g.Doc.Length > 0 ? g.Doc : g.Title);
            w.Line($"public static global::ImrDsl.Runtime.GuidelineCatalogue {Names.Pascal(g.Name)} {{ get; }} = new global::ImrDsl.Runtime.GuidelineCatalogue(");
            w.Line($"    {SourceWriter.Literal(g.Name)},");
            w.Line($"    {SourceWriter.Literal(g.Title)},");
            w.Line($"    new string[] {{ {string.Join(", ", g.Aliases.Select(SourceWriter.Literal))} }},");
            w.Line($"    {(g.PageCount is { } count ? SourceWriter.Int(count) : "null")},");
            w.Line("    new global::ImrDsl.Runtime.GuidelineTopic[]");
            w.Line("    {");
            foreach (var t in g.Topics)
            {
                var pages = string.Join(", ", t.Pages.Select(p => $"new global::ImrDsl.Runtime.PageRange({SourceWriter.Int(p.From)}, {SourceWriter.Int(p.To)})"));
                var aliases = string.Join(", ", t.Aliases.Select(SourceWriter.Literal));
                w.Line($"        new global::ImrDsl.Runtime.GuidelineTopic({SourceWriter.Literal(t.Title)}, new global::ImrDsl.Runtime.PageRange[] {{ {pages} }}, new string[] {{ {aliases} }}),");
            }
            w.Line("    });");
            w.Line();
        }
        w.Close();
    }
}
