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

    private CheckContext(ImrConfig? config, ValidationContext validation, Func<IReadOnlyList<ImrFileSyntax>> library, HouseRules? house = null)
    {
        Config = config;
        Validation = validation;
        House = house;
        _library = new Lazy<IReadOnlyList<ImrFileSyntax>>(library);
        Reader = ReferenceEquals(validation, Guidelines.Context) ? LetterReader.Standard : new LetterReader(validation.Catalogues.All);
    }

    /// <summary>Reads letters with the same catalogues the rules check against, so extra guidelines are recognised in citations.</summary>
    public LetterReader Reader { get; }

    public ImrConfig? Config { get; }

    /// <summary>The config's declarations, catalogues and --rules files, run by the interpreter; null when there are none.</summary>
    public HouseRules? House { get; }
    public ValidationContext Validation { get; }
    /// <summary>
    /// Declarations case files are checked against: the standard library plus the house files (the config's
    /// declarations and catalogues, and --rules files).
    /// </summary>
    public IReadOnlyList<ImrFileSyntax> Library => _library.Value;

    public static CheckContext Default { get; } = new(null, Guidelines.Context, () => StandardLibrary.Files);

    /// <summary>The context for files no imr.json governs, with `--rules` files if any.</summary>
    public static CheckContext Without(IReadOnlyList<string> rules)
    {
        if (rules.Count == 0) return Default;
        var house = LoadHouse(rules.Select(p => ReadRules(p)).ToList());
        return new CheckContext(null, Guidelines.Context, () => StandardLibrary.Files.Concat(house.Files).ToList(), house);
    }

    public static CheckContext For(ImrConfig config, IReadOnlyList<string>? rules = null)
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
        // House rules may live in any of the config's .imr files and in --rules files; they are compiled together.
        // A file named twice (in imr.json and again with --rules) is one file, read once.
        var named = new HashSet<string>(declarations.Select(d => Path.GetFullPath(d.Path)), StringComparer.Ordinal);
        var houseFiles = declarations
            .Concat(config.Catalogues.Where(p => named.Add(Path.GetFullPath(p))).Select(p => Read(config, p, "catalogues")))
            .Concat((rules ?? Array.Empty<string>()).Where(p => named.Add(Path.GetFullPath(p))).Select(p => ReadRules(p))).ToList();
        var house = houseFiles.Count == 0 ? null : LoadHouse(houseFiles);
        config.ResolveHouseRules(house?.Rules ?? Array.Empty<RuleInfo>());
        return new CheckContext(config, validation, () => house is null ? StandardLibrary.Files : StandardLibrary.Files.Concat(house.Files).ToList(), house);
    }

    /// <summary>Compiles house files; a mistake in them is the author's and stops the run (exit 2) with its location.</summary>
    private static HouseRules LoadHouse(IReadOnlyList<SourceFile> files)
    {
        var (house, errors) = HouseRules.Load(files);
        if (house is null) throw new DeclarationException(errors);
        return house;
    }

    private static SourceFile ReadRules(string path)
    {
        try
        {
            return new SourceFile(path, Input.SafeFile.ReadText(path, Commands.CheckCommand.MaxImrBytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"the rules file '{ImrDsl.Cli.Excerpt.Of(path, 200)}' cannot be read: {ex.Message}");
        }
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

    /// <summary>
    /// Contexts by config file, found upward from each input's folder and remembered by folder (never by input, so a
    /// run's memory does not grow with its files). `imr check` asks for every input's context before checking starts, so
    /// a bad config stops the run before any work; its workers then ask again, and find it remembered.
    /// </summary>
    /// <remarks>Every context built here is kept in <see cref="Contexts"/>, so reports can describe the house rules that ran.</remarks>
    public sealed class Resolver(string? explicitConfig, IReadOnlyList<string>? rules = null)
    {
        private CheckContext? _withoutConfig;
        private readonly Dictionary<string, string?> _configByDirectory = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CheckContext> _contexts = new(StringComparer.Ordinal);
        private readonly object _gate = new();

        /// <summary>The context for a file (standard input: null), built on first use. Safe to call from several threads.</summary>
        public CheckContext For(string? fullPath)
        {
            lock (_gate)
            {
                var configPath = explicitConfig ?? (fullPath is null ? ImrConfig.Find(Environment.CurrentDirectory) : FindCached(Path.GetDirectoryName(fullPath)!));
                if (configPath is null) return _withoutConfig ??= Without(rules ?? Array.Empty<string>());
                if (!_contexts.TryGetValue(configPath, out var context))
                    _contexts[configPath] = context = CheckContext.For(ImrConfig.Load(configPath), rules);
                return context;
            }
        }

        /// <summary>The contexts this resolver has built.</summary>
        public IEnumerable<CheckContext> Contexts => _contexts.Values.Concat(_withoutConfig is null ? Array.Empty<CheckContext>() : new[] { _withoutConfig });

        private string? FindCached(string directory)
        {
            if (!_configByDirectory.TryGetValue(directory, out var found))
                _configByDirectory[directory] = found = ImrConfig.Find(directory);
            return found;
        }
    }
}

/// <summary>House declarations or rules with mistakes: each is reported at its line and column, and the run stops (exit 2).</summary>
public sealed class DeclarationException(IReadOnlyList<ImrDsl.Diagnostics.Diagnostic> errors)
    : Exception(string.Join("\n", errors.Select(e => ImrDsl.Cli.Excerpt.Message(e.ToString()))))
{
    public IReadOnlyList<ImrDsl.Diagnostics.Diagnostic> Errors { get; } = errors;
}
