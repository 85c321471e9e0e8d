namespace ImrDsl.Cli.Checking;

/// <summary>
/// Runs work items 0..count-1 on several threads and hands their results to one consumer in index order, as they
/// finish. Items may be taken ahead of the consumer by at most <see cref="Capacity"/>: work is taken only when the
/// window has room, so however many items there are, no more than Capacity results (finished or in progress) exist at
/// once. This is what keeps `imr check`'s memory flat over any number of files.
/// </summary>
/// <remarks>
/// Work is taken in small batches, and the consumer's thread is one of the workers: it checks a batch itself whenever
/// the item it waits for is not ready and the window has room, and sleeps only when the window is full. Taking one item
/// at a time, with the consumer only waiting, cost about three futex calls (a sleep or a wake) per item; a batch costs
/// one lock to take and one to hand in, and a thread sleeps only when it truly has nothing to do.
/// </remarks>
public sealed class ReorderWindow<T>
{
    private readonly T?[] _slots;
    private readonly bool[] _filled;
    private readonly object _gate = new();

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

    /// <summary>The most items taken and not yet consumed at any moment of the last run (never above Capacity).</summary>
    public int MostHeld { get; private set; }

    /// <summary>
    /// Produces every item on <paramref name="workers"/> threads (the calling one among them) and consumes them on the
    /// calling thread in index order. An exception from either side stops the run (other threads finish the batch in
    /// hand) and is rethrown here.
    /// </summary>
    public void Run(int count, int workers, Func<int, T> produce, Action<int, T> consume)
        => Run(Enumerable.Range(0, count), count, workers, (i, _) => produce(i), consume);

    /// <summary>
    /// Produces an item for each element of <paramref name="source"/>, read once, in order and by one thread at a time
    /// (so it may be a walk that holds nothing but its place), on <paramref name="workers"/> threads (the calling one
    /// among them), and consumes them on the calling thread in the source's order. <paramref name="expected"/> only sizes
    /// the thread count.
    /// </summary>
    public void Run<TSource>(IEnumerable<TSource> source, int expected, int workers, Func<int, TSource, T> produce, Action<int, T> consume)
        => new Round<TSource>(this, source, Math.Max(1, Math.Min(workers, expected)), produce).Run(consume);

    /// <summary>One run's state, all of it under the window's gate but the source, which only the thread taking a batch reads.</summary>
    private sealed class Round<TSource>(ReorderWindow<T> window, IEnumerable<TSource> source, int threads, Func<int, TSource, T> produce)
    {
        private readonly object _gate = window._gate;
        private readonly T?[] _slots = window._slots;
        private readonly bool[] _filled = window._filled;
        private readonly int _capacity = window.Capacity;

        /// <summary>
        /// Items per batch: a few, so taking and handing in cost little per item, yet small enough beside the window that
        /// every thread can hold a batch while the consumer waits for the oldest.
        /// </summary>
        private readonly int _batch = Math.Clamp(window.Capacity / (2 * threads), 1, 8);

        private IEnumerator<TSource>? _elements;
        private int _taken;        // items taken so far (the next index)
        private int _consumed;     // items consumed so far
        private int _count = -1;   // known once the source ends
        private bool _reading;     // a thread is reading the source outside the gate
        private int _awaited = -1; // the index the consumer sleeps on; -1 when it is not asleep
        private int _sleepers;     // workers asleep for room or for the source
        private Exception? _failure;

