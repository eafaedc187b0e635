using Selection.Core;

namespace Selection.SampleData;

/// <summary>
/// The national rows: per indicator and school year, the pupil-weighted mean over all schools (public
/// and private, suppressed values included, as Udir computes from the raw data), rounded to one decimal
/// for percentages and grunnskolepoeng and two for the 1–5 indices.
/// </summary>
internal static class NationalValues
{
    public static List<NationalRow> Compute(
        IReadOnlyList<ElevundersokelsenRow> eu,
        IReadOnlyList<NasjonaleProverRow> np,
        IReadOnlyList<GrunnskolepoengRow> gsp,
        SampleYears years)
    {
        var values = new List<(Indicator Indicator, SchoolYear Year, decimal Value, int Pupils)>();
        foreach (var row in eu)
        {
            var seventh = row.Trinn == 7;
            values.Add((seventh ? Indicator.EU7_MOBBING : Indicator.EU10_MOBBING, row.Skoleaar, row.Mobbing, row.AntallBesvart));
            values.Add((seventh ? Indicator.EU7_STOTTE : Indicator.EU10_STOTTE, row.Skoleaar, row.StotteFraLaerer, row.AntallBesvart));
            values.Add((seventh ? Indicator.EU7_MOTIVASJON : Indicator.EU10_MOTIVASJON, row.Skoleaar, row.Motivasjon, row.AntallBesvart));
        }
        foreach (var row in np)
        {
            var indicator = (row.Trinn, row.Fag) switch
            {
                (5, "lesing") => Indicator.NP5_LES_MN1,
                (5, "regning") => Indicator.NP5_REG_MN1,
                (8, "lesing") => Indicator.NP8_LES_MN1,
                (8, "regning") => Indicator.NP8_REG_MN1,
                _ => null,
            };
            if (indicator is not null)
                values.Add((indicator, row.Skoleaar, row.AndelMestringsniva1, row.AntallElever));
        }
        foreach (var row in gsp)
            values.Add((Indicator.GSP, row.Skoleaar, row.Grunnskolepoeng, row.AntallElever));

        var byIndicatorYear = values.ToLookup(v => (v.Indicator, v.Year));
        var rows = new List<NationalRow>();
        foreach (var indicator in Indicator.All)
        {
            foreach (var year in years.SchoolYears)
            {
                decimal sum = 0;
                long pupils = 0;
                foreach (var v in byIndicatorYear[(indicator, year)])
                {
                    sum += v.Value * v.Pupils;
                    pupils += v.Pupils;
                }
                if (pupils == 0)
                    continue;
                var decimals = indicator.Maximum == 5 ? 2 : 1;
                rows.Add(new NationalRow(year, indicator, Math.Round(sum / pupils, decimals, MidpointRounding.AwayFromZero)));
            }
        }
        return rows;
    }
}
