using ImrDsl.Cli.Output;
using ImrDsl.Text;

namespace ImrDsl.Cli.Checking;

/// <summary>
/// Warms the letter-check path on a spare core while the main thread parses the command line and finds the inputs.
/// </summary>
/// <remarks>
/// Most of a cold one-letter check is one-time work of the runtime, not of the letter: loading types, resolving
/// ReadyToRun fix-ups, and compiling the framework's generic code over imr's own structs, which ReadyToRun cannot hold.
/// That work is the same for any letter, so a made-up letter (<see cref="PracticeLetter"/>) is read, checked and
/// reported first, on another thread; the user's letter then finds the path warm. The practice run writes nowhere and
/// shares no state with the real run beyond what is already shared by parallel jobs, so reports cannot differ.
/// On one core there is no spare one, and the practice would only add to the run's time.
/// </remarks>
internal static class Prewarm
{
    /// <summary>Starts the practice run for the commands that read letters (check, report, extract); returns at once.</summary>
    public static void StartFor(string[] args)
    {
        if (Environment.ProcessorCount < 2 || args.Length == 0 || args[0] is not ("check" or "report" or "extract")) return;
        new Thread(() => Practise()) { IsBackground = true, Name = "imr prewarm" }.Start();
    }

    /// <summary>Reads, checks and reports the practice letter; anything it throws is dropped, as it only costs time.</summary>
    internal static FileReport? Practise()
    {
        try
        {
            var report = LetterChecker.Check(new SourceFile(PracticeLetter.Path, PracticeLetter.Text), CheckContext.Default);
            var text = new TextReport(TextWriter.Null, color: false);
            text.Add(ReportedFile.Of(report));
            return report;
        }
#pragma warning disable CA1031 // a warm-up that fails must not stop or change the real run, whatever it threw
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
