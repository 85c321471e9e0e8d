using System.CommandLine;
using ImrDsl.Cli.Checking;
using ImrDsl.Cli.Input;
using ImrDsl.Cli.Output;
using ImrDsl.Diagnostics;
using ImrDsl.Domain.Letters;

namespace ImrDsl.Cli.Commands;

/// <summary>`imr check`: reads every input, reports findings, and sets the exit code.</summary>
public static class CheckCommand
{
    /// <summary>Inputs larger than this are IMR000, not read into memory.</summary>
    public const long MaxInputBytes = 32L * 1024 * 1024;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders, globs, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--output") { Description = "Write the report to this file instead of standard output." };
        var maxWarnings = new Option<int>("--max-warnings") { Description = "Fail (exit 1) when there are more warnings than this; -1 for no limit.", DefaultValueFactory = _ => -1 };
        var quiet = new Option<bool>("--quiet") { Description = "Report errors only." };

        var command = new Command("check", "Check letters and .imr case files.") { paths, format, output, maxWarnings, quiet };
        command.SetAction(parse =>
        {
            var options = new CheckOptions(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(maxWarnings), parse.GetValue(quiet));
            return Run(options, stdout, stderr);
        });
        return command;
    }

    public sealed record CheckOptions(string[] Paths, string Format, string? Output, int MaxWarnings, bool Quiet);

    public static int Run(CheckOptions options, TextWriter stdout, TextWriter stderr)
    {
        var inputs = InputFiles.Expand(options.Paths, Environment.CurrentDirectory);
        var reports = inputs.Select(CheckOne).ToList();
        if (options.Quiet)
            reports = reports.Select(r => r with { Findings = r.Findings.Where(f => f.Severity == Severity.Error).ToList() }).ToList();

        var errors = reports.Sum(r => r.Findings.Count(f => f.Severity == Severity.Error));
        var warnings = reports.Sum(r => r.Findings.Count(f => f.Severity == Severity.Warning));

        using var target = options.Output is null ? null : new AtomicFileWriter(options.Output);
        var writer = target?.Writer ?? stdout;
        if (options.Format == "json") JsonReport.Write(writer, reports);
        else TextReport.Write(writer, reports, DiagnosticRenderer.ShouldColor(writer));
        target?.Commit();

        var tooManyWarnings = options.MaxWarnings >= 0 && warnings > options.MaxWarnings;
        if (tooManyWarnings) stderr.WriteLine($"imr: {warnings} warnings exceed --max-warnings {options.MaxWarnings}");
        return errors > 0 || tooManyWarnings ? ImrApp.ExitFindings : ImrApp.ExitOk;
    }

    private static FileReport CheckOne(InputFile input)
    {
        byte[] bytes;
        try
        {
            if (!input.IsStdin && new FileInfo(input.FullPath!).Length is var length && length > MaxInputBytes)
                return Unreadable.Report(input.DisplayPath, LetterSource.TooLarge(length, MaxInputBytes));
            bytes = input.IsStdin ? InputFiles.ReadStdin() : File.ReadAllBytes(input.FullPath!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unreadable.Report(input.DisplayPath, $"the file cannot be read: {ex.Message}");
        }
        var decoded = LetterSource.Decode(input.DisplayPath, bytes, MaxInputBytes);
        if (decoded.File is null) return Unreadable.Report(input.DisplayPath, decoded.Problem!);
        return Path.GetExtension(input.DisplayPath).Equals(".imr", StringComparison.OrdinalIgnoreCase)
            ? ImrFileChecker.Check(decoded.File)
            : LetterChecker.Check(decoded.File);
    }

}
