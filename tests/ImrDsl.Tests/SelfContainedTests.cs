namespace ImrDsl.Tests;

/// <summary>
/// A clone of the repository must build and pass on its own: no tracked file may read or send the reader to a
/// folder outside it (the research notes the project started from live beside the repository, not in it).
/// </summary>
public class SelfContainedTests
{
    private static readonly string[] Outside = { "../shared", "..\\shared", "shared/design", "shared/domain", "shared/letters", "dsl.md", "architecture.md", "generators.md", "linters.md" };

    [Fact]
    public void No_tracked_file_reaches_outside_the_repository()
    {
        var offenders = new List<string>();
        foreach (var path in TrackedTextFiles())
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
                if (Outside.FirstOrDefault(o => lines[i].Contains(o, StringComparison.Ordinal)) is { } hit && !path.EndsWith(nameof(SelfContainedTests) + ".cs"))
                    offenders.Add($"{Path.GetRelativePath(Repo.Root, path)}:{i + 1}: {hit}");
        }
        Assert.Empty(offenders);
    }

    /// <summary>Source, build, script and documentation files below the root, skipping build output and packages.</summary>
    private static IEnumerable<string> TrackedTextFiles()
    {
        var extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".cs", ".csproj", ".props", ".targets", ".sh", ".md", ".imr", ".json", ".yml", ".yaml", ".ebnf", ".js", ".ts", ".sln" };
        var skipped = new HashSet<string>(StringComparer.Ordinal) { "bin", "obj", "node_modules", ".git", "TestResults", "BenchmarkDotNet.Artifacts", "artifacts" };
        var pending = new Stack<string>(new[] { Repo.Root });
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var sub in Directory.GetDirectories(folder))
                if (!skipped.Contains(Path.GetFileName(sub))) pending.Push(sub);
            foreach (var file in Directory.GetFiles(folder))
                if (extensions.Contains(Path.GetExtension(file))) yield return file;
        }
    }
}
