using ImrDsl.Collections;
using ImrDsl.Diagnostics;
using ImrDsl.Semantics;

namespace ImrDsl.Generators.Pipeline;

// Pipeline models: strings, numbers and EquatableArray only, so every step caches on value equality.
// No symbol, compilation, syntax node, Location, AdditionalText or SourceText is ever held.

/// <summary>One .imr file as read: its path and text.</summary>
internal sealed record ImrSource(string Path, string Text);

/// <summary>
/// A parsed .imr file. Its tree is a pure function of the text, so it compares by path and text alone:
/// an unchanged file keeps its parse from the previous run instead of being parsed again. It holds our
/// own immutable syntax tree, never a Roslyn object.
/// </summary>
internal sealed class ParsedImr : IEquatable<ParsedImr>
{
    public ParsedImr(ImrSource source, ImrDsl.Syntax.ImrFileSyntax syntax)
    {
        Source = source;
        Syntax = syntax;
    }

    public ImrSource Source { get; }
    public ImrDsl.Syntax.ImrFileSyntax Syntax { get; }

    public bool Equals(ParsedImr? other) => other is not null && Source.Equals(other.Source);
    public override bool Equals(object? obj) => Equals(obj as ParsedImr);
    public override int GetHashCode() => Source.GetHashCode();
}

/// <summary>All .imr files compiled together.</summary>
internal sealed record CompiledModel(string Namespace, DomainModel Model, EquatableArray<string> Paths, EquatableArray<Diagnostic> Diagnostics);

/// <summary>What one .imr file contributes: its enums, records and catalogues.</summary>
internal sealed record FileOutput(string HintName, string Namespace, EquatableArray<EnumModel> Enums, EquatableArray<RecordModel> Records, EquatableArray<GuidelineModel> Guidelines);

/// <summary>
/// What one record's validator and walker need: the record, the rule checks that apply to it, and the records
/// it refers to (for element fields and paths such as summary.injury-date).
/// </summary>
internal sealed record RecordValidationOutput(
    string Namespace,
    RecordModel Record,
    EquatableArray<RuleCheckOutput> Checks,
    EquatableArray<RecordModel> Related);

/// <summary>One check of one rule, with the rule's identity and severity.</summary>
internal sealed record RuleCheckOutput(string RuleId, string RuleName, Severity Severity, RuleCheckModel Check);

/// <summary>The project-wide lists: catalogue names and rule documentation.</summary>
internal sealed record IndexOutput(string Namespace, EquatableArray<string> Guidelines, EquatableArray<RuleModel> Rules);

internal static class TrackingNames
{
    public const string ReadImr = nameof(ReadImr);
    public const string ParseImr = nameof(ParseImr);
    public const string Compile = nameof(Compile);
    public const string FileOutputs = nameof(FileOutputs);
    public const string Validation = nameof(Validation);
    public const string Index = nameof(Index);
    public const string Diagnostics = nameof(Diagnostics);
    public const string Options = nameof(Options);
}
