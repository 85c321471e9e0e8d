using System.Text;
using ImrDsl.Cli.Commands;
using ImrDsl.Cli.Input;
using ImrDsl.Cli.Output;
using ImrDsl.Cli.Output.Html;
using ImrDsl.Diagnostics;
using ImrDsl.Domain.Letters;
using ImrDsl.Runtime;

namespace ImrDsl.Cli.Checking;

/// <summary>
/// One `imr check` run: expand the inputs, find each one's imr.json, check the files in parallel, apply rule
/// levels and the baseline, and write the report. Reports keep the inputs' order whatever --jobs is.
/// </summary>
public static class CheckRun
{
    public static int Run(CheckOptions options, TextWriter stdout, TextWriter stderr)
    {
        var cwd = Environment.CurrentDirectory;
        if (options.StdinFileName is not null && !options.Paths.Contains("-"))
            throw new UsageException("--stdin-filename names what standard input holds; pass - to read it");
        var inputs = InputFiles.ForCheck(options.Paths, cwd, options.RespectGitIgnore, options.StdinFileName);
        if (options.Config is not null && !File.Exists(options.Config)) throw new UsageException($"the config '{options.Config}' does not exist");
        var resolver = new CheckContext.Resolver(options.Config is null ? null : Path.GetFullPath(options.Config), options.Rules.Select(Path.GetFullPath).ToList());
        // Bad configs fail here, before any work. Contexts are remembered by folder, not by input, so the workers' lookups
        // below find them without a list as long as the inputs.
        foreach (var path in inputs.ConfigPaths) resolver.For(path);
        var baseline = options.Baseline is null ? null : Baseline.Load(options.Baseline);

        var html = options.Format == "html"; // only the HTML report shows the typed letters and whole texts
        // Write targets are checked before any work, so a bad --output costs nothing and changes nothing.
        using var target = options.Output is null || options.WriteBaseline is not null ? null : new AtomicFileWriter(options.Output);
        using var baselineTarget = options.WriteBaseline is null ? null : new AtomicFileWriter(options.WriteBaseline);
        // Piped standard output goes through a 64 KB buffer: Console.Out flushes on every write, which cost a system call
        // per file's report (4% of a 20,000-letter run). A terminal keeps Console.Out, so people see each file as it ends.
        using var piped = target is null && stdout == Console.Out && Console.IsOutputRedirected && Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) : null;
        var output = target?.Writer ?? piped ?? stdout;
        // The file a report or baseline would replace must not be one the run reads: a letter, the baseline, a config or
        // a rules file named as the output was overwritten by its own report. Those read before the run are compared now,
        // each input as it is checked (a stat per input, only when the output already exists).
        var replaced = (target ?? baselineTarget) is { ReplacesAFile: true } existing ? existing : null;
        var outputName = options.WriteBaseline ?? options.Output;
        if (replaced is not null)
            foreach (var read in ReadBeforeTheRun(options, resolver))
                if (replaced.WouldReplace(read)) throw new UsageException($"the output '{Excerpt.Of(outputName!, 200)}' is '{Excerpt.Of(read, 200)}', which this run reads; nothing was written");
        (int Index, string Path)? outputIsInput = null; // the first such input in input order, whichever worker met it
        var outputIsInputGate = new object();
        var color = DiagnosticRenderer.ShouldColor(output, options.Color);
        using var progress = Progress.Start(stderr, inputs.Count);
        // The progress bar redraws itself on the terminal; a report to that same terminal waits until the bar is gone.
        var writer = progress.IsVisible && output == Console.Out && !Console.IsOutputRedirected ? new StringWriter() : output;
        var houseRules = (Func<IReadOnlyList<RuleInfo>>)(() => resolver.Contexts.SelectMany(c => c.House?.Rules ?? Array.Empty<RuleInfo>()).ToList());

