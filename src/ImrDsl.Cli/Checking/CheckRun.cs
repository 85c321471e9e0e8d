using ImrDsl.Cli.Commands;
using ImrDsl.Cli.Input;
using ImrDsl.Cli.Output;
using ImrDsl.Cli.Output.Html;
using ImrDsl.Diagnostics;
using ImrDsl.Domain.Letters;

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
        var inputs = InputFiles.Expand(options.Paths, cwd, options.RespectGitIgnore);
        if (options.Config is not null && !File.Exists(options.Config)) throw new UsageException($"the config '{options.Config}' does not exist");
        var resolver = new CheckContext.Resolver(options.Config is null ? null : Path.GetFullPath(options.Config));
        var contexts = inputs.Select(i => resolver.For(i.FullPath)).ToList(); // bad configs fail here, before any work
        var baseline = options.Baseline is null ? null : Baseline.Load(options.Baseline);

        var keepLetters = options.Format == "html"; // only the HTML report shows the typed letters
        var reports = new FileReport[inputs.Count];
        using (var progress = Progress.Start(stderr, inputs.Count))
        {
            Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, i =>
            {
                reports[i] = ApplyLevels(CheckOne(inputs[i], contexts[i], keepLetters), contexts[i], inputs[i].FullPath ?? Path.Combine(cwd, inputs[i].DisplayPath));
                progress.Advance();
            });
        }

        if (options.WriteBaseline is { } baselinePath)
        {
            var written = Baseline.From(reports);
            written.Write(baselinePath);
            stderr.WriteLine($"imr: wrote {baselinePath} with {written.Total} findings in {reports.Count(r => r.Findings.Count > 0)} files");
            return ImrApp.ExitOk;
        }

        var final = reports.Select(r => baseline?.Apply(r) ?? r)
            .Select(r => options.Quiet ? r with { Findings = r.Findings.Where(f => f.Severity == Severity.Error).ToList() } : r)
            .ToList();

        using (var target = options.Output is null ? null : new AtomicFileWriter(options.Output))
        {
            var writer = target?.Writer ?? stdout;
            switch (options.Format)
            {
                case "json": JsonReport.Write(writer, final); break;
                case "sarif": SarifReport.Write(writer, final, cwd); break;
                case "github": GithubReport.Write(writer, final, cwd); break;
                case "html": HtmlReport.Write(writer, final, DateTimeOffset.UtcNow); break;
                default: TextReport.Write(writer, final, DiagnosticRenderer.ShouldColor(writer)); break;
            }
            target?.Commit();
        }

        var errors = final.Sum(r => r.Findings.Count(f => f.Severity == Severity.Error));
        var warnings = final.Sum(r => r.Findings.Count(f => f.Severity == Severity.Warning));
        var tooManyWarnings = options.MaxWarnings >= 0 && warnings > options.MaxWarnings;
        if (tooManyWarnings) stderr.WriteLine($"imr: {warnings} warnings exceed --max-warnings {options.MaxWarnings}");
        return errors > 0 || tooManyWarnings ? ImrApp.ExitFindings : ImrApp.ExitOk;
    }

    private static FileReport CheckOne(InputFile input, CheckContext context, bool keepLetter)
    {
        byte[] bytes;
        try
        {
            if (!input.IsStdin && new FileInfo(input.FullPath!).Length is var length && length > CheckCommand.MaxInputBytes)
                return Unreadable.Report(input.DisplayPath, LetterSource.TooLarge(length, CheckCommand.MaxInputBytes));
            bytes = input.IsStdin ? InputFiles.ReadStdin() : File.ReadAllBytes(input.FullPath!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unreadable.Report(input.DisplayPath, $"the file cannot be read: {ex.Message}");
        }
        return CheckBytes(input.DisplayPath, bytes, context, keepLetter);
    }

    /// <summary>
    /// Checks a file's content: decoded as a letter or .imr file by its extension, then checked by the matching checker.
    /// `imr check` and the language server (<see cref="DocumentCheck"/>) both come through here.
    /// </summary>
    internal static FileReport CheckBytes(string path, byte[] bytes, CheckContext context, bool keepLetter = false)
    {
        try
        {
            var decoded = LetterSource.Decode(path, bytes, CheckCommand.MaxInputBytes);
            if (decoded.File is null) return Unreadable.Report(path, decoded.Problem!);
            return Path.GetExtension(path).Equals(".imr", StringComparison.OrdinalIgnoreCase)
                ? ImrFileChecker.Check(decoded.File, context)
                : LetterChecker.Check(decoded.File, context, keepLetter);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One file's failure must not stop the others; it is reported where it happened.
            var diagnostic = Diagnostic.ForFile(path, DiagnosticDescriptors.InternalError.Id, DiagnosticDescriptors.InternalError.DefaultSeverity,
                $"checking this file failed unexpectedly ({ex.GetType().Name}: {ex.Message}); please report it");
            return new FileReport(path, new[] { diagnostic }, null);
        }
    }

    /// <summary>imr.json levels: a rule set to off disappears, others take the configured severity.</summary>
    internal static FileReport ApplyLevels(FileReport report, CheckContext context, string path)
    {
        if (context.Config is not { } config) return report;
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
