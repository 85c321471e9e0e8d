namespace ImrDsl.Cli.Checking;

/// <summary>
/// Runs work items 0..count-1 on several threads and hands their results to one consumer in index order, as they
/// finish. Workers may run ahead of the consumer by at most <see cref="Capacity"/> items: a worker takes the next
/// index only when the window has room, so however many items there are, no more than Capacity results (finished
/// or in progress) exist at once. This is what keeps `imr check`'s memory flat over any number of files.
/// </summary>
public sealed class ReorderWindow<T>
{
    private readonly T?[] _slots;
    private readonly bool[] _filled;
    private readonly object _gate = new();
    private int _held;
    private int _awaited = -1; // the index the consumer sleeps on, under _gate; -1 when it is not waiting

    public ReorderWindow(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), "the window must hold at least one item");
        Capacity = capacity;
        _slots = new T?[capacity];
        _filled = new bool[capacity];
    }

    public int Capacity { get; }

    /// <summary>
    /// Workers get the stack the main thread has (8 MB on Linux; reserved, not used), so how deep a file may nest
    /// before it is "too deeply nested" does not depend on which thread checks it, or on --jobs.
    /// </summary>
    private const int WorkerStackBytes = 8 * 1024 * 1024;

    /// <summary>The most items taken by workers and not yet consumed at any moment of the last run (never above Capacity).</summary>
    public int MostHeld { get; private set; }

    /// <summary>
    /// Produces every item on <paramref name="workers"/> threads and consumes them on the calling thread in index order.
    /// An exception from either side stops the run (workers finish the item in hand) and is rethrown here.
    /// </summary>
    public void Run(int count, int workers, Func<int, T> produce, Action<int, T> consume)
        => Run(Enumerable.Range(0, count), count, workers, (i, _) => produce(i), consume);

    /// <summary>
    /// Produces an item for each element of <paramref name="source"/>, read once, in order and by one thread at a time
    /// (so it may be a walk that holds nothing but its place), on <paramref name="workers"/> threads, and consumes them on
    /// the calling thread in the source's order. <paramref name="expected"/> only sizes the thread count.
    /// </summary>
    public void Run<TSource>(IEnumerable<TSource> source, int expected, int workers, Func<int, TSource, T> produce, Action<int, T> consume)
    {
        MostHeld = 0;
        _held = 0;
        _awaited = -1;
        Array.Clear(_slots);
        Array.Clear(_filled);
        using var room = new SemaphoreSlim(Capacity, Capacity);
        using var stop = new CancellationTokenSource();
        using var elements = source.GetEnumerator();
        var taken = 0;
        var count = -1; // known once the source ends
        Exception? failure = null;

        void Work()
        {
            try
            {
                while (true)
                {
                    room.Wait(stop.Token);
                    int index;
                    TSource element;
                    lock (elements)
                    {
                        if (count >= 0 || !elements.MoveNext())
                        {
                            lock (_gate)
                            {
                                count = taken;
                                Monitor.PulseAll(_gate);
                            }
                            room.Release();
                            return;
                        }
                        element = elements.Current;
                        index = taken++;
                        // Only workers raise the count, one at a time under this lock; the consumer lowers it.
                        MostHeld = Math.Max(MostHeld, Interlocked.Increment(ref _held));
                    }
                    var result = produce(index, element);
                    lock (_gate)
                    {
                        _slots[index % Capacity] = result;
                        _filled[index % Capacity] = true;
                        // The consumer is woken only for the item it waits for: one finished ahead of it would only
                        // make it look and sleep again (a futex wake and wait for nothing).
                        if (_awaited == index) Monitor.Pulse(_gate);
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                lock (_gate)
                {
                    failure ??= ex;
                    Monitor.PulseAll(_gate);
                }
                stop.Cancel();
            }
        }

        // A loop, not Enumerable.Range(...).Select: LINQ over int is JIT-compiled at start (ReadyToRun cannot hold it here).
        var threads = new List<Thread>();
        for (var t = Math.Max(1, Math.Min(workers, expected)); t > 0; t--) threads.Add(new Thread(Work, WorkerStackBytes) { IsBackground = true });
        foreach (var thread in threads) thread.Start();
        try
        {
            for (var index = 0; ; index++)
            {
                T item;
                lock (_gate)
                {
                    var slot = index % Capacity;
                    _awaited = index;
                    while (!_filled[slot] && failure is null && (count < 0 || index < count)) Monitor.Wait(_gate);
                    _awaited = -1;
                    if (failure is not null || !_filled[slot]) break;
                    item = _slots[slot]!;
                    _slots[slot] = default; // the consumer's copy is the only one left, so it goes once consumed
                    _filled[slot] = false;
                }
                Interlocked.Decrement(ref _held);
                room.Release();
                consume(index, item);
            }
        }
        catch
        {
            stop.Cancel();
            foreach (var thread in threads) thread.Join();
            throw;
        }
        foreach (var thread in threads) thread.Join();
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
    }
}
