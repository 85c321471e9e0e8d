using ImrDsl.Diagnostics;
using ImrDsl.Syntax;
using ImrDsl.Text;

namespace ImrDsl.Semantics;

/// <summary>
/// Checks case documents (top-level blocks such as `case "CM13-0068515" { ... }`) for what only their syntax can
/// tell: known document kinds, attributes and blocks, values of the right kind, enum members, page ranges in
/// order. Declared constraints on values (required, +, non-empty, pattern, range) are checked by the generated
/// validators on the bound record, as they are for letters, so both report them the same way.
/// </summary>
public sealed class InstanceChecker
{
    private readonly DomainModel _model;
    private readonly List<Diagnostic> _diagnostics = new();
    /// <summary>Patterns that are not valid (reported at their declaration) or that timed out once: not tried again.</summary>

    private InstanceChecker(DomainModel model) => _model = model;

    public static IReadOnlyList<Diagnostic> Check(DomainModel model, IEnumerable<ImrFileSyntax> files)
    {
        var checker = new InstanceChecker(model);
        foreach (var file in files)
        foreach (var block in file.Declarations.OfType<BlockSyntax>())
            checker.CheckDocument(file.Source, block);
        return checker._diagnostics;
    }

    private void CheckDocument(SourceFile file, BlockSyntax block)
    {
        var record = _model.FindDocument(block.Keyword.Text);
        if (record is null)
        {
            var keywords = _model.Records.Where(r => r.DocumentKeyword is not null).Select(r => r.DocumentKeyword!).ToList();
            var hint = Suggestions.Closest(block.Keyword.Text, keywords);
            var known = keywords.Count == 0 ? "no document kinds are declared (is a 'use' missing?)" : $"documents start with {string.Join(", ", keywords.Select(k => $"'{k}'"))}";
            Report(file, block.Keyword.Span, DiagnosticDescriptors.UnknownReference,
                $"unknown document kind '{block.Keyword.Text}'{(hint is null ? "" : $"; did you mean '{hint}'?")} ({known})");
            return;
        }
        CheckRecord(file, block, record);
    }

    private void CheckRecord(SourceFile file, BlockSyntax block, RecordModel record)
    {
        var seen = new HashSet<string>();
        var label = record.LabelField;
        if (block.Labels.Count > 0)
        {
            if (label is null)
                Report(file, block.Labels[0].Span, DiagnosticDescriptors.UnknownAttribute, $"a {block.Keyword.Text} block takes no label");
            else
            {
                CheckValue(file, label, block.Labels[0]);
                seen.Add(label.Name);
            }
        }

        if (block.Body is { } body)
        {
            foreach (var member in body.Members)
            {
                switch (member)
                {
                    case AttributeSyntax attribute:
                    {
                        var field = record.Find(attribute.Name.Text);
                        if (field is null || field.Kind == FieldKind.Record)
                        {
                            if (Unknown(file, attribute.Name, record, field is null ? null : $"'{field.Name}' is written as a block: {field.BlockKeyword} {{ ... }}") is { } meant)
                                seen.Add(meant);
                            continue;
                        }
                        if (!seen.Add(field.Name))
                        {
                            Report(file, attribute.Name.Span, DiagnosticDescriptors.DuplicateAttribute, $"'{field.Name}' is given twice; keep one");
                            continue;
                        }
                        CheckValue(file, field, attribute.Value);
                        break;
                    }
                    case BlockSyntax nested:
                    {
                        var field = record.Fields.FirstOrDefault(f => f.Kind == FieldKind.Record && f.BlockKeyword == nested.Keyword.Text);
                        if (field is null)
                        {
                            if (Unknown(file, nested.Keyword, record, null) is { } meant) seen.Add(meant);
                            continue;
                        }
                        if (!field.IsList && !seen.Add(field.Name))
                            Report(file, nested.Keyword.Span, DiagnosticDescriptors.DuplicateAttribute, $"'{field.Name}' holds one {field.TypeName}; this is a second one");
                        seen.Add(field.Name);
                        if (_model.FindRecord(field.TypeName) is { } nestedRecord) CheckRecord(file, nested, nestedRecord);
                        break;
                    }
                }
            }
        }

    }

    /// <summary>Reports an unknown member and returns the field it probably meant, so that field is not also reported missing.</summary>
    private string? Unknown(SourceFile file, NameSyntax name, RecordModel record, string? detail)
    {
        var candidates = record.Fields.Select(f => f.Kind == FieldKind.Record ? f.BlockKeyword : f.Name).ToList();
        var meant = Suggestions.Closest(name.Text, candidates);
        Report(file, name.Span, DiagnosticDescriptors.UnknownAttribute,
            detail ?? $"{record.Name} has no '{name.Text}'{(meant is null ? "" : $"; did you mean '{meant}'?")}");
        return meant is null ? null : record.Fields.First(f => (f.Kind == FieldKind.Record ? f.BlockKeyword : f.Name) == meant).Name;
    }

    private void CheckValue(SourceFile file, FieldModel field, ExpressionSyntax value)
    {
        if (field.IsList && value is ListSyntax list)
        {
            foreach (var item in list.Items) CheckSingle(file, field, item);
            return;
        }
        CheckSingle(file, field, value);
    }

    private void CheckSingle(SourceFile file, FieldModel field, ExpressionSyntax value)
    {
        switch (field.Kind)
        {
            case FieldKind.Text:
                if (value is not StringSyntax) WrongKind(file, field, value, "text in quotes");
                break;
            case FieldKind.Integer:
                // In a list, `1, 2` reads as one number list: each of its numbers is an element, but no range is.
                var isNumber = value is NumberListSyntax numbers && (field.IsList ? numbers.Items.All(r => !r.IsRange) : numbers.IsSingleNumber);
                if (!isNumber) WrongKind(file, field, value, field.IsList ? "whole numbers" : "a whole number");
                break;
            case FieldKind.Date:
                if (value is not DateSyntax) WrongKind(file, field, value, "a date such as 2015-03-17");
                break;
            case FieldKind.Pages:
                if (value is not NumberListSyntax pages) { WrongKind(file, field, value, "pages such as 64, 63-66 or 13-16, 43-44"); return; }
                foreach (var range in pages.Items.Where(r => r.From > r.To))
                    Report(file, range.Span, DiagnosticDescriptors.BadRange, $"the page range {range.From}-{range.To} runs backwards; write the lower page first");
                break;
            case FieldKind.Enum:
                var enumModel = _model.FindEnum(field.TypeName);
                var member = value is NameExpressionSyntax name ? name.Name.Text : null;
                if (enumModel is null) return;
                if (member is null || enumModel.Members.All(m => m.Name != member))
                {
                    var names = enumModel.Members.Select(m => m.Name).ToList();
                    Report(file, value.Span, DiagnosticDescriptors.UnknownReference,
                        $"'{member ?? "this"}' is not one of the {enumModel.Name} values{Suggestions.DidYouMean(member ?? string.Empty, names)} (one of {string.Join(", ", names)})");
                }
                break;
        }
    }



    private void WrongKind(SourceFile file, FieldModel field, ExpressionSyntax value, string expected)
        => Report(file, value.Span, DiagnosticDescriptors.WrongValueKind, $"'{field.Name}' must be {expected}");

    private void Report(SourceFile file, TextSpan span, DiagnosticDescriptor descriptor, string message)
        => _diagnostics.Add(Diagnostic.Create(file, span, descriptor, message));
}
