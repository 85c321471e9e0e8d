using ImrDsl.Syntax;
using ImrDsl.Text;
using Sprache;
using static ImrDsl.Parsing.Lexical;

namespace ImrDsl.Parsing;

/// <summary>
/// The structural grammar (see grammar/imr.ebnf). Productions whose next token decides the branch dispatch on
/// that token directly instead of trying alternatives, so a failure is reported where it happens. Bodies
/// recover member by member (<see cref="Recovery"/>), so one mistake does not hide the next.
/// </summary>
internal static class Grammar
{
    public static readonly string[] DeclarationKeywords = { "namespace", "use", "enum", "record", "guideline", "rule" };

    // ---- expressions -------------------------------------------------------------------------------

    /// <summary>expression := and-expression ("or" and-expression)*</summary>
    public static readonly Parser<ExpressionSyntax> Expression = ParseOr;

    private static IResult<ExpressionSyntax> ParseOr(IInput input)
    {
        var left = AndExpression(input);
        if (!left.WasSuccessful) return left;
        var value = left.Value;
        var rest = left.Remainder;
        while (true)
        {
            var op = Keyword("or")(rest);
            if (!op.WasSuccessful) return Result.Success(value, rest);
            var right = AndExpression(op.Remainder);
            if (!right.WasSuccessful) return right;
            value = new LogicalSyntax(LogicalOperator.Or, value, right.Value, value.Span.Cover(right.Value.Span));
            rest = right.Remainder;
        }
    }

    /// <summary>and-expression := unary ("and" unary)*</summary>
    private static IResult<ExpressionSyntax> AndExpression(IInput input)
    {
        var left = Unary(input);
        if (!left.WasSuccessful) return left;
        var value = left.Value;
        var rest = left.Remainder;
        while (true)
        {
            var op = Keyword("and")(rest);
            if (!op.WasSuccessful) return Result.Success(value, rest);
            var right = Unary(op.Remainder);
            if (!right.WasSuccessful) return right;
            value = new LogicalSyntax(LogicalOperator.And, value, right.Value, value.Span.Cover(right.Value.Span));
            rest = right.Remainder;
        }
    }

    /// <summary>unary := "not"* primary. A loop, not recursion, so a long run of `not` cannot exhaust the stack.</summary>
    private static IResult<ExpressionSyntax> Unary(IInput input)
    {
        var nots = new Stack<int>();
        var rest = input;
        while (true)
        {
            var op = Keyword("not")(rest);
            if (!op.WasSuccessful) break;
            nots.Push(rest.Position);
            rest = op.Remainder;
        }
        var operand = Primary(rest);
        if (!operand.WasSuccessful) return operand;
        var value = operand.Value;
        while (nots.Count > 0)
        {
            var start = nots.Pop();
            value = new NotSyntax(value, TextSpan.FromBounds(start, value.Span.End));
        }
        return Result.Success(value, operand.Remainder);
    }

    /// <summary>primary := string | numeric | list | "(" expression ")" | name [ "(" arguments ")" ]</summary>
    private static IResult<ExpressionSyntax> Primary(IInput input)
    {
        if (input.AtEnd) return Result.Failure<ExpressionSyntax>(input, "expected a value", new[] { "value" });
        var c = input.Current;
        if (c == '"') return StringLiteral.Select(s => (ExpressionSyntax)s)(input);
        if (Scanner.IsDigit(c)) return Numeric(input);
        if (c == '[') return List(input);
        if (c == '(') return Parenthesized(input);
        if (Scanner.IsIdentifierStart(c)) return NameOrCall(input);
        return Result.Failure<ExpressionSyntax>(input, "expected a value", new[] { "a value (text, number, date, name or [list])" });
    }

    private static IResult<ExpressionSyntax> Parenthesized(IInput input)
        => (from open in Punctuation('(')
            from inner in Expression
            from close in Punctuation(')')
            select inner)(input);

    private static IResult<ExpressionSyntax> List(IInput input)
    {
        var open = Punctuation('[')(input);
        if (!open.WasSuccessful) return Result.Failure<ExpressionSyntax>(open.Remainder, open.Message, open.Expectations);
        var items = new List<ExpressionSyntax>();
        var rest = open.Remainder;
        while (!Peek(rest, ']'))
        {
            var item = Expression(rest);
            if (!item.WasSuccessful) return item;
            items.Add(item.Value);
            rest = item.Remainder;
            var comma = Punctuation(',')(rest);
            if (!comma.WasSuccessful) break;
            rest = comma.Remainder;
        }
        var close = Punctuation(']')(rest);
        if (!close.WasSuccessful) return Result.Failure<ExpressionSyntax>(close.Remainder, "expected ',' or ']'", new[] { "',' or ']'" });
        return Result.Success<ExpressionSyntax>(new ListSyntax(items, TextSpan.FromBounds(input.Position, rest.Position + 1)), close.Remainder);
    }

