namespace Selection.Core;

/// <summary>Which way an indicator improves.</summary>
public enum BetterIs
{
    Higher,
    Lower,
}

/// <summary>The three data sources of the indicator set (DOMAIN §2).</summary>
public enum DataSource
{
    Elevundersokelsen,
    NasjonaleProver,
    Grunnskolepoeng,
}

/// <summary>
/// One of the eleven indicator series of DOMAIN §2. The catalogue fixes what an indicator measures
/// and which way it improves; how much it weighs and where its floor lies are rules (see
/// <see cref="Rules.IndicatorRule"/>).
/// </summary>
public sealed record Indicator
{
    private Indicator(int order, string code, DataSource source, int grade, BetterIs betterIs, string area, decimal minimum, decimal maximum)
    {
        Order = order;
        Code = code;
        Source = source;
        Grade = grade;
        BetterIs = betterIs;
        Area = area;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The code used in rules files, <c>nasjonalt</c> rows and outputs, e.g. <c>EU7_MOBBING</c>.</summary>
    public string Code { get; }

    public DataSource Source { get; }

    /// <summary>The grade (trinn) the indicator is measured on; 10 for grunnskolepoeng (end of 10th grade).</summary>
    public int Grade { get; }

    /// <summary>Which way the indicator improves, by its nature (a bullying share is better lower).</summary>
    public BetterIs BetterIs { get; }

    /// <summary>læringsmiljø, læringsutbytte or grunnskolepoeng.</summary>
    public string Area { get; }

    public string Measure => Texts.ParseTexts.Measure(Code);

    /// <summary>
    /// Whether the measure is a percentage of pupils (bullying, mestringsnivå 1): a count of pupils out of
    /// the pupils who answered or took the test, as opposed to a mean (an index 1–5, grunnskolepoeng).
    /// </summary>
    public bool IsPercentage => Code.EndsWith("_MOBBING", StringComparison.Ordinal) || Code.EndsWith("_MN1", StringComparison.Ordinal);

    /// <summary>The smallest value the measure can take (inclusive).</summary>
    public decimal Minimum { get; }

    /// <summary>The largest value the measure can take (inclusive).</summary>
    public decimal Maximum { get; }

    public static readonly Indicator EU7_MOBBING = new(0, "EU7_MOBBING", DataSource.Elevundersokelsen, 7, BetterIs.Lower, "læringsmiljø", 0, 100);
    public static readonly Indicator EU7_STOTTE = new(1, "EU7_STOTTE", DataSource.Elevundersokelsen, 7, BetterIs.Higher, "læringsmiljø", 1, 5);
    public static readonly Indicator EU7_MOTIVASJON = new(2, "EU7_MOTIVASJON", DataSource.Elevundersokelsen, 7, BetterIs.Higher, "læringsmiljø", 1, 5);
    public static readonly Indicator EU10_MOBBING = new(3, "EU10_MOBBING", DataSource.Elevundersokelsen, 10, BetterIs.Lower, "læringsmiljø", 0, 100);
    public static readonly Indicator EU10_STOTTE = new(4, "EU10_STOTTE", DataSource.Elevundersokelsen, 10, BetterIs.Higher, "læringsmiljø", 1, 5);
    public static readonly Indicator EU10_MOTIVASJON = new(5, "EU10_MOTIVASJON", DataSource.Elevundersokelsen, 10, BetterIs.Higher, "læringsmiljø", 1, 5);
    public static readonly Indicator NP5_LES_MN1 = new(6, "NP5_LES_MN1", DataSource.NasjonaleProver, 5, BetterIs.Lower, "læringsutbytte", 0, 100);
    public static readonly Indicator NP5_REG_MN1 = new(7, "NP5_REG_MN1", DataSource.NasjonaleProver, 5, BetterIs.Lower, "læringsutbytte", 0, 100);
    public static readonly Indicator NP8_LES_MN1 = new(8, "NP8_LES_MN1", DataSource.NasjonaleProver, 8, BetterIs.Lower, "læringsutbytte", 0, 100);
    public static readonly Indicator NP8_REG_MN1 = new(9, "NP8_REG_MN1", DataSource.NasjonaleProver, 8, BetterIs.Lower, "læringsutbytte", 0, 100);
    public static readonly Indicator GSP = new(10, "GSP", DataSource.Grunnskolepoeng, 10, BetterIs.Higher, "grunnskolepoeng", 0, 60);

    /// <summary>All eleven indicators, in the order of DOMAIN §2 (the order outputs list them in).</summary>
    public static IReadOnlyList<Indicator> All { get; } =
    [
        EU7_MOBBING, EU7_STOTTE, EU7_MOTIVASJON,
        EU10_MOBBING, EU10_STOTTE, EU10_MOTIVASJON,
        NP5_LES_MN1, NP5_REG_MN1, NP8_LES_MN1, NP8_REG_MN1,
        GSP,
    ];

    /// <summary>The position of the indicator in <see cref="All"/>, for stable ordering.</summary>
    public int Order { get; }

    /// <summary>Looks up an indicator by its code, ignoring case.</summary>
    public static ParseResult<Indicator> Parse(string? code)
    {
        var t = code?.Trim() ?? "";
        foreach (var indicator in All)
            if (string.Equals(indicator.Code, t, StringComparison.OrdinalIgnoreCase))
                return ParseResult<Indicator>.Ok(indicator);
        return ParseResult<Indicator>.Fail(Texts.ParseTexts.NotAnIndicator(t, string.Join(", ", All.Select(i => i.Code))));
    }

    /// <summary>
    /// Whether <paramref name="value"/> is worse than <paramref name="limit"/> in the given direction:
    /// strictly below where higher is better, strictly above where lower is better. Equal is not worse.
    /// </summary>
    public static bool IsWorse(decimal value, decimal limit, BetterIs betterIs) =>
        betterIs == BetterIs.Higher ? value < limit : value > limit;

    public override string ToString() => Code;

    public bool Equals(Indicator? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => Order; // one instance per indicator (equality is identity), and a dictionary key per observation
}
