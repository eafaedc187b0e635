using System.Globalization;
using System.Resources;
using Selection.IO.Texts;

namespace Selection.Panel;

/// <summary>The texts of a panel's summary, from <c>PanelTexts.resx</c> (bokmål) and <c>PanelTexts.en.resx</c>.</summary>
public sealed class PanelTexts(CultureInfo language) : ResourceTexts(Manager, language)
{
    private static readonly ResourceManager Manager = new("Selection.Panel.PanelTexts", typeof(PanelTexts).Assembly);

    public string Rounds(int count, string first, string last, string rules) => Format([count, first, last, rules]);
    public string RulesPerRound => Get();
    public string Illustrative => Get();
    public string Round(string end, string window, int structure, int flagged, int route1, int route2, int taken) => Format([end, window, structure, flagged, route1, route2, taken]);
    public string SchoolsPersistence(int schools, int rounds, string distribution) => Format([schools, rounds, distribution]);
    public string KommunerPersistence(int kommuner, int structure, int rounds, string distribution) => Format([kommuner, structure, rounds, distribution]);
    public string Followed(int structure) => Format([structure]);
    public string Always(int count, int rounds, string names) => Format([count, rounds, names]);
    public string AlwaysNone(int rounds) => Format([rounds]);
}
