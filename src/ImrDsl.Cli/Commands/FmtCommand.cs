using System.CommandLine;
using ImrDsl.Cli.Input;
using ImrDsl.Cli.Output;
using ImrDsl.Formatting;
using ImrDsl.Parsing;
using ImrDsl.Text;

namespace ImrDsl.Cli.Commands;

/// <summary>`imr fmt [--check] FILE...`: rewrite .imr files in the canonical layout, atomically.</summary>
public static class FmtCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = ".imr files or folders to format.", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 if any file is not formatted." };
        var command = new Command("fmt", "Format .imr files in the canonical layout.") { files, check };
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(check), stdout, stderr));
        return command;
    }

    public static int Run(string[] paths, bool check, TextWriter stdout, TextWriter stderr)
    {
        // A file named on the command line must be an .imr file: formatting nothing and exiting 0 would say all is well.
        foreach (var path in paths.Where(p => p != "-" && !GlobPattern.HasWildcards(p)))
            if (SafeFile.Stat(Path.GetFullPath(path, Environment.CurrentDirectory)).Kind is not (FileKind.Directory or FileKind.Missing)
                && !IsImr(path))
                throw new UsageException($"'{Excerpt.Of(path)}' is not an .imr file; imr fmt formats .imr files only");
        if (paths.Contains("-")) throw new UsageException("imr fmt rewrites files in place and cannot read standard input");
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
                stdout.WriteLine($"{input.DisplayPath}: not formatted (run 'imr fmt {input.DisplayPath}')");
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

    private static bool IsImr(string path) => string.Equals(Path.GetExtension(path), ".imr", StringComparison.OrdinalIgnoreCase);

    private static string LetterSourceText(byte[] bytes) => ImrDsl.Domain.Letters.LetterSource.DecodeText(bytes);
}
