using System.CommandLine;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// `imr` makes only the command its first word names (<see cref="ImrApp.Root"/>), to start sooner. That is only right
/// if no command line can tell: for every command and every kind of argument list, the tree with one command must parse
/// as the whole tree does, with the same command, errors, unmatched words and help text.
/// </summary>
public sealed class CommandTreeTests
{
    private static readonly string[] CommandNames = { "check", "report", "extract", "fmt", "explain", "rules", "lsp" };

    /// <summary>What follows the command's name: nothing, help, paths, good and bad options, typos, values, '--'.</summary>
    private static readonly string[][] Tails =
    {
        Array.Empty<string>(),
        new[] { "--help" },
        new[] { "-h" },
        new[] { "letter.txt" },
        new[] { "a.txt", "b.md", "--format", "json" },
        new[] { "--formt", "json", "letter.txt" },
        new[] { "--format" },
        new[] { "--format", "yaml", "letter.txt" },
        new[] { "--jobs", "0", "letter.txt" },
        new[] { "--jobs", "many", "letter.txt" },
        new[] { "-o", "", "letter.txt" },
        new[] { "--version" },
        new[] { "-v" },
        new[] { "--", "-odd-name.txt" },
        new[] { "chek" },
        new[] { "--check", "case.imr" },
        new[] { "IMR002" },
        new[] { "--stdio" },
        new[] { "--config", "imr.json", "--rules", "house.imr" },
    };

    public static IEnumerable<object[]> CommandLines()
        => from name in CommandNames from tail in Tails select new object[] { new[] { name }.Concat(tail).ToArray() };

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void A_tree_with_only_the_named_command_parses_as_the_whole_tree(string[] args)
    {
        var whole = ImrApp.Root(args, TextWriter.Null, TextWriter.Null, onlyTheNamedCommand: false).Parse(args);
        var lazy = ImrApp.Root(args, TextWriter.Null, TextWriter.Null, onlyTheNamedCommand: true).Parse(args);

        Assert.Equal(whole.CommandResult.Command.Name, lazy.CommandResult.Command.Name);
        Assert.Equal(whole.Errors.Select(e => e.Message), lazy.Errors.Select(e => e.Message));
        Assert.Equal(whole.UnmatchedTokens, lazy.UnmatchedTokens);
        Assert.Equal(whole.Tokens.Select(t => (t.Value, t.Type)), lazy.Tokens.Select(t => (t.Value, t.Type)));
        if (args.Contains("--help") || args.Contains("-h")) Assert.Equal(Help(whole), Help(lazy));
    }

    /// <summary>Without a command's name first, the whole tree is made: help lists every command.</summary>
    [Theory]
    [InlineData]
    [InlineData("--help")]
    [InlineData("chek")]
    [InlineData("--quiet", "check")]
    public void Any_other_first_word_gets_every_command(params string[] args)
    {
        var root = ImrApp.Root(args, TextWriter.Null, TextWriter.Null, onlyTheNamedCommand: true);
        Assert.Equal(CommandNames, root.Subcommands.Select(c => c.Name));
    }

    private static string Help(ParseResult parse)
    {
        var output = new StringWriter();
        parse.Invoke(new InvocationConfiguration { Output = output, Error = output });
        return output.ToString();
    }
}
