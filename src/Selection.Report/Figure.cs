using System.Text.Json;

namespace Selection.Report;

/// <summary>
/// One chart as plotly.js draws it: traces, lines and notes, written as plotly's JSON figure
/// (<c>{"data": [...], "layout": {...}}</c>) with <see cref="Utf8JsonWriter"/>, so that it is the same byte for
/// byte wherever and however the program runs (Native AOT included). plotly.js does the drawing in the browser;
/// this only says what to draw.
/// </summary>
internal sealed class Figure(string id, int height)
{
    private readonly List<Action<Utf8JsonWriter>> _traces = [];
    private readonly List<Action<Utf8JsonWriter>> _shapes = [];
    private readonly List<Action<Utf8JsonWriter>> _annotations = [];
    private string _xTitle = "", _yTitle = "";
    private bool _xPercent, _yPercent, _stacked, _xCategories, _yReversed, _legend = true;
    private (double From, double To)? _xRange, _yRange;
    private IReadOnlyList<string>? _xOrder;
    private bool _xLabels = true;
    private int _leftMargin = 60;

    /// <summary>The id the page's element names the figure by (<c>data-figure</c>).</summary>
    public string Id { get; } = id;

    public int Height { get; } = height;

    public Figure Axes(string xTitle, string yTitle, bool xPercent = false, bool yPercent = false)
    {
        (_xTitle, _yTitle, _xPercent, _yPercent) = (xTitle, yTitle, xPercent, yPercent);
        return this;
    }

    public Figure XRange(double from, double to)
    {
        _xRange = (from, to);
        return this;
    }

    public Figure YRange(double from, double to)
    {
        _yRange = (from, to);
        return this;
    }

    /// <summary>Bars of several traces stacked on one another.</summary>
    public Figure Stacked()
    {
        _stacked = true;
        return this;
    }

    /// <summary>
    /// The x axis shows the values as categories (not as numbers), in <paramref name="order"/> across every trace,
    /// with their names under the axis only when <paramref name="labels"/> (too many would be unreadable: pointing
    /// shows each one, and the table behind the chart lists them).
    /// </summary>
    public Figure XCategories(IReadOnlyList<string> order, bool labels)
    {
        _xCategories = true;
        _xOrder = order;
        _xLabels = labels;
        return this;
    }

    /// <summary>The y axis runs from top to bottom (a horizontal bar chart read as a list).</summary>
    public Figure YReversed(int leftMargin)
    {
        _yReversed = true;
        _leftMargin = leftMargin;
        return this;
    }

    public Figure NoLegend()
    {
        _legend = false;
        return this;
    }

    /// <summary>Vertical bars (or horizontal, with <paramref name="horizontal"/>: then x holds the lengths).</summary>
    public Figure Bars(string name, Series x, Series y, Style style, IReadOnlyList<string>? hover = null, bool horizontal = false)
    {
        _traces.Add(j =>
        {
            j.WriteString("type", "bar");
            j.WriteString("name", name);
            if (horizontal)
                j.WriteString("orientation", "h");
            x.Write(j, "x");
            y.Write(j, "y");
            j.WriteStartObject("marker");
            j.WriteString("color", style.Color);
            j.WriteStartObject("line");
            j.WriteString("color", Palette.Ink);
            j.WriteNumber("width", 0.5);
            j.WriteEndObject();
            if (style.Pattern is { } pattern)
            {
                j.WriteStartObject("pattern");
                j.WriteString("shape", pattern);
                j.WriteString("fillmode", "overlay");
                j.WriteString("fgcolor", Palette.Ink);
                j.WriteNumber("size", 6);
                j.WriteNumber("solidity", 0.25);
                j.WriteEndObject();
            }
            j.WriteEndObject();
            Hover(j, hover);
        });
        return this;
    }

    /// <summary>Markers at (x, y); <paramref name="labels"/> are written beside them, <paramref name="hover"/> shown on pointing.</summary>
    public Figure Points(string name, Series x, Series y, Style style, IReadOnlyList<string>? labels = null, IReadOnlyList<string>? hover = null)
    {
        _traces.Add(j =>
        {
            j.WriteString("type", "scatter");
            j.WriteString("mode", labels is null ? "markers" : "markers+text");
            j.WriteString("name", name);
            x.Write(j, "x");
            y.Write(j, "y");
            if (labels is not null)
            {
                Strings(j, "text", labels);
                j.WriteString("textposition", "top right");
                j.WriteStartObject("textfont");
                j.WriteNumber("size", 11);
                j.WriteString("color", Palette.Ink);
                j.WriteEndObject();
            }
            j.WriteStartObject("marker");
            j.WriteString("color", style.Color);
            j.WriteString("symbol", style.Symbol);
            j.WriteNumber("size", style.Size);
            j.WriteStartObject("line");
            j.WriteString("color", Palette.Ink);
            j.WriteNumber("width", style.Outline ? 1 : 0);
            j.WriteEndObject();
            j.WriteEndObject();
            Hover(j, hover);
        });
        return this;
    }

