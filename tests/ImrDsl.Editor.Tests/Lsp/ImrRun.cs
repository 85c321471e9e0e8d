namespace ImrDsl.Editor.Tests.Lsp;

/// <summary>The built imr.dll, run as its own process (`imr check`, `imr fmt`, `imr explain`) to compare the server with.</summary>
internal static class ImrRun
{
    public static string ImrDll { get; } = Path.Combine(AppContext.BaseDirectory, "imr.dll");

    public static ToolResult Run(string workingDirectory, params string[] args)
        => NodeTools.Run("dotnet", workingDirectory, null, TimeSpan.FromMinutes(2), new[] { ImrDll }.Concat(args).ToArray());
}
