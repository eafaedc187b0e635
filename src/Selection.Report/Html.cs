using System.Globalization;
using System.Text;

namespace Selection.Report;

/// <summary>
/// A page's HTML, written as text: every text and attribute value escaped, nothing else added. Elements are
/// opened and closed by the caller in order, so the markup reads like the page.
/// </summary>
internal sealed class Html
{
    private readonly StringBuilder _text = new();

    /// <summary>The markup so far.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>Writes the markup so far into <paramref name="writer"/>, piece by piece (never as one string).</summary>
    public void WriteTo(TextWriter writer) => writer.Write(_text);

    /// <summary>Text, escaped.</summary>
    public Html Text(string text)
    {
        _text.Append(Escape(text));
        return this;
    }

    /// <summary>Markup the caller made (a script, a whole element from <see cref="Html"/>): not escaped.</summary>
    public Html Raw(string markup)
    {
        _text.Append(markup);
        return this;
    }

    /// <summary><c>&lt;tag a="v"&gt;</c>; a <c>null</c> value leaves its attribute out, an empty one writes it bare.</summary>
    public Html Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _text.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
                continue;
            _text.Append(' ').Append(name);
            if (value.Length > 0)
                _text.Append("=\"").Append(Escape(value)).Append('"');
        }
        _text.Append('>');
        return this;
    }

    public Html Close(string tag)
    {
        _text.Append("</").Append(tag).Append('>');
        if (tag is "p" or "li" or "tr" or "section" or "article" or "figure" or "table" or "ul" or "ol" or "dl" or "div" or "details" or "h1" or "h2" or "h3" or "h4" or "header" or "footer" or "nav" or "pre" or "thead" or "tbody" or "dd")
            _text.Append('\n');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public Html Element(string tag, string text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>A table: a header row and rows of cells; a cell may carry a value to sort by (<c>data-sort</c>).</summary>
    public Html Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<Cell>> rows, string? @class = null, string? caption = null, string? id = null)
    {
        Open("div", ("class", "table-scroll"));
        Open("table", ("class", @class), ("id", id));
        if (caption is not null)
            Element("caption", caption);
        Open("thead").Open("tr");
        foreach (var h in header)
            Element("th", h, ("scope", "col"));
        Close("tr").Close("thead").Open("tbody");
        foreach (var row in rows)
        {
            Open("tr");
            foreach (var cell in row)
                Element("td", cell.Text, ("data-sort", cell.Sort), ("class", cell.Number ? "num" : null));
            Close("tr");
        }
        Close("tbody").Close("table").Close("div");
        return this;
    }

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
            return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}

/// <summary>A table cell: its text, the value it sorts by (a number, invariant), and whether it is a number (right-aligned).</summary>
internal readonly record struct Cell(string Text, string? Sort = null, bool Number = false)
{
    public static implicit operator Cell(string text) => new(text);

    /// <summary>A number shown as <paramref name="text"/>, sorted by <paramref name="value"/>; empty (sorted last) when null.</summary>
    public static Cell Of(string text, double? value) =>
        new(text, value?.ToString("R", CultureInfo.InvariantCulture) ?? "", Number: true);

    public static Cell Of(long? value) =>
        new(value?.ToString(CultureInfo.InvariantCulture) ?? "–", value?.ToString(CultureInfo.InvariantCulture) ?? "", Number: true);
}