    /// <summary>A dashed vertical line across the plot at <paramref name="x"/>, with its label at the top.</summary>
    public Figure VerticalLine(double x, string label, bool categoryAxis = false)
    {
        _shapes.Add(j =>
        {
            j.WriteString("type", "line");
            j.WriteString("xref", "x");
            j.WriteString("yref", "paper");
            j.WriteNumber("x0", x);
            j.WriteNumber("x1", x);
            j.WriteNumber("y0", 0);
            j.WriteNumber("y1", 1);
            Line(j);
        });
        _annotations.Add(j =>
        {
            j.WriteString("xref", "x");
            j.WriteString("yref", "paper");
            j.WriteNumber("x", x);
            j.WriteNumber("y", 1);
            j.WriteString("yanchor", "bottom");
            j.WriteString("xanchor", categoryAxis ? "left" : "center");
            j.WriteString("text", label);
            j.WriteBoolean("showarrow", false);
        });
        return this;
    }

    /// <summary>A dashed horizontal line across the plot at <paramref name="y"/>, with its label at the right.</summary>
    public Figure HorizontalLine(double y, string label)
    {
        _shapes.Add(j =>
        {
            j.WriteString("type", "line");
            j.WriteString("xref", "paper");
            j.WriteString("yref", "y");
            j.WriteNumber("x0", 0);
            j.WriteNumber("x1", 1);
            j.WriteNumber("y0", y);
            j.WriteNumber("y1", y);
            Line(j);
        });
        _annotations.Add(j =>
        {
            j.WriteString("xref", "paper");
            j.WriteString("yref", "y");
            j.WriteNumber("x", 1);
            j.WriteNumber("y", y);
            j.WriteString("xanchor", "right");
            j.WriteString("yanchor", "bottom");
            j.WriteString("text", label);
            j.WriteBoolean("showarrow", false);
        });
        return this;
    }

    /// <summary>A note in the plot's upper right corner, below the lines' labels.</summary>
    public Figure Note(string text)
    {
        _annotations.Add(j =>
        {
            j.WriteString("xref", "paper");
            j.WriteString("yref", "paper");
            j.WriteNumber("x", 1);
            j.WriteNumber("y", 0.93);
            j.WriteString("xanchor", "right");
            j.WriteString("yanchor", "top");
            j.WriteString("align", "right");
            // One sentence a line, so that a note fits a narrow chart (plotly breaks lines at <br> only).
            j.WriteString("text", text.Replace(". ", ".<br>", StringComparison.Ordinal));
            j.WriteBoolean("showarrow", false);
            j.WriteString("bgcolor", "rgba(255,255,255,0.85)");
        });
        return this;
    }

    /// <summary>The figure as plotly's JSON: <c>{"data": [...], "layout": {...}}</c>.</summary>
    public void Write(Utf8JsonWriter j, string separators)
    {
        j.WriteStartObject();
        j.WriteStartArray("data");
        foreach (var trace in _traces)
        {
            j.WriteStartObject();
            trace(j);
            j.WriteEndObject();
        }
        j.WriteEndArray();

        j.WriteStartObject("layout");
        j.WriteNumber("height", Height);
        j.WriteString("separators", separators);
        j.WriteString("paper_bgcolor", "#ffffff");
        j.WriteString("plot_bgcolor", "#ffffff");
        j.WriteStartObject("font");
        j.WriteString("family", "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif");
        j.WriteNumber("size", 13);
        j.WriteString("color", Palette.Ink);
        j.WriteEndObject();
        j.WriteStartObject("margin");
        j.WriteNumber("l", _leftMargin);
        j.WriteNumber("r", 20);
        j.WriteNumber("t", 40);
        j.WriteNumber("b", 50);
        j.WriteEndObject();
        j.WriteBoolean("showlegend", _legend && _traces.Count > 1);
        j.WriteStartObject("legend");
        j.WriteString("orientation", "h");
        j.WriteNumber("y", -0.18);
        j.WriteEndObject();
        j.WriteString("hovermode", "closest");
        if (_stacked)
            j.WriteString("barmode", "stack");
        j.WriteNumber("bargap", 0.1);
        Axis(j, "xaxis", _xTitle, _xPercent, _xRange, _xCategories, reversed: false, _xOrder, _xLabels);
        Axis(j, "yaxis", _yTitle, _yPercent, _yRange, categories: _yReversed, reversed: _yReversed, null, true);
        j.WriteStartArray("shapes");
        foreach (var shape in _shapes)
        {
            j.WriteStartObject();
            shape(j);
            j.WriteEndObject();
        }
        j.WriteEndArray();
        j.WriteStartArray("annotations");
        foreach (var annotation in _annotations)
        {
            j.WriteStartObject();
            annotation(j);
            j.WriteEndObject();
        }
        j.WriteEndArray();
        j.WriteEndObject();
        j.WriteEndObject();
    }

