namespace ImrDsl.Semantics;

/// <summary>How a predicate's arguments must look; the semantic pass checks rules against this table.</summary>
public enum ParameterKind
{
    /// <summary>Any field of the record.</summary>
    AnyField,
    /// <summary>A text field.</summary>
    TextField,
    /// <summary>A pages field.</summary>
    PagesField,
    /// <summary>A date field (a path such as summary.injury-date is allowed).</summary>
    DateField,
    /// <summary>An enum field.</summary>
    EnumField,
    /// <summary>A list of records.</summary>
    RecordListField,
    /// <summary>A field of the list's element record.</summary>
    ElementField,
    /// <summary>A literal text in quotes.</summary>
    Text,
    /// <summary>An enum member name, matching the previous element field's enum.</summary>
    Member,
}

public sealed record PredicateSignature(string Name, string Description, params ParameterKind[] Parameters);

/// <summary>The fixed set of predicates a rule condition may use. Their implementations are in ImrDsl.Runtime.RulePredicates.</summary>
public static class PredicateCatalog
{
    public static IReadOnlyList<PredicateSignature> All { get; } = new[]
    {
        new PredicateSignature("present", "the field has a value (a list: at least one)", ParameterKind.AnyField),
        new PredicateSignature("non-empty", "the text has something other than white space", ParameterKind.TextField),
        new PredicateSignature("has-reasoning", "the text says something beyond a placeholder such as \"See above.\", \"N/A\" or \"TBD\"", ParameterKind.TextField),
        new PredicateSignature("matches", "the text matches a regular expression", ParameterKind.TextField, ParameterKind.Text),
        new PredicateSignature("pages-match-topic", "the cited pages overlap a range of the cited topic and lie within the guideline", ParameterKind.TextField, ParameterKind.TextField, ParameterKind.PagesField),
        new PredicateSignature("known-topic", "a catalogue knows the cited topic of the cited guideline", ParameterKind.TextField, ParameterKind.TextField),
        new PredicateSignature("conclusion-agrees", "the rationale's conclusion expresses the outcome", ParameterKind.TextField, ParameterKind.EnumField),
        new PredicateSignature("conclusion-names-item", "the conclusion names the heading's item, dose and quantity", ParameterKind.TextField, ParameterKind.TextField),
        new PredicateSignature("any", "some element of the list has the field equal to the member", ParameterKind.RecordListField, ParameterKind.ElementField, ParameterKind.Member),
        new PredicateSignature("unique", "no two elements of the list share the key", ParameterKind.RecordListField, ParameterKind.ElementField),
        new PredicateSignature("consistent", "elements with the same key have the same value", ParameterKind.RecordListField, ParameterKind.ElementField, ParameterKind.ElementField),
        new PredicateSignature("date-order", "the first date is not after the second (true when either is missing)", ParameterKind.DateField, ParameterKind.DateField),
        new PredicateSignature("same-date", "both dates are equal (true when either is missing)", ParameterKind.DateField, ParameterKind.DateField),
    };

    public static PredicateSignature? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
