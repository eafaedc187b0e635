using System.Text;
using System.Text.Json;

namespace Selection.Report;

/// <summary>
/// One self-contained HTML page: the body the report writes, its charts as plotly figures, the styles (screen,
/// phone, print on A4), plotly.js and the page's own small script (draw the charts, sort the tables, open every
/// table for printing), all inline. No request of any kind leaves the page. The same content gives the same bytes.
/// </summary>
internal sealed class ReportPage(ReportTexts texts, string title)
{
    /// <summary>What marks a file as a report (<c>--force</c> replaces only such a file).</summary>
    public const string Generator = "selection report";

    private readonly List<Figure> _figures = [];

    public Html Body { get; } = new();

    public ReportTexts Texts { get; } = texts;

    /// <summary>Places a chart: its element (with the description as its text alternative) in the body, its figure in the page's data.</summary>
    public void Chart(Figure figure, string description)
    {
        if (_figures.Any(f => f.Id == figure.Id))
            throw new ArgumentException($"Two figures with the id {figure.Id}.", nameof(figure));
        _figures.Add(figure);
        Body.Open("div", ("class", "chart"), ("id", "chart-" + figure.Id), ("data-figure", figure.Id), ("role", "img"), ("aria-label", description),
            ("style", $"height:{figure.Height.ToString(System.Globalization.CultureInfo.InvariantCulture)}px")).Close("div");
    }

    /// <summary>How many charts the page draws.</summary>
    public int Charts => _figures.Count;

