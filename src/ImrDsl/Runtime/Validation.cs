using ImrDsl.Diagnostics;

namespace ImrDsl.Runtime;

/// <summary>
/// Implemented by generated validators: the declared field constraints and the rules that apply to one record
/// type. Findings are ordinary <see cref="Diagnostic"/>s located at the offending value.
/// </summary>
public interface IValidator<in T>
{
    IEnumerable<Diagnostic> Validate(T value, ValidationContext context);
}

/// <summary>What rule predicates may consult: the guideline catalogues.</summary>
public sealed class ValidationContext
{
    public ValidationContext(IEnumerable<GuidelineCatalogue> catalogues) => Catalogues = new CatalogueSet(catalogues);
    public CatalogueSet Catalogues { get; }
}

/// <summary>The result of evaluating a predicate: whether it held, and named values for the finding's message.</summary>
public sealed class PredicateResult
{
    // First: the shared results below are made with it (static fields are initialized in the order they are written).
    private static readonly IReadOnlyDictionary<string, string> NoValues = new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    public static readonly PredicateResult True = new(true);

    /// <summary>A failure without values: shared, as most predicates fail with none (read-only, so sharing is safe).</summary>
    private static readonly PredicateResult False = new(false);

    public PredicateResult(bool holds, IReadOnlyDictionary<string, string>? values = null)
    {
        Holds = holds;
        Values = values ?? NoValues;
    }

    public bool Holds { get; }
    public IReadOnlyDictionary<string, string> Values { get; }

    public static PredicateResult Of(bool holds) => holds ? True : False;

    public static PredicateResult Not(PredicateResult inner) => new(!inner.Holds, inner.Values);

    public static PredicateResult And(PredicateResult left, Func<PredicateResult> right)
        => !left.Holds ? left : right();

    public static PredicateResult Or(PredicateResult left, Func<PredicateResult> right)
    {
        if (left.Holds) return left;
        var other = right();
        return other.Holds ? other : new PredicateResult(false, Merge(left.Values, other.Values));
    }

    private static IReadOnlyDictionary<string, string> Merge(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b)
    {
        var merged = new Dictionary<string, string>();
        foreach (var pair in a) merged[pair.Key] = pair.Value;
        foreach (var pair in b) merged[pair.Key] = pair.Value;
        return merged;
    }
}

/// <summary>
/// Fills `{name}` placeholders from the predicate's values, then from the record's fields. A value longer than
/// <see cref="LongestValue"/> is cut there and marked with '…': a field can be a line of megabytes, and a message that
/// held it was copied whole at every step of its reporting (hundreds of megabytes for four 7.5 MB topics).
/// </summary>
public static class MessageTemplate
{
    /// <summary>The most of one value a message holds: far more than any sentence a message quotes.</summary>
    public const int LongestValue = 65536;

    public static string Fill(string template, IReadOnlyDictionary<string, string> values, Func<string, string?> field)
    {
        var builder = new System.Text.StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0) { builder.Append(template, i, template.Length - i); break; }
            builder.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            var value = values.TryGetValue(name, out var given) ? given : field(name) ?? string.Empty;
            if (value.Length <= LongestValue) builder.Append(value);
            else builder.Append(value, 0, LongestValue).Append('…');
            i = close + 1;
        }
        return builder.ToString();
    }
}

/// <summary>A rule's metadata and documentation, as generated from its declaration.</summary>
public sealed record RuleInfo(string Id, string Name, Severity DefaultSeverity, string Summary, string Why, string Failing, string Passing, string Suppress)
{
    /// <summary>The .imr file a house rule is declared in (null for the standard rules and the language's IDs).</summary>
    public string? Source { get; init; }
}
