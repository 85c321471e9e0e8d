using System.Text.RegularExpressions;
using ImrDsl.Collections;
using ImrDsl.Diagnostics;
using ImrDsl.Syntax;
using ImrDsl.Text;

namespace ImrDsl.Semantics;

/// <summary>
/// The semantic pass: turns the declarations of a set of parsed files into a <see cref="DomainModel"/>,
/// reporting every problem (IMR2xx) with "did you mean" where a near name exists. Instances (case
/// documents) are checked against the model by <see cref="InstanceChecker"/>.
/// A block whose body already had a syntax error is not checked for missing members, so one typo
/// does not cascade into "required ... missing".
/// </summary>
public sealed class ModelBuilder
{
    public static readonly string[] BuiltInTypes = { "text", "integer", "date", "pages" };
    private static readonly string[] FieldOptions = { "required", "non-empty", "label", "pattern", "range", "as" };

    private readonly List<Diagnostic> _diagnostics = new();
    private readonly Dictionary<string, (SourceFile File, NameSyntax Name)> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (SourceFile File, NameSyntax Name)> _ruleKeys = new(StringComparer.Ordinal);

    public static (DomainModel Model, IReadOnlyList<Diagnostic> Diagnostics) Build(IEnumerable<ImrFileSyntax> files)
    {
        var builder = new ModelBuilder();
        var model = builder.BuildCore(files.ToList());
        return (model, builder._diagnostics);
    }

    private DomainModel BuildCore(IReadOnlyList<ImrFileSyntax> files)
    {
        // Pass 1: names, so declarations may refer to each other in any order and across files.
        foreach (var file in files)
        foreach (var declaration in file.Declarations)
        {
            var name = declaration switch
            {
                EnumSyntax e => e.Name,
                RecordSyntax r => r.Name,
                GuidelineSyntax g => g.Name,
                RuleSyntax r => r.Id,
                _ => null,
            };
            if (name is null) continue;
            // Rule IDs and names are looked up without regard to case (imr.json, imr explain), so two that differ only
            // in case would be one rule to every user: they clash. A rule's name clashes with another rule's too.
            if (declaration is RuleSyntax rule && !_names.ContainsKey(rule.Id.Text))
            {
                var idKey = rule.Id.Text.ToUpperInvariant();
                if (_ruleKeys.TryGetValue(idKey, out var idClash))
                    Report(file.Source, rule.Id.Span, DiagnosticDescriptors.DuplicateName,
                        $"rule '{rule.Id.Text}' differs from '{idClash.Name.Text}' ({idClash.File.Path}:{idClash.File.PositionOf(idClash.Name.Span.Start)}) only in case; rule IDs are compared without case");
                else _ruleKeys[idKey] = (file.Source, rule.Id);
                var nameKey = "name:" + rule.Name.Text.ToUpperInvariant();
                if (_ruleKeys.TryGetValue(nameKey, out var nameClash))
                    Report(file.Source, rule.Name.Span, DiagnosticDescriptors.DuplicateName,
                        $"the rule name '{rule.Name.Text}' is already used at {nameClash.File.Path}:{nameClash.File.PositionOf(nameClash.Name.Span.Start)}; each rule needs its own name");
                else _ruleKeys[nameKey] = (file.Source, rule.Name);
            }
            if (_names.TryGetValue(name.Text, out var first))
                Report(file.Source, name.Span, DiagnosticDescriptors.DuplicateName,
                    $"'{name.Text}' is already declared at {first.File.Path}:{first.File.PositionOf(first.Name.Span.Start)}; each name may be declared once");
            else
                _names[name.Text] = (file.Source, name);
        }

        var enums = new List<EnumModel>();
        var records = new List<RecordModel>();
        var guidelines = new List<GuidelineModel>();
        var recordSyntax = new List<(ImrFileSyntax File, RecordSyntax Syntax)>();
        var ruleSyntax = new List<(ImrFileSyntax File, RuleSyntax Syntax)>();

        foreach (var file in files)
        {
            var docs = new DocComments(file);
            var ns = file.Namespace?.Text ?? string.Empty;
            foreach (var declaration in file.Declarations)
            {
                switch (declaration)
                {
                    case EnumSyntax e: enums.Add(BuildEnum(file, docs, ns, e)); break;
                    case GuidelineSyntax g: guidelines.Add(BuildGuideline(file, docs, ns, g)); break;
                    case RecordSyntax r: recordSyntax.Add((file, r)); break;
                    case RuleSyntax r: ruleSyntax.Add((file, r)); break;
                }
            }
        }

        var enumNames = new HashSet<string>(enums.Select(e => e.Name));
        var recordNames = new HashSet<string>(recordSyntax.Select(r => r.Syntax.Name.Text));
        foreach (var (file, syntax) in recordSyntax)
            records.Add(BuildRecord(file, new DocComments(file), file.Namespace?.Text ?? string.Empty, syntax, enumNames, recordNames));

        var model = new DomainModel(enums.ToEquatableArray(), records.ToEquatableArray(), guidelines.ToEquatableArray(), EquatableArray<RuleModel>.Empty);
        var rules = ruleSyntax.Select(r => BuildRule(r.File, r.File.Namespace?.Text ?? string.Empty, r.Syntax, model)).ToList();
        return model with { Rules = rules.ToEquatableArray() };
    }

