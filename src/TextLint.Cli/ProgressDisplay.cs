using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using TextLint.Core.Reporting;
using TextLint.Core.Sources;

namespace TextLint.Cli;

/// <summary>
/// A progress bar on standard error (only used when it is a terminal and CI is unset): documents,
/// characters, findings, speed, and an ETA from the share of the input bytes read (archives count
/// compressed bytes). Updates come from the report thread; Spectre redraws on its own timer.
/// </summary>
internal sealed class ProgressDisplay(long totalInputBytes, InputProgress input, RunSummary summary, Stopwatch clock) : IDisposable
{
    private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
        Interactive = InteractionSupport.Yes,
    });
    private ProgressTask? _task;

    /// <summary>Runs <paramref name="work"/> while the bar is shown.</summary>
    public T Run<T>(Func<T> work)
    {
        T result = default!;
        _console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                _task = context.AddTask("正在检查", maxValue: Math.Max(1, totalInputBytes));
                if (totalInputBytes <= 0) _task.IsIndeterminate = true;
                result = work();
                Update(); // a finished run has read all its input; an interrupted one shows where it stopped
                _task.StopTask();
            });
        return result;
    }

    /// <summary>Refreshes the counts (called after each document).</summary>
    public void Update()
    {
        if (_task is null) return;
        double seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        _task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Documents:#,0} 个文档 · {summary.Characters:#,0} 字 · {summary.Findings:#,0} 个问题 · {summary.FailedDocuments:#,0} 个错误 · {summary.Characters / seconds:#,0} 字/秒"));
        if (!_task.IsIndeterminate) _task.Value = Math.Min(input.BytesRead, _task.MaxValue);
    }

    /// <summary>Prints a line above the bar.</summary>
    public void WriteLine(string line) => _console.MarkupLine(Markup.Escape(line));

    public void Dispose() { }
}
