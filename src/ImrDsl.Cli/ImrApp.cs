using System.CommandLine;
using ImrDsl.Cli.Commands;
using ImrDsl.Cli.Input;

namespace ImrDsl.Cli;

/// <summary>The `imr` command line: wiring only; each command lives in Commands/.</summary>
public static class ImrApp
{
    public const int ExitOk = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    /// <summary>imr's commands, in the order help lists them, each made only when needed.</summary>
    private static readonly (string Name, Func<TextWriter, TextWriter, Command> Create)[] Commands =
    {
        ("check", CheckCommand.Create),
        ("report", ReportCommand.Create),
        ("extract", ExtractCommand.Create),
        ("fmt", FmtCommand.Create),
        ("explain", ExplainCommand.Create),
        ("rules", (stdout, _) => RulesCommand.Create(stdout)),
        ("lsp", (_, _) => LspCommand.Create()),
    };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Root(args, stdout, stderr, onlyTheNamedCommand: true);
        var parse = root.Parse(args);
        // A misspelt option first: the parse errors it causes downstream (its value taken for a stray argument) follow from it.
        if (UnknownOption(parse) is { } unknown)
        {
            var command = CommandLine(parse, root);
            var meant = SuggestOption(unknown, Candidates(parse.CommandResult.Command, option: true));
            stderr.WriteLine($"imr: unknown option '{Excerpt.Of(unknown)}' for '{command}'{(meant is null ? "" : $"; did you mean '{meant}'?")}" +
                " (a file whose name starts with '-' goes after '--', or as ./NAME)");
            stderr.WriteLine($"Run '{command} --help' for usage.");
            return ExitUsage;
        }
        if (parse.Errors.Count > 0)
        {
            foreach (var error in ErrorsToShow(parse, root))
                stderr.WriteLine($"imr: {Excerpt.Of(OneLine(error.Message), Excerpt.MaxMessageLength)}{TypoHint(error, parse)}");
            stderr.WriteLine($"Run '{CommandLine(parse, root)} --help' for usage.");
            return ExitUsage;
        }
        if (EmptyValue(parse) is { } empty)
        {
            stderr.WriteLine($"imr: {empty} is an empty string (''); give a file or value (is a shell variable in the command unset?)");
            stderr.WriteLine($"Run '{CommandLine(parse, root)} --help' for usage.");
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
        // Inputs that cannot be read are findings (IMR000) and never get here: what does is a write that failed, to a full
        // disk or a closed standard output. A report file is left as it was (its temporary file is gone by now).
        // (A closed standard output comes as access denied, with the system's reason inside.)
        catch (Exception ex) when (ex is IOException and not UnreadableInputException || ex is UnauthorizedAccessException { InnerException: IOException })
        {
            try
            {
                var reason = ex.InnerException is IOException inner ? inner.Message : ex.Message;
                stderr.WriteLine($"imr: the output could not be written: {Excerpt.Of(reason, Excerpt.MaxMessageLength)}");
            }
            catch (IOException)
            {
                // Standard error is gone too: the exit code says it.
            }
            return ExitUsage;
        }
    }

    /// <summary>
    /// The command tree. When the first word names a command, only that command is made: a command never sees its
    /// siblings (help, errors and suggestions of `imr check ...` come from check and the root's own options alone), and
    /// making the other six cost a one-letter check about two milliseconds of its start. Anything else (no command, a
    /// typo, an option first, a response file) gets the whole tree, which help and did-you-mean need.
    /// </summary>
    internal static RootCommand Root(string[] args, TextWriter stdout, TextWriter stderr, bool onlyTheNamedCommand)
    {
        var root = new RootCommand("imr: checks IMR final determination letters and .imr case files.");
        var named = -1;
        for (var i = 0; onlyTheNamedCommand && args.Length > 0 && i < Commands.Length; i++)
            if (Commands[i].Name == args[0]) named = i;
        for (var i = 0; i < Commands.Length; i++)
            if (named < 0 || i == named) root.Subcommands.Add(Commands[i].Create(stdout, stderr));
        // `-v` is what people type first (node, ruff and most tools answer it with the version).
        root.Options.OfType<VersionOption>().Single().Aliases.Add("-v");
        return root;
    }

    /// <summary>
    /// The parse errors worth reading. `imr chek` gives two: the unknown word and "Required command was not provided";
    /// the second only follows from the first, so at the root, when words went unrecognised, only errors that name one
    /// are shown.
    /// </summary>
    private static IEnumerable<System.CommandLine.Parsing.ParseError> ErrorsToShow(ParseResult parse, RootCommand root)
    {
        if (parse.CommandResult.Command != root || parse.UnmatchedTokens.Count == 0) return parse.Errors;
        // `imr chek letters`: 'letters' is unrecognised only because 'chek' was, so the first word's error is the story.
        var first = parse.UnmatchedTokens[0];
        var aboutFirst = parse.Errors.Where(e => e.Message.Contains($"'{first}'", StringComparison.Ordinal)).ToList();
        return aboutFirst.Count > 0 ? aboutFirst : parse.Errors;
    }