    // ---- enums -------------------------------------------------------------------------------------

    private EnumModel BuildEnum(ImrFileSyntax file, DocComments docs, string ns, EnumSyntax syntax)
    {
        var members = new List<EnumMemberModel>();
        var seen = new HashSet<string>();
        foreach (var member in syntax.Body.Members)
        {
            if (member is ErrorSyntax) continue;
            if (member is not BlockSyntax block)
            {
                Report(file.Source, member.Span, DiagnosticDescriptors.UnknownAttribute,
                    $"an enum holds members such as 'upheld \"Upheld\"', not attributes");
                continue;
            }
            if (!seen.Add(block.Keyword.Text))
                Report(file.Source, block.Keyword.Span, DiagnosticDescriptors.DuplicateName, $"member '{block.Keyword.Text}' is declared twice in enum '{syntax.Name.Text}'");
            var display = block.Labels.OfType<StringSyntax>().FirstOrDefault()?.Value ?? block.Keyword.Text;
            var (conclusions, aliases) = (new List<string>(), new List<string>());
            var attributes = new AttributeReader(this, file.Source, block.Body, $"enum member '{block.Keyword.Text}'", "conclusions", "aliases");
            if (attributes.Get("conclusions") is { } value) conclusions.AddRange(TextList(file.Source, value, "conclusions"));
            if (attributes.Get("aliases") is { } names) aliases.AddRange(TextList(file.Source, names, "aliases"));
            members.Add(new EnumMemberModel(block.Keyword.Text, display, docs.For(block), conclusions.ToEquatableArray(), aliases.ToEquatableArray()));
        }
        if (members.Count == 0 && !syntax.Body.HasErrors)
            Report(file.Source, syntax.Name.Span, DiagnosticDescriptors.MissingRequired, $"enum '{syntax.Name.Text}' has no members");
        return new EnumModel(syntax.Name.Text, ns, docs.For(syntax), members.ToEquatableArray(), file.Source.Path);
    }

    // ---- records -----------------------------------------------------------------------------------

