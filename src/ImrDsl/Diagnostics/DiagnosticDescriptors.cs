namespace ImrDsl.Diagnostics;

/// <summary>An ID with its short name and default severity.</summary>
public sealed record DiagnosticDescriptor(string Id, string Name, Severity DefaultSeverity, string Title);

/// <summary>
/// The language's own diagnostics. IDs are stable and never reused:
/// IMR1xx syntax, IMR2xx semantics, IMR9xx internal failures.
/// The checker's rules (IMR000-IMR008) are declared in grammar/std, not here.
/// </summary>
public static class DiagnosticDescriptors
{
    // Syntax
    public static readonly DiagnosticDescriptor UnexpectedToken = new("IMR101", "unexpected-token", Severity.Error, "Unexpected text");
    public static readonly DiagnosticDescriptor UnterminatedString = new("IMR102", "unterminated-string", Severity.Error, "String not closed");
    public static readonly DiagnosticDescriptor UnterminatedComment = new("IMR103", "unterminated-comment", Severity.Error, "Comment not closed");
    public static readonly DiagnosticDescriptor UnterminatedTextBlock = new("IMR104", "unterminated-text-block", Severity.Error, "Text block not closed");
    public static readonly DiagnosticDescriptor UnknownKeyword = new("IMR105", "unknown-keyword", Severity.Error, "Unknown keyword");
    public static readonly DiagnosticDescriptor NestingTooDeep = new("IMR106", "nesting-too-deep", Severity.Error, "Nesting too deep");
    public static readonly DiagnosticDescriptor MissingCloseBrace = new("IMR107", "missing-close-brace", Severity.Error, "Block not closed");
    public static readonly DiagnosticDescriptor InvalidLiteral = new("IMR108", "invalid-literal", Severity.Error, "Invalid date or number");
    public static readonly DiagnosticDescriptor FileTooLarge = new("IMR109", "file-too-large", Severity.Error, "File too large");
    public static readonly DiagnosticDescriptor UnbalancedClose = new("IMR110", "unbalanced-close", Severity.Error, "Closing bracket without an opening one");

    // Semantics
    public static readonly DiagnosticDescriptor UnknownType = new("IMR201", "unknown-type", Severity.Error, "Unknown type");
    public static readonly DiagnosticDescriptor DuplicateName = new("IMR202", "duplicate-name", Severity.Error, "Name declared twice");
    public static readonly DiagnosticDescriptor BadRange = new("IMR203", "bad-range", Severity.Error, "Range out of order or out of bounds");
    public static readonly DiagnosticDescriptor UnknownReference = new("IMR204", "unknown-reference", Severity.Error, "Unknown name");
    public static readonly DiagnosticDescriptor UnknownAttribute = new("IMR205", "unknown-attribute", Severity.Error, "Unknown attribute or block");
    public static readonly DiagnosticDescriptor MissingRequired = new("IMR206", "missing-required", Severity.Error, "Required value missing");
    public static readonly DiagnosticDescriptor WrongValueKind = new("IMR207", "wrong-value-kind", Severity.Error, "Value of the wrong kind");
    public static readonly DiagnosticDescriptor PatternMismatch = new("IMR208", "pattern-mismatch", Severity.Error, "Value does not match its pattern");
    public static readonly DiagnosticDescriptor OutOfRange = new("IMR209", "out-of-range", Severity.Error, "Value outside its allowed range");
    public static readonly DiagnosticDescriptor BadCondition = new("IMR210", "bad-condition", Severity.Error, "Rule condition not understood");
    public static readonly DiagnosticDescriptor DuplicateAttribute = new("IMR211", "duplicate-attribute", Severity.Error, "Attribute given twice");
    public static readonly DiagnosticDescriptor BadRule = new("IMR212", "bad-rule", Severity.Error, "Rule declaration incomplete");
    public static readonly DiagnosticDescriptor UseNotFound = new("IMR213", "use-not-found", Severity.Error, "Referenced file not found");

    // Internal
    public static readonly DiagnosticDescriptor InternalError = new("IMR901", "internal-error", Severity.Error, "Internal error");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        UnexpectedToken, UnterminatedString, UnterminatedComment, UnterminatedTextBlock, UnknownKeyword, NestingTooDeep,
        MissingCloseBrace, InvalidLiteral, FileTooLarge, UnbalancedClose,
        UnknownType, DuplicateName, BadRange, UnknownReference, UnknownAttribute, MissingRequired, WrongValueKind,
        PatternMismatch, OutOfRange, BadCondition, DuplicateAttribute, BadRule, UseNotFound,
        InternalError,
    };
}
