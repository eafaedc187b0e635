using Selection.Core;
using Selection.Core.Rules;
using Selection.IO.Rules;

namespace Selection.Panel;

/// <summary>
/// One selection of a panel: the window end it was made for, the rules it ran on and its result. Its run
/// folder under the panel's folder is named by the window end (<c>2021-22</c>).
/// </summary>
public sealed record PanelRound(SchoolYear End, LoadedRules Rules, SelectionResult Result)
{
    /// <summary>The round's run folder, relative to the panel's folder.</summary>
    public string Folder => End.ToString();

    /// <summary>
    /// Whether the kommune was taken in this round: by route 1, or as one of the first <c>route2Max</c>
    /// route-2 candidates (the final selection before the statsforvaltere's priorities).
    /// </summary>
    public static bool Taken(KommuneResult kommune, SelectionRules rules) =>
        kommune.Route == Route.WeakOverall
        || (kommune.Route == Route.LargeDifferences && kommune.Route2Order is { } order && order <= rules.Route2Max);
}
