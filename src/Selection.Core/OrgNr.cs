namespace Selection.Core;

/// <summary>
/// A Norwegian organisation number: nine digits, the last a mod-11 check digit (weights 3 2 7 6 5 4 3 2).
/// Built only through <see cref="Parse"/> or <see cref="FromFirstEightDigits"/>, so a value always holds
/// a valid number.
/// </summary>
public readonly record struct OrgNr : IComparable<OrgNr>
{
    private static readonly int[] Weights = [3, 2, 7, 6, 5, 4, 3, 2];

    private OrgNr(string digits) => Value = digits;

    /// <summary>The nine digits.</summary>
    public string Value { get; }

    /// <summary>
    /// Parses an organisation number. Spaces (and non-breaking spaces) between digit groups are
    /// allowed, as in <c>974 760 673</c>.
    /// </summary>
    public static ParseResult<OrgNr> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ParseResult<OrgNr>.Fail(Texts.ParseTexts.OrgNrEmpty);
        var digits = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Trim();
        if (digits.Length != 9 || digits.AsSpan().ContainsAnyExceptInRange('0', '9'))
            return ParseResult<OrgNr>.Fail(Texts.ParseTexts.NotAnOrgNr(text.Trim()));
        var check = CheckDigit(digits.AsSpan(0, 8));
        if (check != digits[8] - '0')
            return ParseResult<OrgNr>.Fail(Texts.ParseTexts.OrgNrCheckDigit(text.Trim()));
        return ParseResult<OrgNr>.Ok(new OrgNr(digits));
    }

    /// <summary>
    /// Completes eight digits with their check digit. Returns <c>null</c> when no check digit exists
    /// (the mod-11 remainder gives 10): such numbers are never issued.
    /// </summary>
    public static OrgNr? FromFirstEightDigits(string eightDigits)
    {
        if (eightDigits.Length != 8 || eightDigits.AsSpan().ContainsAnyExceptInRange('0', '9'))
            throw new ArgumentException("Eight digits expected.", nameof(eightDigits));
        var check = CheckDigit(eightDigits);
        return check < 0 ? null : new OrgNr(eightDigits + (char)('0' + check));
    }

    /// <summary>The check digit for eight digits, or -1 when the number cannot be completed.</summary>
    private static int CheckDigit(ReadOnlySpan<char> eight)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
            sum += (eight[i] - '0') * Weights[i];
        var remainder = sum % 11;
        var check = remainder == 0 ? 0 : 11 - remainder;
        return check == 10 ? -1 : check;
    }

    public int CompareTo(OrgNr other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The nine digits as a number (below 10⁹): a key without text for sets and indexes of a million schools.</summary>
    public int Number
    {
        get
        {
            var number = 0;
            foreach (var c in Value ?? "")
                number = unchecked((number * 10) + (c - '0'));
            return number;
        }
    }

    /// <summary>The nine digits as a number: equal orgnr hash alike, and no text is hashed.</summary>
    public override int GetHashCode() => Number;

    public override string ToString() => Value ?? "";
}
