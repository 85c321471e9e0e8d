using FsCheck;
using FsCheck.Fluent;

namespace ImrDsl.TestSupport;

/// <summary>A random declarations file (a house record and rules over the standard model) and random documents for it.</summary>
internal sealed record RandomSample(string Declarations, string Documents)
{
    public override string ToString() => Declarations + "\n\n" + Documents;
}

/// <summary>
/// FsCheck generators of .imr sources for the differential properties: rules over the standard model built from
/// the registry's predicates, a record with random constraints, documents of both, and now and then a rule with a
/// mistake in it (the semantic pass must report it the same way wherever it runs). Linked into the generator and CLI tests.
/// </summary>
internal static class RandomImr
{
    /// <summary>Rules with one mistake each: an unknown field, a pattern that cannot compile, a type error, a bad placeholder.</summary>
    private static readonly string[] BrokenRules =
    {
        "\n\nrule HSE900 broken-field {\n  applies-to = DisputedItem\n  require = non-empty(rationle)\n  message = \"m\"\n  summary = \"s\"\n}\n",
        "\n\nrule HSE901 broken-pattern {\n  applies-to = DisputedItem\n  require = matches(service, \"((\")\n  message = \"m\"\n  summary = \"s\"\n}\n",
        "\n\nrule HSE902 broken-type {\n  applies-to = Determination\n  require = date-order(case-number, decision-date)\n  message = \"m\"\n  summary = \"s\"\n}\n",
        "\n\nrule HSE903 broken-placeholder {\n  applies-to = Citation\n  require = present(pages)\n  message = \"{nothing}\"\n  summary = \"s\"\n}\n",
    };

    // ---- random rules over the standard model ---------------------------------------------------------------

    private static readonly Dictionary<string, string[]> Predicates = new()
    {
        ["DisputedItem"] = new[]
        {
            "non-empty(rationale)", "present(citations)", "is(outcome, upheld)", "not is(outcome, overturned)", "present(dose)", "present(quantity)", "matches(service, \"(?i)mg\")",
            "conclusion-agrees(rationale, outcome)", "conclusion-agrees(rationale, outcome, service)", "conclusion-names-item(rationale, service, outcome)", "conclusion-names-item(rationale, service, outcome, Medicine)", "ends-whole(rationale, outcome)", "any(citations, source, reviewer)",
            "any(citations, source, claims-administrator)", "unique(citations, topic)", "consistent(citations, topic, guideline)",
        },
        ["Citation"] = new[]
        {
            "pages-match-topic(guideline, topic, pages)", "known-topic(guideline, topic)", "present(pages)", "non-empty(topic)",
            "matches(topic, \"^[A-Z]\")", "present(non-mtus)",
        },
        ["Determination"] = new[]
        {
            "present(items)", "present(summary)", "same-date(injury-date, summary.injury-date)", "date-order(injury-date, decision-date)",
            "consistent(items, service, outcome)", "unique(items, service)", "matches(case-number, \"^CM\")", "present(reviewer)",
        },
        ["CaseSummary"] = new[] { "present(age)", "non-empty(sex)", "date-order(injury-date, injury-date)" },
    };

    private static readonly Dictionary<string, string[]> Fields = new()
    {
        ["DisputedItem"] = new[] { "service", "outcome", "rationale", "dose", "quantity", "citations" },
        ["Citation"] = new[] { "topic", "pages", "guideline", "source" },
        ["Determination"] = new[] { "case-number", "injury-date", "decision-date", "items" },
        ["CaseSummary"] = new[] { "age", "sex", "injury-date" },
    };

    private static Gen<string> Condition(string record, int depth)
    {
        var leaf = Gen.Elements(Predicates[record]);
        if (depth == 0) return leaf;
        var sub = Condition(record, depth - 1);
        return Gen.Frequency(
            (3, leaf),
            (1, sub.Select(c => $"not ({c})")),
            (1, Gen.Zip(sub, sub).Select(p => $"({p.Item1}) and ({p.Item2})")),
            (1, Gen.Zip(sub, sub).Select(p => $"({p.Item1}) or ({p.Item2})")));
    }

    private static Gen<string> Rule(int index) =>
        from record in Gen.Elements(Predicates.Keys.ToArray())
        from condition in Condition(record, 2)
        from at in Gen.Elements(Fields[record].Append("").ToArray())
        from severity in Gen.Elements("error", "warning", "info")
        // Messages may name fields with a text form and the values of the condition's predicates (the semantic pass
        // rejects anything else); values a passing predicate does not give read as empty in both engines.
        from placeholder in Gen.Elements(Fields[record].Where(f => f is not ("citations" or "items")).ToArray())
        select $$"""
            rule HSE{{index:D3}} house-rule-{{index}} {
              severity = {{severity}}
              applies-to = {{record}}
              {{(at.Length > 0 ? $"at = {at}" : "")}}
              require = {{condition}}
              message = "rule {{index}}: [{{{placeholder}}}]"
              summary = "A random rule."
            }
            """;

    // ---- random records with random constraints ---------------------------------------------------------------

