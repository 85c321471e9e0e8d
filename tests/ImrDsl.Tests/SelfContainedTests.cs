namespace ImrDsl.Tests;

/// <summary>
/// A clone of the repository must build and pass on its own: no tracked file may read or send the reader to a
/// folder outside it (the research notes the project started from live beside the repository, not in it).
/// </summary>
public class SelfContainedTests
{
    // The folder beside the repository and its notes, spelled from parts so this guard does not itself cite them.
    private static readonly string Beside = "sha" + "red";
    private static readonly string[] Outside =
        new[] { $"../{Beside}", $"..\\{Beside}", $"{Beside}/design", $"{Beside}/domain", $"{Beside}/letters" }
            .Concat(new[] { "dsl", "architecture", "generators", "linters" }.Select(note => note + ".md")).ToArray();

    [Fact]
    public void No_tracked_file_reaches_outside_the_repository()
    {
        var offenders = new List<string>();
        foreach (var path in TrackedTextFiles())
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
                if (Outside.FirstOrDefault(o => lines[i].Contains(o, StringComparison.Ordinal)) is { } hit)
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
