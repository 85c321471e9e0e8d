using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Cli.Checking;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// The window `imr check` streams reports through: results come out in input order however the work finishes, and it
/// never holds more than its capacity (what keeps memory flat over any number of files). Counted, not timed.
/// </summary>
public sealed class ReorderWindowTests
{
    /// <summary>
    /// Any mix of slow and fast items, any capacity and number of workers: produced once each (items are taken in batches,
    /// the consumer's thread among the workers) and consumed once each, in index order.
    /// </summary>
    [Fact]
    public void Items_finishing_out_of_order_are_consumed_in_index_order()
    {
        var delays = Gen.ListOf(Gen.Choose(0, 3));
        var shapes = from d in delays
                     from capacity in Gen.Choose(1, 6)
                     from workers in Gen.Choose(1, 4)
                     select (Delays: d.ToArray(), Capacity: capacity, Workers: workers);
        Prop.ForAll(shapes.ToArbitrary(), shape =>
        {
            var window = new ReorderWindow<string>(shape.Capacity);
            var consumed = new List<(int Index, string Item)>();
            var producedTimes = new int[shape.Delays.Length];
            window.Run(shape.Delays.Length, shape.Workers, i =>
            {
                Interlocked.Increment(ref producedTimes[i]);
                // Earlier items are often the slower ones, so later ones finish first.
                if (shape.Delays[i] > 0) Thread.Sleep(shape.Delays[i]);
                return "item " + i;
            }, (i, item) => consumed.Add((i, item)));
            Assert.All(producedTimes, times => Assert.Equal(1, times));
            Assert.Equal(Enumerable.Range(0, shape.Delays.Length).Select(i => (i, "item " + i)), consumed);
            Assert.InRange(window.MostHeld, 0, shape.Capacity);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    /// <summary>
    /// A source of unknown length (a walk that holds only its place) is read once, in order, by one worker at a time and
    /// never further than the window ahead of the consumer; its elements are consumed in its order, however many.
    /// </summary>
    [Fact]
    public void A_source_is_read_once_in_order_by_one_worker_at_a_time_and_no_further_ahead_than_the_window()
    {
        var shapes = from length in Gen.Choose(0, 60)
                     from capacity in Gen.Choose(1, 6)
                     from workers in Gen.Choose(1, 4)
                     from expected in Gen.Choose(0, 80)
                     select (Length: length, Capacity: capacity, Workers: workers, Expected: expected);
        Prop.ForAll(shapes.ToArbitrary(), shape =>
        {
            var consumed = 0;
            var readers = 0;
            var mostAhead = 0;
            IEnumerable<int> Source()
            {
                for (var i = 0; i < shape.Length; i++)
                {
                    Assert.Equal(1, Interlocked.Increment(ref readers));
                    mostAhead = Math.Max(mostAhead, i - Volatile.Read(ref consumed));
                    Thread.SpinWait(i % 3 * 50);
                    Interlocked.Decrement(ref readers);
                    yield return i * 7;
                }
            }
            var window = new ReorderWindow<string>(shape.Capacity);
            var results = new List<string>();
            window.Run(Source(), shape.Expected, shape.Workers, (index, element) => $"{index}:{element}", (_, item) =>
            {
                results.Add(item);
                Interlocked.Increment(ref consumed);
            });
            Assert.Equal(Enumerable.Range(0, shape.Length).Select(i => $"{i}:{i * 7}"), results);
            Assert.InRange(mostAhead, 0, shape.Capacity);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    /// <summary>A consumer slower than the workers fills the window, and the workers wait: never more than its capacity.</summary>
    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 2)]
    [InlineData(8, 4)]
    public void Workers_never_run_further_ahead_than_the_capacity(int capacity, int workers)
    {
        var window = new ReorderWindow<int>(capacity);
        var produced = 0;
        var mostAheadSeen = 0;
        var consumedCount = 0;
        window.Run(200, workers, i =>
        {
            // Taken by a worker before the consumer has had items up to i - capacity: that would overrun the window.
            var ahead = i - Volatile.Read(ref consumedCount);
            InterlockedMax(ref mostAheadSeen, ahead);
            Interlocked.Increment(ref produced);
            return i;
        }, (i, item) =>
        {
            Assert.Equal(i, item);
            if (i % 10 == 0) Thread.Sleep(1); // let the workers fill the window
            Interlocked.Increment(ref consumedCount);
        });
        Assert.Equal(200, produced);
        Assert.InRange(window.MostHeld, 1, capacity);
        Assert.InRange(mostAheadSeen, 0, capacity);
        if (capacity > 1) Assert.Equal(capacity, window.MostHeld); // the window did fill: the bound was what held them back
    }

    [Fact]
    public void A_failing_item_stops_the_run_and_its_exception_reaches_the_caller()
    {
        var window = new ReorderWindow<int>(4);
        var consumed = new List<int>();
        var failure = Assert.Throws<InvalidOperationException>(() => window.Run(100, 3, i => i == 30 ? throw new InvalidOperationException("item 30") : i, (_, item) => consumed.Add(item)));
        Assert.Equal("item 30", failure.Message);
        Assert.Equal(Enumerable.Range(0, consumed.Count), consumed);
        Assert.True(consumed.Count <= 30);
    }

    [Fact]
    public void A_failing_consumer_stops_the_workers()
    {
        var window = new ReorderWindow<int>(2);
        var produced = 0;
        Assert.Throws<IOException>(() => window.Run(1000, 2, i => Interlocked.Increment(ref produced), (i, _) =>
        {
            if (i == 5) throw new IOException("disk full");
        }));
        // Workers stop at the window's edge: items 0-5 consumed or in hand, at most the capacity beyond.
        Assert.InRange(produced, 6, 6 + 2 + 2);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
    }
}