    private static readonly Gen<string> TextOptions = Gen.Elements("", "required", "non-empty", "pattern \"^[A-Z]{2}\\\\d{2}$\"", "required non-empty");
    private static readonly Gen<string> IntegerOptions = Gen.Elements("", "required", "range 1..10", "range 0..120 required");

    private static readonly Gen<string> HouseRecord =
        from label in TextOptions
        from note in TextOptions
        from count in IntegerOptions
        from listCard in Gen.Elements("*", "+")
        select $$"""
            record HouseCase as house {
              code: text label {{label}}
              note: text {{note}}
              count: integer {{count}}
              counts: integer{{listCard}} range 1..5
              tags: text{{listCard}} non-empty
              outcome: Outcome
              items: DisputedItem{{listCard}} as item
            }
            """;

    // ---- random documents --------------------------------------------------------------------------------------

    private static readonly Gen<string> Text = Gen.Elements("\"Norco 10/325mg #120\"", "\"\"", "\" \"", "\"AB12\"", "\"ab1\"", "\"Muscle relaxants\"", "\"Opioids\"",
        "\"Therefore, the request for Norco 10/325mg #90 is not medically necessary.\"", "\"Therefore, it is medically necessary.\"", "\"TBD\"",
        // Another medicine than the item's, at its dose: found only given the Medicine enum's names.
        "\"Therefore, the request for Percocet 10/325mg #120 is not medically necessary.\"");
    private static readonly Gen<string> Date = Gen.Elements("2013-01-02", "2014-05-27", "2011-11-10", "2020-02-29");

    private static Gen<List<T>> Between<T>(Gen<T> element, int min, int max)
        => Gen.Choose(min, max).SelectMany(n => Gen.ListOf(element, n));

    private static Gen<string> Optional(string name, Gen<string> value)
        => Gen.Frequency((1, Gen.Constant("")), (2, value.Select(v => $"{name} = {v}\n")));

    private static readonly Gen<string> Citation =
        from source in Gen.Elements("reviewer", "claims-administrator")
        from guideline in Gen.Elements("\"MTUS Chronic Pain Treatment Guidelines\"", "\"ODG\"", "\"Unknown Guide\"")
        from topic in Optional("topic", Gen.Elements("\"Opioids\"", "\"Muscle relaxants\"", "\"Moon therapy\"", "\"\""))
        from pages in Optional("pages", Gen.Elements("74-96", "97", "63-66, 13-16", "200"))
        select $"citation {source} {{\nguideline = {guideline}\n{topic}{pages}}}\n";

    private static readonly Gen<string> Item =
        from service in Gen.Elements("\"Norco 10/325mg #120\"", "\"Baclofen 10mg #60\"", "\"Physical therapy\"")
        from outcome in Optional("outcome", Gen.Elements("upheld", "overturned"))
        from dose in Optional("dose", Gen.Elements("\"10 mg\"", "\"10/325mg\""))
        from quantity in Optional("quantity", Gen.Elements("60", "120"))
        from citations in Between(Citation, 0, 3)
        from rationale in Optional("rationale", Text)
        select $"item {service} {{\n{outcome}{dose}{quantity}{string.Concat(citations)}{rationale}}}\n";

    private static readonly Gen<string> Case =
        from number in Gen.Elements("\"CM13-0068515\"", "\"BOGUS-1\"", "\"IMR 16-123456\"")
        from injury in Optional("injury-date", Date)
        from decision in Optional("decision-date", Date)
        from summary in Gen.Frequency((1, Gen.Constant("")), (3,
            from age in Optional("age", Gen.Elements("45", "130", "0"))
            from sex in Optional("sex", Gen.Elements("\"male\"", "\"\""))
            from date in Optional("injury-date", Date)
            select $"summary {{\n{age}{sex}{date}}}\n"))
        from items in Between(Item, 0, 3)
        select $"case {number} {{\n{injury}{decision}{summary}{string.Concat(items)}}}\n";

    private static readonly Gen<string> House =
        from code in Gen.Elements("\"AB12\"", "\"ab1\"", "\"\"")
        from note in Optional("note", Text)
        from count in Optional("count", Gen.Elements("0", "5", "11"))
        from counts in Optional("counts", Gen.Elements("[]", "[1, 2]", "[9]"))
        from tags in Optional("tags", Gen.Elements("[]", "[\"a\"]", "[\"a\", \" \"]"))
        from outcome in Optional("outcome", Gen.Elements("upheld", "overturned"))
        from items in Between(Item, 0, 2)
        select $"house {code} {{\n{note}{count}{counts}{tags}{outcome}{string.Concat(items)}}}\n";


    public static readonly Gen<RandomSample> Samples =
        from rules in Gen.CollectToList(Enumerable.Range(1, 6).Select(Rule))
        from house in HouseRecord
        from cases in Between(Case, 1, 3)
        from houses in Between(House, 1, 3)
        from broken in Gen.Frequency((5, Gen.Constant("")), (1, Gen.Elements(BrokenRules)))
        select new RandomSample("namespace Imr.Std\n\n" + house + "\n\n" + string.Join("\n\n", rules) + broken, string.Concat(cases) + string.Concat(houses));

}
