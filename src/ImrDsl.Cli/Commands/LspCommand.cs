using System.CommandLine;
using ImrDsl.Cli.Lsp;

namespace ImrDsl.Cli.Commands;

/// <summary>`imr lsp`: the language server, speaking LSP on standard input and output until the editor says exit.</summary>
public static class LspCommand
{
    public static Command Create()
    {
        var stdio = new Option<bool>("--stdio") { Description = "Use standard input and output (the default and only transport; accepted because editors pass it)." };
        var command = new Command("lsp", "Run the language server for .imr files and letters (LSP over standard input and output).") { stdio };
        command.SetAction(_ =>
        {
            Input.InputFiles.RefuseClosedStdin();
            // Buffered input: headers are read byte by byte, which on a raw console stream is a system call each.
            using var input = new BufferedStream(Console.OpenStandardInput());
            using var output = Console.OpenStandardOutput();
            return new LanguageServer(input, output).Run();
        });
        return command;
    }
}
