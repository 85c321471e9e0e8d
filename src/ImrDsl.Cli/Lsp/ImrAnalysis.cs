using ImrDsl.Diagnostics;
using ImrDsl.Parsing;
using ImrDsl.Semantics;
using ImrDsl.Syntax;
using ImrDsl.Text;

namespace ImrDsl.Cli.Lsp;

/// <summary>What a name in an .imr file stands for: a type, a record's field, an enum member, a rule or a used file.</summary>
internal enum SymbolKind { Type, Field, Member, Rule, File }

/// <summary>
/// A symbol's identity across files: (Type, "Outcome"), (Field, "DisputedItem.outcome"), (Member, "Outcome.upheld"),
/// (Rule, "IMR002"), (File, a full path).
/// </summary>
internal readonly record struct SymbolKey(SymbolKind Kind, string Name);

/// <summary>One place a symbol is declared or used.</summary>
internal sealed record Occurrence(SymbolKey Key, ImrFileSyntax File, TextSpan Span, bool IsDeclaration);

/// <summary>
/// An .imr document with the files it uses and the library (std plus the imr.json's declarations), resolved into the
/// domain model and an index of every declaration and reference, for hover, definition, references and completion.
/// </summary>
internal sealed class ImrAnalysis
{
    private ImrAnalysis(ImrFileSyntax syntax, IReadOnlyList<ImrFileSyntax> files, DomainModel model, List<Occurrence> occurrences)
    {
        Syntax = syntax;
        Files = files;
        Model = model;
        Occurrences = occurrences;
    }

    /// <summary>The document itself.</summary>
    public ImrFileSyntax Syntax { get; }
    /// <summary>The library, the document and the files it uses.</summary>
    public IReadOnlyList<ImrFileSyntax> Files { get; }
    public DomainModel Model { get; }
    public IReadOnlyList<Occurrence> Occurrences { get; }

    public static ImrAnalysis Create(string path, string text, IReadOnlyList<ImrFileSyntax> library, Func<string, string?> load)
    {
        var ignored = new List<Diagnostic>();
        var own = ImrCompilation.LoadWithUses(new[] { new SourceFile(path, text) }, load, ImrCompilation.ResolveOnDisk, ignored);
        var ownPaths = new HashSet<string>(own.Select(f => f.Source.Path), StringComparer.Ordinal);
        var libraryFiles = library.Where(f => !ownPaths.Contains(f.Source.Path)).ToList();
        var model = ImrCompilation.Create(own, libraryFiles).Model;
        var all = libraryFiles.Concat(own).ToList();
        var occurrences = new List<Occurrence>();
        foreach (var file in all) new Indexer(file, model, occurrences).Run();
        return new ImrAnalysis(own[0], all, model, occurrences);
    }

    /// <summary>The occurrence in the document under an offset, if any.</summary>
    public Occurrence? At(int offset)
        => Occurrences.FirstOrDefault(o => ReferenceEquals(o.File, Syntax) && o.Span.Start <= offset && offset <= o.Span.End);

    public IEnumerable<Occurrence> Declarations(SymbolKey key) => Occurrences.Where(o => o.Key == key && o.IsDeclaration);

    public IEnumerable<Occurrence> All(SymbolKey key) => Occurrences.Where(o => o.Key == key);

    /// <summary>Walks one file's tree, recording declarations and the references it can resolve against the model.</summary>
    private sealed class Indexer(ImrFileSyntax file, DomainModel model, List<Occurrence> occurrences)
    {
        public void Run()
        {
            foreach (var use in file.Uses)
                Add(SymbolKind.File, ImrCompilation.ResolveOnDisk(file.Source.Path, use.Path.Value), use.Path.Span, false);
            foreach (var declaration in file.Declarations)
            {
                switch (declaration)
                {
                    case EnumSyntax e:
                        Add(SymbolKind.Type, e.Name.Text, e.Name.Span, true);
                        foreach (var member in e.Body.Members.OfType<BlockSyntax>())
                            Add(SymbolKind.Member, $"{e.Name.Text}.{member.Keyword.Text}", member.Keyword.Span, true);
                        break;
                    case RecordSyntax r:
                        Add(SymbolKind.Type, r.Name.Text, r.Name.Span, true);
                        foreach (var field in r.Body.Members.OfType<FieldSyntax>())
                        {
                            Add(SymbolKind.Field, $"{r.Name.Text}.{field.Name.Text}", field.Name.Span, true);
                            if (IsDeclaredType(field.Type.Text)) Add(SymbolKind.Type, field.Type.Text, field.Type.Span, false);
                        }
                        break;
                    case GuidelineSyntax g:
                        Add(SymbolKind.Type, g.Name.Text, g.Name.Span, true);
                        break;
                    case RuleSyntax rule:
                        Add(SymbolKind.Rule, rule.Id.Text, rule.Id.Span, true);
                        RuleBody(rule.Body, null);
                        break;
                    case BlockSyntax document when model.FindDocument(document.Keyword.Text) is { } record:
                        Add(SymbolKind.Type, record.Name, document.Keyword.Span, false);
                        Instance(document, record);
                        break;
                }
            }
        }

