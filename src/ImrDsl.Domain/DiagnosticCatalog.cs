using ImrDsl.Diagnostics;
using ImrDsl.Runtime;
using Imr.Std;

namespace ImrDsl.Domain;

/// <summary>The kinds of ID, by range: what `imr rules` groups by and SARIF tags with.</summary>
public enum DiagnosticGroup
{
    /// <summary>IMR0xx: the checker's rules on letters and case files, declared in grammar/std/rules.imr.</summary>
    CheckerRule,
    /// <summary>IMR1xx: the parser could not read an .imr file.</summary>
    Syntax,
    /// <summary>IMR2xx: an .imr file parses but its meaning is wrong.</summary>
    Semantics,
    /// <summary>A rule a team declared in its own .imr files (imr.json, --rules): any ID not starting with IMR.</summary>
    HouseRule,
    /// <summary>IMR9xx: imr itself failed.</summary>
    Internal,
}

/// <summary>
/// Every ID imr can report, each with its documentation, in one shape (<see cref="RuleInfo"/>) and in ID
/// order: the checker's rules (generated from grammar/std/rules.imr) and the language's own diagnostics
/// (<see cref="DiagnosticDescriptors"/>). `imr explain`, `imr rules`, SARIF's rule list and imr.json's
/// rule names all read this, so an ID documented here is known everywhere and one missing is known nowhere.
/// </summary>
public static class DiagnosticCatalog
{
    public static IReadOnlyList<RuleInfo> All { get; } = Rules.All
        .Concat(DiagnosticDescriptors.All.Select(ToRuleInfo))
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>IMR000: an input that cannot be read as a letter or case file (raised by the CLI, not by a validator).</summary>
    public static RuleInfo Unreadable { get; } = Get("IMR000");

    /// <summary>The entry for an ID or a name (IMR002 or guideline-page-mismatch), ignoring case; null if there is none.</summary>
    public static RuleInfo? Find(string idOrName)
        => All.FirstOrDefault(r => string.Equals(r.Id, idOrName, StringComparison.OrdinalIgnoreCase)
                                || string.Equals(r.Name, idOrName, StringComparison.OrdinalIgnoreCase));

    public static RuleInfo Get(string id)
        => Find(id) ?? throw new KeyNotFoundException($"{id} is not in the diagnostic catalogue");

    /// <summary>"; did you mean 'X'?" for a key that is not an ID or name, or an empty string.</summary>
    public static string DidYouMean(string key) => Suggestions.DidYouMean(key, All.Select(r => r.Id).Concat(All.Select(r => r.Name)));

    public static DiagnosticGroup GroupOf(string id)
    {
        // IDs are IMR followed by three digits; the hundreds digit is the kind.
        if (!id.StartsWith("IMR", StringComparison.Ordinal)) return DiagnosticGroup.HouseRule;
        var hundreds = id.Length == 6 ? id[3] : '?';
        return hundreds switch
        {
            '0' => DiagnosticGroup.CheckerRule,
            '1' => DiagnosticGroup.Syntax,
            '2' => DiagnosticGroup.Semantics,
            _ => DiagnosticGroup.Internal,
        };
    }

    public static string Describe(DiagnosticGroup group) => group switch
    {
        DiagnosticGroup.CheckerRule => "Checker rules (letters and case files)",
        DiagnosticGroup.Syntax => "Syntax of .imr files",
        DiagnosticGroup.Semantics => "Meaning of .imr files",
        DiagnosticGroup.HouseRule => "House rules (your own .imr files)",
        _ => "Internal failures",
    };

    /// <summary>The descriptor's documentation in the rules' shape; the fix text takes the place of "how to suppress".</summary>
    private static RuleInfo ToRuleInfo(DiagnosticDescriptor d)
        => new(d.Id, d.Name, d.DefaultSeverity, d.Doc.Summary, d.Doc.Why, d.Doc.Failing, d.Doc.Passing, d.Doc.Fix);
}
