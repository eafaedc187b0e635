namespace Selection.Core;

/// <summary>A kommunenummer: four digits, kept with its leading zero (<c>0301</c>).</summary>
public readonly record struct KommuneNr : IComparable<KommuneNr>
{
    private KommuneNr(string digits) => Value = digits;

    public string Value { get; }

    /// <summary>
    /// Parses a kommunenummer. Three digits are read as a number that lost its leading zero in a
    /// spreadsheet (<c>301</c> is <c>0301</c>).
    /// </summary>
    public static ParseResult<KommuneNr> Parse(string? text)
    {
        var t = text?.Trim() ?? "";
        if (t.Length == 3 && !t.AsSpan().ContainsAnyExceptInRange('0', '9'))
            t = "0" + t;
        if (t.Length != 4 || t.AsSpan().ContainsAnyExceptInRange('0', '9'))
            return ParseResult<KommuneNr>.Fail(Texts.ParseTexts.NotAKommunenummer(text?.Trim()));
        return ParseResult<KommuneNr>.Ok(new KommuneNr(t));
    }

    /// <summary>A kommunenummer from trusted data (reference tables, tests). Throws on a malformed number.</summary>
    public static KommuneNr Of(string digits)
    {
        var parsed = Parse(digits);
        return parsed.Success ? parsed.Value : throw new ArgumentException(parsed.Error, nameof(digits));
    }

    public int CompareTo(KommuneNr other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value ?? "";
}
