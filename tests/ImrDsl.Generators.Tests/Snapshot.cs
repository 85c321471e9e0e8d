using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ImrDsl.Generators.Tests;

/// <summary>
/// A small stand-in for Verify: compares text with Snapshots/NAME.verified.cs. On a mismatch it writes
/// NAME.received.cs beside it and fails with a line diff; IMR_UPDATE_SNAPSHOTS=1 accepts the new text instead.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        // Not [CallerFilePath]: CI builds map source paths (deterministic builds), so locate the folder from the repository.
        var folder = Repo.PathOf("tests", "ImrDsl.Generators.Tests", "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.cs");
        var received = Path.Combine(folder, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (Environment.GetEnvironmentVariable("IMR_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        Assert.Fail($"Snapshot {name} differs (accept with IMR_UPDATE_SNAPSHOTS=1):\n{Diff(expected ?? string.Empty, actual)}");
    }

    private static string Diff(string expected, string actual)
    {
        var model = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual);
        var lines = model.Lines.Where(l => l.Type != ChangeType.Unchanged).Take(40)
            .Select(l => (l.Type == ChangeType.Inserted ? "+ " : l.Type == ChangeType.Deleted ? "- " : "  ") + l.Text);
        return string.Join("\n", lines);
    }
}
