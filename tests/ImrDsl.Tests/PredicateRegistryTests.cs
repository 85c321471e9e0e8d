using System.Reflection;
using System.Text.RegularExpressions;
using ImrDsl.Runtime;
using ImrDsl.Semantics;

namespace ImrDsl.Tests;

/// <summary>The predicate registry is the one place a predicate is defined: its implementation and its documentation follow it.</summary>
public class PredicateRegistryTests
{
    public static IEnumerable<object[]> Predicates() => PredicateCatalog.All.Select(p => new object[] { p.Name });

    [Theory]
    [MemberData(nameof(Predicates))]
    public void Every_predicate_has_a_runtime_method_whose_parameters_follow_the_conventions(string name)
    {
        var signature = PredicateCatalog.Find(name)!;
        Assert.Equal(PredicateCatalog.RuntimeType, typeof(RulePredicates).FullName);
        var methods = typeof(RulePredicates).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == signature.Method).ToList();
        var method = Assert.Single(methods);
        Assert.Equal(typeof(PredicateResult), method.ReturnType);
        var expected = new List<Func<Type, bool>>();
        if (signature.UsesContext) expected.Add(t => t == typeof(ValidationContext));
        foreach (var kind in signature.Parameters)
        {
            switch (kind)
            {
                case ParameterKind.EnumField:
                    expected.Add(t => t == typeof(string));
                    expected.Add(t => typeof(IEnumerable<OutcomePhrases>).IsAssignableFrom(t));
                    break;
                case ParameterKind.ElementField:
                case ParameterKind.ElementMemberField:
                    expected.Add(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Func<,>));
                    break;
                case ParameterKind.Text:
                case ParameterKind.Pattern:
                case ParameterKind.Member:
                case ParameterKind.TextField:
                    expected.Add(t => t == typeof(string));
                    break;
                case ParameterKind.DateField:
                    expected.Add(t => t == typeof(DateTime?));
                    break;
                case ParameterKind.PagesField:
                    expected.Add(t => typeof(IEnumerable<PageRange>).IsAssignableFrom(t));
                    break;
                case ParameterKind.RecordListField:
                    expected.Add(t => t.IsGenericType);
                    break;
                default:
                    expected.Add(_ => true);
                    break;
            }
        }
        var parameters = method.GetParameters();
        Assert.Equal(expected.Count, parameters.Length);
        for (var i = 0; i < parameters.Length; i++)
            Assert.True(expected[i](parameters[i].ParameterType), $"{name}: parameter {i + 1} is {parameters[i].ParameterType}");
    }

    [Fact]
    public void The_grammar_reference_table_lists_exactly_the_registry()
    {
        var readme = File.ReadAllText(Repo.PathOf("grammar", "README.md"));
        var rows = Regex.Matches(readme, @"^\| `(?<usage>[a-z-]+\(.*?\))` \| (?<description>.+?) \|$", RegexOptions.Multiline)
            .Select(m => (m.Groups["usage"].Value, m.Groups["description"].Value)).ToList();
        Assert.Equal(PredicateCatalog.All.Select(p => (p.Usage, p.Description)), rows);
    }

    /// <summary>
    /// The interpreter and the generated code pass one null for each optional argument a rule leaves out: that is a call
    /// of the right shape only for an argument passed as one value, a text field or an enum's names (an enum field passes
    /// two values).
    /// </summary>
    [Fact]
    public void Only_arguments_passed_as_one_value_may_be_left_out()
    {
        foreach (var signature in PredicateCatalog.All)
        {
            Assert.InRange(signature.Optional, 0, signature.Parameters.Length);
            Assert.All(signature.Parameters.Skip(signature.Required), kind => Assert.Contains(kind, new[] { ParameterKind.TextField, ParameterKind.Enum }));
        }
        Assert.Contains(PredicateCatalog.All, signature => signature.Optional > 0);
    }

    [Fact]
    public void Every_public_predicate_method_is_registered()
    {
        var registered = PredicateCatalog.All.Select(p => p.Method).ToHashSet();
        var unregistered = typeof(RulePredicates).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(PredicateResult)).Select(m => m.Name).Where(n => !registered.Contains(n)).ToList();
        Assert.Empty(unregistered);
    }
}

/// <summary>The editor grammar colours exactly the registry's predicates.</summary>
public class PredicateGrammarTests
{
    // The VS Code extension packs a copy of this file (src/vscode-imr/package-vsix.js), so one check covers both.
    [Theory]
    [InlineData("grammar", "imr.tmLanguage.json")]
    public void The_TextMate_grammar_names_the_registry_predicates(params string[] path)
    {
        var grammar = File.ReadAllText(Repo.PathOf(path));
        var match = Regex.Match(grammar, @"\(\?<!\[\\\\w\.-\]\)\((?<names>[a-z|-]+)\)\(\?=\\\\s\*\\\\\(\)");
        Assert.True(match.Success, "the predicate pattern was not found in " + string.Join("/", path));
        Assert.Equal(PredicateCatalog.All.Select(p => p.Name).OrderBy(n => n), match.Groups["names"].Value.Split('|').OrderBy(n => n));
    }
}