    /// <summary>The whole page, as UTF-8 without BOM, LF line ends.</summary>
    public byte[] Render()
    {
        using var buffer = new MemoryStream((int)PlotlyBundle.Length + 400_000);
        Render(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Writes the whole page into <paramref name="output"/>, the same bytes as <see cref="Render()"/>: the text encoded as it
    /// goes, the figures' JSON and plotly.js written as the UTF-8 they already are (not made into text and back).
    /// </summary>
    public void Render(Stream output)
    {
        var figures = FiguresJson();
        using var page = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        page.Write("<!DOCTYPE html>\n");
        page.Write("<html lang=\"");
        page.Write(Texts.HtmlLanguage);
        page.Write("\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Write("<meta name=\"generator\" content=\"" + Generator + "\">\n");
        // No request of any kind: only what is inline may load (scripts, styles, images as data).
        page.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:\">\n");
        page.Write("<title>");
        page.Write(Html.Escape(title));
        page.Write("</title>\n");
        page.Write("<style>\n");
        page.Write(Styles);
        page.Write("</style>\n</head>\n<body>\n");
        Body.WriteTo(page);
        page.Write("<script type=\"application/json\" id=\"report-figures\">");
        page.Flush();
        output.Write(figures);
        page.Write("</script>\n");
        page.Write("<script>\n");
        page.Flush();
        PlotlyBundle.WriteTo(output);
        page.Write("\n</script>\n");
        page.Write("<script>\n");
        page.Write(PageScript);
        page.Write("</script>\n");
        page.Write("</body>\n</html>\n");
    }

    /// <summary>Every figure by id. The default encoder writes <c>&lt;</c> as <c>\u003C</c>, so no text can close the script element.</summary>
    private byte[] FiguresJson()
    {
        using var buffer = new MemoryStream();
        using (var j = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            j.WriteStartObject();
            foreach (var figure in _figures)
            {
                j.WritePropertyName(figure.Id);
                figure.Write(j, Texts.PlotSeparators);
            }
            j.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private const string Styles = """
        :root { --ink: #222; --muted: #555; --line: #ccc; --warn-bg: #fff3cd; --warn-line: #8a6d00; --accent: #0072B2; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 72rem; padding: 1rem; line-height: 1.45; overflow-wrap: anywhere; }
        td, th { overflow-wrap: normal; }
        h1 { font-size: 1.6rem; margin: 0.2rem 0; }
        h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid var(--ink); padding-bottom: 0.2rem; }
        h3 { font-size: 1.1rem; margin-top: 1.5rem; }
        .sub { color: var(--muted); margin: 0 0 1rem 0; }
        .banner { border: 3px solid var(--warn-line); background: var(--warn-bg); padding: 0.6rem 0.8rem; margin: 0.6rem 0; font-weight: 600; }
        .banner strong { letter-spacing: 0.03em; }
        nav ol { columns: 2 16rem; padding-left: 1.2rem; }
        dl.glance { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; }
        dl.glance dt { font-weight: 600; }
        dl.glance dd { margin: 0; }
        figure { margin: 1rem 0; }
        figcaption { color: var(--muted); margin-top: 0.3rem; }
        .chart { width: 100%; border: 1px solid #eee; overflow: hidden; contain: paint; }
        .table-scroll { overflow-x: auto; max-width: 100%; }
        table { border-collapse: collapse; margin: 0.5rem 0; font-size: 0.92rem; }
        caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
        th, td { border-bottom: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        th { background: #f2f2f2; }
        table.sortable th button { font: inherit; font-weight: 600; background: none; border: none; padding: 0; cursor: pointer; text-align: left; color: var(--ink); }
        table.sortable th button::after { content: " \2195"; color: var(--muted); }
        table.sortable th[aria-sort="ascending"] button::after { content: " \2191"; }
        table.sortable th[aria-sort="descending"] button::after { content: " \2193"; }
        details { margin: 0.5rem 0; }
        summary { cursor: pointer; color: var(--accent); }
        pre { white-space: pre-wrap; font-size: 0.82rem; background: #f7f7f7; padding: 0.6rem; overflow-x: auto; }
        article.kommune { border-top: 1px solid var(--line); margin-top: 1.2rem; }
        .route { display: inline-block; padding: 0 0.4rem; border: 1px solid var(--ink); border-radius: 0.2rem; font-size: 0.85rem; margin-left: 0.4rem; }
        footer { margin-top: 3rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--line); padding-top: 0.5rem; }
        @media (max-width: 40rem) {
          body { padding: 0.5rem; font-size: 0.95rem; }
          dl.glance { grid-template-columns: 1fr; }
          dl.glance dd { margin-bottom: 0.4rem; }
          nav ol { columns: 1; }
        }
        @media print {
          @page { size: A4; margin: 15mm 12mm; }
          body { max-width: none; padding: 0; font-size: 10pt; }
          nav, summary, .modebar-container, details:not([open]) { display: none !important; }
          table.sortable th button::after { content: none; }
          h2, h3 { break-after: avoid; }
          figure, .banner, tr, dl.glance { break-inside: avoid; }
          article.kommune { break-inside: avoid-page; }
          .chart { border: none; }
          .table-scroll { overflow: visible; }
          a { color: inherit; text-decoration: none; }
          pre { white-space: pre-wrap; background: none; border-left: 2px solid var(--line); }
        }

        """;

    private const string PageScript = """
        (function () {
          "use strict";
          var figures = JSON.parse(document.getElementById("report-figures").textContent);
          var config = { displaylogo: false, responsive: true, showLink: false, showSendToCloud: false, showEditInChartStudio: false,
            modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d", "toggleSpikelines"] };
          var charts = Array.prototype.slice.call(document.querySelectorAll("[data-figure]"));
          function draw(element) {
            if (element.hasAttribute("data-drawing")) return;
            element.setAttribute("data-drawing", "true");
            var figure = figures[element.getAttribute("data-figure")];
            Plotly.newPlot(element, figure.data, figure.layout, config).then(function () {
              element.setAttribute("data-rendered", "true");
            });
          }
          // The first charts at once; the others (a section per kommune) as they come near the screen, so that
          // a page with fifty charts opens fast. Printing draws them all (below).
          charts.slice(0, 3).forEach(draw);
          if ("IntersectionObserver" in window) {
            var observer = new IntersectionObserver(function (entries) {
              entries.forEach(function (entry) {
                if (entry.isIntersecting) { observer.unobserve(entry.target); draw(entry.target); }
              });
            }, { rootMargin: "600px 0px" });
            charts.slice(3).forEach(function (element) { observer.observe(element); });
          } else {
            charts.forEach(draw);
          }

          // Sortable tables: a button in each header; numbers sort by their data-sort value, texts as text.
          Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
              var button = document.createElement("button");
              button.type = "button";
              button.textContent = th.textContent;
              th.textContent = "";
              th.appendChild(button);
              button.addEventListener("click", function () { sort(table, th, column); });
            });
          });
          function key(cell) {
            var sort = cell.getAttribute("data-sort");
            if (sort === null) return { text: cell.textContent };
            return sort === "" ? { empty: true } : { number: parseFloat(sort) };
          }
          function compare(a, b) {
            if (a.empty || b.empty) return (a.empty ? 1 : 0) - (b.empty ? 1 : 0);
            if (a.number !== undefined && b.number !== undefined) return a.number - b.number;
            return String(a.text).localeCompare(String(b.text), document.documentElement.lang);
          }
          function sort(table, th, column) {
            var ascending = th.getAttribute("aria-sort") !== "ascending";
            Array.prototype.forEach.call(th.parentNode.cells, function (h) { h.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            var body = table.tBodies[0];
            var rows = Array.prototype.map.call(body.rows, function (row, index) { return { row: row, key: key(row.cells[column]), index: index }; });
            rows.sort(function (a, b) {
              var order = compare(a.key, b.key);
              if (a.key.empty || b.key.empty) return order || a.index - b.index;
              return (ascending ? order : -order) || a.index - b.index;
            });
            rows.forEach(function (r) { body.appendChild(r.row); });
          }

          // Printing: the tables marked for print opened (the others, and explain's texts, stay out of the paper
          // version), every chart drawn and as wide as an A4 page.
          var opened = [];
          window.addEventListener("beforeprint", function () {
            Array.prototype.forEach.call(document.querySelectorAll("details.print:not([open])"), function (d) { d.open = true; opened.push(d); });
            charts.forEach(function (element) { draw(element); Plotly.relayout(element, { width: 680 }); });
          });
          window.addEventListener("afterprint", function () {
            opened.forEach(function (d) { d.open = false; });
            opened = [];
            charts.forEach(function (element) { Plotly.relayout(element, { width: null, autosize: true }); });
          });
        })();

        """;
}

/// <summary>plotly.js's basic bundle (Vendor/README.md), read once from the assembly's resources.</summary>
internal static class PlotlyBundle
{
    /// <summary>The version inlined; the test pins its bytes.</summary>
    public const string Version = "4.1.1";

    private const string Resource = "Selection.Report.plotly-basic.min.js";

    /// <summary>
    /// Writes the script into a page as it is in the program's resources: UTF-8 without a byte order mark, with no
    /// <c>&lt;/script</c> or <c>&lt;!--</c> to close its element early (the tests check the vendored file for both),
    /// copied through a small buffer rather than held whole in memory.
    /// </summary>
    public static void WriteTo(Stream output)
    {
        using var stream = Open();
        stream.CopyTo(output);
    }

    /// <summary>The script's size in bytes.</summary>
    public static long Length
    {
        get
        {
            using var stream = Open();
            return stream.Length;
        }
    }

    /// <summary>The script's bytes, as a page holds them.</summary>
    public static byte[] Utf8
    {
        get
        {
            using var stream = Open();
            var script = new byte[stream.Length];
            stream.ReadExactly(script);
            return script;
        }
    }

    private static Stream Open() =>
        typeof(PlotlyBundle).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException("plotly-basic.min.js is not among the resources of Selection.Report.");
}