    private static IResult<ExpressionSyntax> NameOrCall(IInput input)
    {
        // Dotted names reach into single-record fields in conditions: summary.injury-date.
        var name = QualifiedName(input);
        if (!name.WasSuccessful) return Result.Failure<ExpressionSyntax>(name.Remainder, name.Message, name.Expectations);
        if (!Peek(name.Remainder, '(')) return Result.Success<ExpressionSyntax>(new NameExpressionSyntax(name.Value), name.Remainder);

        var rest = Punctuation('(')(name.Remainder).Remainder;
        var arguments = new List<ExpressionSyntax>();
        while (!Peek(rest, ')'))
        {
            var argument = Expression(rest);
            if (!argument.WasSuccessful) return argument;
            arguments.Add(argument.Value);
            rest = argument.Remainder;
            var comma = Punctuation(',')(rest);
            if (!comma.WasSuccessful) break;
            rest = comma.Remainder;
        }
        var close = Punctuation(')')(rest);
        if (!close.WasSuccessful) return Result.Failure<ExpressionSyntax>(close.Remainder, "expected ',' or ')'", new[] { "',' or ')'" });
        var span = TextSpan.FromBounds(name.Value.Span.Start, rest.Position + 1);
        return Result.Success<ExpressionSyntax>(new CallSyntax(name.Value, arguments, span), close.Remainder);
    }

    // ---- bodies and members ------------------------------------------------------------------------

    /// <summary>label := string | name, where a name label must be followed by "{" (so `upheld "Upheld"` ends before the next member).</summary>
    private static readonly Parser<IReadOnlyList<ExpressionSyntax>> Labels = input =>
    {
        var labels = new List<ExpressionSyntax>();
        var rest = input;
        while (!rest.AtEnd)
        {
            if (rest.Current == '"')
            {
                var text = StringLiteral(rest);
                if (!text.WasSuccessful) return Result.Failure<IReadOnlyList<ExpressionSyntax>>(text.Remainder, text.Message, text.Expectations);
                labels.Add(text.Value);
                rest = text.Remainder;
                continue;
            }
            if (Scanner.IsIdentifierStart(rest.Current))
            {
                var name = Identifier(rest);
                if (name.WasSuccessful && Peek(name.Remainder, '{'))
                {
                    labels.Add(new NameExpressionSyntax(name.Value));
                    rest = name.Remainder;
                }
            }
            break;
        }
        return Result.Success<IReadOnlyList<ExpressionSyntax>>(labels, rest);
    };

    /// <summary>member := name "=" expression | name label* [ body ]</summary>
    public static readonly Parser<MemberSyntax> Member = input =>
    {
        var name = Identifier(input);
        if (!name.WasSuccessful) return Result.Failure<MemberSyntax>(input, "expected an attribute (name = value) or a block (name { ... })", new[] { "attribute or block" });

        if (Peek(name.Remainder, '='))
        {
            var value = Expression(Punctuation('=')(name.Remainder).Remainder);
            if (!value.WasSuccessful) return Result.Failure<MemberSyntax>(value.Remainder, value.Message, value.Expectations);
            var span = TextSpan.FromBounds(name.Value.Span.Start, value.Value.Span.End);
            return Result.Success<MemberSyntax>(new AttributeSyntax(name.Value, value.Value, span), value.Remainder);
        }
        return BlockAfterKeyword(name.Value, name.Remainder, requireBody: false);
    };

