using System.CommandLine;
using ImrDsl.Cli.Commands;

namespace ImrDsl.Cli;

/// <summary>The `imr` command line: wiring only; each command lives in Commands/.</summary>
public static class ImrApp
{
    public const int ExitOk = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("imr: checks IMR final determination letters and .imr case files.");
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(ReportCommand.Create(stdout, stderr));
        root.Subcommands.Add(ExtractCommand.Create(stdout, stderr));
        root.Subcommands.Add(FmtCommand.Create(stdout, stderr));
        root.Subcommands.Add(ExplainCommand.Create(stdout, stderr));
        root.Subcommands.Add(RulesCommand.Create(stdout));
        root.Subcommands.Add(LspCommand.Create());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"imr: {Excerpt.Of(error.Message, Excerpt.MaxMessageLength)}");
            stderr.WriteLine("Run 'imr --help' for usage.");
            return ExitUsage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Checking.DeclarationException ex)
        {
            // Mistakes in house declarations or rules are the author's: each at its line and column, like any .imr error.
            foreach (var error in ex.Errors) stderr.WriteLine(Excerpt.Message(error.ToString()));
            stderr.WriteLine("imr: the declarations and rules above have errors; fix them to check with them");
            return ExitUsage;
        }
        catch (Exception ex) when (ex is UsageException or Configuration.ConfigException)
        {
            stderr.WriteLine($"imr: {Excerpt.Of(ex.Message, Excerpt.MaxMessageLength)}");
            return ExitUsage;
        }
    }
}

/// <summary>A mistake in how imr was called (a path that does not exist, a bad config): exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
