namespace ImrDsl.TestSupport;

/// <summary>
/// The repository's root folder (the one holding ImrDsl.sln), found upward from the running assembly, so tests
/// and benchmarks find examples and grammar wherever they run from. Linked into each test project.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ImrDsl.sln"))) return directory.FullName;
        throw new InvalidOperationException("ImrDsl.sln was not found above " + AppContext.BaseDirectory);
    }
}
