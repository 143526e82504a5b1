using System.Text;

namespace TextLint.Core.Reporting;

/// <summary>A column of a <see cref="ReportTable"/>.</summary>
/// <param name="Header">Heading text.</param>
/// <param name="AlignRight">True for numbers.</param>
public sealed record ReportColumn(string Header, bool AlignRight = false);

/// <summary>A titled table of strings, drawn by an <see cref="ITableRenderer"/>; keeps report content apart from how a host draws it.</summary>
public sealed class ReportTable(string title, params ReportColumn[] columns)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Caption printed above the table.</summary>
    public string Title { get; } = title;
    /// <summary>Columns, left to right.</summary>
    public IReadOnlyList<ReportColumn> Columns { get; } = columns;
    /// <summary>Rows, each with one cell per column.</summary>
    public IReadOnlyList<string[]> Rows => _rows;

    /// <summary>Adds a row; missing cells are empty, extra cells are an error.</summary>
    public ReportTable AddRow(params string[] cells)
    {
        if (cells.Length > Columns.Count) throw new ArgumentException("More cells than columns.", nameof(cells));
        var row = new string[Columns.Count];
        for (int i = 0; i < row.Length; i++) row[i] = i < cells.Length ? cells[i] ?? "" : "";
        _rows.Add(row);
        return this;
    }
}

/// <summary>Draws <see cref="ReportTable"/>s somewhere (plain text in the core, Spectre.Console in the CLI).</summary>
public interface ITableRenderer
{
    /// <summary>Draws one table, followed by a blank line.</summary>
    void Render(ReportTable table);
}

/// <summary>
/// Plain text tables for files and pipes: title, header, a dashed rule, then rows, columns two
/// spaces apart and padded by display width so CJK text lines up. Cell text is printed as is
/// (line breaks inside a cell are replaced by spaces).
/// </summary>
public sealed class PlainTableRenderer(TextWriter output) : ITableRenderer
{
    /// <inheritdoc />
    public void Render(ReportTable table)
    {
        int count = table.Columns.Count;
        var widths = new int[count];
        for (int c = 0; c < count; c++)
        {
            widths[c] = DisplayWidth.Of(table.Columns[c].Header);
            foreach (var row in table.Rows) widths[c] = Math.Max(widths[c], DisplayWidth.Of(OneLine(row[c])));
        }

        if (!string.IsNullOrEmpty(table.Title)) output.WriteLine(table.Title);
        output.WriteLine(FormatRow(table, widths, c => table.Columns[c].Header));
        output.WriteLine(FormatRow(table, widths, c => new string('-', widths[c])));
        foreach (var row in table.Rows) output.WriteLine(FormatRow(table, widths, c => OneLine(row[c])));
        output.WriteLine();
    }

    private static string OneLine(string cell) => cell.ReplaceLineEndings(" ");

    private static string FormatRow(ReportTable table, int[] widths, Func<int, string> cell)
    {
        var line = new StringBuilder();
        for (int c = 0; c < widths.Length; c++)
        {
            string text = cell(c);
            int padding = widths[c] - DisplayWidth.Of(text);
            bool last = c == widths.Length - 1;
            if (c > 0) line.Append("  ");
            if (table.Columns[c].AlignRight) line.Append(' ', padding).Append(text);
            else line.Append(text).Append(' ', last ? 0 : padding);
        }
        return line.ToString().TrimEnd();
    }
}
