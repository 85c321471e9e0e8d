using ImrDsl.Cli.Configuration;
using ImrDsl.Domain;
using ImrDsl.Domain.Letters;
using ImrDsl.Runtime;
using ImrDsl.Syntax;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Cli.Checking;

/// <summary>What checking a file under one imr.json needs: its rule levels, catalogues and declarations.</summary>
public sealed class CheckContext
{
    private readonly Lazy<IReadOnlyList<ImrFileSyntax>> _library;

    private CheckContext(ImrConfig? config, ValidationContext validation, Func<IReadOnlyList<ImrFileSyntax>> library)
    {
        Config = config;
        Validation = validation;
        _library = new Lazy<IReadOnlyList<ImrFileSyntax>>(library);
        Reader = ReferenceEquals(validation, Guidelines.Context) ? LetterReader.Standard : new LetterReader(validation.Catalogues.All);
    }

    /// <summary>Reads letters with the same catalogues the rules check against, so extra guidelines are recognised in citations.</summary>
    public LetterReader Reader { get; }

    public ImrConfig? Config { get; }
    public ValidationContext Validation { get; }
    /// <summary>
    /// Declarations case files are checked against: the standard library plus the config's own. Parsed on first
    /// use, so a run over letters alone never pays for parsing .imr files.
    /// </summary>
    public IReadOnlyList<ImrFileSyntax> Library => _library.Value;

    public static CheckContext Default { get; } = new(null, Guidelines.Context, () => StandardLibrary.Files);

    public static CheckContext For(ImrConfig config)
    {
        var validation = Guidelines.Context;
        if (config.Catalogues.Count > 0)
        {
            var (catalogues, diagnostics) = CatalogueLoader.Load(config.Catalogues.Select(p => Read(config, p, "catalogues")).ToList());
            // Where the error is and what kind, but not its message: a catalogue entry naming the wrong file (a letter,
            // a key file) would otherwise have that file's words printed.
            if (diagnostics.FirstOrDefault(d => d.Severity == ImrDsl.Diagnostics.Severity.Error) is { } error)
                throw new ConfigException(config.Path, $"the catalogue {error.Path}:{error.Line}:{error.Column} has an error ({error.Id} {Title(error.Id)}); " +
                    "check that it is an .imr file with guideline declarations, and run 'imr check' on it to see the error");
            validation = new ValidationContext(catalogues.Concat(Guidelines.All));
        }
        // Read now, so an unreadable file is a config error before any work; parsed on first use.
        var declarations = config.Declarations.Select(p => Read(config, p, "declarations")).ToList();
        return new CheckContext(config, validation,
            () => StandardLibrary.Files.Concat(declarations.Select(ImrDsl.Parsing.ImrParser.Parse)).ToList());
    }

    private static string Title(string id) => ImrDsl.Diagnostics.DiagnosticDescriptors.All.FirstOrDefault(d => d.Id == id)?.Title.ToLowerInvariant() ?? "error";

    private static SourceFile Read(ImrConfig config, string path, string where)
    {
        try
        {
            return new SourceFile(path, Input.SafeFile.ReadText(path, Commands.CheckCommand.MaxImrBytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(config.Path, $"'{where}' lists '{path}', which cannot be read: {ex.Message}");
        }
    }

    /// <summary>Contexts by config file, found upward from each input's folder; built before checking starts.</summary>
    public sealed class Resolver(string? explicitConfig)
    {
        private readonly Dictionary<string, string?> _configByDirectory = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CheckContext> _contexts = new(StringComparer.Ordinal);

        public CheckContext For(string? fullPath)
        {
            var configPath = explicitConfig ?? (fullPath is null ? ImrConfig.Find(Environment.CurrentDirectory) : FindCached(Path.GetDirectoryName(fullPath)!));
            if (configPath is null) return Default;
            if (!_contexts.TryGetValue(configPath, out var context))
                _contexts[configPath] = context = CheckContext.For(ImrConfig.Load(configPath));
            return context;
        }

        private string? FindCached(string directory)
        {
            if (!_configByDirectory.TryGetValue(directory, out var found))
                _configByDirectory[directory] = found = ImrConfig.Find(directory);
            return found;
        }
    }
}