        // Reports are written as files finish, in input order: workers run at most a window ahead of the writer, and a
        // file's text goes as soon as the excerpts its findings show are taken (HTML, which shows whole letters, keeps them).
        var recorded = baselineTarget is null ? null : new Baseline();
        IStreamedReport? streamed = recorded is not null || html ? null : options.Format switch
        {
            "json" => new JsonReport(writer),
            "sarif" => new SarifReport(writer, cwd, houseRules()),
            "github" => new GithubReport(writer, cwd),
            _ => new TextReport(writer, color),
        };
        using var streamedResources = streamed as IDisposable;
        var forHtml = html && recorded is null ? new List<FileReport>() : null;
        var totals = new ReportTotals();
        var warnings = 0;
        var window = new ReorderWindow<Checked>(ReorderWindowPerJob * options.Jobs);
        window.Run(inputs, inputs.Count, options.Jobs, (index, input) =>
        {
            if (replaced is not null && WouldReplaceInput(replaced, input))
                lock (outputIsInputGate)
                    if (outputIsInput is not { } met || index < met.Index) outputIsInput = (index, input.DisplayPath);
            var context = resolver.For(input.FullPath ?? input.StandsFor);
            var report = ApplyLevels(CheckOne(input, context, keepLetter: forHtml is not null), context, input.FullPath ?? input.StandsFor ?? Path.Combine(cwd, input.DisplayPath));
            progress.Advance();
            return forHtml is not null ? new Checked(report, null) : new Checked(null, ReportedFile.Of(report));
        }, (_, done) =>
        {
            var path = done.Whole?.Path ?? done.Reported!.Path;
            var asChecked = done.Whole?.Findings ?? done.Reported!.Findings;
            var findings = asChecked;
            if (recorded is not null)
            {
                recorded.Record(path, findings);
                return;
            }
            if (baseline is not null) findings = baseline.Apply(path, findings);
            // --quiet hides warnings from the report, not from --max-warnings: the exit code means the same either way.
            for (var i = 0; i < findings.Count; i++) if (findings[i].Severity == Severity.Warning) warnings++;
            if (options.Quiet) findings = findings.Where(f => f.Severity == Severity.Error).ToList();
            totals.Count(findings);
            // Most letters have no findings: their report goes on as it came, not copied.
            var unchanged = ReferenceEquals(findings, asChecked);
            if (forHtml is not null) forHtml.Add(unchanged ? done.Whole! : done.Whole! with { Findings = findings });
            else streamed!.Add(unchanged ? done.Reported! : done.Reported! with { Findings = findings });
        });
        progress.Dispose(); // the bar is gone before a held report is written
        if (outputIsInput is { } input)
            throw new UsageException($"the output '{Excerpt.Of(outputName!, 200)}' is the input '{Excerpt.Of(input.Path, 200)}'; it was not overwritten");

        if (recorded is not null)
        {
            recorded.Write(baselineTarget!);
            stderr.WriteLine($"imr: wrote {Excerpt.Of(options.WriteBaseline!, 200)} with {recorded.Total} findings in {recorded.Files} files");
            return ImrApp.ExitOk;
        }

        if (forHtml is not null)
        {
            RuleDocs.Include(houseRules());
            HtmlReport.Write(writer, forHtml, DateTimeOffset.UtcNow);
        }
        else streamed!.Finish(totals);
        if (writer != output) output.Write(writer.ToString());
        piped?.Flush();
        target?.Commit();