    private RecordModel BuildRecord(ImrFileSyntax file, DocComments docs, string ns, RecordSyntax syntax, HashSet<string> enumNames, HashSet<string> recordNames)
    {
        var fields = new List<FieldModel>();
        var seen = new HashSet<string>();
        var hasLabel = false;
        foreach (var member in syntax.Body.Members)
        {
            if (member is not FieldSyntax field) continue;
            if (!seen.Add(field.Name.Text))
                Report(file.Source, field.Name.Span, DiagnosticDescriptors.DuplicateName, $"field '{field.Name.Text}' is declared twice in record '{syntax.Name.Text}'");

            var typeName = field.Type.Text;
            FieldKind kind;
            switch (typeName)
            {
                case "text": kind = FieldKind.Text; break;
                case "integer": kind = FieldKind.Integer; break;
                case "date": kind = FieldKind.Date; break;
                case "pages": kind = FieldKind.Pages; break;
                default:
                    if (enumNames.Contains(typeName)) kind = FieldKind.Enum;
                    else if (recordNames.Contains(typeName)) kind = FieldKind.Record;
                    else
                    {
                        Report(file.Source, field.Type.Span, DiagnosticDescriptors.UnknownType,
                            $"unknown type '{typeName}'{Suggestions.DidYouMean(typeName, BuiltInTypes.Concat(enumNames).Concat(recordNames))} (types are text, integer, date, pages, or a declared enum or record)");
                        kind = FieldKind.Text;
                    }
                    break;
            }

            bool required = false, nonEmpty = false, isLabel = false;
            string? pattern = null, blockKeyword = null;
            int? min = null, max = null;
            foreach (var option in field.Options)
            {
                var word = option.Keyword.Text;
                switch (word)
                {
                    case "required": required = true; break;
                    case "non-empty": nonEmpty = true; break;
                    case "label":
                        if (hasLabel) Report(file.Source, option.Span, DiagnosticDescriptors.DuplicateName, $"record '{syntax.Name.Text}' already has a label field; only one field can be the block's label");
                        hasLabel = isLabel = true;
                        break;
                    case "pattern":
                        pattern = (option.Argument as StringSyntax)?.Value;
                        if (kind != FieldKind.Text) Report(file.Source, option.Span, DiagnosticDescriptors.WrongValueKind, "'pattern' applies only to text fields");
                        else if (pattern is not null && !IsValidRegex(pattern, out var problem))
                            Report(file.Source, option.Argument!.Span, DiagnosticDescriptors.PatternMismatch, $"this pattern is not a valid regular expression: {problem}");
                        break;
                    case "range":
                        if (option.Argument is IntervalSyntax interval)
                        {
                            min = interval.From;
                            max = interval.To;
                            if (interval.From > interval.To) Report(file.Source, interval.Span, DiagnosticDescriptors.BadRange, $"the range {interval.From}..{interval.To} is empty; write the smaller number first");
                        }
                        else Report(file.Source, option.Span, DiagnosticDescriptors.WrongValueKind, "'range' needs two numbers such as 0..120");
                        if (kind != FieldKind.Integer) Report(file.Source, option.Span, DiagnosticDescriptors.WrongValueKind, "'range' applies only to integer fields");
                        break;
                    case "as":
                        blockKeyword = (option.Argument as NameExpressionSyntax)?.Name.Text;
                        if (kind != FieldKind.Record) Report(file.Source, option.Span, DiagnosticDescriptors.WrongValueKind, "'as' names the block keyword of a record field; this field is not a record");
                        break;
                    default:
                        Report(file.Source, option.Keyword.Span, DiagnosticDescriptors.UnknownAttribute,
                            $"unknown field option '{word}'{Suggestions.DidYouMean(word, FieldOptions)} (options are required, non-empty, label, pattern \"...\", range a..b, as keyword)");
                        break;
                }
            }
            fields.Add(new FieldModel(field.Name.Text, kind, typeName, field.Cardinality, required, nonEmpty, pattern, min, max, isLabel,
                blockKeyword ?? field.Name.Text, docs.For(field)));
        }
        var documentKeyword = syntax.DocumentKeyword?.Text;
        return new RecordModel(syntax.Name.Text, ns, documentKeyword, docs.For(syntax), fields.ToEquatableArray(), file.Source.Path);
    }