    private static IResult<MemberSyntax> BlockAfterKeyword(NameSyntax keyword, IInput afterKeyword, bool requireBody)
    {
        var labels = Labels(afterKeyword);
        if (!labels.WasSuccessful) return Result.Failure<MemberSyntax>(labels.Remainder, labels.Message, labels.Expectations);
        var hasStringLabel = labels.Value.Any(l => l is StringSyntax);
        if (!Peek(labels.Remainder, '{'))
        {
            if (!requireBody && hasStringLabel)
            {
                var end = labels.Value[labels.Value.Count - 1].Span.End;
                return Result.Success<MemberSyntax>(new BlockSyntax(keyword, labels.Value, null, TextSpan.FromBounds(keyword.Span.Start, end)), labels.Remainder);
            }
            var expected = labels.Value.Count == 0 && !requireBody ? "'=' or '{'" : "'{'";
            return Result.Failure<MemberSyntax>(labels.Remainder, $"expected {expected} after '{keyword.Text}'", new[] { expected });
        }
        var body = Body(Member)(labels.Remainder);
        if (!body.WasSuccessful) return Result.Failure<MemberSyntax>(body.Remainder, body.Message, body.Expectations);
        var block = new BlockSyntax(keyword, labels.Value, body.Value, keyword.Span.Cover(body.Value.Span));
        return Result.Success<MemberSyntax>(block, body.Remainder);
    }

    /// <summary>
    /// body := "{" member* "}". A member that fails becomes an <see cref="ErrorSyntax"/> and parsing resumes at the
    /// next member; a body the file ends inside is returned unclosed rather than failing, so the caller keeps
    /// everything before it.
    /// </summary>
    public static Parser<BodySyntax> Body(Parser<MemberSyntax> member) => input =>
    {
        var open = Punctuation('{')(input);
        if (!open.WasSuccessful) return Result.Failure<BodySyntax>(input, "expected '{'", new[] { "'{'" });
        var members = new List<MemberSyntax>();
        var rest = (SourceCursor)SourceCursor.From(open.Remainder);
        while (!rest.AtEnd && rest.Current != '}')
        {
            var result = member(rest);
            if (result.WasSuccessful)
            {
                members.Add(result.Value);
                rest = SourceCursor.From(result.Remainder);
                continue;
            }
            var error = Recovery.ErrorFrom(rest, result);
            members.Add(error.Node);
            rest = error.Resume;
        }
        if (rest.AtEnd)
            return Result.Success(new BodySyntax(members, false, TextSpan.FromBounds(input.Position, rest.Source.Length)), rest);
        var close = Punctuation('}')(rest);
        return Result.Success(new BodySyntax(members, true, TextSpan.FromBounds(input.Position, rest.Position + 1)), close.Remainder);
    };

    // ---- records ------------------------------------------------------------------------------------

    private static readonly Parser<Cardinality> CardinalitySuffix = input =>
    {
        if (Peek(input, '*')) return Result.Success(Cardinality.Many, Punctuation('*')(input).Remainder);
        if (Peek(input, '+')) return Result.Success(Cardinality.AtLeastOne, Punctuation('+')(input).Remainder);
        if (Peek(input, '?')) return Result.Success(Cardinality.Optional, Punctuation('?')(input).Remainder);
        return Result.Success(Cardinality.Optional, input);
    };

    /// <summary>
    /// option := "pattern" string | "range" interval | "as" name | name. A name followed by ':' starts the next
    /// field, so the option list ends there without consuming anything (which lets XMany stop cleanly).
    /// </summary>
    private static readonly Parser<FieldOptionSyntax> FieldOption = input =>
    {
        var keyword = Identifier(input);
        if (!keyword.WasSuccessful || Peek(keyword.Remainder, ':'))
            return Result.Failure<FieldOptionSyntax>(input, "expected a field option", new[] { "field option" });
        var word = keyword.Value;
        Parser<ExpressionSyntax>? argument = word.Text switch
        {
            "pattern" => StringLiteral.Select(s => (ExpressionSyntax)s).Named("a pattern in quotes"),
            "range" => Numeric.Named("a range such as 1..127"),
            "as" => Identifier.Select(n => (ExpressionSyntax)new NameExpressionSyntax(n)).Named("the block keyword"),
            _ => null,
        };
        if (argument is null) return Result.Success(new FieldOptionSyntax(word, null, word.Span), keyword.Remainder);
        var value = argument(keyword.Remainder);
        if (!value.WasSuccessful) return Result.Failure<FieldOptionSyntax>(value.Remainder, $"expected {value.Expectations.FirstOrDefault() ?? "a value"} after '{word.Text}'", value.Expectations);
        return Result.Success(new FieldOptionSyntax(word, value.Value, word.Span.Cover(value.Value.Span)), value.Remainder);
    };

