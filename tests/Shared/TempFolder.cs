namespace ImrDsl.TestSupport;

/// <summary>A scratch folder per test, removed afterwards. Linked into the test projects that run imr on files.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("imr-test-").FullName;

    public string File(string name, string text)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, text);
        return full;
    }

    /// <summary>A file's URI, as an editor names documents.</summary>
    public string Uri(string name) => new Uri(System.IO.Path.Combine(Path, name)).AbsoluteUri;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, true);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException)
        {
            // A name that is not UTF-8, or a path past the system's limit (tests of both make them), cannot be deleted
            // through .NET: rm takes bytes, and walks by open folders rather than by whole paths.
            using var rm = System.Diagnostics.Process.Start("rm", new[] { "-rf", "--", Path })!;
            rm.WaitForExit();
            if (Directory.Exists(Path)) throw;
        }
    }
}
