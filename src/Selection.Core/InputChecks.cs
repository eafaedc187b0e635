using Selection.Core.Data;
using Selection.Core.Kommuner;

namespace Selection.Core;

/// <summary>
/// Checks of a data set as a whole, across its files: is every school with data in the register, can
/// every school be placed in a kommune, does every school have data. Used by the engine before it runs
/// and by <c>validate</c>, so both report the same problems in the same words.
/// </summary>
public static class InputChecks
{
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
                        $"school {school.OrgNr} {school.Navn} is registered in kommune {school.Kommunenummer}, which was split; " +
                        $"it cannot be placed by number. Register it under one of: {string.Join(", ", placement.Candidates.Select(c => $"{c.Nummer} {c.Navn}"))}",
                        school.Origin, "kommunenummer", school.Kommunenummer.Value));
                    break;
                case PlacementKind.Unknown:
                    problems.Add(Problem.Error(
                        "kommune-unknown",
                        $"school {school.OrgNr} {school.Navn}: {school.Kommunenummer} is not a kommunenummer of the {structureYear} structure, nor one that maps to it",
                        school.Origin, "kommunenummer", school.Kommunenummer.Value));
                    break;
            }
            placed.Add(new PlacedSchool(school, placement));
        }
        return placed;
    }

    /// <summary>Data for an orgnr with no row in <c>skoler</c> is an error: the school cannot be placed in a kommune.</summary>
    public static void SchoolsWithDataAreRegistered(SelectionInput input, List<Problem> problems)
    {
        var registered = input.Schools.Select(s => s.OrgNr).ToHashSet();
        foreach (var unknown in input.Observations.Where(o => !registered.Contains(o.OrgNr)).GroupBy(o => o.OrgNr))
        {
            var rows = unknown.Select(o => o.Origin).Distinct().ToArray();
            problems.Add(Problem.Error(
                "school-not-in-register",
                $"orgnr {unknown.Key} has data ({rows.Length} {(rows.Length == 1 ? "row" : "rows")}) but no row in skoler: it cannot be placed in a kommune",
                rows[0], "orgnr", unknown.Key.Value));
        }
    }

    /// <summary>A school in the register with no data in any source is a warning: it will not be ranked.</summary>
    public static void RegisteredSchoolsHaveData(SelectionInput input, List<Problem> problems)
    {
        var withData = input.Observations.Select(o => o.OrgNr).ToHashSet();
        foreach (var school in input.Schools.Where(s => !withData.Contains(s.OrgNr)))
            problems.Add(Problem.Warning(
                "school-without-data",
                $"school {school.OrgNr} {school.Navn} is in the register but has no data in any source: it will not be ranked",
                school.Origin, "orgnr", school.OrgNr.Value));
    }
}
