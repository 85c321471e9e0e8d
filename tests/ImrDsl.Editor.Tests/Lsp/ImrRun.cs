namespace ImrDsl.Editor.Tests.Lsp;

/// <summary>The built imr.dll, run as its own process (`imr check`, `imr fmt`, `imr explain`) to compare the server with.</summary>
internal static class ImrRun
{
    public static string ImrDll { get; } = Path.Combine(AppContext.BaseDirectory, "imr.dll");

    public static ProcessResult Run(string workingDirectory, params string[] args)
        => NodeTools.Run("dotnet", workingDirectory, null, TimeSpan.FromMinutes(2), new[] { ImrDll }.Concat(args).ToArray());
}

/// <summary>A scratch folder per test, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("imr-editor-").FullName;

    public string File(string name, string text)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, text);
        return full;
    }

    public string Uri(string name) => new Uri(System.IO.Path.Combine(Path, name)).AbsoluteUri;

    public void Dispose() => Directory.Delete(Path, true);
}
