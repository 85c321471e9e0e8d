using Spectre.Console;

namespace ImrDsl.Cli.Output;

/// <summary>
/// A progress bar on standard error for long runs on a terminal; nothing at all otherwise (CI logs and pipes
/// stay clean). Thread-safe: files finish on several threads.
/// </summary>
public sealed class Progress : IDisposable
{
    private const int MinimumFiles = 200;
    private readonly ProgressTask? _task;
    private readonly Task? _render;
    private readonly TaskCompletionSource _done = new();

    private Progress(TextWriter stderr, int total)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        var ready = new TaskCompletionSource<ProgressTask>();
        _render = console.Progress().AutoClear(true).StartAsync(async context =>
        {
            ready.SetResult(context.AddTask("checking", maxValue: total));
            await _done.Task;
        });
        _task = ready.Task.Result;
    }

    private Progress() { }

    public static Progress Start(TextWriter stderr, int total)
        => total >= MinimumFiles && stderr == Console.Error && !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? new Progress(stderr, total)
            : new Progress();

    public void Advance() => _task?.Increment(1);

    /// <summary>Whether a bar is drawn (on a terminal's standard error, for long runs).</summary>
    public bool IsVisible => _task is not null;

    /// <summary>Clears the bar; safe to call more than once.</summary>
    public void Dispose()
    {
        _done.TrySetResult();
        _render?.Wait();
    }
}
