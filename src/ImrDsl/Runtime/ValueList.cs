using System.Collections;

namespace ImrDsl.Runtime;

/// <summary>An immutable list with value equality, so generated records compare their lists by content.</summary>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    public ValueList(IEnumerable<T> items) => _items = items.ToArray();
    private ValueList(T[] items, bool _) => _items = items;

    public static ValueList<T> Empty { get; } = new(Array.Empty<T>(), true);

    public int Count => _items.Length;
    public T this[int index] => _items[index];

    public bool Equals(ValueList<T>? other)
    {
        if (other is null || other.Count != Count) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
            if (!comparer.Equals(_items[i], other._items[i])) return false;
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = HashCombiner.Seed;
        foreach (var item in _items) hash = HashCombiner.Combine(hash, item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
        return hash;
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}
