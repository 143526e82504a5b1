using TextLint.Core.Batch;
using TextLint.Core.Reporting;
using TextLint.Core.Sources;

namespace TextLint.Core.Tests.Batch;

/// <summary>The parallel pipeline hands results out in input order, whatever order the workers finish in.</summary>
public class BatchPipelineTests
{
    private sealed class ListSource(IEnumerable<SourceDocument> documents) : IDocumentSource
    {
        public IEnumerable<SourceDocument> Read(CancellationToken cancellation = default) => documents;
    }

    private static SourceDocument Doc(int i) => new() { Path = $"d{i:000}", Text = i.ToString() };

    // Later documents finish sooner: without reordering the output would come out shuffled.
    private static DocumentResult SlowFirst(SourceDocument document)
    {
        int i = int.Parse(document.Text!);
        Thread.Sleep((7 - i % 7) * 2);
        return new DocumentResult { Path = document.Path, CharacterCount = i };
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Results_come_out_in_input_order(int jobs)
    {
        var seen = new List<string>();
        int callingThread = Environment.CurrentManagedThreadId;
        var pipeline = new BatchPipeline(SlowFirst, jobs);

        var outcome = pipeline.Run(
            [new ListSource(Enumerable.Range(0, 60).Select(Doc)), new ListSource(Enumerable.Range(60, 40).Select(Doc))],
            (result, _) =>
            {
                Assert.Equal(callingThread, Environment.CurrentManagedThreadId);
                seen.Add(result.Path);
            });

        Assert.False(outcome.Cancelled);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"d{i:000}"), seen);
    }

    [Fact]
    public void Documents_in_flight_never_exceed_the_window()
    {
        int inFlight = 0, most = 0;
        var pipeline = new BatchPipeline(d => { Thread.Sleep(1); return new DocumentResult { Path = d.Path }; }, jobs: 2, window: 5);
        IEnumerable<SourceDocument> Produce()
        {
            for (int i = 0; i < 200; i++)
            {
                int now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref most, now);
                yield return Doc(i);
            }
        }

        pipeline.Run([new ListSource(Produce())], (_, _) => Interlocked.Decrement(ref inFlight));

        Assert.InRange(most, 1, 5 + 1); // the reader holds one more document while it waits for room
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }

    [Fact]
    public void A_throwing_processor_becomes_that_document_s_error()
    {
        var pipeline = new BatchPipeline(d => d.Path == "d003" ? throw new InvalidOperationException("boom") : new DocumentResult { Path = d.Path }, 2);
        var results = new List<DocumentResult>();

        pipeline.Run([new ListSource(Enumerable.Range(0, 6).Select(Doc))], (r, _) => results.Add(r));

        Assert.Equal(6, results.Count);
        Assert.Equal("internal error (InvalidOperationException): boom", results[3].Error);
    }

    [Fact]
    public void Cancelling_stops_the_run_and_hands_out_what_was_finished_in_order()
    {
        using var cancellation = new CancellationTokenSource();
        var seen = new List<string>();
        var pipeline = new BatchPipeline(d => new DocumentResult { Path = d.Path }, 2);

        var outcome = pipeline.Run([new ListSource(Enumerable.Range(0, 100_000).Select(Doc))], (r, _) =>
        {
            seen.Add(r.Path);
            if (seen.Count == 10) cancellation.Cancel();
        }, cancellation.Token);

        Assert.True(outcome.Cancelled);
        Assert.InRange(seen.Count, 10, 1000);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public void Documents_are_handed_to_workers_in_batches_bounded_by_the_window()
    {
        var pipeline = new BatchPipeline(d => new DocumentResult { Path = d.Path }, jobs: 2);
        Assert.InRange(pipeline.BatchSize, 2, BatchPipeline.DefaultBatchSize);
        Assert.True(pipeline.BatchSize * 4 * pipeline.Jobs <= pipeline.Window);
        Assert.Equal(1, new BatchPipeline(d => new DocumentResult { Path = d.Path }, jobs: 2, window: 5).BatchSize);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_slow_source_does_not_hold_documents_back_until_a_batch_is_full(int jobs)
    {
        // The source waits for each result before it yields the next document: had the reader kept
        // documents until its batch was full, this run would never end.
        using var handedOut = new SemaphoreSlim(0);
        var pipeline = new BatchPipeline(d => new DocumentResult { Path = d.Path }, jobs);
        IEnumerable<SourceDocument> Produce()
        {
            for (int i = 0; i < 40; i++)
            {
                if (i > 0) Assert.True(handedOut.Wait(TimeSpan.FromSeconds(30)), $"document {i - 1} was never handed out");
                yield return Doc(i);
            }
        }
        var seen = new List<string>();

        var outcome = pipeline.Run([new ListSource(Produce())], (r, _) => { seen.Add(r.Path); handedOut.Release(); });

        Assert.Equal(40, outcome.Documents);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"d{i:000}"), seen);
    }

    [Fact]
    public void Large_documents_in_flight_are_bounded_by_the_number_of_batches()
    {
        int inFlight = 0, most = 0;
        string large = new('文', 600_000); // 1.2 MB of content: a whole batch's weight
        var pipeline = new BatchPipeline(d => { Thread.Sleep(1); return new DocumentResult { Path = d.Path }; }, jobs: 2);
        IEnumerable<SourceDocument> Produce()
        {
            for (int i = 0; i < 60; i++)
            {
                InterlockedMax(ref most, Interlocked.Increment(ref inFlight));
                yield return new SourceDocument { Path = $"d{i:000}", Text = large };
            }
        }

        pipeline.Run([new ListSource(Produce())], (_, _) => Interlocked.Decrement(ref inFlight));

        Assert.Equal(pipeline.BatchSize, pipeline.WeightOf(2L * large.Length));
        Assert.InRange(most, 1, pipeline.Window / pipeline.BatchSize + 1); // 4 per worker, plus the one the reader holds
    }
}
