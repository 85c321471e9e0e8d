using System.CommandLine;
using ImrDsl.Cli.Checking;

namespace ImrDsl.Cli.Commands;

/// <summary>
/// `imr report PATHS -o report.html`: the short form of `imr check --format html --output`, for people who
/// want a page to open, read and print rather than a listing. Exit codes are those of `imr check`.
/// </summary>
public static class ReportCommand
{
    public const string DefaultOutput = "imr-report.html";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Letters, folders (recursive) or globs.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = $"The HTML file to write (default: {DefaultOutput}).", DefaultValueFactory = _ => DefaultOutput };
        var config = new Option<string?>("--config") { Description = "Use this imr.json for every file instead of the nearest one." };
        var jobs = CheckCommand.JobsOption("Files checked at once (default: all cores).");
        var noIgnore = new Option<bool>("--no-ignore") { Description = "Check files that .gitignore excludes too." };

        var command = new Command("report", "Check letters and write the findings as one HTML page to open, read and print.")
        {
            paths, output, config, jobs, noIgnore,
        };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(output)!;
            var exit = CheckRun.Run(new CheckOptions(parse.GetValue(paths)!, "html", target, parse.GetValue(config), -1, false, null, null,
                parse.GetValue(jobs), !parse.GetValue(noIgnore)), stdout, stderr);
            stdout.WriteLine($"Wrote {target}; open it in a web browser.");
            return exit;
        });
        return command;
    }
}