        public void Run(Action<int, T> consume)
        {
            window.MostHeld = 0;
            Array.Clear(_slots);
            Array.Clear(_filled);
            using var elements = source.GetEnumerator();
            _elements = elements;
            var helpers = new List<Thread>();
            // A loop, not Enumerable.Range(...).Select: LINQ over int is JIT-compiled at start (ReadyToRun cannot hold it here).
            for (var t = threads - 1; t > 0; t--) helpers.Add(new Thread(Work, WorkerStackBytes) { IsBackground = true });
            foreach (var helper in helpers) helper.Start();
            try
            {
                Consume(consume);
            }
            catch (Exception ex)
            {
                Fail(ex);
                foreach (var helper in helpers) helper.Join();
                throw;
            }
            foreach (var helper in helpers) helper.Join();
            if (_failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(_failure).Throw();
        }

        /// <summary>The consumer: takes every finished item in order; when the next is not ready, checks a batch itself or sleeps.</summary>
        private void Consume(Action<int, T> consume)
        {
            var ready = new List<T>(_capacity);
            while (true)
            {
                int first;
                Batch? batch = null;
                lock (_gate)
                {
                    // The items just consumed make room only now: until then they were still held, here.
                    if (ready.Count > 0)
                    {
                        _consumed += ready.Count;
                        ready.Clear();
                        if (_sleepers > 0) Monitor.PulseAll(_gate);
                    }
                    while (true)
                    {
                        if (_failure is not null) return;
                        first = _consumed;
                        for (var i = first; _filled[i % _capacity] && (_count < 0 || i < _count); i++)
                        {
                            ready.Add(_slots[i % _capacity]!);
                            _slots[i % _capacity] = default; // the consumer's copy is the only one left, so it goes once consumed
                            _filled[i % _capacity] = false;
                        }
                        if (ready.Count > 0) break;
                        if (_count >= 0 && first >= _count) return;
                        batch = TryTake(out var released);
                        if (batch is not null) break;
                        if (released) continue; // others may have moved on while the source was read: look again
                        _awaited = first;
                        Monitor.Wait(_gate);
                        _awaited = -1;
                    }
                }
                if (batch is not null)
                {
                    Produce(batch);
                    continue;
                }
                for (var i = 0; i < ready.Count; i++)
                {
                    consume(first + i, ready[i]);
                    ready[i] = default!; // consumed: nothing here keeps it
                }
            }
        }

        /// <summary>A helper thread: takes batches while there is room, and hands their results in.</summary>
        private void Work()
        {
            try
            {
                while (true)
                {
                    Batch? batch;
                    lock (_gate)
                    {
                        while (true)
                        {
                            if (_failure is not null || _count >= 0) return;
                            batch = TryTake(out var released);
                            if (batch is not null) break;
                            if (released) continue;
                            _sleepers++;
                            Monitor.Wait(_gate);
                            _sleepers--;
                        }
                    }
                    Produce(batch);
                }
            }
            catch (Exception ex)
            {
                Fail(ex);
            }
        }

        /// <summary>
        /// Under the gate: takes the next batch (as much of it as the window has room for) and reads its elements from the
        /// source; null when there is no room, the source is being read by another thread, or it has ended.
        /// <paramref name="released"/> says the gate was let go meanwhile (while reading), so what was seen may have changed.
        /// </summary>
        private Batch? TryTake(out bool released)
        {
            released = false;
            var room = _capacity - (_taken - _consumed);
            if (room <= 0 || _reading || _count >= 0) return null;
            var wanted = Math.Min(room, _batch);
            var index = _taken;
            // The slots are claimed before the source is read, so the gate is free while it is (a walk lists folders).
            _taken += wanted;
            _reading = true;
            released = true;
            var elements = new TSource[wanted];
            var read = 0;
            Monitor.Exit(_gate);
            try
            {
                while (read < wanted && _elements!.MoveNext()) elements[read++] = _elements.Current;
            }
            finally
            {
                Monitor.Enter(_gate);
                _reading = false;
                if (read < wanted)
                {
                    _taken = index + read;
                    _count = _taken;
                }
                window.MostHeld = Math.Max(window.MostHeld, _taken - _consumed);
                // Another thread may be asleep because the source was being read, or waiting for the count to be known.
                if (_sleepers > 0 || _awaited >= 0) Monitor.PulseAll(_gate);
            }
            if (read == 0) return null;
            if (read < wanted) Array.Resize(ref elements, read);
            return new Batch(index, elements);
        }

        /// <summary>Items taken together: the first one's index and the source's elements, in order.</summary>
        private sealed class Batch(int index, TSource[] elements)
        {
            public int Index { get; } = index;
            public TSource[] Elements { get; } = elements;
        }

        /// <summary>Produces a batch's items (outside the gate) and hands them in at once.</summary>
        private void Produce(Batch batch)
        {
            var index = batch.Index;
            var elements = batch.Elements;
            var results = new T[elements.Length];
            for (var i = 0; i < elements.Length; i++)
            {
                if (Volatile.Read(ref _failure) is not null) return;
                results[i] = produce(index + i, elements[i]);
            }
            lock (_gate)
            {
                for (var i = 0; i < results.Length; i++)
                {
                    _slots[(index + i) % _capacity] = results[i];
                    _filled[(index + i) % _capacity] = true;
                }
                // The consumer is woken only for the item it waits for: one finished ahead of it would only make it
                // look and sleep again (a futex wake and wait for nothing).
                if (_awaited >= index && _awaited < index + results.Length) Monitor.PulseAll(_gate);
            }
        }

        private void Fail(Exception ex)
        {
            lock (_gate)
            {
                _failure ??= ex;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
