namespace ImrDsl.Tests;

/// <summary>Finds files of the repository, wherever the tests run from.</summary>
internal static class Repo
{
    public static string Root => ImrDsl.TestSupport.RepositoryRoot.Path;

    public static string PathOf(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());
    public static IEnumerable<string> StdFiles => Directory.GetFiles(PathOf("grammar", "std"), "*.imr").OrderBy(p => p, StringComparer.Ordinal);
}
