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
        var inputs = InputFiles.Expand(paths, Environment.CurrentDirectory)
            .Where(i => !i.IsStdin && string.Equals(Path.GetExtension(i.DisplayPath), ".imr", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var exit = ImrApp.ExitOk;
        var renderer = new DiagnosticRenderer(stderr, false);
        foreach (var input in inputs)
        {
            var text = File.ReadAllText(input.FullPath!);
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
                AtomicFileWriter.WriteAllText(input.FullPath!, formatted);
                stdout.WriteLine($"formatted {input.DisplayPath}");
            }
        }
        return exit;
    }
}
