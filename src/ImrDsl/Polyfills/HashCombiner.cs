namespace ImrDsl;

/// <summary>netstandard2.0 has no System.HashCode; a small FNV-style combiner is enough for our models.</summary>
internal static class HashCombiner
{
    public static int Combine(int seed, int value) => unchecked((seed ^ value) * 16777619);
    public const int Seed = unchecked((int)2166136261);
}
