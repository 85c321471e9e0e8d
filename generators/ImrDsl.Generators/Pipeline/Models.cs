using ImrDsl.Collections;
using ImrDsl.Diagnostics;
using ImrDsl.Semantics;

namespace ImrDsl.Generators.Pipeline;

// Pipeline models: strings, numbers and EquatableArray only, so every step caches on value equality.
// No symbol, compilation, syntax node, Location, AdditionalText or SourceText is ever held.

/// <summary>One .imr file as read: its path and text.</summary>
internal sealed record ImrSource(string Path, string Text);

/// <summary>All .imr files compiled together.</summary>
internal sealed record CompiledModel(string Namespace, DomainModel Model, EquatableArray<string> Paths, EquatableArray<Diagnostic> Diagnostics);

/// <summary>What one .imr file contributes: its enums, records and catalogues.</summary>
internal sealed record FileOutput(string HintName, string Namespace, EquatableArray<EnumModel> Enums, EquatableArray<RecordModel> Records, EquatableArray<GuidelineModel> Guidelines);

/// <summary>What the validators and the index need: records, rules, enums and catalogue names.</summary>
internal sealed record ValidationOutput(string Namespace, DomainModel Model);

internal static class TrackingNames
{
    public const string ReadImr = nameof(ReadImr);
    public const string Compile = nameof(Compile);
    public const string FileOutputs = nameof(FileOutputs);
    public const string Validation = nameof(Validation);
    public const string Diagnostics = nameof(Diagnostics);
    public const string Options = nameof(Options);
}
