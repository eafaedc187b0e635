using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Selection.Core.Texts;

namespace Selection.Cli.Tests;

/// <summary>
/// Every message catalog (<see cref="Catalog"/>) of every assembly of the engine: both resource files of a
/// pair have the same keys with the same placeholders, and every member of a message class has its key.
/// Found by looking, so a new catalog is checked without being listed here.
/// </summary>
public class MessageCatalogTests
{
    private static readonly string[] Assemblies =
        ["Selection.Core", "Selection.IO", "Selection.Excel", "Selection.Proposal", "Selection.Panel", "Selection.Stability", "Selection.Sweep", "Selection.Compare", "Selection.Report", "Selection.Import", "Selection.SampleData", "selection"];

    public static IEnumerable<string> ResourcePairs() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.en.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => Path.GetRelativePath(TestPaths.RepoRoot, f[..^".en.resx".Length]).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(ResourcePairs))]
    public void Both_resource_files_of_a_pair_have_the_same_keys_and_placeholders(string baseName)
    {
        var nb = Entries(baseName + ".resx");
        var en = Entries(baseName + ".en.resx");

        en.Keys.Should().BeEquivalentTo(nb.Keys);
        foreach (var (key, text) in nb)
        {
            text.Should().NotBeNullOrWhiteSpace("{0} has a bokmål text", key);
            en[key].Should().NotBeNullOrWhiteSpace("{0} has an English text", key);
            Placeholders(en[key]).Should().Equal(Placeholders(text), "the placeholders of {0} agree", key);
        }
    }

    public static IEnumerable<TestCaseData> MessageClasses() =>
        Assemblies.Select(Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Where(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public).Any(f => f.FieldType == typeof(Catalog)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => new TestCaseData(t).SetArgDisplayNames(t.FullName!));

    [Test]
    public void There_are_message_catalogs_to_check() =>
        MessageClasses().Should().NotBeEmpty();

    [TestCaseSource(nameof(MessageClasses))]
    public void Every_member_of_a_message_class_has_its_text_in_both_languages(Type type)
    {
        var catalog = (Catalog)type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Single(f => f.FieldType == typeof(Catalog)).GetValue(null)!;
        var members = type.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is PropertyInfo || m is MethodInfo { IsSpecialName: false })
            .Select(m => m.Name)
            .Distinct()
            .ToArray();
        members.Should().NotBeEmpty();
        foreach (var language in new[] { CultureInfo.GetCultureInfo("nb"), CultureInfo.GetCultureInfo("en") })
        {
            var keys = catalog.Resources.GetResourceSet(language, true, true)!
                .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
            foreach (var member in members)
                keys.Should().Contain(member, "{0}.{1} is a text ({2})", type.Name, member, language.Name);
        }
    }

    [Test]
    public void A_problem_reads_in_the_language_of_the_command()
    {
        var problem = Selection.Core.Problem.Error("x", "…", new Selection.Core.Origin("skoler.csv", 12), "orgnr", "97");

        WithUiCulture("nb", problem.ToString).Should().Be("skoler.csv linje 12, kolonne orgnr: … (fant «97»)");
        WithUiCulture("en", problem.ToString).Should().Be("skoler.csv line 12, column orgnr: … (found '97')");
    }

    private static string WithUiCulture(string name, Func<string> text)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try { return text(); }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    private static Dictionary<string, string> Entries(string relative) =>
        XDocument.Load(Path.Combine(TestPaths.RepoRoot, relative)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, @"\{(\d+)[,:}]").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToArray();
}
