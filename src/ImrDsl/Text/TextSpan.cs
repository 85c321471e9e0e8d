namespace ImrDsl.Text;

/// <summary>A half-open range of character offsets in a source text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));
    public TextSpan Cover(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));
    public override string ToString() => $"[{Start}..{End})";
}