    private static void Axis(Utf8JsonWriter j, string name, string title, bool percent, (double From, double To)? range, bool categories, bool reversed, IReadOnlyList<string>? order, bool labels)
    {
        j.WriteStartObject(name);
        j.WriteStartObject("title");
        j.WriteString("text", title);
        j.WriteEndObject();
        j.WriteString("gridcolor", Palette.Grid);
        j.WriteString("linecolor", Palette.Ink);
        j.WriteBoolean("zeroline", false);
        j.WriteBoolean("automargin", true);
        if (categories)
            j.WriteString("type", "category");
        if (order is not null)
        {
            j.WriteString("categoryorder", "array");
            Strings(j, "categoryarray", order);
        }
        if (!labels)
            j.WriteBoolean("showticklabels", false);
        if (percent)
            j.WriteString("tickformat", ".0%");
        if (reversed)
            j.WriteString("autorange", "reversed");
        if (range is { } r)
        {
            j.WriteStartArray("range");
            j.WriteNumberValue(r.From);
            j.WriteNumberValue(r.To);
            j.WriteEndArray();
        }
        j.WriteEndObject();
    }

    private static void Line(Utf8JsonWriter j)
    {
        j.WriteStartObject("line");
        j.WriteString("color", Palette.Ink);
        j.WriteNumber("width", 1.5);
        j.WriteString("dash", "dash");
        j.WriteEndObject();
    }

    private static void Hover(Utf8JsonWriter j, IReadOnlyList<string>? hover)
    {
        if (hover is null)
            return;
        Strings(j, "hovertext", hover);
        j.WriteString("hoverinfo", "text");
    }

    private static void Strings(Utf8JsonWriter j, string name, IReadOnlyList<string> values)
    {
        j.WriteStartArray(name);
        foreach (var v in values)
            j.WriteStringValue(v);
        j.WriteEndArray();
    }
}

/// <summary>The values of one axis of a trace: numbers (rounded to six decimals, as the run's CSV files write shares) or texts.</summary>
internal sealed class Series
{
    private readonly IReadOnlyList<double>? _numbers;
    private readonly IReadOnlyList<string>? _texts;

    private Series(IReadOnlyList<double>? numbers, IReadOnlyList<string>? texts) => (_numbers, _texts) = (numbers, texts);

    public static Series Of(IEnumerable<double> numbers) => new(numbers.Select(n => Math.Round(n, 6)).ToArray(), null);

    public static Series Of(IEnumerable<string> texts) => new(null, texts.ToArray());

    public void Write(Utf8JsonWriter j, string name)
    {
        j.WriteStartArray(name);
        if (_numbers is not null)
            foreach (var n in _numbers)
                j.WriteNumberValue(n);
        else
            foreach (var t in _texts!)
                j.WriteStringValue(t);
        j.WriteEndArray();
    }
}

/// <summary>How a trace looks: colour, bar pattern, marker symbol and size.</summary>
internal sealed record Style(string Color, string? Pattern = null, string Symbol = "circle", int Size = 7, bool Outline = true);

/// <summary>
/// The report's colours: Okabe and Ito's palette for colour-blind readers, and more than colour between the
/// groups (a bar pattern, a marker shape), so that a greyscale print still tells them apart.
/// </summary>
internal static class Palette
{
    public const string Ink = "#222222";
    public const string Grid = "#dddddd";

    /// <summary>Route 1, a flagged school: vermilion, hatched.</summary>
    public static readonly Style Route1 = new("#D55E00", Pattern: "/", Symbol: "square", Size: 9);

    /// <summary>Route 2 (a candidate): blue, dotted bars, diamonds.</summary>
    public static readonly Style Route2 = new("#0072B2", Pattern: ".", Symbol: "diamond", Size: 11);

    /// <summary>Everything else: light grey, plain, small circles.</summary>
    public static readonly Style Other = new("#BBBBBB", Symbol: "circle", Size: 6, Outline: false);

    /// <summary>A second group of the others (a school not flagged against a flagged one): sky blue, plain.</summary>
    public static readonly Style Sky = new("#56B4E9", Symbol: "circle", Size: 7);
}
