using System.Collections.Concurrent;
using ImrDsl.Cli.Checking;
using ImrDsl.Cli.Configuration;
using ImrDsl.Domain;
using ImrDsl.Text;

namespace ImrDsl.Cli.Lsp;

/// <summary>An open document: its URI, the file path it stands for, and the editor's text at a version.</summary>
internal sealed record OpenDocument(string Uri, string Path, string Text, int Version)
{
    public bool IsImr => System.IO.Path.GetExtension(Path).Equals(".imr", StringComparison.OrdinalIgnoreCase);
    public SourceFile Source { get; } = new(Path, Text);
}

/// <summary>
/// The open documents and what checking them needs: the CheckContext of the nearest imr.json (rebuilt when the file
/// changes on disk), and the std files written out once so that go-to-definition has a file to open.
/// </summary>
internal sealed class Workspace
{
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (DateTime Written, CheckContext Context)> _contexts = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyDictionary<string, string>> _stdFiles = new(WriteStdFiles);

    public OpenDocument? Get(string uri) => _documents.TryGetValue(uri, out var document) ? document : null;
    public void Set(OpenDocument document) => _documents[document.Uri] = document;
    public void Remove(string uri) => _documents.TryRemove(uri, out _);

    /// <summary>The check context for a file, or the reason its imr.json cannot be used.</summary>
    public (CheckContext? Context, string? Problem) ContextFor(string fullPath)
    {
        var configPath = ImrConfig.Find(System.IO.Path.GetDirectoryName(fullPath) ?? Environment.CurrentDirectory);
        if (configPath is null) return (CheckContext.Default, null);
        try
        {
            var written = File.GetLastWriteTimeUtc(configPath);
            if (_contexts.TryGetValue(configPath, out var cached) && cached.Written == written) return (cached.Context, null);
            var context = CheckContext.For(ImrConfig.Load(configPath));
            _contexts[configPath] = (written, context);
            return (context, null);
        }
        catch (Exception ex) when (ex is ConfigException or IOException or UnauthorizedAccessException)
        {
            return (null, ex.Message);
        }
    }

    /// <summary>A file's text: the editor's if it is open, else the disk's, else null.</summary>
    public string? Read(string fullPath)
    {
        foreach (var document in _documents.Values)
            if (string.Equals(document.Path, fullPath, StringComparison.Ordinal)) return document.Text;
        try
        {
            return File.Exists(fullPath) ? File.ReadAllText(fullPath) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A path as a URI; the std library's `std/x.imr` names map to the copies written out for the editor.</summary>
    public string UriOf(string path)
    {
        if (_stdFiles.Value.TryGetValue(path, out var written)) path = written;
        return new Uri(System.IO.Path.GetFullPath(path)).AbsoluteUri;
    }

    public static string PathOf(string uri, string? languageId = null)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile) return parsed.LocalPath;
        // An unsaved buffer (untitled:Untitled-1): checked as if it were a file of that name in the working folder,
        // with the extension its language implies (the checkers are chosen by extension).
        var name = uri.Substring(uri.LastIndexOfAny(new[] { '/', ':' }) + 1);
        if (name.Length == 0) name = "untitled";
        if (System.IO.Path.GetExtension(name).Length == 0)
            name += languageId switch { "imr" => ".imr", "markdown" => ".md", _ => ".txt" };
        return System.IO.Path.Combine(Environment.CurrentDirectory, name);
    }

    /// <summary>
    /// The embedded std files, written once per version under the temp folder (they are the language's own
    /// declarations, nothing of the user's), so an editor can open the definition of Outcome or DisputedItem.
    /// </summary>
    private static IReadOnlyDictionary<string, string> WriteStdFiles()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var files = StandardLibrary.Files;
            var hash = (uint)files.Aggregate(17, (h, f) => h * 31 + StableHash(f.Source.Text));
            var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "imr-lsp", $"std-{hash:x8}");
            Directory.CreateDirectory(folder);
            foreach (var file in files)
            {
                var target = System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file.Source.Path));
                if (!File.Exists(target) || File.ReadAllText(target) != file.Source.Text) File.WriteAllText(target, file.Source.Text);
                result[file.Source.Path] = target;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without a writable temp folder, definitions in std point at their names; nothing else depends on it.
        }
        return result;
    }

    private static int StableHash(string text)
    {
        var hash = 0;
        foreach (var c in text) hash = hash * 31 + c;
        return hash;
    }
}