        var tooManyWarnings = options.MaxWarnings >= 0 && warnings > options.MaxWarnings;
        if (tooManyWarnings) stderr.WriteLine($"imr: {warnings} {(warnings == 1 ? "warning exceeds" : "warnings exceed")} --max-warnings {options.MaxWarnings}");
        return totals.Errors > 0 || tooManyWarnings ? ImrApp.ExitFindings : ImrApp.ExitOk;
    }

    /// <summary>
    /// How many files per job the workers may run ahead of the report writer: room for every thread to hold a batch of four
    /// (<see cref="ReorderWindow{T}"/>) while the writer waits for the oldest. Only reports wait here, a few KB each.
    /// </summary>
    internal const int ReorderWindowPerJob = 8;

    /// <summary>A checked file on its way to the writer: whole for the HTML report, otherwise only what the reports show.</summary>
    private sealed record Checked(FileReport? Whole, ReportedFile? Reported);

    private static FileReport CheckOne(InputFile input, CheckContext context, bool keepLetter)
    {
        var isImr = Path.GetExtension(input.DisplayPath).Equals(".imr", StringComparison.OrdinalIgnoreCase);
        byte[]? bytes;
        try
        {
            bytes = input.Read(isImr ? CheckCommand.MaxImrBytes : CheckCommand.MaxInputBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unreadable.Report(input.DisplayPath, $"the file cannot be read: {ex.Message}");
        }
        if (bytes.Length <= CheckCommand.LargeInputBytes) return CheckRead(input.DisplayPath, ref bytes, context, keepLetter);
        // Large inputs one at a time, so parallel jobs do not add up their memory.
        lock (LargeInputGate) return CheckRead(input.DisplayPath, ref bytes, context, keepLetter);
    }

    private static readonly object LargeInputGate = new();

    /// <summary>
    /// Checks a file's content: decoded as a letter or .imr file by its extension, then checked by the matching checker.
    /// `imr check` and the language server (<see cref="DocumentCheck"/>) both come through here. Never throws.
    /// </summary>
    internal static FileReport CheckBytes(string path, byte[] bytes, CheckContext context, bool keepLetter = false)
    {
        byte[]? content = bytes;
        return CheckRead(path, ref content, context, keepLetter);
    }

    /// <summary>
    /// <see cref="CheckBytes"/> for a caller that gives up its bytes: <paramref name="bytes"/> is cleared once decoded, so a
    /// large letter's bytes can be collected while its text is read (the caller's own reference would keep them).
    /// </summary>
    private static FileReport CheckRead(string path, ref byte[]? bytes, CheckContext context, bool keepLetter)
    {
        FileReport report;
        try
        {
            var decoded = LetterSource.Decode(path, bytes!, CheckCommand.MaxLetterBytes(path, bytes!), CheckCommand.MaxDocxPartBytes);
            bytes = null;
            var isImr = Path.GetExtension(path).Equals(".imr", StringComparison.OrdinalIgnoreCase);
            report = decoded.File is null ? Unreadable.Report(path, decoded.Problem!)
                : isImr ? ImrFileChecker.Check(decoded.File, context)
                : LineLimits.Find(decoded.File) is { } longLine ? new FileReport(path, new[] { longLine }, null)
                : LetterChecker.Check(decoded.File, context, keepLetter);
        }
        // A file too big or too deep for memory or stack limits that slipped past the readers' own limits:
        // it alone is unreadable; the run goes on.
        catch (Exception ex) when (ex is OutOfMemoryException or InsufficientExecutionStackException)
        {
            report = Unreadable.Report(path, "the file is too large or too deeply nested to check");
        }
        catch (Exception ex)
        {
            // One file's failure must not stop the others; it is reported where it happened.
            var diagnostic = Diagnostic.ForFile(path, DiagnosticDescriptors.InternalError.Id, DiagnosticDescriptors.InternalError.DefaultSeverity,
                $"checking this file failed unexpectedly ({ex.GetType().Name}: {ex.Message}); please report it");
            report = new FileReport(path, new[] { diagnostic }, null);
        }
        return Bounded(report);
    }

    /// <summary>Every message cut to a bounded length with control characters escaped, whatever produced it.</summary>
    private static FileReport Bounded(FileReport report)
    {
        if (report.Findings.Count == 0 || report.Findings.All(f => f.Message.Length <= Excerpt.MaxMessageLength && Excerpt.IsClean(f.Message))) return report;
        return report with { Findings = report.Findings.Select(f => f with { Message = Excerpt.Message(f.Message) }).ToList() };
    }

    /// <summary>The files a run reads before it checks anything: the baseline, --config, --rules, every imr.json found and its rules files.</summary>
    /// <summary>
    /// Whether the output would replace the input: its file, or for standard input the file it was redirected from
    /// (Linux: what /proc/self/fd/0 leads to) and the file --stdin-filename says it holds, an editor's buffer of it. A report
    /// over either destroyed the letter ("imr check - --output letter.txt &lt; letter.txt").
    /// </summary>
    private static bool WouldReplaceInput(AtomicFileWriter replaced, InputFile input)
    {
        if (input.FullPath is { } full) return replaced.WouldReplace(full);
        if (!input.IsStdin) return false;
        if (input.StandsFor is { } named && replaced.WouldReplace(Path.GetFullPath(named))) return true;
        return OperatingSystem.IsLinux() && Console.IsInputRedirected && replaced.WouldReplace("/proc/self/fd/0");
    }

    private static IEnumerable<string> ReadBeforeTheRun(CheckOptions options, CheckContext.Resolver resolver)
    {
        if (options.Baseline is not null) yield return options.Baseline;
        if (options.Config is not null) yield return options.Config;
        foreach (var rules in options.Rules) yield return rules;
        foreach (var context in resolver.Contexts)
        {
            if (context.Config is { } config) yield return config.Path;
            foreach (var file in context.House?.Files ?? Array.Empty<ImrDsl.Syntax.ImrFileSyntax>()) yield return file.Source.Path;
        }
    }

    /// <summary>imr.json levels: a rule set to off disappears, others take the configured severity.</summary>
    internal static FileReport ApplyLevels(FileReport report, CheckContext context, string path)
    {
        if (context.Config is not { } config || report.Findings.Count == 0) return report;
        var findings = new List<Diagnostic>(report.Findings.Count);
        foreach (var finding in report.Findings)
        {
            var level = config.LevelFor(finding.Id, path);
            if (level is null) findings.Add(finding);
            else if (!level.Value.IsOff) findings.Add(finding with { Severity = level.Value.Severity!.Value });
        }
        return report with { Findings = findings };
    }
}
