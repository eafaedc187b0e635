namespace Selection.Core;

/// <summary>
/// The outcome of parsing a piece of user input: a value, or a message that says what is wrong with
/// the text. Parsing user input never throws; the caller adds the file, line and column.
/// </summary>
public readonly record struct ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>Why the text could not be parsed; <c>null</c> on success.</summary>
    public string? Error { get; }

    public bool Success => Error is null;

    /// <summary>The parsed value. Throws when parsing failed: check <see cref="Success"/> first.</summary>
    public T Value => Success ? _value! : throw new InvalidOperationException($"No value: {Error}");

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string error) => new(default, error);
}
