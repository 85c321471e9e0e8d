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
