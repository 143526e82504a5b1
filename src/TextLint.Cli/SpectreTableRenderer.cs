using Spectre.Console;
using TextLint.Core.Reporting;

namespace TextLint.Cli;

/// <summary>Draws report tables with Spectre.Console borders, for an interactive terminal.</summary>
internal sealed class SpectreTableRenderer : ITableRenderer
{
    private readonly IAnsiConsole _console;

    public SpectreTableRenderer(TextWriter output, TerminalInfo terminal)
    {
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal.UseColor ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = terminal.UseColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        _console.Profile.Width = terminal.Width;
    }

    public void Render(ReportTable source)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (!string.IsNullOrEmpty(source.Title)) table.Title(Markup.Escape(source.Title));
        foreach (var column in source.Columns)
        {
            var tableColumn = new TableColumn(new Text(column.Header));
            if (column.AlignRight) tableColumn.RightAligned();
            table.AddColumn(tableColumn);
        }
        // Text, not Markup: cell contents (paths, messages) may contain '[' and must not be parsed.
        foreach (var row in source.Rows) table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell)).ToArray());
        _console.Write(table);
        _console.WriteLine();
    }
}
