using System.CommandLine;
using ImrDsl.Cli.Input;
using ImrDsl.Cli.Output;
using ImrDsl.Formatting;
using ImrDsl.Parsing;
using ImrDsl.Text;

namespace ImrDsl.Cli.Commands;

/// <summary>
/// `imr fmt [--check [--diff]] FILE...`: rewrite .imr files in the canonical layout, atomically. `imr fmt -` formats
/// standard input to standard output, for editors that format on save through a pipe.
/// </summary>
public static class FmtCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = ".imr files or folders to format, or - to format standard input to standard output.", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 if any file is not formatted." };
        var diff = new Option<bool>("--diff") { Description = "With --check, print a unified diff of what formatting would change." };
        var stdinFileName = new Option<string?>("--stdin-filename") { Description = "With -, the path of the file standard input holds, for messages and the diff." };
        var command = new Command("fmt", "Format .imr files in the canonical layout.") { files, check, diff, stdinFileName };
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(check), stdout, stderr, parse.GetValue(diff), parse.GetValue(stdinFileName)));
        return command;
    }

    public static int Run(string[] paths, bool check, TextWriter stdout, TextWriter stderr, bool diff = false, string? stdinFileName = null)
    {
        if (diff && !check) throw new UsageException("--diff shows what --check finds; use 'imr fmt --check --diff'");
        if (stdinFileName is not null && !paths.Contains("-")) throw new UsageException("--stdin-filename names what standard input holds; pass - to read it");
        if (paths.Contains("-"))
        {
            if (paths.Length > 1) throw new UsageException("imr fmt - formats standard input alone; name files in a separate run");
            // The same rule as for a named file: an editor that formats every buffer on save gets a refusal for a
            // letter (exit 2, nothing on standard output), not a page of syntax errors for text that is no .imr at all.
            if (stdinFileName is not null && !IsImr(stdinFileName))
                throw new UsageException($"'{Excerpt.Of(stdinFileName)}' is not an .imr file; imr fmt formats .imr files only");
            return FormatStandardInput(stdinFileName ?? "<stdin>", check, diff, stdout, stderr);
        }
        // A file named on the command line must be an .imr file: formatting nothing and exiting 0 would say all is well.
        foreach (var path in paths.Where(p => p != "-" && !GlobPattern.HasWildcards(p)))
            if (SafeFile.Stat(Path.GetFullPath(path, Environment.CurrentDirectory)).Kind is not (FileKind.Directory or FileKind.Missing)
                && !IsImr(path))
                throw new UsageException($"'{Excerpt.Of(path)}' is not an .imr file; imr fmt formats .imr files only");
        var inputs = InputFiles.Expand(paths, Environment.CurrentDirectory).Where(i => IsImr(i.DisplayPath)).ToList();
        if (inputs.Count == 0) throw new UsageException($"no .imr files in {string.Join(", ", paths.Select(p => $"'{Excerpt.Of(p)}'"))}");
        var exit = ImrApp.ExitOk;
        var renderer = new DiagnosticRenderer(stderr, false);
        foreach (var input in inputs)
        {
            string text;
            try
            {
                text = LetterSourceText(input.Read(Commands.CheckCommand.MaxImrBytes));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{Excerpt.Of(input.DisplayPath, 300)}:1:1: error IMR000: not formatted: the file cannot be read: {ex.Message}");
                exit = ImrApp.ExitFindings;
                continue;
            }
            var source = new SourceFile(input.DisplayPath, text);
            var syntax = ImrParser.Parse(source);
            var formatted = ImrFormatter.Format(syntax);
            if (formatted is null)
            {
                foreach (var diagnostic in syntax.Diagnostics) renderer.Write(diagnostic, source);
                stderr.WriteLine($"{input.DisplayPath}: not formatted because of the syntax errors above");
                exit = ImrApp.ExitFindings;
                continue;
            }
            if (formatted == text) continue;
            if (check)
            {
                if (diff) stdout.Write(UnifiedDiff.Create(input.DisplayPath, text, formatted));
                else stdout.WriteLine($"{input.DisplayPath}: not formatted (run 'imr fmt {input.DisplayPath}')");
                exit = ImrApp.ExitFindings;
            }
            else
            {
                AtomicFileWriter.WriteAllText(input.FullPath!, formatted); // through links; mode and owner kept
                stdout.WriteLine($"formatted {input.DisplayPath}");
            }
        }
        return exit;
    }

    /// <summary>
    /// Standard input to standard output: the formatted text and exit 0, or (on syntax errors) nothing on standard
    /// output, the errors on standard error and exit 1, so an editor keeps the buffer as it was.
    /// </summary>
    private static int FormatStandardInput(string displayPath, bool check, bool diff, TextWriter stdout, TextWriter stderr)
    {
        string text;
        try
        {
            text = LetterSourceText(InputFiles.ReadStdin(Commands.CheckCommand.MaxImrBytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{displayPath}:1:1: error IMR000: not formatted: standard input cannot be read: {ex.Message}");
            return ImrApp.ExitFindings;
        }
        var source = new SourceFile(displayPath, text);
        var syntax = ImrParser.Parse(source);
        var formatted = ImrFormatter.Format(syntax);
        if (formatted is null)
        {
            var renderer = new DiagnosticRenderer(stderr, false);
            foreach (var diagnostic in syntax.Diagnostics) renderer.Write(diagnostic, source);
            stderr.WriteLine($"{displayPath}: not formatted because of the syntax errors above");
            return ImrApp.ExitFindings;
        }
        if (!check)
        {
            stdout.Write(formatted);
            return ImrApp.ExitOk;
        }
        if (formatted == text) return ImrApp.ExitOk;
        if (diff) stdout.Write(UnifiedDiff.Create(displayPath, text, formatted));
        else stdout.WriteLine($"{displayPath}: not formatted");
        return ImrApp.ExitFindings;
    }

    private static bool IsImr(string path) => string.Equals(Path.GetExtension(path), ".imr", StringComparison.OrdinalIgnoreCase);

    private static string LetterSourceText(byte[] bytes) => ImrDsl.Domain.Letters.LetterSource.DecodeText(bytes);
}