    /// <summary>
    /// "--output" or "a paths argument" when it was given '' (`imr check --output "$OUT"` with OUT unset): an empty string
    /// names no file, and reading or writing it would fail deep inside the run (or quietly mean the current folder).
    /// </summary>
    private static string? EmptyValue(ParseResult parse)
    {
        foreach (var child in parse.CommandResult.Children)
        {
            if (child is System.CommandLine.Parsing.OptionResult option && option.Tokens.Any(t => t.Value.Length == 0))
                return option.Option.Name;
            if (child is System.CommandLine.Parsing.ArgumentResult argument && argument.Tokens.Any(t => t.Value.Length == 0))
                return $"a {argument.Argument.Name} argument";
        }
        return null;
    }

    /// <summary>"imr" or "imr check": the command the user was running (imr's commands are one level deep).</summary>
    private static string CommandLine(ParseResult parse, RootCommand root)
        => parse.CommandResult.Command == root ? "imr" : $"imr {parse.CommandResult.Command.Name}";

    /// <summary>
    /// The parser lists allowed values one per line after a newline and a tab ("Must be one of:\n\t'auto'\n\t'always'");
    /// imr's errors are one line each, so the list is joined: "Must be one of: 'auto', 'always'". Any other line break
    /// (one in a user's token) is left for Excerpt to escape.
    /// </summary>
    internal static string OneLine(string message)
    {
        var parts = message.Replace("\r\n\t", "\n\t", StringComparison.Ordinal).Split("\n\t");
        return parts.Length == 1 ? message : parts[0] + " " + string.Join(", ", parts.Skip(1));
    }

    /// <summary>
    /// System.CommandLine takes a misspelt option of a command with a variadic argument (`imr check --formt`) for a
    /// path. A word that starts with '-' among the command's arguments, before any `--`, is an option imr lacks.
    /// </summary>
    private static string? UnknownOption(ParseResult parse)
    {
        var arguments = parse.CommandResult.Command.Arguments.Select(a => parse.GetResult(a)).OfType<System.CommandLine.Parsing.ArgumentResult>()
            .SelectMany(r => r.Tokens).ToHashSet();
        foreach (var token in parse.Tokens)
        {
            if (token.Type == System.CommandLine.Parsing.TokenType.DoubleDash) break;
            if (token.Type == System.CommandLine.Parsing.TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-' && arguments.Contains(token))
                return token.Value;
        }
        return null;
    }

    /// <summary>
    /// " Did you mean 'check'?" for an unknown command or option. System.CommandLine's own ParseErrorAction can list
    /// typo corrections, but it prints them in its own layout, with the help text, and exits 1; imr keeps one line per
    /// error, the 'imr:' prefix and exit 2, and suggests the way the config and .imr errors do (edit distance).
    /// </summary>
    internal static string TypoHint(System.CommandLine.Parsing.ParseError error, ParseResult parse)
    {
        var token = parse.UnmatchedTokens.FirstOrDefault(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal));
        if (token is null) return string.Empty;
        // The parser's message is a sentence ("Unrecognized command or argument 'chek'."), so the hint is one too.
        var candidates = Candidates(parse.CommandResult.Command, token.StartsWith('-'));
        var meant = token.StartsWith('-') ? SuggestOption(token, candidates) : Diagnostics.Suggestions.Closest(token, candidates);
        return meant is null ? string.Empty : $" Did you mean '{meant}'?";
    }

    /// <summary>
    /// The option a mistyped one was probably meant to be. `--formt=json` is judged by its name alone. A one-letter
    /// option is one edit from every other (`-f` from `-h`), so the distance says nothing there: it is taken for the
    /// first letter of a long option (`-f` for `--format`, as ESLint spells it), when exactly one starts so.
    /// </summary>
    internal static string? SuggestOption(string word, IEnumerable<string> candidates)
    {
        var name = word.IndexOfAny(['=', ':']) is var end and > 0 ? word[..end] : word;
        if (name.Length == 2 && name[0] == '-' && name[1] != '-')
        {
            var spelledOut = candidates.Where(c => c.StartsWith("--" + name[1], StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
            return spelledOut.Count == 1 ? spelledOut[0] : null;
        }
        return Diagnostics.Suggestions.Closest(name, candidates);
    }

    /// <summary>What the user may have meant at this point: the command's options (its own and those it inherits) or its subcommands.</summary>
    private static IEnumerable<string> Candidates(Command command, bool option)
    {
        if (!option) return command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name));
        var options = new List<Option>(command.Options);
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            options.AddRange(parent.Options.Where(o => o.Recursive));
        return options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
    }
}

/// <summary>A mistake in how imr was called (a path that does not exist, a bad config): exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
