using System.CommandLine;
using ImrDsl.Cli.Checking;
using ImrDsl.Cli.Input;
using ImrDsl.Cli.Output;
using ImrDsl.Domain.Letters;

namespace ImrDsl.Cli.Commands;

/// <summary>`imr check`: the options; <see cref="CheckRun"/> does the work.</summary>
public static class CheckCommand
{
    /// <summary>
    /// Letters (.txt, .md, .docx, standard input) larger than this are IMR000, never read further; real letters are
    /// 20-200 KB, but some PDF conversions give tens of MB of page lists.
    /// </summary>
    /// <remarks>
    /// Measured (ReadyToRun, tests/ImrDsl.Benchmarks/cli-benchmark.sh, HUGE_MB=31): a 31 MB letter of pages peaks at
    /// about 275 MB to check or extract as JSON, 9 times its size (325 MB, 10.5 times, when typography makes the reader
    /// keep a normalized copy of the text); what stays is the text, its line tables and the typed letter's items. Some
    /// shapes cost more: 31 lines of a million characters each peak at about 340 MB, because findings and the reader's
    /// joined paragraphs work on whole lines. PDFs (<see cref="MaxPdfBytes"/>), .docx parts
    /// (<see cref="MaxDocxPartBytes"/>) and lines (<see cref="MaxLineChars"/>, <see cref="MaxLetterLines"/>) have limits of their own.
    /// </remarks>
    public const long MaxInputBytes = 32L * 1024 * 1024;

    /// <summary>
    /// The most files checked at once. Each job is a thread with a window of reports behind it, so a value in the
    /// millions took gigabytes before checking anything, and past about 268 million overflowed the window; no machine
    /// this runs on gains from more threads than this.
    /// </summary>
    public const int MaxJobs = 256;

    /// <summary>--jobs for `imr check` and `imr report`: a number from 1 to <see cref="MaxJobs"/>, all cores by default.</summary>
    internal static Option<int> JobsOption(string description)
    {
        var jobs = new Option<int>("--jobs") { Description = description, DefaultValueFactory = _ => Math.Min(Environment.ProcessorCount, MaxJobs) };
        jobs.Validators.Add(result =>
        {
            // A value that is not a number is reported by the parser itself; reading it here would throw.
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, out var n) && n is < 1 or > MaxJobs)
                result.AddError($"--jobs must be from 1 to {MaxJobs} (the number of files checked at once)");
        });
        return jobs;
    }

    /// <summary>PDF files larger than this are IMR000: the PDF reader's memory on tens of MB of PDF has not been measured.</summary>
    public const long MaxPdfBytes = 8L * 1024 * 1024;

    /// <summary>The most a letter with these bytes may hold: <see cref="MaxPdfBytes"/> for a PDF, else <see cref="MaxInputBytes"/>.</summary>
    public static long MaxLetterBytes(string path, byte[] bytes) => LetterSource.IsPdf(path, bytes) ? MaxPdfBytes : MaxInputBytes;

    /// <summary>A .docx part that expands past this is IMR000: a zip bomb's part is read as a stream and stopped here.</summary>
    public const long MaxDocxPartBytes = 8L * 1024 * 1024;

    /// <summary>
    /// The longest line a letter may have, in characters (a .docx paragraph is a line): a letter without line breaks is
    /// IMR000 at that line, not read. Letters up to the old 8 MB limit were read whatever their lines, so no line up to
    /// that length is refused. One 8 Mi-character line peaks at about 220 MB to check, four of them 250 MB; a single 31 MB
    /// line took 750 MB.
    /// </summary>
    public const int MaxLineChars = 8 * 1024 * 1024;

    /// <summary>
    /// The most lines a letter may have (LF, CR or CRLF; a vertical tab, LS and PS end lines as read too): a file with more
    /// is IMR000 where it passes the limit, not read. The reader keeps about 25 bytes for every line whatever its length, so
    /// 31 MB of empty lines (31 million lines) took about 950 MB to check and `imr report` ran out of memory. A letter runs
    /// to a few thousand lines, and one of 32 MB in PDF text's layout (an empty line after each) to about 1.5 million.
    /// </summary>
    public const int MaxLetterLines = 4 * 1024 * 1024;

    /// <summary>.imr files larger than this are IMR000: a file of nothing but comments takes about 40 times its size to parse.</summary>
    public const long MaxImrBytes = 4L * 1024 * 1024;

    /// <summary>Inputs larger than this are checked one at a time, so parallel jobs cannot add up large files' memory.</summary>
    public const long LargeInputBytes = 1L * 1024 * 1024;

    public static readonly string[] Formats = { "text", "json", "sarif", "github", "html" };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders (recursive), globs, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text, json, sarif, github or html (a self-contained page for people; see also imr report).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of standard output." };
        var config = new Option<string?>("--config") { Description = "Use this imr.json for every file instead of the nearest one." };
        var maxWarnings = new Option<int>("--max-warnings") { Description = "Exit 1 when there are more warnings than this; -1 for no limit.", DefaultValueFactory = _ => -1 };
        var quiet = new Option<bool>("--quiet") { Description = "Report errors only." };
        var baseline = new Option<string?>("--baseline") { Description = "Do not report the findings counted in this baseline file." };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Record the current findings in this baseline file and exit 0." };
        var jobs = JobsOption("Files checked at once (default: all cores). Output order does not depend on it.");
        var noIgnore = new Option<bool>("--no-ignore") { Description = "Check files that .gitignore excludes too." };
        var stdinFileName = new Option<string?>("--stdin-filename") { Description = "With -, the path of the file standard input holds: its extension picks the reader, its folder the imr.json, and reports name it." };
        var color = new Option<string>("--color") { Description = "Colour the text report: auto (a terminal, unless NO_COLOR; FORCE_COLOR forces it), always or never.", DefaultValueFactory = _ => "auto" };
        color.AcceptOnlyFromAmong(DiagnosticRenderer.ColorModes);
        var rules = new Option<string[]>("--rules") { Description = "An .imr file of house rules (and declarations) to run too, besides imr.json's; repeatable.", AllowMultipleArgumentsPerToken = false };

        var command = new Command("check", "Check letters (.pdf, .txt, .md, .docx) and .imr case files.")
        {
            paths, format, output, config, maxWarnings, quiet, baseline, writeBaseline, jobs, noIgnore, rules, stdinFileName, color,
        };
        command.SetAction(parse => CheckRun.Run(new CheckOptions(
            parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(config), parse.GetValue(maxWarnings),
            parse.GetValue(quiet), parse.GetValue(baseline), parse.GetValue(writeBaseline), parse.GetValue(jobs), !parse.GetValue(noIgnore))
        {
            Rules = parse.GetValue(rules) ?? Array.Empty<string>(),
            StdinFileName = parse.GetValue(stdinFileName),
            Color = parse.GetValue(color)!,
        }, stdout, stderr));
        return command;
    }
}

public sealed record CheckOptions(
    string[] Paths, string Format, string? Output, string? Config, int MaxWarnings, bool Quiet,
    string? Baseline, string? WriteBaseline, int Jobs, bool RespectGitIgnore)
{
    /// <summary>House rules files given with --rules, run on every file besides those imr.json names.</summary>
    public IReadOnlyList<string> Rules { get; init; } = Array.Empty<string>();

    /// <summary>--stdin-filename: what "-" stands for, or null for plain &lt;stdin&gt;.</summary>
    public string? StdinFileName { get; init; }

    /// <summary>--color: auto, always or never.</summary>
    public string Color { get; init; } = "auto";
}
