using ImrDsl.Text;
using Sprache;

namespace ImrDsl.Parsing;

/// <summary>
/// Sprache input over a string. Unlike Sprache's own <c>Input</c> it can jump to any offset (our lexical
/// leaves scan the string directly, then jump), computes line and column lazily from a shared
/// <see cref="LineMap"/>, and creates the memo dictionary only if a parser asks for it.
/// </summary>
internal sealed class SourceCursor : IInput
{
    private readonly LineMap _lines;
    private IDictionary<object, object>? _memos;

    public SourceCursor(string source, LineMap lines, int position = 0)
    {
        Source = source;
        _lines = lines;
        Position = position;
    }

    public string Source { get; }
    public int Position { get; }
    public bool AtEnd => Position >= Source.Length;
    public char Current => Source[Position];
    public int Line => _lines.GetPosition(Position).Line;
    public int Column => _lines.GetPosition(Position).Column;
    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("The input is already at its end.");
        return new SourceCursor(Source, _lines, Position + 1);
    }

    public SourceCursor At(int position) => position == Position ? this : new SourceCursor(Source, _lines, position);

    public bool Equals(IInput? other) => other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;
    public override bool Equals(object? obj) => obj is IInput other && Equals(other);
    public override int GetHashCode() => Position;
    public override string ToString() => $"offset {Position}";

    /// <summary>Our leaves need a <see cref="SourceCursor"/>; anything else (a test's Input) is wrapped.</summary>
    public static SourceCursor From(IInput input)
        => input as SourceCursor ?? new SourceCursor(input.Source, LineMap.Build(input.Source), input.Position);
}
