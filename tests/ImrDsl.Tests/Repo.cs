namespace ImrDsl.Tests;

/// <summary>Finds files of the repository and the shared folder beside it, wherever the tests run from.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ImrDsl.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("ImrDsl.sln not found above " + AppContext.BaseDirectory);
    }

    public static string PathOf(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());
    public static string Shared(params string[] parts) => Path.Combine(new[] { Root, "..", "shared" }.Concat(parts).ToArray());
    public static IEnumerable<string> StdFiles => Directory.GetFiles(PathOf("grammar", "std"), "*.imr").OrderBy(p => p, StringComparer.Ordinal);
}
