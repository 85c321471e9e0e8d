using System.CommandLine;
using ImrDsl.Cli.Checking;
using ImrDsl.Cli.Input;
using ImrDsl.Cli.Output;
using ImrDsl.Domain.Export;
using ImrDsl.Domain.Letters;

namespace ImrDsl.Cli.Commands;

/// <summary>`imr extract LETTER [--format imr|json|text]`: the letter as an .imr case document, as JSON, or as the text imr read (for a PDF, what the checker saw).</summary>
public static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var letter = new Argument<string>("letter") { Description = "A .txt, .md, .docx or .pdf letter, or - for standard input." };
        var format = new Option<string>("--format") { Description = "imr (a case document), json, or text (the letter's text as read).", DefaultValueFactory = _ => "imr" };
        format.AcceptOnlyFromAmong("imr", "json", "text");
        var output = new Option<string?>("--output") { Description = "Write to this file instead of standard output." };
        var command = new Command("extract", "Read a letter into the typed model and print it.") { letter, format, output };
        command.SetAction(parse => Run(parse.GetValue(letter)!, parse.GetValue(format)!, parse.GetValue(output), stdout, stderr));
        return command;
    }

    public static int Run(string path, string format, string? output, TextWriter stdout, TextWriter stderr)
    {
        // The output target is checked first: a folder or a device there is a usage error before any reading.
        using var target = output is null ? null : new AtomicFileWriter(output);
        var inputs = InputFiles.Expand(new[] { path }, Environment.CurrentDirectory);
        if (inputs.Count != 1) throw new UsageException($"extract reads one letter, but '{path}' names {inputs.Count} files");
        var input = inputs[0];
        if (input.FullPath is { } full && target is not null && target.WouldReplace(full))
            throw new UsageException($"the output '{Excerpt.Of(output!, 200)}' is the letter being read; it was not overwritten");
        if (Path.GetExtension(input.DisplayPath).Equals(".imr", StringComparison.OrdinalIgnoreCase))
            throw new UsageException($"extract reads letters; '{Excerpt.Of(input.DisplayPath, 200)}' is an .imr file, which is already a case document (check it with 'imr check')");
        byte[]? bytes;
        try
        {
            bytes = input.Read(Commands.CheckCommand.MaxInputBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(Unreadable.Line(Excerpt.Of(input.DisplayPath, 300), $"the file cannot be read: {ex.Message}"));
            return ImrApp.ExitFindings;
        }
        var decoded = LetterSource.Decode(input.DisplayPath, bytes, Commands.CheckCommand.MaxLetterBytes(input.DisplayPath, bytes), Commands.CheckCommand.MaxDocxPartBytes);
        bytes = null; // a large letter's bytes are not needed while its text is read
        if (decoded.File is null)
        {
            stderr.WriteLine(Unreadable.Line(Excerpt.Of(input.DisplayPath, 300), Excerpt.Message(decoded.Problem!)));
            return ImrApp.ExitFindings;
        }

        var writer = target?.Writer ?? stdout;
        if (format == "text")
        {
            writer.Write(decoded.File.Text);
            target?.Commit();
            return ImrApp.ExitOk;
        }
        // The text is printed as it is; only reading it into the model needs lines of a readable length.
        if (LineLimits.Find(decoded.File) is { } finding)
        {
            stderr.WriteLine(Unreadable.Line(Excerpt.Of(input.DisplayPath, 300), finding.Message, finding.Line, finding.Column));
            return ImrApp.ExitFindings;
        }
        var determination = LetterReader.Standard.Read(decoded.File);
        if (format == "json")
        {
            // Passed on as it is made: a large letter's JSON (several times its size) is never held whole.
            using var json = new JsonStream(writer);
            DeterminationJson.Write(json.Json, determination);
            json.Finish();
        }
        else
        {
            writer.Write(CaseDocumentWriter.Write(determination, $"extracted from {input.DisplayPath} by imr extract"));
        }
        target?.Commit();
        return ImrApp.ExitOk;
    }
}
