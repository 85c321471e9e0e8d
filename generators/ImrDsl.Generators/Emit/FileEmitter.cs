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
        EmitMemberTexts(w, e, "Phrases", "The phrases that express each member at the end of a rationale (its `conclusions`).", m => m.Conclusions);
        w.Line();
        EmitMemberTexts(w, e, "Names", "The names each member goes by in letters: its display text, then its `aliases`.", m => m.Names);
        w.Close();
        w.Line();
    }

    /// <summary>A table of each member's texts (phrases, names) as the runtime's predicates take it.</summary>
    private static void EmitMemberTexts(SourceWriter w, EnumModel e, string property, string doc, Func<EnumMemberModel, IEnumerable<string>> texts)
    {
        w.Doc(doc);
        w.Open($"public static global::System.Collections.Generic.IReadOnlyList<global::ImrDsl.Runtime.OutcomePhrases> {property} {{ get; }} = new[]");
        foreach (var m in e.Members)
            w.Line($"new global::ImrDsl.Runtime.OutcomePhrases({SourceWriter.Literal(m.Name)}, {SourceWriter.Literal(m.Display)}, new string[] {{ {string.Join(", ", texts(m).Select(SourceWriter.Literal))} }}),");
        w.Close(";");
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

    private const string Rt = "global::ImrDsl.Runtime";

    private static void EmitRecord(SourceWriter w, RecordModel r)
    {
        w.Doc(r.Doc);
        w.Line(SourceWriter.GeneratedCode);
        w.Open($"public sealed partial record {r.Name}");
        if (r.DocumentKeyword is { } keyword)
        {
            w.Doc($"The keyword a {r.Name} document starts with in .imr files.");
            w.Line($"public const string DocumentKeyword = {SourceWriter.Literal(keyword)};");
            w.Line();
        }
        foreach (var f in r.Fields)
        {
            w.Doc(f.Doc);
            var type = TypeOf(f);
            w.Line(IsValueList(f) ? $"public {type} {Names.Pascal(f.Name)} {{ get; init; }} = {type}.Empty;" : $"public {type} {Names.Pascal(f.Name)} {{ get; init; }}");
        }
        w.Doc("Where this instance was written (a letter or a case file). Not part of equality.");
        w.Line($"public {Rt}.SourceSpan Span {{ get; init; }}");
        w.Doc("Where each field's value was written. Immutable; not part of equality.");
        w.Line("public FieldSpans Spans { get; init; } = FieldSpans.Empty;");
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
        w.Line();
        EmitWriter(w, r);
        w.Line();
        EmitSpans(w, r);
        w.Close();
        w.Line();
    }

    /// <summary>FieldSpans: one typed, immutable span property per field, plus the by-name view writers use.</summary>
    private static void EmitSpans(SourceWriter w, RecordModel r)
    {
        w.Doc($"Where each field of a {r.Name} was written, one property per field. Build it with an object initializer or `with`.");
        w.Open($"public sealed record FieldSpans : {Rt}.IFieldSpans");
        w.Doc("No span known for any field. Immutable, so one instance serves every record.");
        w.Line("public static FieldSpans Empty { get; } = new();");
        foreach (var f in r.Fields)
        {
            w.Doc($"Where `{f.Name}` was written.");
            w.Line($"public {Rt}.SourceSpan {Names.Pascal(f.Name)} {{ get; init; }}");
        }
        w.Line();
        w.Doc("The span of a field by its .imr name.");
        w.Open($"public {Rt}.SourceSpan this[string field] => field switch");
        foreach (var f in r.Fields) w.Line($"{SourceWriter.Literal(f.Name)} => {Names.Pascal(f.Name)},");
        w.Line($"_ => {Rt}.SourceSpan.None,");
        w.Close(";");
        w.Line();
        w.Doc("The .imr names of the fields whose span is known, in declaration order.");
        w.Open("public global::System.Collections.Generic.IEnumerable<string> Fields");
        w.Open("get");
        foreach (var f in r.Fields) w.Line($"if ({Names.Pascal(f.Name)}.IsKnown) yield return {SourceWriter.Literal(f.Name)};");
        if (r.Fields.Count == 0) w.Line("yield break;");
        w.Close();
        w.Close();
        w.Close();
    }

    /// <summary>Bind(source): reads a case-document block into the record, field by field, without reflection.</summary>
    private static void EmitBinder(SourceWriter w, RecordModel r)
    {
        w.Doc($"Reads a {r.Name} from a checked .imr block.");
        w.Open($"public static {r.Name} Bind({Rt}.IRecordSource reader)");
        w.Line($"return new {r.Name}");
        w.Line("{");
        foreach (var f in r.Fields)
        {
            var name = SourceWriter.Literal(f.Name);
            var label = f.IsLabel ? ", isLabel: true" : "";
            var keyword = SourceWriter.Literal(f.BlockKeyword);
            var value = (f.Kind, f.IsList) switch
            {
                (FieldKind.Pages, _) => $"reader.Pages({name})",
                (FieldKind.Text, true) => $"reader.TextList({name})",
                (FieldKind.Text, false) => $"reader.Text({name}{label})",
                (FieldKind.Integer, true) => $"reader.IntegerList({name})",
                (FieldKind.Integer, false) => $"reader.Integer({name})",
                (FieldKind.Date, true) => $"reader.DateList({name})",
                (FieldKind.Date, false) => $"reader.Date({name})",
                (FieldKind.Enum, true) => $"{Rt}.Bind.Members<{f.TypeName}>(reader.NameList({name}), {f.TypeName}Info.TryParse)",
                (FieldKind.Enum, false) => $"{Rt}.Bind.Member<{f.TypeName}>(reader.Name({name}{label}), {f.TypeName}Info.TryParse)",
                (FieldKind.Record, true) => $"new {Rt}.ValueList<{f.TypeName}>(global::System.Linq.Enumerable.Select(reader.Blocks({keyword}), {f.TypeName}.Bind))",
                (FieldKind.Record, false) => $"global::System.Linq.Enumerable.FirstOrDefault(reader.Blocks({keyword})) is {{ }} {Names.Camel(f.Name).TrimStart('@')}Block ? {f.TypeName}.Bind({Names.Camel(f.Name).TrimStart('@')}Block) : null",
                _ => throw new System.InvalidOperationException($"no binder for a {f.Kind} field"),
            };
            w.Line($"    {Names.Pascal(f.Name)} = {value},");
        }
        w.Line("    Span = reader.Span,");
        w.Line("    Spans = new FieldSpans");
        w.Line("    {");
        foreach (var f in r.Fields)
        {
            var where = f.Kind == FieldKind.Record ? $", blockKeyword: {SourceWriter.Literal(f.BlockKeyword)}" : f.IsLabel ? ", isLabel: true" : "";
            w.Line($"        {Names.Pascal(f.Name)} = reader.SpanOf({SourceWriter.Literal(f.Name)}{where}),");
        }
        w.Line("    },");
        w.Line("};");
        w.Close();
        if (r.DocumentKeyword is not null)
        {
            w.Line();
            w.Doc($"Every `{r.DocumentKeyword}` document of a source (such as ImrDsl.Binding.BlockReader.Documents(file)), as {r.Name} records.");
            w.Open($"public static global::System.Collections.Generic.IReadOnlyList<{r.Name}> ReadDocuments({Rt}.IDocumentSource source)");
            w.Line("return global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(source.Documents(DocumentKeyword), Bind));");
            w.Close();
        }
    }

    /// <summary>
    /// WriteFields(writer): the record's values in declaration order (its label first), nested records through the
    /// same writer. The .imr and JSON writers are both driven by it, so a new field reaches every output.
    /// </summary>
    private static void EmitWriter(SourceWriter w, RecordModel r)
    {
        if (r.DocumentKeyword is not null)
        {
            w.Doc($"Writes this {r.Name} as a whole document.");
            w.Open($"public void WriteDocument({Rt}.IRecordWriter writer)");
            w.Line("writer.StartRecord(DocumentKeyword);");
            w.Line("WriteFields(writer);");
            w.Line("writer.EndRecord(Span, Spans);");
            w.Close();
            w.Line();
        }
        w.Doc("Writes each field's value, the label first, then the others in declaration order.");
        w.Open($"public void WriteFields({Rt}.IRecordWriter writer)");
        foreach (var f in r.Fields.Where(f => f.IsLabel).Concat(r.Fields.Where(f => !f.IsLabel)))
        {
            var name = SourceWriter.Literal(f.Name);
            var local = Names.Camel(f.Name).TrimStart('@');
            var access = Names.Pascal(f.Name);
            var isLabel = f.IsLabel ? "true" : "false";
            switch (f.Kind, f.IsList)
            {
                case (FieldKind.Pages, _): w.Line($"writer.Pages({name}, {access});"); break;
                case (FieldKind.Text, true): w.Line($"writer.TextList({name}, {access});"); break;
                case (FieldKind.Text, false): w.Line($"writer.Text({name}, {access}, isLabel: {isLabel});"); break;
                case (FieldKind.Integer, true): w.Line($"writer.IntegerList({name}, {access});"); break;
                case (FieldKind.Integer, false): w.Line($"writer.Integer({name}, {access});"); break;
                case (FieldKind.Date, true): w.Line($"writer.DateList({name}, {access});"); break;
                case (FieldKind.Date, false): w.Line($"writer.Date({name}, {access});"); break;
                case (FieldKind.Enum, true):
                    w.Line($"writer.MemberList({name}, global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select({access}, m => {f.TypeName}Info.ImrName(m))));");
                    break;
                case (FieldKind.Enum, false): w.Line($"writer.Member({name}, {access} is {{ }} {local}Member ? {f.TypeName}Info.ImrName({local}Member) : null, isLabel: {isLabel});"); break;
                case (FieldKind.Record, true):
                    w.Line($"writer.StartNested({name}, isList: true, isPresent: true);");
                    w.Open($"foreach (var element in {access})");
                    w.Line($"writer.StartRecord({SourceWriter.Literal(f.BlockKeyword)});");
                    w.Line("element.WriteFields(writer);");
                    w.Line("writer.EndRecord(element.Span, element.Spans);");
                    w.Close();
                    w.Line($"writer.EndNested({name}, isList: true);");
                    break;
                case (FieldKind.Record, false):
                    w.Line($"writer.StartNested({name}, isList: false, isPresent: {access} is not null);");
                    w.Open($"if ({access} is {{ }} {local}Record)");
                    w.Line($"writer.StartRecord({SourceWriter.Literal(f.BlockKeyword)});");
                    w.Line($"{local}Record.WriteFields(writer);");
                    w.Line($"writer.EndRecord({local}Record.Span, {local}Record.Spans);");
                    w.Close();
                    w.Line($"writer.EndNested({name}, isList: false);");
                    break;
            }
        }
        w.Close();
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