        private bool IsDeclaredType(string name) => model.FindRecord(name) is not null || model.FindEnum(name) is not null;

        /// <summary>`applies-to = Record`, `at = field` and field names in conditions, in a rule and its check blocks.</summary>
        private void RuleBody(BodySyntax body, RecordModel? inherited)
        {
            var appliesTo = body.Members.OfType<AttributeSyntax>().FirstOrDefault(a => a.Name.Text == "applies-to");
            var record = inherited;
            if (appliesTo?.Value is NameExpressionSyntax typeName && model.FindRecord(typeName.Name.Text) is { } found)
            {
                record = found;
                Add(SymbolKind.Type, found.Name, typeName.Span, false);
            }
            foreach (var member in body.Members)
            {
                if (member is BlockSyntax { Body: { } nested }) RuleBody(nested, record);
                else if (member is AttributeSyntax { Name.Text: "at" or "require" } attribute && record is not null) FieldNames(attribute.Value, record);
            }
        }

        /// <summary>
        /// The fields a rule's expression names, in source order. A stack rather than recursion: a condition of
        /// 200,000 terms nests that deep, and the server must outlive any document it is given.
        /// </summary>
        private void FieldNames(ExpressionSyntax expression, RecordModel record)
        {
            var pending = new Stack<ExpressionSyntax>();
            pending.Push(expression);
            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case NameExpressionSyntax name:
                        var first = name.Name.Text.Split('.')[0];
                        if (record.Find(first) is not null)
                            Add(SymbolKind.Field, $"{record.Name}.{first}", new TextSpan(name.Span.Start, first.Length), false);
                        break;
                    case CallSyntax call:
                        for (var i = call.Arguments.Count - 1; i >= 0; i--) pending.Push(call.Arguments[i]);
                        break;
                    case NotSyntax not:
                        pending.Push(not.Operand);
                        break;
                    case LogicalSyntax logical:
                        pending.Push(logical.Right);
                        pending.Push(logical.Left);
                        break;
                }
            }
        }

        /// <summary>A case document's block: attribute names are fields, enum values are members, nested blocks are record fields.</summary>
        private void Instance(BlockSyntax block, RecordModel record)
        {
            if (record.LabelField is { } labelField && block.Labels.Count > 0)
                Values(labelField, block.Labels[0]);
            if (block.Body is null) return;
            foreach (var member in block.Body.Members)
            {
                switch (member)
                {
                    case AttributeSyntax attribute when record.Find(attribute.Name.Text) is { } field:
                        Add(SymbolKind.Field, $"{record.Name}.{field.Name}", attribute.Name.Span, false);
                        Values(field, attribute.Value);
                        break;
                    case BlockSyntax nested when FieldForBlock(record, nested.Keyword.Text) is { } field && model.FindRecord(field.TypeName) is { } nestedRecord:
                        Add(SymbolKind.Field, $"{record.Name}.{field.Name}", nested.Keyword.Span, false);
                        Instance(nested, nestedRecord);
                        break;
                }
            }
        }

        private void Values(FieldModel field, ExpressionSyntax value)
        {
            if (field.Kind != FieldKind.Enum) return;
            if (value is NameExpressionSyntax name && model.FindEnum(field.TypeName) is { } enumModel && enumModel.Members.Any(m => m.Name == name.Name.Text))
                Add(SymbolKind.Member, $"{enumModel.Name}.{name.Name.Text}", name.Span, false);
            else if (value is ListSyntax list)
                foreach (var item in list.Items) Values(field, item);
        }

        private void Add(SymbolKind kind, string name, TextSpan span, bool declaration)
            => occurrences.Add(new Occurrence(new SymbolKey(kind, name), file, span, declaration));
    }

    /// <summary>The record field a nested block writes: `reviewer { }` for reviewer: Reviewer, `item "..." { }` for items: DisputedItem* as item.</summary>
    public static FieldModel? FieldForBlock(RecordModel record, string keyword)
        => record.Fields.FirstOrDefault(f => f.Kind == FieldKind.Record && f.BlockKeyword == keyword);
}
