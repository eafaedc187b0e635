using System.Runtime.ExceptionServices;

namespace Selection.Core;

/// <summary>
/// Work on independent items spread over the cores, with the outcome of doing them one by one: each item
/// writes only its own slot, and a failure is rethrown as itself, the one of the lowest item (the one a
/// loop in order would have met first), never wrapped.
/// </summary>
public static class InParallel
{
    /// <summary>How many blocks of items (observations) to work on side by side: one per 4,096, at most 64, at least one.</summary>
    public static int Blocks(int count) => Math.Clamp(count >> 12, 1, 64);

    /// <summary>
    /// Block <paramref name="b"/> of <paramref name="blocks"/> nearly equal blocks over <paramref name="count"/> items, in
    /// order: its first item and the one after its last.
    /// </summary>
    public static (int From, int To) Block(int b, int blocks, int count) =>
        ((int)((long)count * b / blocks), (int)((long)count * (b + 1) / blocks));

    /// <summary>Runs <paramref name="body"/> for 0 to <paramref name="count"/> − 1, on all cores.</summary>
    public static void For(int count, Action<int> body)
    {
        var failures = new Exception?[count];
        Parallel.For(0, count, i =>
        {
            try
            {
                body(i);
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        });
        if (Array.Find(failures, f => f is not null) is { } first)
            ExceptionDispatchInfo.Capture(first).Throw();
    }
}
