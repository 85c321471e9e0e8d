namespace ImrDsl.Diagnostics;

/// <summary>The text of every language diagnostic's documentation; <see cref="DiagnosticDescriptors"/> pairs each with its ID.</summary>
internal static class DiagnosticDocs
{
    private const string TurnOff =
        "It cannot be suppressed usefully: a file with this error is not checked further. Correct the file.";

    // ---- Syntax (IMR1xx): the parser could not read the text as .imr ----

    public static readonly DiagnosticDoc UnexpectedToken = new(
        "The parser found text it did not expect here, such as a missing ':' or '=', or a second namespace.",
        "Until the text reads as .imr, nothing in the broken member can be checked or generated. The parser "
        + "recovers at the next member or block, so every such mistake in the file is reported in one run.",
        """
        record Note {
          author text
        }
        """,
        """
        record Note {
          author: text
        }
        """,
        "Write what the message says was expected (a field is 'name: type', an attribute 'name = value'). " + TurnOff);

    public static readonly DiagnosticDoc UnterminatedString = new(
        "A text value opened with '\"' is not closed on the same line.",
        "Everything after the opening quote would become part of the text, swallowing the rest of the line, "
        + "so the parser stops the text at the end of the line and reports it.",
        """
        enum Urgency {
          standard "Standard
        }
        """,
        """
        enum Urgency {
          standard "Standard"
        }
        """,
        "Add the closing '\"'. For text over several lines use a text block between \"\"\" lines. " + TurnOff);

    public static readonly DiagnosticDoc UnterminatedComment = new(
        "A block comment opened with '/*' has no closing '*/'.",
        "An unclosed comment hides everything after it, so declarations below it would silently disappear.",
        """
        record Note {
          author: text
        }
        /* Fields to add later:
           reviewer, date
        """,
        """
        record Note {
          author: text
        }
        /* Fields to add later:
           reviewer, date */
        """,
        "Add '*/' where the comment should end, or use '//' comments, which end with the line. " + TurnOff);

