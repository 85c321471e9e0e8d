using ImrDsl.Diagnostics;
using ImrDsl.Parsing;
using ImrDsl.Syntax;
using ImrDsl.Text;

namespace ImrDsl.Semantics;

/// <summary>
/// A set of parsed .imr files checked together: the model their declarations make and every diagnostic,
/// syntax and semantic, in a stable order. `use` paths are resolved relative to the using file through
/// a caller-supplied loader, so the CLI can read from disk and the generator from AdditionalTexts.
/// </summary>
public sealed class ImrCompilation
{
    private ImrCompilation(IReadOnlyList<ImrFileSyntax> files, DomainModel model, IReadOnlyList<Diagnostic> diagnostics)
    {
        Files = files;
        Model = model;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<ImrFileSyntax> Files { get; }
    public DomainModel Model { get; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Checks parsed files together. <paramref name="library"/> files (the standard library) lend their declarations but are not re-reported.</summary>
    public static ImrCompilation Create(IReadOnlyList<ImrFileSyntax> files, IReadOnlyList<ImrFileSyntax>? library = null)
        => Create(files, library, Array.Empty<Diagnostic>());

    /// <summary>
    /// Parses the roots and the files they `use` from disk, then checks them all against the library.
    /// <paramref name="load"/> reads a used file (null: it does not exist; an IOException: it cannot be read);
    /// the CLI passes one that refuses devices and FIFOs and limits what it reads.
    /// </summary>
    /// <remarks>A root that is also one of the library's files (a declarations file checked on its own) is checked as the root only.</remarks>
    public static ImrCompilation FromDisk(IEnumerable<SourceFile> roots, IReadOnlyList<ImrFileSyntax>? library = null, Func<string, string?>? load = null)
    {
        var rootList = roots.ToList();
        var rootPaths = new HashSet<string>(rootList.Select(r => FullPath(r.Path)), StringComparer.Ordinal);
        var others = library?.Where(l => !rootPaths.Contains(FullPath(l.Source.Path))).ToList();
        var useDiagnostics = new List<Diagnostic>();
        var files = LoadWithUses(rootList, load ?? (path => File.Exists(path) ? File.ReadAllText(path) : null), ResolveOnDisk, useDiagnostics);
        return Create(files, others, useDiagnostics);
    }

    /// <summary>A path as a full path, or as given when it is not one a file system would take (an in-memory name).</summary>
    private static string FullPath(string path)
    {
        try { return Path.GetFullPath(path); }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException) { return path; }
    }

    /// <summary>A `use` path is relative to the folder of the file that uses it.</summary>
    public static string ResolveOnDisk(string fromPath, string usePath)
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(fromPath)) ?? string.Empty, usePath));

    private static ImrCompilation Create(IReadOnlyList<ImrFileSyntax> files, IReadOnlyList<ImrFileSyntax>? library, IReadOnlyList<Diagnostic> extra)
    {
        library ??= Array.Empty<ImrFileSyntax>();
        var all = library.Concat(files).ToList();
        var (model, semantic) = ModelBuilder.Build(all);
        var instances = InstanceChecker.Check(model, files);
        var own = new HashSet<string>(files.Select(f => f.Source.Path), StringComparer.Ordinal);
        var diagnostics = files.SelectMany(f => f.Diagnostics).Concat(extra)
            .Concat(semantic.Where(d => own.Contains(d.Path)))
            .Concat(instances)
            .Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        return new ImrCompilation(files, model, diagnostics);
    }

    /// <summary>
    /// Parses <paramref name="roots"/> and every file they `use`, transitively, once each.
    /// <paramref name="load"/> returns a file's text or null if it does not exist.
    /// </summary>
    public static IReadOnlyList<ImrFileSyntax> LoadWithUses(IEnumerable<SourceFile> roots, Func<string, string?> load, Func<string, string, string> resolve, List<Diagnostic> diagnostics)
    {
        var result = new List<ImrFileSyntax>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<SourceFile>(roots);
        foreach (var root in queue) seen.Add(root.Path);
        while (queue.Count > 0)
        {
            var file = ImrParser.Parse(queue.Dequeue());
            result.Add(file);
            foreach (var use in file.Uses)
            {
                var path = resolve(file.Source.Path, use.Path.Value);
                if (!seen.Add(path)) continue;
                string? text;
                try
                {
                    text = load(path);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Add(Diagnostic.Create(file.Source, use.Path.Span, DiagnosticDescriptors.UseNotFound,
                        $"'{use.Path.Value}' cannot be read: {ex.Message}"));
                    continue;
                }
                if (text is null)
                {
                    diagnostics.Add(Diagnostic.Create(file.Source, use.Path.Span, DiagnosticDescriptors.UseNotFound,
                        $"'{use.Path.Value}' was not found (looked for {path})"));
                    continue;
                }
                queue.Enqueue(new SourceFile(path, text));
            }
        }
        return result;
    }
}
