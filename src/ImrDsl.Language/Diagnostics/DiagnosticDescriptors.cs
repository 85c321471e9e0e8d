namespace ImrDsl.Diagnostics;


/// <summary>
/// The language's own diagnostics. IDs are stable and never reused:
/// IMR1xx syntax, IMR2xx semantics, IMR9xx internal failures.
/// The checker's rules (IMR000-IMR008) are declared in grammar/std, not here; their documentation
/// has the same five parts as these (see <see cref="DiagnosticDoc"/>, written in DiagnosticDocs.cs).
/// </summary>
public static class DiagnosticDescriptors
{
    // Syntax
    public static readonly DiagnosticDescriptor UnexpectedToken = new("IMR101", "unexpected-token", Severity.Error, "Unexpected text", DiagnosticDocs.UnexpectedToken);
    public static readonly DiagnosticDescriptor UnterminatedString = new("IMR102", "unterminated-string", Severity.Error, "String not closed", DiagnosticDocs.UnterminatedString);
    public static readonly DiagnosticDescriptor UnterminatedComment = new("IMR103", "unterminated-comment", Severity.Error, "Comment not closed", DiagnosticDocs.UnterminatedComment);
    public static readonly DiagnosticDescriptor UnterminatedTextBlock = new("IMR104", "unterminated-text-block", Severity.Error, "Text block not closed", DiagnosticDocs.UnterminatedTextBlock);
    public static readonly DiagnosticDescriptor UnknownKeyword = new("IMR105", "unknown-keyword", Severity.Error, "Unknown keyword", DiagnosticDocs.UnknownKeyword);
    public static readonly DiagnosticDescriptor NestingTooDeep = new("IMR106", "nesting-too-deep", Severity.Error, "Nesting too deep", DiagnosticDocs.NestingTooDeep);
    public static readonly DiagnosticDescriptor MissingCloseBrace = new("IMR107", "missing-close-brace", Severity.Error, "Block not closed", DiagnosticDocs.MissingCloseBrace);
    public static readonly DiagnosticDescriptor InvalidLiteral = new("IMR108", "invalid-literal", Severity.Error, "Invalid date or number", DiagnosticDocs.InvalidLiteral);
    public static readonly DiagnosticDescriptor FileTooLarge = new("IMR109", "file-too-large", Severity.Error, "File too large", DiagnosticDocs.FileTooLarge);
    public static readonly DiagnosticDescriptor UnbalancedClose = new("IMR110", "unbalanced-close", Severity.Error, "Closing bracket without an opening one", DiagnosticDocs.UnbalancedClose);

    // Semantics
    public static readonly DiagnosticDescriptor UnknownType = new("IMR201", "unknown-type", Severity.Error, "Unknown type", DiagnosticDocs.UnknownType);
    public static readonly DiagnosticDescriptor DuplicateName = new("IMR202", "duplicate-name", Severity.Error, "Name declared twice", DiagnosticDocs.DuplicateName);
    public static readonly DiagnosticDescriptor BadRange = new("IMR203", "bad-range", Severity.Error, "Range out of order or out of bounds", DiagnosticDocs.BadRange);
    public static readonly DiagnosticDescriptor UnknownReference = new("IMR204", "unknown-reference", Severity.Error, "Unknown name", DiagnosticDocs.UnknownReference);
    public static readonly DiagnosticDescriptor UnknownAttribute = new("IMR205", "unknown-attribute", Severity.Error, "Unknown attribute or block", DiagnosticDocs.UnknownAttribute);
    public static readonly DiagnosticDescriptor MissingRequired = new("IMR206", "missing-required", Severity.Error, "Required value missing", DiagnosticDocs.MissingRequired);
    public static readonly DiagnosticDescriptor WrongValueKind = new("IMR207", "wrong-value-kind", Severity.Error, "Value of the wrong kind", DiagnosticDocs.WrongValueKind);
    public static readonly DiagnosticDescriptor PatternMismatch = new("IMR208", "pattern-mismatch", Severity.Error, "Value does not match its pattern", DiagnosticDocs.PatternMismatch);
    public static readonly DiagnosticDescriptor OutOfRange = new("IMR209", "out-of-range", Severity.Error, "Value outside its allowed range", DiagnosticDocs.OutOfRange);
    public static readonly DiagnosticDescriptor BadCondition = new("IMR210", "bad-condition", Severity.Error, "Rule condition not understood", DiagnosticDocs.BadCondition);
    public static readonly DiagnosticDescriptor DuplicateAttribute = new("IMR211", "duplicate-attribute", Severity.Error, "Attribute given twice", DiagnosticDocs.DuplicateAttribute);
    public static readonly DiagnosticDescriptor BadRule = new("IMR212", "bad-rule", Severity.Error, "Rule declaration incomplete", DiagnosticDocs.BadRule);
    public static readonly DiagnosticDescriptor UseNotFound = new("IMR213", "use-not-found", Severity.Error, "Referenced file not found", DiagnosticDocs.UseNotFound);

    // Internal
    public static readonly DiagnosticDescriptor InternalError = new("IMR901", "internal-error", Severity.Error, "Internal error", DiagnosticDocs.InternalError);

    /// <summary>The IDs of declared value constraints (required, +, non-empty, pattern, range), which generated validators report.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> ValueConstraints { get; } = new[] { MissingRequired, PatternMismatch, OutOfRange };

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        UnexpectedToken, UnterminatedString, UnterminatedComment, UnterminatedTextBlock, UnknownKeyword, NestingTooDeep,
        MissingCloseBrace, InvalidLiteral, FileTooLarge, UnbalancedClose,
        UnknownType, DuplicateName, BadRange, UnknownReference, UnknownAttribute, MissingRequired, WrongValueKind,
        PatternMismatch, OutOfRange, BadCondition, DuplicateAttribute, BadRule, UseNotFound,
        InternalError,
    };
}