    public static readonly DiagnosticDoc UnterminatedTextBlock = new(
        "A text block opened with \"\"\" has no closing \"\"\".",
        "A text block may span many lines, so without its closing delimiter it would run to the end of the "
        + "file and take every declaration after it with it.",
        """"
        case {
          item "Norco 10/325mg #120" {
            outcome = upheld
            rationale = """
              Therefore, the request for Norco 10/325mg #120 is not medically necessary.
          }
        }
        """",
        """"
        case {
          item "Norco 10/325mg #120" {
            outcome = upheld
            rationale = """
              Therefore, the request for Norco 10/325mg #120 is not medically necessary.
              """
          }
        }
        """",
        "Put \"\"\" on its own line where the text ends. " + TurnOff);

    public static readonly DiagnosticDoc UnknownKeyword = new(
        "A declaration starts with a word one typo away from a keyword (enum, record, guideline, rule, namespace, use).",
        "A misspelled keyword would otherwise be read as a document block of an unknown kind and give a "
        + "confusing message; naming the keyword it was probably meant to be makes the fix obvious.",
        """
        recrod Note {
          author: text
        }
        """,
        """
        record Note {
          author: text
        }
        """,
        "Spell the keyword as the message suggests. " + TurnOff);

    public static readonly DiagnosticDoc NestingTooDeep = new(
        "Blocks, lists and parentheses are nested more than 64 levels deep; the file is not parsed.",
        "No real .imr file nests that deep. The limit keeps a generated or hostile file from exhausting the "
        + "parser's stack, which would crash the checker or the build instead of reporting a problem.",
        "A file with 65 or more '{', '[' or '(' open at once, for example a generated file of 100 nested blocks: a { a { a { ... } } }.",
        "The same data with at most 64 levels: flatten nested blocks into sibling blocks or separate records.",
        "Flatten the structure. The limit is fixed; it cannot be raised or suppressed.")
    {
        ExamplesNotRunnable = "the failing example needs 65 levels of nesting, too long to show; ParserTests cover the limit",
    };

    public static readonly DiagnosticDoc MissingCloseBrace = new(
        "A block opened with '{' is never closed; the message names the line where it opened.",
        "Without the closing brace the parser cannot tell where the block ends, so members of the next "
        + "declaration would be read as members of this one.",
        """
        record Note {
          author: text

        record Reply {
          text: text
        }
        """,
        """
        record Note {
          author: text
        }

        record Reply {
          text: text
        }
        """,
        "Add '}' where the block ends. Only the innermost unclosed block is reported. " + TurnOff);

    public static readonly DiagnosticDoc InvalidLiteral = new(
        "A date that does not exist (2015-02-30) or an unknown escape in text (\"\\q\").",
        "A date that is not a real date cannot be compared with other dates; the date-order rules would "
        + "give a meaningless answer, so it is refused where it is written.",
        """
        case {
          decision-date = 2015-02-30
          item "Norco 10/325mg #120" {
            outcome = upheld
          }
        }
        """,
        """
        case {
          decision-date = 2015-02-28
          item "Norco 10/325mg #120" {
            outcome = upheld
          }
        }
        """,
        "Write dates as a real year-month-day (2015-02-28). In text, the escapes are \\\" \\\\ \\n \\t \\r and \\uXXXX. " + TurnOff);

    public static readonly DiagnosticDoc FileTooLarge = new(
        "The .imr file is larger than 16 MB; it is not parsed.",
        ".imr files are written by people and are small; a file this large is almost certainly not one, "
        + "and reading it would tie up memory in the checker and in the build.",
        "A single .imr file of more than 16 MB, for example a catalogue exported with every page's text.",
        "The same declarations split into several files of less than 16 MB each, joined with 'use \"part-2.imr\"'.",
        "Split the file and join the parts with 'use'. The limit is fixed; it cannot be raised or suppressed.")
    {
        ExamplesNotRunnable = "the failing example is a 16 MB file; ParserTests cover the limit",
    };

    public static readonly DiagnosticDoc UnbalancedClose = new(
        "A closing '}', ']' or ')' has no opening bracket to close.",
        "A stray closing bracket usually means an opening one is missing above it, or a block was closed "
        + "twice; the message points at the stray bracket so the block above can be checked.",
        """
        record Note {
          author: text
        }
        }
        """,
        """
        record Note {
          author: text
        }
        """,
        "Remove the stray bracket, or add the opening one that is missing above it. " + TurnOff);

    // ---- Semantics (IMR2xx): the text parses, but its meaning is wrong ----

    public static readonly DiagnosticDoc UnknownType = new(
        "A field's type is neither a built-in type (text, integer, date, pages) nor a declared enum or record.",
        "The generator cannot make a C# property of a type it does not know, and documents could not be "
        + "checked against it. The message names the closest type that exists.",
        """
        record Note {
          written: dat
        }
        """,
        """
        record Note {
          written: date
        }
        """,
        "Correct the type name, or declare the enum or record (in this file or one it 'use's). " + TurnOff);

    public static readonly DiagnosticDoc DuplicateName = new(
        "A name is declared twice where it must be unique: a type, a field, an enum member, a guideline topic, or a second label field.",
        "Two declarations with one name would make two C# members with one name, and a document could not "
        + "say which one it means.",
        """
        record Note {
          author: text
          author: text
        }
        """,
        """
        record Note {
          author: text
          reviewer: text
        }
        """,
        "Rename or remove one of the two. " + TurnOff);

    public static readonly DiagnosticDoc BadRange = new(
        "A range is empty or out of bounds: 'range 120..0', pages that run backwards (8-6), or a page beyond the guideline's page-count.",
        "A backwards range accepts nothing, and a page past the end of a guideline cannot hold its topic, "
        + "so every citation checked against it would be judged wrongly.",
        """
        record Patient {
          age: integer range 120..0
        }
        """,
        """
        record Patient {
          age: integer range 0..120
        }
        """,
        "Write the smaller number first, and keep pages within the guideline's page-count. " + TurnOff);

    public static readonly DiagnosticDoc UnknownReference = new(
        "A name that refers to something undeclared: an enum member, a document kind, or a rule's applies-to record or at field.",
        "A value such as 'outcome = overturnd' would otherwise bind as nothing, and the item would be checked "
        + "as if it had no outcome. The message names the closest name that exists.",
        """
        case {
          item "Lidoderm 5% patch #30" {
            outcome = overturnd
          }
        }
        """,
        """
        case {
          item "Lidoderm 5% patch #30" {
            outcome = overturned
          }
        }
        """,
        "Use one of the declared names the message lists. " + TurnOff);

    public static readonly DiagnosticDoc UnknownAttribute = new(
        "An attribute or block that its record does not declare, or a label on a block that takes none.",
        "A misspelled attribute would be silently ignored: the value the author wrote (a rationale, a date) "
        + "would be missing from the checked case without a word.",
        """
        case {
          item "Lidoderm 5% patch #30" {
            outcome = overturned
            rationals = "Therefore, the request is medically necessary."
          }
        }
        """,
        """
        case {
          item "Lidoderm 5% patch #30" {
            outcome = overturned
            rationale = "Therefore, the request is medically necessary."
          }
        }
        """,
        "Correct the name (the message suggests the closest one), or declare the field in the record. " + TurnOff);

    public static readonly DiagnosticDoc MissingRequired = new(
        "A required value is missing or empty: a 'required' or 'non-empty' field, a '+' list with no element, an enum without members, a guideline without a title.",
        "Records are generated with these fields as non-optional; a document without them could not be "
        + "bound, and the rules that read them would have nothing to check.",
        """
        case {
          item "" {
            outcome = overturned
            rationale = "Therefore, the request is medically necessary."
          }
        }
        """,
        """
        case {
          item "Lidoderm 5% patch #30" {
            outcome = overturned
            rationale = "Therefore, the request is medically necessary."
          }
        }
        """,
        "Give the value the message names. " + TurnOff);

    public static readonly DiagnosticDoc WrongValueKind = new(
        "A value of the wrong kind: text where a number or date is declared, a name where text is, or a field option on a type it does not fit.",
        "The generated record holds a typed value; text that merely looks like a number ('\"48\"') would be "
        + "lost when the document is bound, and a 'range' on a text field could never be checked.",
        """
        case {
          summary {
            age = "48"
          }
          item "Norco 10/325mg #120" {
            outcome = upheld
          }
        }
        """,
        """
        case {
          summary {
            age = 48
          }
          item "Norco 10/325mg #120" {
            outcome = upheld
          }
        }
        """,
        "Write the value as the kind the field declares: numbers and dates without quotes, text in quotes. " + TurnOff);

    public static readonly DiagnosticDoc PatternMismatch = new(
        "A text value does not match its field's 'pattern', or a declared pattern is not a valid regular expression.",
        "A pattern states the form a value must have, such as a case number CM13-0068515; a value that breaks "
        + "it is a typo or a different kind of number, and would be published under the wrong reference.",
        """
        case "BOGUS-1" {
          item "Norco 10/325mg #120" {
            outcome = upheld
          }
        }
        """,
        """
        case "CM13-0068515" {
          item "Norco 10/325mg #120" {
            outcome = upheld
          }
        }
        """,
        "Correct the value so that it matches the pattern the message shows (or the regular expression, in a declaration). "
        + "To let a whole folder through, set \"IMR208\": \"off\" for it in imr.json (overrides).");

    public static readonly DiagnosticDoc OutOfRange = new(
        "A whole number lies outside its field's declared 'range'.",
        "A range states what is plausible, such as an age of 0 to 120; a value outside it is almost always a "
        + "transcription error that would carry into every report built from the case.",
        """
        case {
          summary {
            age = 148
          }
          item "Norco 10/325mg #120" {
            outcome = upheld
          }
        }
        """,
        """
        case {
          summary {
            age = 48
          }
          item "Norco 10/325mg #120" {
            outcome = upheld
          }
        }
        """,
        "Correct the number. To let a whole folder through, set \"IMR209\": \"off\" for it in imr.json (overrides).");

    public static readonly DiagnosticDoc BadCondition = new(
        "A rule's 'require' condition is not understood: an unknown predicate, the wrong number of arguments, an unknown field, or a value that is not a predicate call.",
        "A condition that cannot be evaluated would make its rule never fire (or always fire), silently; it is "
        + "refused when the rule is declared instead.",
        """
        namespace Example

        rule PAY002 needs-rationale {
          applies-to = DisputedItem
          at = service
          require = presnt(rationale)
          message = "'{service}' needs a rationale"
          summary = "An item without a rationale."
        }
        """,
        """
        namespace Example

        rule PAY002 needs-rationale {
          applies-to = DisputedItem
          at = service
          require = present(rationale)
          message = "'{service}' needs a rationale"
          summary = "An item without a rationale."
        }
        """,
        "Use a predicate from the table in grammar/README.md with its arguments, combined with and, or, not. " + TurnOff);

    public static readonly DiagnosticDoc DuplicateAttribute = new(
        "An attribute, or a block that holds a single record, is given twice in one block.",
        "Only one of the two values could be kept, and which one the author meant is unknown; keeping either "
        + "silently could publish the wrong outcome or date.",
        """
        case {
          item "Norco 10/325mg #120" {
            outcome = upheld
            outcome = overturned
          }
        }
        """,
        """
        case {
          item "Norco 10/325mg #120" {
            outcome = overturned
          }
        }
        """,
        "Keep one of the two. " + TurnOff);

    public static readonly DiagnosticDoc BadRule = new(
        "A rule declaration is incomplete: no summary, a severity other than error, warning or info, or a checking rule without applies-to, message or require.",
        "A rule's summary is its documentation in `imr explain` and SARIF; a rule without applies-to or "
        + "require could never run, and one without a message would report findings nobody can read.",
        """
        namespace Example

        rule PAY003 needs-rationale {
          applies-to = DisputedItem
          at = service
          require = non-empty(rationale)
          message = "'{service}' needs a rationale"
        }
        """,
        """
        namespace Example

        rule PAY003 needs-rationale {
          applies-to = DisputedItem
          at = service
          require = non-empty(rationale)
          message = "'{service}' needs a rationale"
          summary = "An item without a rationale."
        }
        """,
        "Add what the message names; grammar/README.md (Rules) shows a complete rule. " + TurnOff);

    public static readonly DiagnosticDoc UseNotFound = new(
        "A 'use' names a file that does not exist, relative to the file that uses it.",
        "The declarations the file relies on would be missing, and every type from it would be reported as "
        + "unknown; naming the path looked for shows what went wrong.",
        """
        namespace Payer.Extensions

        use "no-such-file.imr"

        record Note {
          author: text
        }
        """,
        """
        namespace Payer.Extensions

        record Note {
          author: text
        }
        """,
        "Correct the path (it is relative to the folder of the using file), or remove the 'use': the standard "
        + "library is always available without one. " + TurnOff);

    // ---- Internal (IMR9xx) ----

    public static readonly DiagnosticDoc InternalError = new(
        "imr itself failed on this file: an exception in the parser, the checker or the generator, caught and reported.",
        "A failure on one file must not stop the others or crash the build; it is reported at the file so "
        + "the rest of the run's results can still be trusted.",
        "Any input that makes imr fail unexpectedly; the message names the exception.",
        "The same input once the bug is fixed.",
        "Please report it with the file (or a smaller one that fails the same way, with any health information removed). "
        + "Setting \"IMR901\": \"off\" in imr.json hides it, but the file is then not checked.")
    {
        ExamplesNotRunnable = "there is no input known to fail; if one were known, the bug would be fixed",
    };
}
