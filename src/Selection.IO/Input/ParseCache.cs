using Selection.Core;

namespace Selection.IO.Input;

/// <summary>
/// Remembers how each distinct cell text parsed, so that a text repeated down a column (the school
/// year, the orgnr of a school's twenty rows, a value given to one decimal) is parsed once. The
/// outcome, problem message included, is the parser's own: the cache only saves the work. One cache
/// serves one table read on one thread, in one language.
/// </summary>
internal sealed class ParseCache<T>(Func<string, ParseResult<T>> parse)
{
    private readonly Dictionary<string, ParseResult<T>> _parsed = new(StringComparer.Ordinal);

    public ParseResult<T> Parse(string text)
    {
        if (!_parsed.TryGetValue(text, out var result))
        {
            result = parse(text);
            _parsed.Add(text, result);
        }
        return result;
    }
}