    /// <summary>field := name ":" type [ "*" | "+" | "?" ] option*</summary>
    public static readonly Parser<MemberSyntax> Field =
        from name in Identifier.Named("a field name")
        from colon in Punctuation(':')
        from type in Identifier.Named("a type (text, integer, date, pages, or a declared enum or record)")
        from cardinality in CardinalitySuffix
        from options in FieldOption.XMany()
        let list = options.ToList()
        select (MemberSyntax)new FieldSyntax(name, type, cardinality, list,
            TextSpan.FromBounds(name.Span.Start, list.Count > 0 ? list[list.Count - 1].Span.End : type.Span.End + (cardinality == Cardinality.Optional ? 0 : 1)));

    // ---- declarations -------------------------------------------------------------------------------

    private static readonly Parser<DeclarationSyntax> Namespace =
        from keyword in Keyword("namespace")
        from name in QualifiedName.Named("a namespace such as Imr.Std")
        select (DeclarationSyntax)new NamespaceDeclarationSyntax(name, keyword.Span.Cover(name.Span));

    private static readonly Parser<DeclarationSyntax> Use =
        from keyword in Keyword("use")
        from path in StringLiteral.Named("a file path in quotes")
        select (DeclarationSyntax)new UseDeclarationSyntax(new UseSyntax(path, keyword.Span.Cover(path.Span)));

    private static readonly Parser<DeclarationSyntax> Enum =
        from keyword in Keyword("enum")
        from name in Identifier.Named("the enum's name")
        from body in Body(Member)
        select (DeclarationSyntax)new EnumSyntax(keyword, name, body, keyword.Span.Cover(body.Span));

    private static readonly Parser<DeclarationSyntax> Guideline =
        from keyword in Keyword("guideline")
        from name in Identifier.Named("the guideline's name")
        from body in Body(Member)
        select (DeclarationSyntax)new GuidelineSyntax(keyword, name, body, keyword.Span.Cover(body.Span));

    private static readonly Parser<DeclarationSyntax> Rule =
        from keyword in Keyword("rule")
        from id in Identifier.Named("the rule's ID, such as IMR002")
        from name in Identifier.Named("the rule's name, such as guideline-page-mismatch")
        from body in Body(Member)
        select (DeclarationSyntax)new RuleSyntax(keyword, id, name, body, keyword.Span.Cover(body.Span));

    private static readonly Parser<NameSyntax> DocumentKeyword =
        from keyword in Keyword("as")
        from name in Identifier.Named("the document keyword, such as case")
        select name;

    private static readonly Parser<DeclarationSyntax> Record =
        from keyword in Keyword("record")
        from name in Identifier.Named("the record's name")
        from documentKeyword in DocumentKeyword.XOptional()
        from body in Body(Field)
        select (DeclarationSyntax)new RecordSyntax(keyword, name, documentKeyword.GetOrDefault(), body, keyword.Span.Cover(body.Span));

    /// <summary>An instance at top level: `case "CM13-0068515" { ... }`; the body is required there.</summary>
    private static readonly Parser<DeclarationSyntax> Instance = input =>
    {
        var keyword = Identifier(input);
        if (!keyword.WasSuccessful) return Result.Failure<DeclarationSyntax>(input, "expected a declaration", new[] { "declaration" });
        var block = BlockAfterKeyword(keyword.Value, keyword.Remainder, requireBody: true);
        return block.WasSuccessful
            ? Result.Success((DeclarationSyntax)block.Value, block.Remainder)
            : Result.Failure<DeclarationSyntax>(block.Remainder, block.Message, block.Expectations);
    };

    /// <summary>Top-level dispatch on the first word; no backtracking between declaration kinds.</summary>
    public static readonly Parser<DeclarationSyntax> Declaration = input =>
    {
        var s = input.Source;
        var end = Scanner.IdentifierEnd(s, input.Position);
        var word = s.Substring(input.Position, end - input.Position);
        return word switch
        {
            "namespace" => Namespace(input),
            "use" => Use(input),
            "enum" => Enum(input),
            "record" => Record(input),
            "guideline" => Guideline(input),
            "rule" => Rule(input),
            _ => Instance(input),
        };
    };
}

/// <summary>`namespace X.Y` while parsing; the file node carries it afterwards.</summary>
internal sealed class NamespaceDeclarationSyntax : DeclarationSyntax
{
    public NamespaceDeclarationSyntax(NameSyntax name, TextSpan span) : base(span) => Name = name;
    public NameSyntax Name { get; }
}

/// <summary>`use "file.imr"` while parsing; the file node carries it afterwards.</summary>
internal sealed class UseDeclarationSyntax : DeclarationSyntax
{
    public UseDeclarationSyntax(UseSyntax use) : base(use.Span) => Use = use;
    public UseSyntax Use { get; }
}
