using ImrDsl.Collections;
using ImrDsl.Diagnostics;
using ImrDsl.Syntax;

namespace ImrDsl.Semantics;

// The meaning of a set of .imr files, after names are resolved and checked. Every model is a value
// (strings, numbers, EquatableArray), so the incremental generator can cache on it, and the CLI can use it too.

public sealed record DomainModel(
    EquatableArray<EnumModel> Enums,
    EquatableArray<RecordModel> Records,
    EquatableArray<GuidelineModel> Guidelines,
    EquatableArray<RuleModel> Rules)
{
    public static DomainModel Empty { get; } = new(EquatableArray<EnumModel>.Empty, EquatableArray<RecordModel>.Empty,
        EquatableArray<GuidelineModel>.Empty, EquatableArray<RuleModel>.Empty);

    public RecordModel? FindRecord(string name) => Records.FirstOrDefault(r => r.Name == name);
    public EnumModel? FindEnum(string name) => Enums.FirstOrDefault(e => e.Name == name);
    public RecordModel? FindDocument(string keyword) => Records.FirstOrDefault(r => r.DocumentKeyword == keyword);
    public RuleModel? FindRule(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}

public sealed record EnumModel(string Name, string Namespace, string Doc, EquatableArray<EnumMemberModel> Members, string SourcePath);

/// <summary>An enum member: its .imr name, display text, documentation, the phrases that conclude it (`conclusions`), and
/// the other names it goes by in letters beside its display text (`aliases`: a medicine's brands).</summary>
public sealed record EnumMemberModel(string Name, string Display, string Doc, EquatableArray<string> Conclusions, EquatableArray<string> Aliases)
{
    /// <summary>The names the member goes by in letters: its display text, then its aliases (generated as <c>{Enum}Info.Names</c>).</summary>
    public IEnumerable<string> Names => new[] { Display }.Concat(Aliases);
}

public enum FieldKind { Text, Integer, Date, Pages, Enum, Record }

public sealed record FieldModel(
    string Name,
    FieldKind Kind,
    string TypeName,
    Cardinality Cardinality,
    bool Required,
    bool NonEmpty,
    string? Pattern,
    int? Min,
    int? Max,
    bool IsLabel,
    string BlockKeyword,
    string Doc)
{
    public bool IsList => Cardinality != Cardinality.Optional;
}

public sealed record RecordModel(string Name, string Namespace, string? DocumentKeyword, string Doc, EquatableArray<FieldModel> Fields, string SourcePath)
{
    public FieldModel? Find(string name) => Fields.FirstOrDefault(f => f.Name == name);
    public FieldModel? LabelField => Fields.FirstOrDefault(f => f.IsLabel);
}

public readonly record struct PageRangeModel(int From, int To)
{
    public override string ToString() => From == To ? From.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{From}-{To}";
}

public sealed record TopicModel(string Title, EquatableArray<PageRangeModel> Pages, EquatableArray<string> Aliases);

public sealed record GuidelineModel(string Name, string Namespace, string Title, string Doc, EquatableArray<string> Aliases, int? PageCount, EquatableArray<TopicModel> Topics, string SourcePath);

public sealed record RuleDocs(string Summary, string Why, string Failing, string Passing, string Suppress);

public sealed record RuleModel(string Id, string Name, Severity Severity, RuleDocs Docs, EquatableArray<RuleCheckModel> Checks, string Namespace);

/// <summary>One condition a rule checks on one record: a finding whenever <see cref="Condition"/> is false.</summary>
public sealed record RuleCheckModel(string AppliesTo, string? At, string Message, ConditionModel Condition);

// A chain of `and` or `or` terms is one condition with all of them as operands, and a run of `not`s is at most one
// NotCondition: the model then nests only as deep as the rule's brackets, which the parser limits, so every walk over
// it (the interpreter, the generator, record equality) may recurse. Nested one level per operator, a 4 MB condition
// of 200,000 terms overflowed the stack and ended the process.
public abstract record ConditionModel;

/// <summary>All operands must hold: they are asked in order, and the first that fails is the answer (else the last's).</summary>
public sealed record AndCondition(EquatableArray<ConditionModel> Operands) : ConditionModel;

/// <summary>
/// One operand must hold: they are asked in order, and the first that holds is the answer; when none does, the values
/// of all of them, a later one's winning where two give the same name.
/// </summary>
public sealed record OrCondition(EquatableArray<ConditionModel> Operands) : ConditionModel;

public sealed record NotCondition(ConditionModel Operand) : ConditionModel;
public sealed record PredicateCondition(string Name, EquatableArray<ArgumentModel> Arguments) : ConditionModel;

public enum ArgumentKind { Field, Text, Member, Enum }

/// <summary>A predicate argument: a field path of the record (`summary.injury-date`), a text, an enum member name, or an enum's name.</summary>
public sealed record ArgumentModel(ArgumentKind Kind, string Value);
