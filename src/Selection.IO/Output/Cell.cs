namespace Selection.IO.Output;

/// <summary>
/// A table's cells (objects): a whole number from 0 to 4,095 and a truth value are boxed once for every table,
/// not once per cell. <c>skoler</c> of the 100× country has 2.3 million cells, most of them such numbers,
/// and each box was fresh memory the collector then carried (issue 11). A box is never changed, so sharing one
/// changes nothing that reads it.
/// </summary>
internal static class Cell
{
    private static readonly object[] Small = Enumerable.Range(0, 4096).Select(i => (object)i).ToArray();
    private static readonly object[] SmallLong = Enumerable.Range(0, 4096).Select(i => (object)(long)i).ToArray();
    private static readonly object True = true;
    private static readonly object False = false;

    public static object? Of(int? value) => value is { } n ? ((uint)n < (uint)Small.Length ? Small[n] : n) : null;

    public static object? Of(long? value) => value is { } n ? ((ulong)n < (ulong)SmallLong.Length ? SmallLong[n] : n) : null;

    public static object Of(bool value) => value ? True : False;
}