    private static bool IsValidRegex(string pattern, out string problem)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            problem = string.Empty;
            return true;
        }
        catch (ArgumentException ex)
        {
            problem = ex.Message;
            return false;
        }
    }

    // ---- guidelines --------------------------------------------------------------------------------

    private GuidelineModel BuildGuideline(ImrFileSyntax file, DocComments docs, string ns, GuidelineSyntax syntax)
    {
        var source = file.Source;
        var attributes = new AttributeReader(this, source, syntax.Body, $"guideline '{syntax.Name.Text}'", new[] { "title", "aliases", "page-count" }, new[] { "topic" });
        var title = attributes.Get("title") is { } t ? Text(source, t, "title") : null;
        if (title is null && !syntax.Body.HasErrors)
            Report(source, syntax.Name.Span, DiagnosticDescriptors.MissingRequired, $"guideline '{syntax.Name.Text}' needs a title = \"...\"");
        var aliases = attributes.Get("aliases") is { } a ? TextList(source, a, "aliases") : new List<string>();
        int? pageCount = attributes.Get("page-count") is { } p ? Integer(source, p, "page-count") : null;

        var topics = new List<TopicModel>();
        var seen = new Dictionary<string, TextSpan>(StringComparer.OrdinalIgnoreCase);
        // Other blocks were reported by the attribute reader.
        foreach (var block in syntax.Body.Members.OfType<BlockSyntax>().Where(b => b.Keyword.Text == "topic"))
        {
            var topicTitle = block.Labels.OfType<StringSyntax>().FirstOrDefault();
            if (topicTitle is null)
            {
                Report(source, block.Keyword.Span, DiagnosticDescriptors.MissingRequired, "a topic needs its title in quotes: topic \"Muscle relaxants (for pain)\" { ... }");
                continue;
            }
            if (seen.ContainsKey(topicTitle.Value))
                Report(source, topicTitle.Span, DiagnosticDescriptors.DuplicateName, $"topic \"{topicTitle.Value}\" is declared twice in guideline '{syntax.Name.Text}'");
            seen[topicTitle.Value] = topicTitle.Span;

            var topicAttributes = new AttributeReader(this, source, block.Body, $"topic \"{topicTitle.Value}\"", "pages", "aliases", "confidence");
            var pages = new List<PageRangeModel>();
            if (topicAttributes.Get("pages") is { } pagesValue)
            {
                if (pagesValue is NumberListSyntax list)
                {
                    foreach (var range in list.Items)
                    {
                        if (range.From > range.To)
                            Report(source, range.Span, DiagnosticDescriptors.BadRange, $"the page range {range.From}-{range.To} runs backwards; write the lower page first");
                        else if (pageCount is { } count && range.To > count)
                            Report(source, range.Span, DiagnosticDescriptors.BadRange, $"page {range.To} is beyond the guideline's {count} pages");
                        pages.Add(new PageRangeModel(range.From, range.To));
                    }
                }
                else Report(source, pagesValue.Span, DiagnosticDescriptors.WrongValueKind, "pages are numbers or ranges such as 63-66 or 13-16, 43-44");
            }
            var topicAliases = topicAttributes.Get("aliases") is { } ta ? TextList(source, ta, "aliases") : new List<string>();
            topics.Add(new TopicModel(topicTitle.Value, pages.ToEquatableArray(), topicAliases.ToEquatableArray()));
        }
        return new GuidelineModel(syntax.Name.Text, ns, title ?? syntax.Name.Text, docs.For(syntax), aliases.ToEquatableArray(), pageCount, topics.ToEquatableArray(), file.Source.Path);
    }

    // ---- rules -------------------------------------------------------------------------------------

    private static readonly string[] RuleAttributes = { "severity", "applies-to", "at", "require", "message", "summary", "why", "failing", "passing", "suppress" };
    private static readonly string[] CheckAttributes = { "applies-to", "at", "require", "message" };

    private RuleModel BuildRule(ImrFileSyntax file, string ns, RuleSyntax syntax, DomainModel model)
    {
        var source = file.Source;
        var attributes = new AttributeReader(this, source, syntax.Body, $"rule {syntax.Id.Text}", RuleAttributes, allowedBlocks: new[] { "check" });
        var severity = Severity.Error;
        if (attributes.Get("severity") is { } severityValue)
        {
            var word = severityValue is NameExpressionSyntax n ? n.Name.Text : (severityValue as StringSyntax)?.Value ?? string.Empty;
            if (!SeverityText.TryParse(word, out severity) || word.Length == 0)
                Report(source, severityValue.Span, DiagnosticDescriptors.BadRule, $"severity must be error, warning or info, not '{word}'{Suggestions.DidYouMean(word, new[] { "error", "warning", "info" })}");
        }

        string Doc(string name) => attributes.Get(name) is { } value ? Text(source, value, name) ?? string.Empty : string.Empty;
        var docs = new RuleDocs(Doc("summary"), Doc("why"), Doc("failing"), Doc("passing"), Doc("suppress"));
        if (docs.Summary.Length == 0 && !syntax.Body.HasErrors)
            Report(source, syntax.Id.Span, DiagnosticDescriptors.BadRule, $"rule {syntax.Id.Text} needs a summary = \"...\" (its one-line documentation)");

        var checks = new List<RuleCheckModel>();
        if (attributes.Get("require") is not null || attributes.Get("applies-to") is not null)
            checks.AddRange(BuildCheck(source, syntax.Id.Text, attributes, syntax.Id.Span, model));
        foreach (var block in syntax.Body.Members.OfType<BlockSyntax>().Where(b => b.Keyword.Text == "check"))
        {
            var checkAttributes = new AttributeReader(this, source, block.Body, $"a check of rule {syntax.Id.Text}", CheckAttributes);
            checks.AddRange(BuildCheck(source, syntax.Id.Text, checkAttributes, block.Keyword.Span, model));
        }
        return new RuleModel(syntax.Id.Text, syntax.Name.Text, severity, docs, checks.ToEquatableArray(), ns);
    }

    private IEnumerable<RuleCheckModel> BuildCheck(SourceFile source, string ruleId, AttributeReader attributes, TextSpan anchor, DomainModel model)
    {
        var appliesToValue = attributes.Get("applies-to");
        var appliesTo = (appliesToValue as NameExpressionSyntax)?.Name.Text;
        if (appliesTo is null)
        {
            Report(source, anchor, DiagnosticDescriptors.BadRule, $"rule {ruleId} needs applies-to = <record> to say what it checks");
            yield break;
        }
        var record = model.FindRecord(appliesTo);
        if (record is null)
        {
            Report(source, appliesToValue!.Span, DiagnosticDescriptors.UnknownReference,
                $"unknown record '{appliesTo}'{Suggestions.DidYouMean(appliesTo, model.Records.Select(r => r.Name))}");
            yield break;
        }
        string? at = null;
        if (attributes.Get("at") is { } atValue)
        {
            at = (atValue as NameExpressionSyntax)?.Name.Text;
            if (at is null || record.Find(at) is null)
            {
                Report(source, atValue.Span, DiagnosticDescriptors.UnknownReference,
                    $"'at' must name a field of {record.Name}{Suggestions.DidYouMean(at ?? string.Empty, record.Fields.Select(f => f.Name))}");
                at = null;
            }
        }
        var message = attributes.Get("message") is { } m ? Text(source, m, "message") ?? string.Empty : string.Empty;
        if (message.Length == 0) Report(source, anchor, DiagnosticDescriptors.BadRule, $"rule {ruleId} needs message = \"...\" for its findings");
        var requireValue = attributes.Get("require");
        if (requireValue is null)
        {
            Report(source, anchor, DiagnosticDescriptors.BadRule, $"rule {ruleId} needs require = <condition>");
            yield break;
        }
        var condition = new ConditionBinder(this, source, record, model).Bind(requireValue);
        if (condition is null) yield break;
        if (attributes.Get("message") is { } messageValue) CheckPlaceholders(source, messageValue, message, record, condition);
        yield return new RuleCheckModel(record.Name, at, message, condition);
    }

    /// <summary>
    /// A message may name the record's fields that read as text (not records, nor lists of dates or enum members)
    /// and the values its condition's predicates give; anything else would print nothing, or a whole record.
    /// </summary>
    private void CheckPlaceholders(SourceFile source, ExpressionSyntax messageValue, string message, RecordModel record, ConditionModel condition)
    {
        var allowed = record.Fields.Where(f => f.Kind != FieldKind.Record && (!f.IsList || f.Kind is FieldKind.Text or FieldKind.Integer or FieldKind.Pages))
            .Select(f => f.Name).Concat(PredicatesIn(condition).SelectMany(p => PredicateCatalog.Find(p)?.Values ?? Array.Empty<string>()))
            .Distinct().ToList();
        for (var open = message.IndexOf('{'); open >= 0; open = message.IndexOf('{', open + 1))
        {
            var close = message.IndexOf('}', open + 1);
            if (close < 0) break;
            var name = message.Substring(open + 1, close - open - 1);
            if (allowed.Contains(name)) continue;
            var field = record.Find(name);
            var why = field is not null
                ? $"'{name}' is {(field.Kind == FieldKind.Record ? "a record" : "a list")}, which has no text form for a message"
                : $"'{{{name}}}' names no field of {record.Name} and no value of this rule's predicates{Suggestions.DidYouMean(name, allowed)}";
            Report(source, messageValue.Span, DiagnosticDescriptors.BadRule, $"the message's placeholder {why}");
        }
    }

    private static IEnumerable<string> PredicatesIn(ConditionModel condition) => condition switch
    {
        AndCondition a => a.Operands.SelectMany(PredicatesIn),
        OrCondition o => o.Operands.SelectMany(PredicatesIn),
        NotCondition n => PredicatesIn(n.Operand),
        PredicateCondition p => new[] { p.Name },
        _ => Array.Empty<string>(),
    };

    // ---- shared helpers ----------------------------------------------------------------------------

    internal void Report(SourceFile file, TextSpan span, DiagnosticDescriptor descriptor, string message)
        => _diagnostics.Add(Diagnostic.Create(file, span, descriptor, message));

    internal string? Text(SourceFile file, ExpressionSyntax value, string what)
    {
        if (value is StringSyntax s) return s.Value;
        Report(file, value.Span, DiagnosticDescriptors.WrongValueKind, $"{what} must be text in quotes");
        return null;
    }

    internal int? Integer(SourceFile file, ExpressionSyntax value, string what)
    {
        if (value is NumberListSyntax { IsSingleNumber: true } n) return n.Items[0].From;
        Report(file, value.Span, DiagnosticDescriptors.WrongValueKind, $"{what} must be a whole number");
        return null;
    }

    internal List<string> TextList(SourceFile file, ExpressionSyntax value, string what)
    {
        if (value is StringSyntax single) return new List<string> { single.Value };
        if (value is ListSyntax list)
        {
            var result = new List<string>();
            foreach (var item in list.Items)
                if (Text(file, item, $"each of {what}") is { } text) result.Add(text);
            return result;
        }
        Report(file, value.Span, DiagnosticDescriptors.WrongValueKind, $"{what} must be a list of texts such as [\"a\", \"b\"]");
        return new List<string>();
    }
}
