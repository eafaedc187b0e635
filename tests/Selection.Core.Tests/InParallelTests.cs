namespace Selection.Core.Tests;

/// <summary>Items spread over the cores come out as a loop in order would give them, failures included.</summary>
public class InParallelTests
{
    [Test]
    public void Every_item_is_done_once_into_its_own_slot()
    {
        var squares = new long[10_000];
        var calls = 0;

        InParallel.For(squares.Length, i =>
        {
            Interlocked.Increment(ref calls);
            squares[i] = (long)i * i;
        });

        calls.Should().Be(10_000);
        squares.Should().Equal(Enumerable.Range(0, 10_000).Select(i => (long)i * i));
    }

    [Test]
    public void A_failure_is_the_one_of_the_lowest_item_and_not_wrapped()
    {
        var act = () => InParallel.For(1_000, i =>
        {
            if (i == 700)
                throw new ArgumentException("item 700");
            if (i is 250 or 900)
                throw new InvalidOperationException($"item {i}");
        });

        act.Should().Throw<InvalidOperationException>().WithMessage("item 250");
    }

    [Test]
    public void No_items_do_nothing() =>
        FluentActions.Invoking(() => InParallel.For(0, _ => throw new InvalidOperationException())).Should().NotThrow();
}
