namespace ImrDsl.Semantics;

/// <summary>How a predicate's arguments must look, and so how generated code passes them to the runtime method.</summary>
public enum ParameterKind
{
    /// <summary>Any field of the record; passed as its value.</summary>
    AnyField,
    /// <summary>A text field; passed as string?.</summary>
    TextField,
    /// <summary>A pages field; passed as its list of ranges.</summary>
    PagesField,
    /// <summary>A date field (a path such as summary.injury-date is allowed); passed as DateTime?.</summary>
    DateField,
    /// <summary>An enum field; passed as two arguments: the member's .imr name (string?) and the enum's phrase table.</summary>
    EnumField,
    /// <summary>A list of records; passed as the list.</summary>
    RecordListField,
    /// <summary>A field of the list's element record; passed as a function from element to its display text.</summary>
    ElementField,
    /// <summary>A field of the list's element record compared with a member; passed as a function from element to its .imr name.</summary>
    ElementMemberField,
    /// <summary>A literal text in quotes; passed as a string constant.</summary>
    Text,
    /// <summary>A regular expression in quotes, checked when the rule is read; passed as a string constant.</summary>
    Pattern,
    /// <summary>An enum member name of the previous element field's enum; passed as a string constant.</summary>
    Member,
    /// <summary>An enum's name (`Medicine`); passed as the names of its members: each one's display text and aliases.</summary>
    Enum,
}

/// <summary>
/// One predicate: its .imr name, how it is written, what it means, its parameters, and the runtime method that
/// implements it (a static method whose parameters follow <see cref="ParameterKind"/>'s conventions, with the
/// ValidationContext first when <see cref="UsesContext"/>). The generator emits a call to <see cref="Method"/>
/// for every use; grammar/README.md's predicate table is tested against <see cref="Usage"/> and <see cref="Description"/>.
/// </summary>
public sealed record PredicateSignature(string Name, string Usage, string Description, string Method, bool UsesContext, params ParameterKind[] Parameters)
{
    /// <summary>The named values a failing call gives the rule's message, such as {cited-pages}.</summary>
    public IReadOnlyList<string> Values { get; init; } = Array.Empty<string>();

    /// <summary>
    /// How many of the last parameters a call may leave out; each is passed as one value (a text field, an enum's names),
    /// null when left out. A
    /// predicate that gains an argument keeps the rules written before it valid this way.
    /// </summary>
    public int Optional { get; init; }

    /// <summary>How many arguments a call must give.</summary>
    public int Required => Parameters.Length - Optional;
}

/// <summary>The one registry of predicates rule conditions may use. Add a predicate here and in RulePredicates; nowhere else.</summary>
public static class PredicateCatalog
{
    /// <summary>The type that holds every predicate's implementation.</summary>
    public const string RuntimeType = "ImrDsl.Runtime.RulePredicates";

    public static IReadOnlyList<PredicateSignature> All { get; } = new[]
    {
        new PredicateSignature("present", "present(field)", "the field has a value (a list: at least one element)", "Present", false, ParameterKind.AnyField),
        new PredicateSignature("non-empty", "non-empty(text)", "the text has something other than white space", "NonEmpty", false, ParameterKind.TextField),
        new PredicateSignature("has-reasoning", "has-reasoning(text)", "the text says more than a placeholder such as \"See above.\", \"N/A\" or \"TBD\"", "HasReasoning", false, ParameterKind.TextField),
        new PredicateSignature("matches", "matches(text, \"regex\")", "the text matches the regular expression", "Matches", false, ParameterKind.TextField, ParameterKind.Pattern),
        new PredicateSignature("pages-match-topic", "pages-match-topic(guideline, topic, pages)", "the pages overlap a range of the topic and lie within the guideline (true when topic or pages are missing)", "PagesMatchTopic", true, ParameterKind.TextField, ParameterKind.TextField, ParameterKind.PagesField) { Values = new[] { "where", "expected-pages", "guideline-title", "cited-pages", "offset-hint" } },
        new PredicateSignature("known-topic", "known-topic(guideline, topic)", "a catalogue knows the topic", "KnownTopic", true, ParameterKind.TextField, ParameterKind.TextField) { Values = new[] { "guideline-title", "suggestion" } },
        new PredicateSignature("conclusion-agrees", "conclusion-agrees(rationale, outcome[, service])", "the rationale's conclusion expresses the outcome (true when there is no recognisable conclusion); given the item's service, a closing verdict on another treatment yields to an earlier one on the request", "ConclusionAgrees", false, ParameterKind.TextField, ParameterKind.EnumField, ParameterKind.TextField) { Values = new[] { "conclusion", "outcome", "concluded" }, Optional = 1 },
        new PredicateSignature("conclusion-names-item", "conclusion-names-item(rationale, service, outcome[, Enum])", "the conclusion (the sentence conclusion-agrees reads given the service, by the outcome enum's phrases) names the heading's item, dose and quantity; given an enum whose members' names and aliases name items (Medicine), it names with a dose no member the heading does not", "ConclusionNamesItem", false, ParameterKind.TextField, ParameterKind.TextField, ParameterKind.EnumField, ParameterKind.Enum) { Values = new[] { "named", "conclusion" }, Optional = 1 },
        new PredicateSignature("ends-whole", "ends-whole(rationale, outcome)", "the rationale reaches a recognisable conclusion (by the outcome enum's phrases) or ends as a sentence ends; true when it is missing or a placeholder", "EndsWhole", false, ParameterKind.TextField, ParameterKind.EnumField) { Values = new[] { "ending" } },
        new PredicateSignature("is", "is(field, member)", "the enum field has that member (false when it is missing)", "Is", false, ParameterKind.EnumField, ParameterKind.Member),
        new PredicateSignature("any", "any(list, field, member)", "some element has the field equal to the enum member", "Any", false, ParameterKind.RecordListField, ParameterKind.ElementMemberField, ParameterKind.Member),
        new PredicateSignature("unique", "unique(list, key)", "no two elements share the key", "Unique", false, ParameterKind.RecordListField, ParameterKind.ElementField) { Values = new[] { "key" } },
        new PredicateSignature("consistent", "consistent(list, key, value)", "elements with the same key have the same value", "Consistent", false, ParameterKind.RecordListField, ParameterKind.ElementField, ParameterKind.ElementField) { Values = new[] { "key", "first", "second" } },
        new PredicateSignature("date-order", "date-order(a, b)", "date a is not after date b (true when either is missing)", "DateOrder", false, ParameterKind.DateField, ParameterKind.DateField) { Values = new[] { "first", "second" } },
        new PredicateSignature("same-date", "same-date(a, b)", "both dates are equal (true when either is missing)", "SameDate", false, ParameterKind.DateField, ParameterKind.DateField) { Values = new[] { "first", "second" } },
        new PredicateSignature("date-within", "date-within(date, from, through)", "the date is from, or lies between from and through when through is given (true when date or from is missing)", "DateWithin", false, ParameterKind.DateField, ParameterKind.DateField, ParameterKind.DateField) { Values = new[] { "period", "date" } },
    };

    public static PredicateSignature? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
