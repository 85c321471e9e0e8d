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

    public void Dispose() => Directory.Delete(Path, true);
}
