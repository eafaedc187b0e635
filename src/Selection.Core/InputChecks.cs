using Selection.Core.Data;
using Selection.Core.Kommuner;
using Selection.Core.Texts;

namespace Selection.Core;

/// <summary>
/// Checks of a data set as a whole, across its files: is every school with data in the register, can
/// every school be placed in a kommune, does every school have data. Used by the engine before it runs
/// and by <c>validate</c>, so both report the same problems in the same words.
/// </summary>
public static class InputChecks
{
    /// <summary>
    /// The kommuner of the <c>deltakere</c> table can be placed in the structure of <paramref name="structureYear"/>
    /// (a split kommune's successors are all in the scheme): an unknown number is an error naming its line.
    /// </summary>
    public static void ParticipantsArePlaced(IEnumerable<Participant> participants, KommuneHistory history, int structureYear, List<Problem> problems)
    {
        foreach (var participant in participants)
            KommuneIsPlaced(participant.Kommune, participant.Origin, CheckTexts.ParticipantUnknownKommune, history, structureYear, problems);
    }

    /// <summary>A kommunenummer in <c>kommunalt</c> that no structure leads to the selection's is an error, like a participant's.</summary>
    public static void KommuneRowsArePlaced(IEnumerable<KommuneRow> rows, KommuneHistory history, int structureYear, List<Problem> problems)
    {
        foreach (var row in rows)
            KommuneIsPlaced(row.Kommune, row.Origin, CheckTexts.KommuneRowUnknownKommune, history, structureYear, problems);
    }

    private static void KommuneIsPlaced(KommuneNr kommune, Origin origin, Func<string, int, string> unknown, KommuneHistory history, int structureYear, List<Problem> problems)
    {
        if (history.Place(kommune, structureYear).Kind is PlacementKind.Unknown or PlacementKind.OutsideKommune)
            problems.Add(Problem.Error("kommune-unknown", unknown(kommune.Value, structureYear), origin, "kommunenummer", kommune.Value));
    }

    /// <summary>
    /// Places each school in the structure of <paramref name="structureYear"/>. A school in a split
    /// kommune, or under a number no structure knows, is an error that names the school and, for a
    /// split, the kommuner it could belong to.
    /// </summary>
    public static IReadOnlyList<PlacedSchool> PlaceSchools(IEnumerable<School> schools, KommuneHistory history, int structureYear, List<Problem> problems)
    {
        var placed = new List<PlacedSchool>();
        foreach (var school in schools)
        {
            var placement = history.Place(school.Kommunenummer, structureYear);
            switch (placement.Kind)
            {
                case PlacementKind.Split:
                    problems.Add(Problem.Error(
                        "kommune-split",
                        CheckTexts.KommuneSplit(school.OrgNr, school.Navn, school.Kommunenummer, string.Join(", ", placement.Candidates.Select(c => $"{c.Nummer} {c.Navn}"))),
                        school.Origin, "kommunenummer", school.Kommunenummer.Value));
                    break;
                case PlacementKind.Unknown:
                    problems.Add(Problem.Error(
                        "kommune-unknown",
                        CheckTexts.KommuneUnknown(school.OrgNr, school.Navn, school.Kommunenummer, structureYear),
                        school.Origin, "kommunenummer", school.Kommunenummer.Value));
                    break;
            }
            placed.Add(new PlacedSchool(school, placement));
        }
        return placed;
    }

    /// <summary>Data for an orgnr with no row in <c>skoler</c> is an error: the school cannot be placed in a kommune.</summary>
    public static void SchoolsWithDataAreRegistered(InputTally tally, List<Problem> problems)
    {
        foreach (var unknown in tally.Unregistered)
        {
            problems.Add(Problem.Error(
                "school-not-in-register",
                CheckTexts.SchoolNotInRegister(unknown.OrgNr, CheckTexts.Rows(unknown.Rows.Count)),
                unknown.Rows[0], "orgnr", unknown.OrgNr.Value));
        }
    }

    /// <summary>A school in the register with no data in any source is a warning: it will not be ranked.</summary>
    public static void RegisteredSchoolsHaveData(SelectionInput input, InputTally tally, List<Problem> problems)
    {
        foreach (var school in input.Schools.Where(s => !tally.HasData(s)))
            problems.Add(Problem.Warning(
                "school-without-data",
                CheckTexts.SchoolWithoutData(school.OrgNr, school.Navn),
                school.Origin, "orgnr", school.OrgNr.Value));
    }

    /// <summary>A school year held by fewer schools than this share of the busiest year is out of line.</summary>
    public const decimal TinyYearShare = 0.05m;

    /// <summary>
    /// DOMAIN §11: a school year out of line with the rest of the data is an error naming the file and
    /// line of its first row, so that a typo (<c>205253</c> for <c>202425</c>) cannot move the window.
    /// Out of line: separated from the main run of consecutive years by a gap (which also catches a year
    /// far in the future or the past), or held by fewer than <see cref="TinyYearShare"/> of the schools
    /// of the busiest year.
    /// </summary>
    public static void SchoolYearsInLine(InputTally tally, List<Problem> problems)
    {
        var years = tally.Years;
        if (years.Count < 2)
            return;

        // Runs of consecutive school years; the main run is the one with the most rows.
        var runs = new List<List<int>> { new() { 0 } };
        for (var i = 1; i < years.Count; i++)
        {
            if (years[i].Year.StartYear != years[i - 1].Year.StartYear + 1)
                runs.Add([]);
            runs[^1].Add(i);
        }
        var main = runs.OrderByDescending(r => r.Sum(i => years[i].Rows)).ThenByDescending(r => years[r[^1]].Year).First();
        var from = years[main[0]].Year;
        var to = years[main[^1]].Year;
        foreach (var run in runs.Where(r => r != main))
            foreach (var i in run)
            {
                var y = years[i];
                var gap = y.Year < from ? from.StartYear - y.Year.StartYear - 1 : y.Year.StartYear - to.StartYear - 1;
                problems.Add(Problem.Error(
                    "school-year-out-of-line",
                    y.Year < from
                        ? CheckTexts.SchoolYearBefore(y.Year, CheckTexts.Rows(y.Rows), from, to, CheckTexts.SchoolYears(gap))
                        : CheckTexts.SchoolYearAfter(y.Year, CheckTexts.Rows(y.Rows), from, to, CheckTexts.SchoolYears(gap)),
                    y.First, "skoleaar", y.Year.ToString()));
            }

        var busiest = main.Select(i => years[i]).MaxBy(y => y.Schools)!;
        foreach (var y in main.Select(i => years[i]).Where(y => y.Schools < TinyYearShare * busiest.Schools))
            problems.Add(Problem.Error(
                "school-year-out-of-line",
                CheckTexts.SchoolYearFewSchools(y.Year, CheckTexts.Schools(y.Schools), busiest.Schools, busiest.Year, (int)(TinyYearShare * 100)),
                y.First, "skoleaar", y.Year.ToString()));
    }
}
