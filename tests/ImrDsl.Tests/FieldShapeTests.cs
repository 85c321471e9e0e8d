using ImrDsl.Parsing;
using ImrDsl.Semantics;

namespace ImrDsl.Tests;

/// <summary>
/// The semantic pass accepts every value the grammar allows for every field shape (single, `*`, `+` of each type)
/// and rejects values of the wrong kind. A table, so a shape the pass forgets (lists of numbers once read as
/// "must be a whole number") shows up as a row.
/// </summary>
public class FieldShapeTests
{
    public static IEnumerable<object[]> Rows() => new[]
    {
        new object[] { "text", "\"a\"", true },
        new object[] { "text*", "[\"a\", \"b\"]", true },
        new object[] { "text+", "[\"a\"]", true },
        new object[] { "text", "12", false },
        new object[] { "integer", "12", true },
        new object[] { "integer", "12-14", false },
        new object[] { "integer*", "[1, 2, 3]", true },
        new object[] { "integer*", "[1]", true },
        new object[] { "integer+", "[7, 8]", true },
        new object[] { "integer*", "[1-3]", false },
        new object[] { "integer*", "[\"1\"]", false },
        new object[] { "date", "2015-03-17", true },
        new object[] { "date*", "[2015-03-17, 2016-01-02]", true },
        new object[] { "date", "\"2015-03-17\"", false },
        new object[] { "pages", "63-66, 13-16", true },
        new object[] { "pages", "64", true },
        new object[] { "pages", "\"64\"", false },
        new object[] { "Color", "red", true },
        new object[] { "Color*", "[red, blue]", true },
        new object[] { "Color+", "[blue]", true },
        new object[] { "Color", "\"red\"", false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Values_of_each_field_shape_are_accepted_or_reported(string type, string value, bool accepted)
    {
        var text = $$"""
            enum Color {
              red "Red"
              blue "Blue"
            }
            record Thing as thing {
              field: {{type}}
            }
            thing {
              field = {{value}}
            }
            """;
        var compilation = ImrCompilation.Create(new[] { ImrParser.Parse("shapes.imr", text) });
        if (accepted) Assert.Empty(compilation.Diagnostics.Select(d => d.ToString()));
        else Assert.Contains(compilation.Diagnostics, d => d.Id is "IMR207" or "IMR204");
    }
}

/// <summary>A rule's message may only name what has a text form when the rule fails.</summary>
public class MessagePlaceholderTests
{
    [Theory]
    [InlineData("'{service}' at {cited-pages}", "pages-match-topic(guideline, topic, pages)", "Citation", false)]
    [InlineData("{topic} {guideline-title} {where} {offset-hint}", "pages-match-topic(guideline, topic, pages)", "Citation", true)]
    [InlineData("{first} then {second}", "same-date(injury-date, summary.injury-date)", "Determination", true)]
    [InlineData("{summary}", "present(summary)", "Determination", false)]
    [InlineData("{items}", "present(items)", "Determination", false)]
    [InlineData("{case-numbr}", "present(items)", "Determination", false)]
    [InlineData("{licensure} of {specialty}", "present(specialty)", "Reviewer", true)]
    public void Placeholders_must_name_a_text_field_or_a_value_of_the_condition(string message, string condition, string record, bool valid)
    {
        var std = Repo.StdFiles.Select(p => ImrDsl.Parsing.ImrParser.Parse(p, File.ReadAllText(p))).ToList();
        var rule = $"rule HSE001 placeholder-rule {{\n  applies-to = {record}\n  require = {condition}\n  message = \"{message}\"\n  summary = \"s\"\n}}\n";
        var diagnostics = ImrDsl.Semantics.ImrCompilation.Create(new[] { ImrDsl.Parsing.ImrParser.Parse("rule.imr", rule) }, std).Diagnostics;
        if (valid) Assert.Empty(diagnostics.Select(d => d.ToString()));
        else Assert.Equal(("IMR212", 4, 13), Assert.Single(diagnostics.Select(d => (d.Id, d.Line, d.Column))));
    }
}

/// <summary>Rule IDs and names are looked up without case (imr.json, imr explain), so they must be unique that way.</summary>
public class RuleIdentityTests
{
    [Theory]
    [InlineData("rule imr001 y-rule", 1, 6)]            // an ID that differs from a standard one only in case
    [InlineData("rule MY001 missing-rationale", 1, 12)] // a standard rule's name
    [InlineData("rule MY001 MISSING-RATIONALE", 1, 12)] // the same, in other case
    public void A_rule_that_clashes_with_another_by_id_or_name_is_reported(string header, int line, int column)
    {
        var std = Repo.StdFiles.Select(p => ImrDsl.Parsing.ImrParser.Parse(p, File.ReadAllText(p))).ToList();
        var rule = $"{header} {{\n  applies-to = DisputedItem\n  require = present(service)\n  message = \"m\"\n  summary = \"s\"\n}}\n";
        var diagnostics = ImrDsl.Semantics.ImrCompilation.Create(new[] { ImrDsl.Parsing.ImrParser.Parse("house.imr", rule) }, std).Diagnostics;
        Assert.Equal(("IMR202", line, column), Assert.Single(diagnostics.Select(d => (d.Id, d.Line, d.Column))));
    }

    [Fact]
    public void Two_house_rules_differing_only_in_case_clash()
    {
        var text = "rule MY001 a-rule {\n  applies-to = DisputedItem\n  require = present(service)\n  message = \"m\"\n  summary = \"s\"\n}\n" +
                   "rule my001 b-rule {\n  applies-to = DisputedItem\n  require = present(service)\n  message = \"m\"\n  summary = \"s\"\n}\n";
        var std = Repo.StdFiles.Select(p => ImrDsl.Parsing.ImrParser.Parse(p, File.ReadAllText(p))).ToList();
        var diagnostics = ImrDsl.Semantics.ImrCompilation.Create(new[] { ImrDsl.Parsing.ImrParser.Parse("house.imr", text) }, std).Diagnostics;
        Assert.Equal(("IMR202", 7, 6), Assert.Single(diagnostics.Select(d => (d.Id, d.Line, d.Column))));
    }
}
